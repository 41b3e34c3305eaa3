#include "write_guard.h"

#include <Poco/SHA2Engine.h>

#include <istream>

#include "hemeroteca/schema/error.h"
#include "http_response.h"
#include "write_tokens.h"

namespace hemeroteca {
namespace {

using Poco::Net::HTTPResponse;

Poco::DigestEngine::Digest digest(std::string_view text) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(text.data(), static_cast<unsigned>(text.size()));
  return engine.digest();
}

}  // namespace

void drop_body(Poco::Net::HTTPServerRequest& request, std::size_t limit,
               Poco::Net::HTTPServerResponse& response) {
  std::istream& in = request.stream();
  char block[16 * 1024];
  std::size_t read = 0;
  while (read < limit && (in.read(block, sizeof block) || in.gcount() > 0)) {
    read += static_cast<std::size_t>(in.gcount());
  }
  response.setKeepAlive(false);
}

namespace {

// The client sent a body the handler will not use: the connection is not reused. A body read
// up to `drain_limit` first lets the client read the answer rather than a reset; one declared
// larger is not waited for (a client announcing 100 GB and sending nothing had its answer only
// when the request timed out).
void refuse(Poco::Net::HTTPServerRequest& request, std::size_t drain_limit,
            Poco::Net::HTTPServerResponse& response, HTTPResponse::HTTPStatus status,
            const std::string& message) {
  const std::streamsize declared = request.getContentLength();
  if (declared >= 0 && static_cast<std::uint64_t>(declared) > drain_limit) {
    response.setKeepAlive(false);
  } else {
    drop_body(request, drain_limit, response);
  }
  send_json(response, status, {{"error", message}});
}

}  // namespace

bool same_token(std::string_view given, std::string_view expected) {
  const Poco::DigestEngine::Digest a = digest(given);
  const Poco::DigestEngine::Digest b = digest(expected);
  unsigned char difference = 0;
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) difference |= a[i] ^ b[i];
  return difference == 0 && a.size() == b.size();
}

std::optional<std::string> bearer_token(const Poco::Net::HTTPServerRequest& request) {
  // A copy: without the header, Poco's get() returns a reference to its default argument, a
  // temporary gone at the end of this statement.
  const std::string header = request.get("Authorization", "");
  constexpr std::string_view kScheme = "Bearer ";
  if (header.size() <= kScheme.size()) return std::nullopt;
  for (std::size_t i = 0; i < kScheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(header[i])) !=
        std::tolower(static_cast<unsigned char>(kScheme[i]))) {
      return std::nullopt;
    }
  }
  std::string token = header.substr(kScheme.size());
  const std::size_t end = token.find_last_not_of(" \t");
  token.erase(end == std::string::npos ? 0 : end + 1);
  return token;
}

bool authorize(Poco::Net::HTTPServerRequest& request, WriteTokens& tokens,
               std::size_t max_body_bytes, Poco::Net::HTTPServerResponse& response) {
  const std::optional<std::string> token = bearer_token(request);
  if (!token || token->empty()) {
    response.set("WWW-Authenticate", "Bearer realm=\"hemeroteca\"");
    refuse(request, max_body_bytes, response, HTTPResponse::HTTP_UNAUTHORIZED,
           "writing needs an \"Authorization: Bearer <token>\" header");
    return false;
  }
  if (tokens.accepts(*token)) return true;
  refuse(request, max_body_bytes, response, HTTPResponse::HTTP_FORBIDDEN,
         "the bearer token is not valid for writing to this server; ask its operator for "
         "the current one");
  return false;
}

std::optional<std::string> read_body(Poco::Net::HTTPServerRequest& request, std::size_t max_bytes,
                                     Poco::Net::HTTPServerResponse& response) {
  const std::string too_large = "the request body is larger than the server accepts (" +
                                std::to_string(max_bytes) +
                                " bytes); split the upload or use `hemeroteca import`";
  const std::streamsize declared = request.getContentLength();
  if (declared < 0 && declared != Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH) {
    response.setKeepAlive(false);
    throw Error(ErrorKind::kInvalidArgument,
                "Content-Length must be the body's size in bytes, not " + std::to_string(declared));
  }
  if (declared != Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH &&
      static_cast<std::uint64_t>(declared) > max_bytes) {
    refuse(request, max_bytes, response, HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE, too_large);
    return std::nullopt;
  }
  std::string body;
  std::istream& in = request.stream();
  char block[64 * 1024];
  while (in.read(block, sizeof block) || in.gcount() > 0) {
    body.append(block, static_cast<std::size_t>(in.gcount()));
    if (body.size() > max_bytes) {
      refuse(request, max_bytes, response, HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE, too_large);
      return std::nullopt;
    }
  }
  // A client that hung up or stalled (request_timeout) mid-body leaves it cut short; storing
  // the part that came would index half a bulletin.
  if (in.bad() || (declared != Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH &&
                   body.size() != static_cast<std::uint64_t>(declared))) {
    response.setKeepAlive(false);
    throw Error(ErrorKind::kInvalidArgument,
                "the request body ended after " + std::to_string(body.size()) +
                    " bytes, before the end its Content-Length or chunks announced; send it "
                    "again");
  }
  return body;
}

}  // namespace hemeroteca
