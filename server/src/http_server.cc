#include "hemeroteca/server/http_server.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/ThreadPool.h>

#include "hemeroteca/schema/error.h"
#include "paced_socket.h"
#include "routes.h"

namespace hemeroteca {
namespace {

class RouteFactory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit RouteFactory(Services services) : services_(std::move(services)) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(
      const Poco::Net::HTTPServerRequest& request) override {
    return route(request, services_).release();  // Poco takes ownership
  }

 private:
  Services services_;
};

}  // namespace

class HttpServer::Impl {
 public:
  Impl(const ServerOptions& options, SearchService& service, BulletinStore* store)
      : threads_(2, static_cast<int>(std::max(2u, options.threads))) {
    try {
      socket_ = PacedServerSocket(Poco::Net::SocketAddress(options.bind, options.port),
                                  RequestPace{options.request_timeout, options.min_request_rate});
    } catch (const Poco::Exception& e) {
      throw Error(ErrorKind::kIo, "cannot listen on " + options.bind + ":" +
                                      std::to_string(options.port) + ": " + e.displayText() +
                                      "; choose another --port or --bind");
    }
    auto* params = new Poco::Net::HTTPServerParams;  // HTTPServer takes ownership
    params->setMaxThreads(static_cast<int>(options.threads));
    params->setMaxQueued(static_cast<int>(options.queue));
    params->setKeepAlive(true);
    params->setTimeout(Poco::Timespan(
        std::chrono::duration_cast<std::chrono::microseconds>(options.request_timeout).count()));
    Services services{service, options.writes.token.empty() ? nullptr : store, options.writes};
    server_ = std::make_unique<Poco::Net::HTTPServer>(new RouteFactory(std::move(services)),
                                                      threads_, socket_, params);
  }

  Poco::ThreadPool threads_;
  Poco::Net::ServerSocket socket_;
  std::unique_ptr<Poco::Net::HTTPServer> server_;
};

HttpServer::HttpServer(const ServerOptions& options, SearchService& service, BulletinStore* store)
    : impl_(std::make_unique<Impl>(options, service, store)) {}

HttpServer::~HttpServer() { stop(); }

void HttpServer::start() { impl_->server_->start(); }

void HttpServer::stop() {
  if (impl_ && impl_->server_) impl_->server_->stopAll(/*abortCurrent=*/false);
}

std::uint16_t HttpServer::port() const { return impl_->socket_.address().port(); }

}  // namespace hemeroteca
