#include "hemeroteca/indexer/index_backup.h"

#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <thread>

#include "backup_hold.h"
#include "hemeroteca/schema/error.h"

namespace hemeroteca {
namespace {

namespace fs = std::filesystem;

std::uintmax_t folder_size(const fs::path& folder) {
  std::uintmax_t bytes = 0;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file()) bytes += entry.file_size();
  }
  return bytes;
}

bool inside(const fs::path& path, const fs::path& folder) {
  const fs::path relative = path.lexically_relative(folder);
  return !relative.empty() && *relative.begin() != "..";
}

// Checks the destination before any work is done, so a refusal costs nothing.
void check_destination(const fs::path& database, const fs::path& destination, bool overwrite) {
  std::error_code error;
  const fs::path index = fs::weakly_canonical(database, error);
  const fs::path target = fs::weakly_canonical(destination, error);
  if (target == index || inside(target, index)) {
    throw Error(ErrorKind::kInvalidArgument,
                destination.string() +
                    ": a backup cannot go into the index it copies; give a "
                    "folder elsewhere");
  }
  if (fs::exists(destination, error) && !fs::is_directory(destination, error)) {
    throw Error(ErrorKind::kInvalidArgument,
                destination.string() + ": exists and is not a folder; give a folder");
  }
  if (fs::is_directory(destination, error) && !fs::is_empty(destination, error) && !overwrite) {
    throw Error(ErrorKind::kInvalidArgument, destination.string() +
                                                 ": the folder is not empty; give a new folder, or "
                                                 "--force to replace what it holds");
  }
}

// Removes the partial copy on every way out that does not rename it into place.
class PartialCopy {
 public:
  explicit PartialCopy(const fs::path& destination)
      : path_(destination.parent_path() /
              ("." + destination.filename().string() + ".partial-" + std::to_string(getpid()))) {
    clear();
  }
  ~PartialCopy() { clear(); }
  PartialCopy(const PartialCopy&) = delete;
  PartialCopy& operator=(const PartialCopy&) = delete;

  const fs::path& path() const { return path_; }
  void clear() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }

 private:
  fs::path path_;
};

// Puts the finished copy where the old destination was, keeping the old one until then.
void move_into_place(const fs::path& copy, const fs::path& destination) {
  std::error_code error;
  fs::path previous;
  if (fs::exists(destination, error)) {
    previous = destination.parent_path() /
               ("." + destination.filename().string() + ".old-" + std::to_string(getpid()));
    fs::remove_all(previous, error);
    fs::rename(destination, previous, error);
    if (error) {
      throw Error(ErrorKind::kIo, destination.string() + ": cannot move the old folder aside (" +
                                      error.message() + "); check its permissions");
    }
  }
  fs::rename(copy, destination, error);
  if (error) {
    if (!previous.empty()) fs::rename(previous, destination, error);
    throw Error(ErrorKind::kIo, destination.string() + ": cannot put the backup in place (" +
                                    error.message() + "); check the folder's permissions");
  }
  if (!previous.empty()) fs::remove_all(previous, error);
}

}  // namespace

BackupSummary backup_index(const fs::path& database, const fs::path& destination,
                           const BackupOptions& options) {
  std::error_code error;
  if (!fs::is_directory(database, error)) {
    throw Error(ErrorKind::kUnavailable,
                database.string() + ": no index folder here; give the index with --db");
  }
  const fs::path target = destination.has_filename() ? destination : destination.parent_path();
  check_destination(database, target, options.overwrite);
  fs::create_directories(target.parent_path().empty() ? "." : target.parent_path(), error);

  Xapian::Database source;
  // Opening reads the tables' roots, which a commit may recycle under it (read as a modified
  // or, now and then, a corrupt revision): that is a busy index, opened again, not a folder
  // that is no index.
  const auto not_an_index = [&](const Xapian::Error& e) {
    return Error(ErrorKind::kUnavailable, database.string() + ": not an index (" +
                                              e.get_description() + "); give it with --db");
  };
  for (int attempt = 1;; ++attempt) {
    try {
      source = Xapian::Database(database.string());
      break;
    } catch (const Xapian::DatabaseModifiedError& e) {
      if (attempt >= options.attempts) throw not_an_index(e);
    } catch (const Xapian::DatabaseCorruptError& e) {
      if (attempt >= options.attempts) throw not_an_index(e);
    } catch (const Xapian::Error& e) {
      throw not_an_index(e);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20 * attempt));
  }
  // Writers wait to commit while the hold stays, so the revision opened stays whole; a commit
  // already under way when the hold appears makes at most one more attempt.
  const BackupHold hold(database);
  PartialCopy partial(target);
  BackupSummary summary;
  // Blocks recycled by a writer read as DatabaseModifiedError, or now and then as damage
  // ("Block overwritten"); either way the revision has moved on and the copy starts over.
  auto start_over = [&](int attempt, const Xapian::Error& e) {
    partial.clear();
    if (attempt >= options.attempts) {
      throw Error(ErrorKind::kUnavailable, database.string() +
                                               ": the index changed under every one of " +
                                               std::to_string(attempt) + " copies (" + e.get_msg() +
                                               "); run the backup when imports are quieter");
    }
    source.reopen();
  };
  for (int attempt = 1;; ++attempt) {
    try {
      summary.revision = source.get_revision();
      summary.documents = source.get_doccount();
      source.compact(partial.path().string(), Xapian::DBCOMPACT_NO_RENUMBER);
      break;
    } catch (const Xapian::DatabaseModifiedError& e) {
      start_over(attempt, e);
    } catch (const Xapian::Error& e) {
      if (Xapian::Database(database.string()).get_revision() == summary.revision) {
        throw Error(ErrorKind::kIo, target.string() + ": the copy failed: " + e.get_description() +
                                        "; check the free space and permissions where it goes");
      }
      start_over(attempt, e);
    }
  }

  try {
    const Xapian::doccount copied = Xapian::Database(partial.path().string()).get_doccount();
    if (copied != summary.documents) {
      throw Error(ErrorKind::kIo, target.string() + ": the copy holds " + std::to_string(copied) +
                                      " documents instead of " + std::to_string(summary.documents) +
                                      "; run it again");
    }
  } catch (const Xapian::Error& e) {
    throw Error(ErrorKind::kIo,
                target.string() + ": the copy does not open: " + e.get_description());
  }
  summary.bytes = folder_size(partial.path());
  move_into_place(partial.path(), target);
  return summary;
}

}  // namespace hemeroteca
