#include "front_door.h"

#include <Poco/URI.h>
#include <spdlog/spdlog.h>

#include <chrono>

#include "http_response.h"
#include "web/web_response.h"

namespace hemeroteca {
namespace {

using Poco::Net::HTTPRequestHandler;
using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

// Health checks, monitoring and the pages' own assets are never limited: they are cheap, and
// refusing them would hide an overload instead of shedding it.
bool is_exempt(std::string_view pattern) {
  return pattern == "/healthz" || pattern == "/metrics" || pattern == "/static/*";
}

class RefusalHandler : public HTTPRequestHandler {
 public:
  RefusalHandler(HTTPResponse::HTTPStatus status, unsigned retry_after, std::string message)
      : status_(status), retry_after_(retry_after), message_(std::move(message)) {}
  void handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) override {
    response.set("Retry-After", std::to_string(retry_after_));
    // The request's body is not read: the connection cannot carry another request.
    response.setKeepAlive(false);
    send_json(response, status_, {{"error", message_}});
    // A client over its limit may send thousands: its refusals stay out of the normal log
    // (/metrics counts them).
    spdlog::log(status_ == HTTPResponse::HTTP_TOO_MANY_REQUESTS ? spdlog::level::debug
                                                                : spdlog::level::info,
                "{} {} {} refused", request.getMethod(), request.getURI(),
                static_cast<int>(status_));
  }

 private:
  HTTPResponse::HTTPStatus status_;
  unsigned retry_after_;
  std::string message_;
};

// Waits for a turn, then runs the routed handler with the common headers, and counts it.
class FrontDoorHandler : public HTTPRequestHandler {
 public:
  FrontDoorHandler(Routed routed, bool skip_queue, Admission& admission, RequestPriority& priority,
                   Metrics& metrics, const CorsPolicy& cors)
      : routed_(std::move(routed)),
        skip_queue_(skip_queue),
        admission_(admission),
        priority_(priority),
        metrics_(metrics),
        cors_(cors) {}

  void handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) override {
    const auto started = std::chrono::steady_clock::now();
    set_security_headers(response);
    cors_.decorate(request, response);
    const std::optional<Admission::Turn> turn =
        skip_queue_ ? std::optional<Admission::Turn>() : admission_.enter();
    if (turn) {
      const RequestPriority::Watch watched = priority_.watch();
      routed_.handler->handleRequest(request, response);
    } else if (skip_queue_) {
      routed_.handler->handleRequest(request, response);
    } else {
      RefusalHandler(HTTPResponse::HTTP_SERVICE_UNAVAILABLE, kBusyRetrySeconds,
                     "the server is busy; retry in a moment")
          .handleRequest(request, response);
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    metrics_.observe(request.getMethod(), routed_.pattern, static_cast<int>(response.getStatus()),
                     seconds);
  }

 private:
  Routed routed_;
  bool skip_queue_;
  Admission& admission_;
  RequestPriority& priority_;
  Metrics& metrics_;
  const CorsPolicy& cors_;
};

}  // namespace

FrontDoor::FrontDoor(const ServerOptions& options, Services services, Admission& admission,
                     RequestPriority& priority, Metrics& metrics)
    : services_(std::move(services)),
      admission_(admission),
      priority_(priority),
      metrics_(metrics),
      limiter_(options.rate_limit),
      cors_(options.cors_origins) {}

HTTPRequestHandler* FrontDoor::createRequestHandler(const HTTPServerRequest& request) {
  if (CorsPolicy::is_preflight(request)) {
    return new FrontDoorHandler({cors_.preflight_handler(), "preflight"}, true, admission_,
                                priority_, metrics_, cors_);
  }
  Routed routed = route(request, services_);
  bool skip_queue = is_exempt(routed.pattern);
  if (!skip_queue && limiter_.enabled()) {
    const unsigned wait = limiter_.admit(request.clientAddress().host().toString());
    if (wait > 0) {
      routed.handler = std::make_unique<RefusalHandler>(
          HTTPResponse::HTTP_TOO_MANY_REQUESTS, wait,
          "too many requests from your address; retry in " + std::to_string(wait) + " s");
      skip_queue = true;  // refusing costs nothing: it need not wait for a thread
    }
  }
  return new FrontDoorHandler(std::move(routed), skip_queue, admission_, priority_, metrics_,
                              cors_);
}

}  // namespace hemeroteca
