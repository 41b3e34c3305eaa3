// HttpServer: Hemeroteca's HTTP API on Poco's multi-threaded server.
//
// Routes (one table in routes.cc, listed by http_routes()): the search API described by
// openapi.json and served at GET /api/v1/openapi.json. Every request is logged on one line (method,
// path, status, duration). Client mistakes get 4xx with a JSON {"error": "..."} that says what was
// wrong.
//
// Writes (POST /api/v1/bulletins, DELETE and PATCH /api/v1/bulletins/{id}) go to the
// BulletinStore given (ingest.h) and need "Authorization: Bearer <token>" with one of the
// tokens of ServerOptions::writes: without one, 401; with another token, 403; bodies above
// writes.max_body_bytes, 413; without a store or a token configured, 503. Tokens are compared
// in constant time, re-read from their file when it changes, and never logged. Reading stays
// open to all.
//
// Every request passes, in order:
//   - CORS (cors_origins): preflights answered, allowed origins named in the answer;
//   - the rate limit (rate_limit), per client address, on everything but /healthz, /metrics
//     and /static/: 429 with Retry-After when a client's bucket is empty;
//   - admission (threads, queue): 503 with Retry-After when every thread is busy and the
//     queue is full;
//   - priority (demote_after): a request past that much CPU yields the cores to cheaper ones;
// and every answer carries the security headers (web_response.h) and is counted in /metrics.
//
// Bad requests never reach a thread for long: request lines over 16 KiB, header fields over
// 8 KiB or more than 100 of them are answered 400 by Poco; slow senders are cut off (see
// ServerOptions::request_timeout).
//
// Thread-safety: start() and stop() from one thread; at most ServerOptions::threads requests
// run at once, on Poco's connection threads, and share the SearchService and the
// BulletinStore.
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

// A token bucket per client address: `burst` requests at once, refilled at `per_second`.
struct RateLimit {
  double per_second = 0;  // 0: no limit (hemeroteca serve's configuration turns it on)
  unsigned burst = 60;
};

struct ServerOptions {
  std::string bind = "127.0.0.1";  // loopback unless told otherwise
  std::uint16_t port = 8080;       // 0 picks a free port (see HttpServer::port())
  unsigned threads = 8;            // requests answered at once
  unsigned queue = 64;             // requests waiting for a thread; more are answered 503
  // A request that has used this much CPU runs at a lower priority while cheaper requests run
  // beside it, so that they are answered first; 0: never. Needs the right to restore a
  // thread's priority (CAP_SYS_NICE, or RLIMIT_NICE: systemd's LimitNICE=+0), else is off.
  std::chrono::microseconds demote_after{2000};
  WriteAccess writes{};                     // who may write through the API; nobody by default
  RateLimit rate_limit{};                   // per client address; off by default
  std::vector<std::string> cors_origins{};  // e.g. "https://example.org"; empty: CORS off
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
  // Closes the listening socket (new connections are refused), lets the requests in flight
  // and those waiting for a thread finish, closes idle keep-alive connections, and returns.
  // Connections still busy after 30 s (a client that stalls) are cut.
  void stop();
  std::uint16_t port() const;  // the bound port, useful when ServerOptions::port was 0

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hemeroteca
