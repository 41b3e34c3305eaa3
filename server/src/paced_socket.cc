#include "paced_socket.h"

#include <Poco/Exception.h>
#include <Poco/Net/ServerSocketImpl.h>
#include <Poco/Net/StreamSocketImpl.h>
#include <sys/socket.h>

#include <cerrno>
#include <optional>

namespace hemeroteca {
namespace {

using Clock = std::chrono::steady_clock;

class PacedStreamSocketImpl : public Poco::Net::StreamSocketImpl {
 public:
  PacedStreamSocketImpl(poco_socket_t socket, RequestPace pace)
      : Poco::Net::StreamSocketImpl(socket), pace_(pace) {}

  using Poco::Net::StreamSocketImpl::receiveBytes;  // the other overloads: unused by HTTP
  using Poco::Net::StreamSocketImpl::sendBytes;

  int receiveBytes(void* buffer, int length, int flags) override {
    if (!deadline_) deadline_ = Clock::now() + pace_.grace;
    const auto left =
        std::chrono::duration_cast<std::chrono::microseconds>(*deadline_ - Clock::now());
    if (left.count() <= 0 || !poll(Poco::Timespan(left.count()), SELECT_READ | SELECT_ERROR)) {
      throw Poco::TimeoutException("the client was too slow sending its request");
    }
    const int received = Poco::Net::StreamSocketImpl::receiveBytes(buffer, length, flags);
    if (received > 0 && pace_.min_rate > 0) {
      *deadline_ += std::chrono::microseconds(static_cast<long long>(received) * 1'000'000 /
                                              static_cast<long long>(pace_.min_rate));
    }
    return received;
  }

  int sendBytes(const void* buffer, int length, int flags) override {
    deadline_.reset();  // an answer ends the request; the next one gets its own clock
    return Poco::Net::StreamSocketImpl::sendBytes(buffer, length, flags);
  }

 private:
  RequestPace pace_;
  std::optional<Clock::time_point> deadline_;
};

class PacedServerSocketImpl : public Poco::Net::ServerSocketImpl {
 public:
  explicit PacedServerSocketImpl(RequestPace pace) : pace_(pace) {}

  // Poco's SocketImpl::acceptConnection, making a PacedStreamSocketImpl instead.
  Poco::Net::SocketImpl* acceptConnection(Poco::Net::SocketAddress& client) override {
    if (sockfd() == POCO_INVALID_SOCKET) throw Poco::InvalidArgumentException("socket not bound");
    sockaddr_storage address{};
    poco_socket_t socket;
    do {
      socklen_t length = sizeof address;
      socket = ::accept(sockfd(), reinterpret_cast<sockaddr*>(&address), &length);
      if (socket != POCO_INVALID_SOCKET) {
        client = Poco::Net::SocketAddress(reinterpret_cast<const sockaddr*>(&address), length);
        return new PacedStreamSocketImpl(socket, pace_);  // Poco's StreamSocket takes ownership
      }
    } while (errno == EINTR);
    error();  // throws the Poco exception for errno
    return nullptr;
  }

 private:
  RequestPace pace_;
};

}  // namespace

PacedServerSocket::PacedServerSocket(const Poco::Net::SocketAddress& address, RequestPace pace)
    : Poco::Net::ServerSocket(new PacedServerSocketImpl(pace), true) {
  // SO_REUSEADDR lets a restarted server take its port while old connections linger; never
  // SO_REUSEPORT, which Poco's one-flag bind() also sets: a second server on the same port
  // would then start and take half the connections instead of being refused.
  bind(address, /*reuseAddress=*/true, /*reusePort=*/false);
  listen();
}

}  // namespace hemeroteca
