#include "web/web_response.h"

#include <algorithm>

namespace hemeroteca {

using Poco::Net::HTTPResponse;

void set_security_headers(Poco::Net::HTTPServerResponse& response) {
  response.set("Content-Security-Policy", std::string(kContentSecurityPolicy));
  response.set("X-Content-Type-Options", "nosniff");
  response.set("Referrer-Policy", "same-origin");
  response.set("X-Frame-Options", "DENY");
}

void send_body(Poco::Net::HTTPServerResponse& response, HTTPResponse::HTTPStatus status,
               std::string_view content_type, const std::string& body) {
  response.setStatusAndReason(status);
  response.setContentType(std::string(content_type));
  response.setContentLength(static_cast<std::streamsize>(body.size()));
  set_security_headers(response);
  response.send() << body;
}

void send_html(Poco::Net::HTTPServerResponse& response, HTTPResponse::HTTPStatus status,
               const std::string& body) {
  send_body(response, status, "text/html; charset=utf-8", body);
}

std::string request_origin(const Poco::Net::HTTPServerRequest& request) {
  const std::string host = request.get("Host", "");
  // The Host header is the client's to write; only a plain host[:port] goes into links.
  const bool plain =
      !host.empty() && host.size() <= 255 && std::all_of(host.begin(), host.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '.' || c == '-' || c == ':' || c == '[' || c == ']';
      });
  return "http://" + (plain ? host : std::string("localhost"));
}

}  // namespace hemeroteca
