// WriteTokens: the bearer tokens that may write, kept fresh from their file.
//
// The tokens are WriteAccess::token and the lines of WriteAccess::token_file. The file is read
// at construction (a missing file or a token under 16 characters is an error then) and again
// whenever its modification time, size or inode changes — checked on each write request, which
// costs one stat(). A file that turns bad later (unreadable, a short token) is reported in the
// log and the tokens read before stay in force, so a typo while rotating locks nobody out.
// Tokens are never logged.
//
// Thread-safety: accepts() may be called from many threads at once.
#pragma once

#include <sys/types.h>

#include <ctime>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "hemeroteca/server/ingest.h"

namespace hemeroteca {

inline constexpr std::size_t kMinTokenLength = 16;

class WriteTokens {
 public:
  // Throws Error(kNotFound) when the token file cannot be read and Error(kInvalidArgument),
  // naming the file and line, for a token that is too short.
  explicit WriteTokens(const WriteAccess& access);

  // True when `given` is one of the tokens. Every token is compared, in constant time each.
  bool accepts(std::string_view given);

 private:
  struct FileState {
    timespec modified{};
    off_t size = -1;
    ino_t inode = 0;
    bool operator==(const FileState& other) const;
  };
  void reload_if_changed();

  WriteAccess access_;
  std::mutex mutex_;
  FileState file_state_;
  std::vector<std::string> tokens_;
};

}  // namespace hemeroteca
