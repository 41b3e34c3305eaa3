#include "cors.h"

#include "http_response.h"

namespace hemeroteca {
namespace {

using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

class PreflightHandler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit PreflightHandler(const CorsPolicy& policy) : policy_(policy) {}
  void handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) override {
    const std::string origin = request.get("Origin", "");
    if (!policy_.allows(origin)) {
      send_json(response, HTTPResponse::HTTP_FORBIDDEN,
                {{"error", "the origin " + origin +
                               " may not call this API from a browser; its operator can add it "
                               "to cors.allow_origins"}});
      return;
    }
    policy_.decorate(request, response);
    response.set("Access-Control-Allow-Methods", "GET, POST, PATCH, DELETE");
    response.set("Access-Control-Allow-Headers", "Authorization, Content-Type");
    response.set("Access-Control-Max-Age", "600");
    response.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
    response.setContentLength(0);
    response.send();
  }

 private:
  const CorsPolicy& policy_;
};

}  // namespace

void CorsPolicy::decorate(const HTTPServerRequest& request, HTTPServerResponse& response) const {
  if (origins_.empty()) return;
  // Caches must not serve one origin's answer to another.
  response.set("Vary", "Origin");
  const std::string origin = request.get("Origin", "");
  if (allows(origin)) response.set("Access-Control-Allow-Origin", origin);
}

bool CorsPolicy::is_preflight(const HTTPServerRequest& request) {
  return request.getMethod() == Poco::Net::HTTPRequest::HTTP_OPTIONS && request.has("Origin") &&
         request.has("Access-Control-Request-Method");
}

std::unique_ptr<Poco::Net::HTTPRequestHandler> CorsPolicy::preflight_handler() const {
  return std::make_unique<PreflightHandler>(*this);
}

}  // namespace hemeroteca
