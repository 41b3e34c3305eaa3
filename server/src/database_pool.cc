#include "database_pool.h"

#include "hemeroteca/schema/error.h"

namespace hemeroteca {

DatabasePool::DatabasePool(std::filesystem::path path) : path_(std::move(path)) { release(open()); }

DatabasePool::Lease DatabasePool::acquire() {
  std::unique_ptr<Xapian::Database> database;
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      database = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (database) {
    database->reopen();
  } else {
    database = open();
  }
  return Lease(*this, std::move(database));
}

std::unique_ptr<Xapian::Database> DatabasePool::open() const {
  try {
    return std::make_unique<Xapian::Database>(path_.string());
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw Error(ErrorKind::kNotFound, "no index at " + path_.string() +
                                          ": run `hemeroteca import` first, or pass --db (" +
                                          e.get_msg() + ")");
  }
}

void DatabasePool::release(std::unique_ptr<Xapian::Database> database) {
  if (!database) return;
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(database));
}

}  // namespace hemeroteca
