// DatabasePool: Xapian::Database handles for concurrent readers.
//
// Xapian::Database objects are not thread-safe; the pool gives each concurrent caller its own
// and keeps them open between calls, so that a search costs a reopen() (cheap when nothing
// changed) rather than an open().
//
// `hemeroteca reindex` replaces the index folder with a new one in one rename. A handle keeps
// reading the files it opened, so a search in flight finishes on the old index; the pool
// notices the folder is another (its device and inode) and opens the new one for the next
// search instead of reopening the old handle.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

namespace hemeroteca {

class DatabasePool {
 public:
  // Opens one handle at once so that a missing index fails at start-up: Error(kNotFound).
  explicit DatabasePool(std::filesystem::path path);

  // An open handle and the identity of the folder it was opened from.
  struct Handle {
    std::unique_ptr<Xapian::Database> database;
    std::uint64_t folder = 0;
  };

  class Lease {
   public:
    Lease(DatabasePool& pool, Handle handle) : pool_(pool), handle_(std::move(handle)) {}
    ~Lease() { pool_.release(std::move(handle_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Xapian::Database& operator*() { return *handle_.database; }
    Xapian::Database* operator->() { return handle_.database.get(); }

   private:
    DatabasePool& pool_;
    Handle handle_;
  };

  // A handle reopened at the latest committed revision of the index now at the path.
  Lease acquire();

 private:
  Handle open() const;
  std::uint64_t folder_identity() const;
  void release(Handle handle);

  std::filesystem::path path_;
  std::mutex mutex_;
  std::vector<Handle> idle_;
};

// Runs `work` with a fresh lease, again (up to three times) when the index was modified under
// it; then Error(kUnavailable).
template <typename Work>
auto with_database(DatabasePool& pool, Work&& work) {
  for (int attempt = 1;; ++attempt) {
    auto database = pool.acquire();
    try {
      return work(*database);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == 3) throw;
    }
  }
}

}  // namespace hemeroteca
