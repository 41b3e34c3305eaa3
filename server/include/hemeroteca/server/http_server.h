// HttpServer: Hemeroteca's HTTP API on Poco's multi-threaded server.
//
// Routes (one table in routes.cc, listed by http_routes()): the search API described by
// openapi.json and served at GET /api/v1/openapi.json. Every request is logged on one line (method,
// path, status, duration). Client mistakes get 4xx with a JSON {"error": "..."} that says what was
// wrong.
//
// Thread-safety: start() and stop() from one thread; requests are served on a pool of
// ServerOptions::threads threads, which share the SearchService.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace hemeroteca {

class SearchService;

// Every route the server answers, as "METHOD /path" with '*' for a path parameter
// ("GET /api/v1/bulletins/*"); the OpenAPI document must describe exactly these.
std::vector<std::string> http_routes();

struct ServerOptions {
  std::string bind = "127.0.0.1";  // loopback unless told otherwise
  std::uint16_t port = 8080;       // 0 picks a free port (see HttpServer::port())
  unsigned threads = 8;            // request-serving threads
  unsigned queue = 64;             // connections waiting for a thread before new ones wait in
                                   // the kernel backlog
};

class HttpServer {
 public:
  // Keeps a reference to `service`. Throws Error(kIo) when the address cannot be bound.
  HttpServer(const ServerOptions& options, SearchService& service);
  ~HttpServer();

  void start();
  void stop();                 // stops accepting and waits for requests in flight
  std::uint16_t port() const;  // the bound port, useful when ServerOptions::port was 0

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hemeroteca
