// Index backup: a consistent, compacted copy of a live index (`hemeroteca backup DIR`).
//
// The copy is Xapian::Database::compact() of a Database opened at one committed revision, so it
// holds exactly what that commit held — every bulletin, the ledger, corrections and facet
// labels — even while a server reads the index and an import or an upload writes to it.
// Readers are not held up. Writers are, at their commits only: while the copy runs, a hold in
// the index folder makes them wait to commit (the import goes on reading and adding bulletins),
// because Xapian recycles a revision's blocks once the writer has committed twice more, and a
// large index takes longer to copy than an import takes to commit two batches. A commit under
// way when the copy starts, or one that stopped waiting (WriterOptions::backup_wait), makes the
// copy start over from the newest revision (Xapian::DatabaseModifiedError, or a read error
// while the revision has moved on), up to BackupOptions::attempts times.
//
// The copy is written to a temporary folder beside the destination (".<name>.partial-<pid>")
// and renamed into place only when complete and verified (it opens and holds the copied
// revision's document count), so a destination either holds a whole backup or is untouched.
// Document ids are kept (DBCOMPACT_NO_RENUMBER).
//
// Restoring is copying the backup folder into place while nothing writes (docs/operations.md).
//
// Errors: Error(kUnavailable) when `database` is not an index; Error(kInvalidArgument) when the
// destination is a non-empty folder and BackupOptions::overwrite is false, or lies inside the
// index; Error(kUnavailable) when the index kept changing for every attempt; Error(kIo) when the
// copy cannot be written (no space, no permission). On any error the temporary folder is removed
// and the destination is as it was.
//
// Thread-safety: a free function over its own Database; backups of one index may run at once
// into different destinations.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <filesystem>

namespace hemeroteca {

struct BackupOptions {
  bool overwrite = false;  // replace a destination folder that already holds files
  int attempts = 10;       // copies started before giving up on an index that keeps changing
};

struct BackupSummary {
  Xapian::rev revision = 0;        // the revision of the index that was copied
  Xapian::doccount documents = 0;  // bulletins in the copy
  std::uintmax_t bytes = 0;        // size of the copy on disk
};

BackupSummary backup_index(const std::filesystem::path& database,
                           const std::filesystem::path& destination,
                           const BackupOptions& options = {});

}  // namespace hemeroteca
