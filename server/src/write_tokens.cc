#include "write_tokens.h"

#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <fstream>
#include <optional>

#include "hemeroteca/schema/error.h"
#include "write_guard.h"

namespace hemeroteca {
namespace {

std::string trimmed(std::string_view text) {
  const std::size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  const std::size_t end = text.find_last_not_of(" \t\r");
  return std::string(text.substr(begin, end - begin + 1));
}

void require_length(std::string_view token, const std::string& where) {
  if (token.size() < kMinTokenLength) {
    throw Error(ErrorKind::kInvalidArgument,
                where + ": a write token must be at least " + std::to_string(kMinTokenLength) +
                    " characters; make one with `head -c 24 /dev/urandom | base64`");
  }
}

std::vector<std::string> read_token_file(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) {
    throw Error(ErrorKind::kNotFound,
                file.string() + ": cannot read the token file; check the path and permissions");
  }
  std::vector<std::string> tokens;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    std::string token = trimmed(line);
    if (token.empty() || token.starts_with('#')) continue;
    require_length(token, file.string() + ":" + std::to_string(number));
    tokens.push_back(std::move(token));
  }
  return tokens;
}

}  // namespace

bool WriteTokens::FileState::operator==(const FileState& other) const {
  return modified.tv_sec == other.modified.tv_sec && modified.tv_nsec == other.modified.tv_nsec &&
         size == other.size && inode == other.inode;
}

WriteTokens::WriteTokens(const WriteAccess& access) : access_(access) {
  if (!access_.token.empty()) require_length(access_.token, "the write token");
  if (access_.token_file.empty()) return;
  struct stat status {};
  if (::stat(access_.token_file.c_str(), &status) == 0) {
    file_state_ = {status.st_mtim, status.st_size, status.st_ino};
    if (status.st_mode & (S_IRGRP | S_IROTH)) {
      spdlog::warn("{} can be read by other users; chmod 600 it", access_.token_file.string());
    }
  }
  tokens_ = read_token_file(access_.token_file);
}

void WriteTokens::reload_if_changed() {
  if (access_.token_file.empty()) return;
  struct stat status {};
  const FileState now = ::stat(access_.token_file.c_str(), &status) == 0
                            ? FileState{status.st_mtim, status.st_size, status.st_ino}
                            : FileState{};
  if (now == file_state_) return;
  file_state_ = now;
  try {
    tokens_ = read_token_file(access_.token_file);
    spdlog::info("{} changed: {} write token(s) now accepted", access_.token_file.string(),
                 tokens_.size());
  } catch (const Error& e) {
    spdlog::error("{}; the write tokens read before stay in force", e.what());
  }
}

bool WriteTokens::accepts(std::string_view given) {
  std::lock_guard lock(mutex_);
  reload_if_changed();
  bool accepted = !access_.token.empty() && same_token(given, access_.token);
  for (const std::string& token : tokens_) accepted |= same_token(given, token);
  return accepted;
}

}  // namespace hemeroteca
