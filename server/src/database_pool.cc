#include "database_pool.h"

#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <algorithm>

namespace hemeroteca {
namespace {

std::uint64_t folder_identity(const std::string& path) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) return 0;
  return (static_cast<std::uint64_t>(status.st_dev) << 40) ^
         static_cast<std::uint64_t>(status.st_ino);
}

// Remote shards report no revision; these statistics change with every commit that adds,
// deletes or changes the length of a document.
std::string shard_state(const Xapian::Database& shard, bool remote) {
  std::string state = shard.get_uuid();
  if (remote) {
    state += '#' + std::to_string(shard.get_doccount()) + '/' +
             std::to_string(shard.get_lastdocid()) + '/' + std::to_string(shard.get_total_length());
  } else {
    state += '@' + std::to_string(shard.get_revision());
  }
  return state;
}

std::string state_key(const OpenIndex& handle, const ShardOptions& options) {
  std::string key;
  std::size_t next = 0;
  for (std::size_t i = 0; i < options.shards.size(); ++i) {
    const std::string& shard = options.shards[i];
    const bool missing =
        std::find(handle.missing.begin(), handle.missing.end(), shard) != handle.missing.end();
    key += std::to_string(i) + '=';
    key += missing ? std::string("-")
                   : shard_state(handle.shards[next++], remote_address(shard).has_value());
    key += ';';
  }
  return key;
}

}  // namespace

DatabasePool::DatabasePool(ShardOptions options) : options_(std::move(options)) {
  if (options_.shards.empty()) {
    throw Error(ErrorKind::kInvalidArgument, "no index given: pass --db or --shard");
  }
  for (const std::string& shard : options_.shards) remote_address(shard);  // validates
  OpenIndex first = open();
  for (const std::string& shard : first.missing) {
    spdlog::warn("shard {} is left out of searches until it answers", shard);
  }
  release(std::move(first));
}

DatabasePool::Lease DatabasePool::acquire() {
  OpenIndex handle;
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      handle = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  const auto now = std::chrono::steady_clock::now();
  if (handle.database && handle.folders == folder_identities() &&
      (handle.missing.empty() || now - handle.opened < options_.retry_after)) {
    try {
      handle.database->reopen();
      handle.state_key = state_key(handle, options_);
    } catch (const Xapian::Error&) {
      // A folder swapped while reopening, or a remote shard gone: open afresh.
      handle.database.reset();
    }
    // Swapped during reopen(): the handle may mix old and new; drop it.
    if (handle.database && handle.folders != folder_identities()) handle.database.reset();
  } else {
    handle.database.reset();
  }
  if (!handle.database) handle = open();
  return Lease(*this, std::move(handle));
}

std::vector<std::uint64_t> DatabasePool::folder_identities() const {
  std::vector<std::uint64_t> folders;
  for (const std::string& shard : options_.shards) {
    folders.push_back(remote_address(shard) ? 0 : folder_identity(shard));
  }
  return folders;
}

OpenIndex DatabasePool::open() const {
  for (int attempt = 1;; ++attempt) {
    OpenIndex handle;
    handle.folders = folder_identities();
    handle.opened = std::chrono::steady_clock::now();
    handle.database = std::make_unique<Xapian::Database>();
    std::string first_error;
    try {
      for (const std::string& shard : options_.shards) {
        try {
          Xapian::Database database = open_shard(shard, options_);
          handle.database->add_database(database);
          handle.shards.push_back(std::move(database));
          handle.remote = handle.remote || remote_address(shard).has_value();
        } catch (const Error& e) {
          if (options_.shards.size() == 1) throw;
          if (options_.on_failure == ShardFailurePolicy::kFail) {
            throw Error(ErrorKind::kUnavailable,
                        std::string(e.what()) +
                            "; searches fail while a shard is missing (serve with "
                            "--on-shard-failure partial to answer from the others)");
          }
          if (first_error.empty()) first_error = e.what();
          handle.missing.push_back(shard);
        }
      }
      if (handle.shards.empty()) {
        throw Error(ErrorKind::kUnavailable, "no shard answers: " + first_error);
      }
      handle.state_key = state_key(handle, options_);
    } catch (const Xapian::DatabaseError&) {
      if (attempt == 3) throw;
      continue;  // opened while a folder was being swapped
    }
    if (handle.folders == folder_identities() || attempt == 3) return handle;
  }
}

void DatabasePool::release(OpenIndex handle) {
  if (!handle.database) return;
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(handle));
}

}  // namespace hemeroteca
