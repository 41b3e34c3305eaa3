#include "http_response.h"

namespace hemeroteca {

using Poco::Net::HTTPResponse;

HTTPResponse::HTTPStatus http_status_for(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kInvalidArgument:
      return HTTPResponse::HTTP_BAD_REQUEST;
    case ErrorKind::kNotFound:
      return HTTPResponse::HTTP_NOT_FOUND;
    case ErrorKind::kUnavailable:
      return HTTPResponse::HTTP_SERVICE_UNAVAILABLE;
    case ErrorKind::kIo:
    case ErrorKind::kCorrupt:
      return HTTPResponse::HTTP_INTERNAL_SERVER_ERROR;
  }
  return HTTPResponse::HTTP_INTERNAL_SERVER_ERROR;
}

void send_json(Poco::Net::HTTPServerResponse& response, HTTPResponse::HTTPStatus status,
               const nlohmann::json& body) {
  // Invalid UTF-8 from a client is replaced, never allowed to make the dump throw.
  send_json_text(response, status,
                 body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void send_json_text(Poco::Net::HTTPServerResponse& response, HTTPResponse::HTTPStatus status,
                    const std::string& text) {
  response.setStatusAndReason(status);
  response.setContentType("application/json; charset=utf-8");
  response.setContentLength(static_cast<std::streamsize>(text.size()));
  response.set("X-Content-Type-Options", "nosniff");
  response.send() << text;
}

void send_error(Poco::Net::HTTPServerResponse& response, ErrorKind kind,
                const std::string& message) {
  send_json(response, http_status_for(kind), {{"error", message}});
}

std::string raw_query(const Poco::Net::HTTPServerRequest& request) {
  const std::string& uri = request.getURI();
  const std::size_t question = uri.find('?');
  return question == std::string::npos ? std::string() : uri.substr(question + 1);
}

}  // namespace hemeroteca
