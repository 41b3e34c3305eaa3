// HttpServer: Hemeroteca's HTTP API on Poco's multi-threaded server.
//
// Routes (one table in routes.cc, listed by http_routes()): the search API described by
// openapi.json and served at GET /api/v1/openapi.json. Every request is logged on one line (method,
// path, status, duration). Client mistakes get 4xx with a JSON {"error": "..."} that says what was
// wrong.
//
// Writes (POST /api/v1/bulletins, DELETE and PATCH /api/v1/bulletins/{id}) go to the
// BulletinStore given (ingest.h) and need "Authorization: Bearer <ServerOptions::writes.token>":
// without it or with another token, 401; bodies above writes.max_body_bytes, 413; without a
// store or a token configured, 503. The token is compared in constant time and never logged.
// Reading stays open to all.
//
// Bad requests never reach a thread for long: request lines over 16 KiB, header fields over
// 8 KiB or more than 100 of them are answered 400 by Poco; slow senders are cut off (see
// ServerOptions::request_timeout).
//
// Thread-safety: start() and stop() from one thread; requests are served on a pool of
// ServerOptions::threads threads, which share the SearchService and the BulletinStore.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "hemeroteca/server/ingest.h"

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
  WriteAccess writes{};            // who may write through the API; nobody by default
  // Slow clients (slowloris): a request must arrive within request_timeout plus one second for
  // every min_request_rate bytes it holds, or the connection is closed. request_timeout also
  // bounds each single read and write of the connection.
  std::chrono::milliseconds request_timeout{10'000};
  std::size_t min_request_rate = 4096;  // bytes per second
};

class HttpServer {
 public:
  // Keeps references to `service` and `store` (null: writes are refused with 503). Throws
  // Error(kIo) when the address cannot be bound.
  HttpServer(const ServerOptions& options, SearchService& service, BulletinStore* store = nullptr);
  ~HttpServer();

  void start();
  void stop();                 // stops accepting and waits for requests in flight
  std::uint16_t port() const;  // the bound port, useful when ServerOptions::port was 0

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hemeroteca
