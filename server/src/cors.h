// CORS: which other web sites' scripts may call the API from a browser.
//
// Off unless origins are configured (ServerOptions::cors_origins): then a request whose Origin
// header is exactly one of them gets Access-Control-Allow-Origin naming it (never "*"), and
// its preflight (OPTIONS with Access-Control-Request-Method) is answered 204 with the methods
// and headers the API takes. Other origins get no CORS headers, and their preflight a 403, so
// the browser keeps their scripts out. Same-origin pages need none of this.
//
// Thread-safety: immutable after construction.
#pragma once

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace hemeroteca {

class CorsPolicy {
 public:
  explicit CorsPolicy(const std::vector<std::string>& origins)
      : origins_(origins.begin(), origins.end()) {}

  bool allows(const std::string& origin) const { return origins_.contains(origin); }

  // Sets the CORS headers on `response` when the request comes from an allowed origin.
  void decorate(const Poco::Net::HTTPServerRequest& request,
                Poco::Net::HTTPServerResponse& response) const;

  static bool is_preflight(const Poco::Net::HTTPServerRequest& request);

  // The answer to a preflight request: 204 with the CORS headers, or 403.
  std::unique_ptr<Poco::Net::HTTPRequestHandler> preflight_handler() const;

 private:
  std::set<std::string> origins_;
};

}  // namespace hemeroteca
