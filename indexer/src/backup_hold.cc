#include "backup_hold.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <charconv>
#include <fstream>
#include <string>
#include <thread>

#include "hemeroteca/schema/error.h"

namespace hemeroteca {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kPrefix = "backup-";
constexpr std::string_view kSuffix = ".hold";
constexpr std::chrono::milliseconds kPoll{50};

// The process that left the hold named `name`, or 0 when the name is no hold's.
pid_t holder_of(const std::string& name) {
  if (!name.starts_with(kPrefix) || !name.ends_with(kSuffix)) return 0;
  const char* first = name.data() + kPrefix.size();
  long pid = 0;
  const auto [end, error] = std::from_chars(first, name.data() + name.size(), pid);
  if (error != std::errc() || end == first || *end != '-') return 0;
  return static_cast<pid_t>(pid);
}

bool alive(pid_t pid) { return kill(pid, 0) == 0 || errno == EPERM; }

// Holds of live processes in `database`; stale ones are removed when `remove_stale`.
bool held(const fs::path& database, bool remove_stale) {
  std::error_code error;
  bool any = false;
  for (const auto& entry : fs::directory_iterator(database, error)) {
    const pid_t pid = holder_of(entry.path().filename().string());
    if (pid == 0) continue;
    if (alive(pid)) {
      any = true;
    } else if (remove_stale) {
      fs::remove(entry.path(), error);
    }
  }
  return any;
}

}  // namespace

BackupHold::BackupHold(const fs::path& database) {
  static std::atomic<unsigned> next{0};
  held(database, /*remove_stale=*/true);
  file_ = database / (std::string(kPrefix) + std::to_string(getpid()) + "-" +
                      std::to_string(next++) + std::string(kSuffix));
  std::ofstream hold(file_);
  hold << "a backup is copying this index; writers wait to commit until this file goes\n";
  if (!hold) {
    throw Error(ErrorKind::kIo, file_.string() +
                                    ": cannot leave the backup's hold in the index folder; check "
                                    "its permissions");
  }
}

BackupHold::~BackupHold() {
  std::error_code error;
  fs::remove(file_, error);
}

bool wait_for_backups(const fs::path& database, std::chrono::milliseconds longest) {
  const auto deadline = std::chrono::steady_clock::now() + longest;
  while (held(database, /*remove_stale=*/false)) {
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(kPoll);
  }
  return true;
}

}  // namespace hemeroteca
