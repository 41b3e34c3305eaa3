#include "hemeroteca/server/http_server.h"

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/ThreadPool.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <thread>

#include "admission.h"
#include "front_door.h"
#include "hemeroteca/schema/error.h"
#include "metrics.h"
#include "paced_socket.h"
#include "request_priority.h"
#include "write_tokens.h"

namespace hemeroteca {
namespace {

// How long stop() waits for requests in flight.
constexpr std::chrono::seconds kDrainLimit{30};

// Poco connection threads beyond the running and waiting requests: they answer 503 when the
// queue is full, and hold idle keep-alive connections, which have no request to admit.
constexpr unsigned kSpareConnectionThreads = 16;

// Connections accepted but not yet given a thread (a socket each). Poco resets the connections
// beyond them without an answer, so there is room for a burst of new clients to reach a thread
// and be told 503.
constexpr unsigned kAcceptedConnections = 256;

}  // namespace

class HttpServer::Impl {
 public:
  Impl(const ServerOptions& options, SearchService& service, BulletinStore* store)
      : admission_(std::max(1u, options.threads), options.queue),
        priority_(RequestPriorityOptions{.after = options.demote_after}),
        // A request waiting for its turn holds a Poco thread, so the pool holds the queue too.
        threads_(2, static_cast<int>(options.threads + options.queue + kSpareConnectionThreads)) {
    if (options.writes.enabled()) tokens_ = std::make_unique<WriteTokens>(options.writes);
    if (options.demote_after.count() > 0 && !priority_.enabled()) {
      // Information, not a warning: searches are as right and nearly as fast without it, and
      // an unprivileged trial run would otherwise start with an alarm.
      spdlog::info(
          "expensive requests will not give way to cheap ones: this process may not restore a "
          "thread's priority (it needs CAP_SYS_NICE or RLIMIT_NICE 20: systemd LimitNICE=+0, "
          "shell ulimit -e 20); server.demote_after_ms = 0 silences this");
    }
    try {
      socket_ = PacedServerSocket(Poco::Net::SocketAddress(options.bind, options.port),
                                  RequestPace{options.request_timeout, options.min_request_rate});
    } catch (const Poco::Exception& e) {
      throw Error(ErrorKind::kIo, "cannot listen on " + options.bind + ":" +
                                      std::to_string(options.port) + ": " + e.displayText() +
                                      "; choose another --port or --bind");
    }
    auto* params = new Poco::Net::HTTPServerParams;  // HTTPServer takes ownership
    params->setMaxThreads(
        static_cast<int>(options.threads + options.queue + kSpareConnectionThreads));
    params->setMaxQueued(static_cast<int>(options.queue + kAcceptedConnections));
    params->setKeepAlive(true);
    params->setTimeout(Poco::Timespan(
        std::chrono::duration_cast<std::chrono::microseconds>(options.request_timeout).count()));
    Services services{
        service,  tokens_ ? store : nullptr, options.writes, tokens_.get(), metrics_, admission_,
        priority_};
    server_ = std::make_unique<Poco::Net::HTTPServer>(
        new FrontDoor(options, std::move(services), admission_, priority_, metrics_), threads_,
        socket_, params);
  }

  Admission admission_;
  RequestPriority priority_;
  Metrics metrics_;
  std::unique_ptr<WriteTokens> tokens_;
  Poco::ThreadPool threads_;
  Poco::Net::ServerSocket socket_;
  std::unique_ptr<Poco::Net::HTTPServer> server_;
};

HttpServer::HttpServer(const ServerOptions& options, SearchService& service, BulletinStore* store)
    : impl_(std::make_unique<Impl>(options, service, store)) {}

HttpServer::~HttpServer() { stop(); }

void HttpServer::start() { impl_->server_->start(); }

void HttpServer::stop() {
  if (!impl_ || !impl_->server_) return;
  // Poco stops accepting but leaves the socket listening, and the kernel would go on
  // completing connections nobody answers: closing it makes new clients get a refusal.
  impl_->server_->stop();
  impl_->socket_.close();
  // Lets each connection's request in flight finish, then shuts that connection down.
  impl_->server_->stopAll(/*abortCurrent=*/false);
  // Poco does not wait for them; the handlers use the SearchService and the store, which the
  // caller destroys after stop() returns.
  const auto deadline = std::chrono::steady_clock::now() + kDrainLimit;
  while (impl_->server_->currentConnections() > 0 || impl_->admission_.running() > 0 ||
         impl_->admission_.waiting() > 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      spdlog::warn("{} connection(s) still open after {} s; stopping without them",
                   impl_->server_->currentConnections(), kDrainLimit.count());
      impl_->server_->stopAll(/*abortCurrent=*/true);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  // Poco's dispatcher lives until the last of its threads leaves; they leave once stopped.
  // Waiting for them here means nothing of the server outlives stop().
  impl_->threads_.joinAll();
}

std::uint16_t HttpServer::port() const { return impl_->socket_.address().port(); }

}  // namespace hemeroteca
