// FrontDoor: the request handler factory every request enters by. It answers CORS preflights,
// applies the per-client rate limit, routes (routes.h), and wraps the chosen handler so that
// it waits for its turn (admission.h, 503 when the queue is full), runs watched for the CPU it
// uses (request_priority.h), carries the security and
// CORS headers, and is counted in the metrics.
//
// Thread-safety: Poco calls createRequestHandler() from its connection threads at once; every
// member is thread-safe or immutable.
#pragma once

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include "admission.h"
#include "cors.h"
#include "metrics.h"
#include "rate_limiter.h"
#include "request_priority.h"
#include "routes.h"

namespace hemeroteca {

// Seconds a client is told to wait (Retry-After) when every thread is busy and the queue full.
inline constexpr int kBusyRetrySeconds = 1;

class FrontDoor : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  FrontDoor(const ServerOptions& options, Services services, Admission& admission,
            RequestPriority& priority, Metrics& metrics);

  Poco::Net::HTTPRequestHandler* createRequestHandler(
      const Poco::Net::HTTPServerRequest& request) override;  // Poco takes ownership

 private:
  Services services_;
  Admission& admission_;
  RequestPriority& priority_;
  Metrics& metrics_;
  RateLimiter limiter_;
  CorsPolicy cors_;
};

}  // namespace hemeroteca
