// Backup holds: how a backup keeps the index's writers from committing while it copies
// (private to the indexer).
//
// Xapian lets a reader copy a committed revision only until the writer commits twice more:
// then the revision's blocks are recycled and the copy must start over. An import commits every
// batch, and copying a large index takes longer than two batches, so a backup during a
// back-fill would start over until it gave up. While a backup runs it therefore leaves a hold
// in the index's folder — a file "backup-<pid>-<n>.hold" — and IndexWriter::commit() waits
// for every hold of a live process to go before it commits. Writers go on preparing and adding
// bulletins meanwhile; only the commit waits. A hold whose process is gone (a backup killed
// halfway) holds nothing: writers ignore it and the next backup removes it.
#pragma once

#include <chrono>
#include <filesystem>

namespace hemeroteca {

// Leaves a hold in `database`'s folder for as long as it lives, and removes the stale holds of
// backups that are gone. Throws Error(kIo) when the hold cannot be written.
class BackupHold {
 public:
  explicit BackupHold(const std::filesystem::path& database);
  ~BackupHold();
  BackupHold(const BackupHold&) = delete;
  BackupHold& operator=(const BackupHold&) = delete;

 private:
  std::filesystem::path file_;
};

// Waits, polling, while a live backup holds `database`, at most `longest`. Returns whether the
// index is free (false: a hold was still there after `longest`).
bool wait_for_backups(const std::filesystem::path& database, std::chrono::milliseconds longest);

}  // namespace hemeroteca
