// DatabasePool: Xapian::Database handles for concurrent readers.
//
// Xapian::Database objects are not thread-safe; the pool gives each concurrent caller its own
// and keeps them open between calls, so that a search costs a reopen() (cheap when nothing
// changed) rather than an open().
#pragma once

#include <xapian.h>

#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

namespace hemeroteca {

class DatabasePool {
 public:
  // Opens one handle at once so that a missing index fails at start-up: Error(kNotFound).
  explicit DatabasePool(std::filesystem::path path);

  class Lease {
   public:
    Lease(DatabasePool& pool, std::unique_ptr<Xapian::Database> database)
        : pool_(pool), database_(std::move(database)) {}
    ~Lease() { pool_.release(std::move(database_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Xapian::Database& operator*() { return *database_; }
    Xapian::Database* operator->() { return database_.get(); }

   private:
    DatabasePool& pool_;
    std::unique_ptr<Xapian::Database> database_;
  };

  // A handle reopened at the latest committed revision.
  Lease acquire();

 private:
  std::unique_ptr<Xapian::Database> open() const;
  void release(std::unique_ptr<Xapian::Database> database);

  std::filesystem::path path_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Xapian::Database>> idle_;
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
