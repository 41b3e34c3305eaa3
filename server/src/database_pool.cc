#include "database_pool.h"

#include <sys/stat.h>

#include "hemeroteca/schema/error.h"

namespace hemeroteca {

DatabasePool::DatabasePool(std::filesystem::path path) : path_(std::move(path)) { release(open()); }

DatabasePool::Lease DatabasePool::acquire() {
  Handle handle;
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      handle = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (handle.database && handle.folder == folder_identity()) {
    try {
      handle.database->reopen();
    } catch (const Xapian::DatabaseError&) {
      handle.database.reset();  // the folder was swapped while reopening: open it afresh
    }
    // Swapped during reopen(): the handle may mix old and new; drop it.
    if (handle.database && handle.folder != folder_identity()) handle.database.reset();
  } else {
    handle.database.reset();
  }
  if (!handle.database) handle = open();
  return Lease(*this, std::move(handle));
}

std::uint64_t DatabasePool::folder_identity() const {
  struct stat status {};
  if (::stat(path_.c_str(), &status) != 0) return 0;
  return (static_cast<std::uint64_t>(status.st_dev) << 40) ^
         static_cast<std::uint64_t>(status.st_ino);
}

DatabasePool::Handle DatabasePool::open() const {
  for (int attempt = 1;; ++attempt) {
    Handle handle;
    handle.folder = folder_identity();
    try {
      handle.database = std::make_unique<Xapian::Database>(path_.string());
    } catch (const Xapian::DatabaseOpeningError& e) {
      throw Error(ErrorKind::kNotFound, "no index at " + path_.string() +
                                            ": run `hemeroteca import` first, or pass --db (" +
                                            e.get_msg() + ")");
    } catch (const Xapian::DatabaseError&) {
      if (attempt == 3) throw;
      continue;  // opened while the folder was being swapped
    }
    if (handle.folder == folder_identity() || attempt == 3) return handle;
  }
}

void DatabasePool::release(Handle handle) {
  if (!handle.database) return;
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(handle));
}

}  // namespace hemeroteca
