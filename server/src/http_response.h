// Small helpers every handler uses to answer: JSON bodies and the one mapping from an error
// kind to an HTTP status.
#pragma once

#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <nlohmann/json.hpp>

#include "hemeroteca/schema/error.h"

namespace hemeroteca {

// The one place where an error kind becomes an HTTP status.
Poco::Net::HTTPResponse::HTTPStatus http_status_for(ErrorKind kind);

// The query string of the request's URI (after '?'), still percent-encoded; empty without one.
std::string raw_query(const Poco::Net::HTTPServerRequest& request);

void send_json(Poco::Net::HTTPServerResponse& response, Poco::Net::HTTPResponse::HTTPStatus status,
               const nlohmann::json& body);
// The same answer for a document already written as JSON text (json_writer.h).
void send_json_text(Poco::Net::HTTPServerResponse& response,
                    Poco::Net::HTTPResponse::HTTPStatus status, const std::string& text);

// {"error": message} with the status of `kind`.
void send_error(Poco::Net::HTTPServerResponse& response, ErrorKind kind,
                const std::string& message);

}  // namespace hemeroteca
