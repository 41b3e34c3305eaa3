// Helpers for the server's guards (limits, CORS, tokens, metrics) over real HTTP: a client that
// sends chosen headers and keeps every answer header, and a raw socket client that can stall
// in the middle of a request.
#pragma once

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include <chrono>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <thread>

namespace hemeroteca::testing {

struct FullAnswer {
  int status = 0;
  std::map<std::string, std::string> headers;
  std::string body;

  std::string header(const std::string& name) const {
    const auto found = headers.find(name);
    return found == headers.end() ? "(none)" : found->second;
  }
};

inline FullAnswer exchange(std::uint16_t port, const std::string& method, const std::string& path,
                           const std::map<std::string, std::string>& headers = {}) {
  Poco::Net::HTTPClientSession session("127.0.0.1", port);
  session.setTimeout(Poco::Timespan(20, 0));
  Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
  for (const auto& [name, value] : headers) request.set(name, value);
  if (method == "POST" || method == "PATCH") request.setContentLength(0);
  session.sendRequest(request);
  Poco::Net::HTTPResponse response;
  std::istream& stream = session.receiveResponse(response);
  std::stringstream text;
  text << stream.rdbuf();
  FullAnswer answer;
  answer.status = static_cast<int>(response.getStatus());
  for (const auto& [name, value] : response) answer.headers[name] = value;
  answer.body = text.str();
  return answer;
}

// A client speaking HTTP by hand: it can send half a request and the rest later.
class RawClient {
 public:
  explicit RawClient(std::uint16_t port) : socket_(Poco::Net::SocketAddress("127.0.0.1", port)) {
    socket_.setReceiveTimeout(Poco::Timespan(20, 0));
  }

  void send(const std::string& bytes) {
    for (std::size_t sent = 0; sent < bytes.size();) {
      sent += static_cast<std::size_t>(
          socket_.sendBytes(bytes.data() + sent, static_cast<int>(bytes.size() - sent)));
    }
  }

  // Everything the server sends until it closes the connection.
  std::string receive_all() {
    std::string text;
    char block[4096];
    for (int n; (n = socket_.receiveBytes(block, sizeof block)) > 0;) text.append(block, n);
    return text;
  }

  // The status code of an answer read by receive_all(); 0 when there was none.
  static int status_of(const std::string& answer) {
    return answer.starts_with("HTTP/1.1 ") ? std::stoi(answer.substr(9, 3)) : 0;
  }

 private:
  Poco::Net::StreamSocket socket_;
};

// The headers of a POST with a `length`-byte body, sent without the body, so that the request
// holds a server thread until the body comes.
inline std::string post_headers(const std::string& path, std::size_t length,
                                const std::string& extra_headers = "") {
  return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" +
         "Content-Type: text/plain\r\nContent-Length: " + std::to_string(length) + "\r\n" +
         extra_headers + "\r\n";
}

// Calls `probe` until it returns true or `seconds` pass; returns its last result.
inline bool eventually(const std::function<bool()>& probe, int seconds = 10) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (!probe()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return true;
}

}  // namespace hemeroteca::testing
