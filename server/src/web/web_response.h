// How web pages answer: every HTML page, export, feed and static file carries the same
// security headers — a Content-Security-Policy that allows scripts, styles and fetches from our
// own origin only (so no inline script runs, even if markup were ever injected) and no framing,
// nosniff, and a Referrer-Policy that keeps search terms inside the site.
#pragma once

#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <string>
#include <string_view>

namespace hemeroteca {

inline constexpr std::string_view kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

void set_security_headers(Poco::Net::HTTPServerResponse& response);

// Sends `body` with the security headers and an exact Content-Length.
void send_body(Poco::Net::HTTPServerResponse& response, Poco::Net::HTTPResponse::HTTPStatus status,
               std::string_view content_type, const std::string& body);

void send_html(Poco::Net::HTTPServerResponse& response, Poco::Net::HTTPResponse::HTTPStatus status,
               const std::string& body);

// "http://host:port" as the client addressed us, for absolute links in exports and feeds;
// "http://localhost" when the Host header is missing or not a plain host name.
std::string request_origin(const Poco::Net::HTTPServerRequest& request);

}  // namespace hemeroteca
