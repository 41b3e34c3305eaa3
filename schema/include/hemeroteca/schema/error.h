// Error: the one exception type Hemeroteca's own code throws.
//
// Library exceptions (Xapian::Error, Poco::Exception, std::filesystem errors) are caught where
// they happen and rethrown as Error with a kind and a message that tells the user what to do.
// The edges (CLI `main`, HTTP handlers, the per-file import loop) catch Error and turn its kind
// into an exit code or an HTTP status in exactly one place each.
#pragma once

#include <stdexcept>
#include <string>

namespace hemeroteca {

enum class ErrorKind {
  kInvalidArgument,  // the caller's input is wrong (bad parameter, unreadable query, bad file)
  kNotFound,         // a named thing does not exist (bulletin id, path)
  kIo,               // reading or writing a file or database failed
  kCorrupt,          // stored data or a configuration file is malformed
  kUnavailable,      // a resource is busy or down (database locked, shard unreachable)
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  [[nodiscard]] ErrorKind kind() const noexcept { return kind_; }

 private:
  ErrorKind kind_;
};

}  // namespace hemeroteca
