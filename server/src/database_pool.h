// DatabasePool: Xapian::Database handles over the index's shards, for concurrent readers.
//
// Xapian::Database objects are not thread-safe; the pool gives each concurrent caller its own
// and keeps them open between calls, so that a search costs a reopen() (cheap when nothing
// changed) rather than an open(). A handle joins every reachable shard (shards.h) into one
// database; an index of one folder is the one-shard case.
//
// `hemeroteca reindex` replaces an index folder with a new one in one rename. A handle keeps
// reading the files it opened, so a search in flight finishes on the old index; the pool
// notices a folder is another (its device and inode) and opens the new one for the next
// search instead of reopening the old handle.
//
// A shard that could not be opened is left out or fails the open (ShardOptions::on_failure);
// a handle missing shards is opened again after ShardOptions::retry_after, and a handle whose
// remote shard stopped answering is dropped (Lease::discard()) and opened again.
#pragma once

#include <spdlog/spdlog.h>
#include <xapian.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "hemeroteca/schema/error.h"
#include "hemeroteca/server/shards.h"
#include "request_priority.h"

namespace hemeroteca {

// An open handle: the joined database and what it was made of.
struct OpenIndex {
  std::unique_ptr<Xapian::Database> database;  // every shard in `shards`, joined
  std::vector<Xapian::Database> shards;        // the reachable shards, in configured order
  std::vector<std::string> missing;            // configured shards left out, as configured
  bool remote = false;                         // some shard in `shards` is remote
  // Changes whenever what a search would see changes: which shards, their identity (UUID)
  // and their revision (for remote shards, which do not report one, their document count,
  // last document id and total length).
  std::string state_key;
  std::vector<std::uint64_t> folders;  // identity of each configured local folder; 0 if remote
  std::chrono::steady_clock::time_point opened;
};

class DatabasePool {
 public:
  // Opens one handle at once so that a missing index fails at start-up: Error(kUnavailable)
  // for a single folder without an index, and when no shard (or, with
  // ShardFailurePolicy::kFail, not every shard) can be opened.
  explicit DatabasePool(ShardOptions options);

  class Lease {
   public:
    Lease(DatabasePool& pool, OpenIndex handle) : pool_(pool), handle_(std::move(handle)) {}
    ~Lease() {
      if (!discarded_) pool_.release(std::move(handle_));
    }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    OpenIndex& operator*() { return handle_; }
    OpenIndex* operator->() { return &handle_; }
    // The handle is broken (a shard stopped answering): close it rather than keep it.
    void discard() { discarded_ = true; }

   private:
    DatabasePool& pool_;
    OpenIndex handle_;
    bool discarded_ = false;
  };

  // A handle reopened at the latest committed revision of every shard.
  Lease acquire();

  const ShardOptions& options() const { return options_; }

 private:
  OpenIndex open() const;
  std::vector<std::uint64_t> folder_identities() const;
  void release(OpenIndex handle);

  ShardOptions options_;
  std::mutex mutex_;
  std::vector<OpenIndex> idle_;
};

// How long with_database() keeps starting a read again because commits discarded the revision
// it read, and how many times at most. A commit frees the blocks of the revision before it, so
// a read that lasts across two commits fails; an import commits every few seconds, but a test
// (or a small nightly job) committing every few milliseconds on a busy machine can fail several
// fresh reads in a row. Each new attempt reads the newest revision and usually finishes.
inline constexpr std::chrono::milliseconds kIndexChangedRetryBudget{2000};
inline constexpr int kIndexChangedMaxAttempts = 50;
// Reads failing for another reason are tried this many times: a damaged index fails the same
// way every time and should not hold the request for the whole budget.
inline constexpr int kReadFailureMaxAttempts = 3;

// Runs `work(OpenIndex&)` with a fresh lease, again when the index was modified under it
// (DatabaseModifiedError, or DocNotFoundError: a document of the match set replaced or deleted
// before it was read) until kIndexChangedRetryBudget or kIndexChangedMaxAttempts runs out; then
// Error(kUnavailable). A request run again because the index changed under it is not demoted
// any more (request_priority.h): slowed down, it would meet the next commits too.
// Xapian may also fail a read that met blocks a writer had just reused with a plain
// DatabaseError ("EOF reading block 842477616"), and a remote shard may stop answering: those are
// tried again on a new handle (the next lease leaves a dead shard out, or fails, as configured)
// up to kReadFailureMaxAttempts times and logged, since a damaged index would fail the same way
// every time; then Error(kUnavailable) says to check it.
template <typename Work>
auto with_database(DatabasePool& pool, Work&& work) {
  const auto started = std::chrono::steady_clock::now();
  int index_changed = 0;
  int read_failures = 0;
  const auto index_changed_again = [&] {
    RequestPriority::spare_this_request();
    if (++index_changed >= kIndexChangedMaxAttempts ||
        std::chrono::steady_clock::now() - started >= kIndexChangedRetryBudget) {
      throw Error(ErrorKind::kUnavailable,
                  "the index is being rewritten faster than a search can read it (" +
                      std::to_string(index_changed) + " attempts); try again");
    }
  };
  for (;;) {
    try {
      // Opening or reopening a handle reads the tables' roots, which a commit may be recycling
      // too: acquire() fails then as a read would, and is tried again alike.
      auto lease = pool.acquire();
      try {
        return work(*lease);
      } catch (const Xapian::DatabaseModifiedError&) {
        throw;  // the handle is sound: reopen() takes it to the new revision
      } catch (const Xapian::DatabaseError&) {
        lease.discard();  // it met recycled blocks: a new handle reads afresh
        throw;
      } catch (const Xapian::NetworkError&) {
        lease.discard();
        throw;
      }
    } catch (const Xapian::DatabaseModifiedError&) {
      index_changed_again();
    } catch (const Xapian::DocNotFoundError&) {
      index_changed_again();
    } catch (const Xapian::DatabaseError& e) {
      RequestPriority::spare_this_request();
      ++read_failures;
      spdlog::warn("reading the index failed ({}: {}); attempt {} of {}", e.get_type(), e.get_msg(),
                   read_failures, kReadFailureMaxAttempts);
      if (read_failures == kReadFailureMaxAttempts) {
        throw Error(ErrorKind::kUnavailable,
                    "the index could not be read (" + e.get_msg() +
                        "); try again, and if this persists run `hemeroteca check`");
      }
    } catch (const Xapian::NetworkError& e) {
      if (++read_failures == kReadFailureMaxAttempts) {
        throw Error(ErrorKind::kUnavailable,
                    "a shard stopped answering (" + e.get_msg() + "); see `hemeroteca shards`");
      }
    }
  }
}

}  // namespace hemeroteca
