// The checks every write request passes before its handler runs: writes enabled, the bearer
// token, the body size. Each failure answers at once with the right status.
//
//   no BulletinStore, or no token configured   503 {"error": "writes are not enabled …"}
//   no or a malformed "Authorization: Bearer …" 401 with WWW-Authenticate: Bearer
//   a bearer token that is not one of ours      403
//   a body above WriteAccess::max_body_bytes    413
//
// The token is compared in constant time (SHA-256 digests of both, compared byte by byte
// without an early exit), so the time taken says nothing about how much of it was right. It is
// never logged: request lines are logged without headers.
//
// Thread-safety: pure functions over one request.
#pragma once

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <optional>
#include <string>
#include <string_view>

#include "hemeroteca/server/ingest.h"

namespace hemeroteca {
class WriteTokens;
}

namespace hemeroteca {

// Reads and drops up to `limit` bytes of a body that will not be used, and closes the
// connection after the answer. (Closing with unread bytes makes the kernel reset the
// connection, and the client may then lose the answer.)
void drop_body(Poco::Net::HTTPServerRequest& request, std::size_t limit,
               Poco::Net::HTTPServerResponse& response);

// True when `given` equals `expected`, in time that depends only on their lengths' digests.
bool same_token(std::string_view given, std::string_view expected);

// The token of an "Authorization: Bearer <token>" header, if there is one.
std::optional<std::string> bearer_token(const Poco::Net::HTTPServerRequest& request);

// Answers 401 (no credentials) or 403 (a token that is not accepted) unless the request
// carries one of `tokens`. Returns whether it did. A refused request's body is read (up to
// `max_body_bytes`) and dropped, so that the answer reaches the client before the connection
// closes.
bool authorize(Poco::Net::HTTPServerRequest& request, WriteTokens& tokens,
               std::size_t max_body_bytes, Poco::Net::HTTPServerResponse& response);

// The request body, or nothing after answering 413 when it is larger than `max_bytes` (by its
// Content-Length, before reading, or while reading a chunked body). Throws
// Error(kInvalidArgument) when the body ends before its announced end (the client hung up or
// was cut off for sending too slowly).
std::optional<std::string> read_body(Poco::Net::HTTPServerRequest& request, std::size_t max_bytes,
                                     Poco::Net::HTTPServerResponse& response);

}  // namespace hemeroteca
