// PacedServerSocket: a listening socket whose connections must send each request at a minimum
// pace, so slow clients (slowloris: headers a byte at a time, a body that never ends) cannot
// hold the server's threads.
//
// The clock of a request starts when the server first waits for its bytes (after a response,
// or on a new connection once it has something to read; idle keep-alive time does not count).
// The client then has `pace.grace` to send it, plus one second for every `pace.min_rate` bytes
// it has sent, so a large upload at a decent speed is never cut. When the time is up, the
// pending read throws Poco::TimeoutException: Poco's HTTP server then answers 400 or simply
// closes the connection, and the thread serves someone else.
//
// Poco's HTTPServerParams timeouts cannot do this: they bound each read, and a client that
// sends a byte just before every timeout resets them forever.
//
// Thread-safety: the listening socket is used by Poco's acceptor thread; each connection by
// the one thread that serves it.
#pragma once

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <chrono>
#include <cstddef>

namespace hemeroteca {

struct RequestPace {
  std::chrono::milliseconds grace{10'000};  // to send a request of any size
  std::size_t min_rate = 4096;              // bytes per second granted beyond `grace`
};

class PacedServerSocket : public Poco::Net::ServerSocket {
 public:
  // Binds `address` (reusing it, but never a port another process listens on) and listens.
  // Throws Poco::Net::NetException like Poco::Net::ServerSocket when it cannot.
  PacedServerSocket(const Poco::Net::SocketAddress& address, RequestPace pace);
};

}  // namespace hemeroteca
