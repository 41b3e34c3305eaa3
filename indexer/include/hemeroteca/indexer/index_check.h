// Index check: is an index whole and is it what Hemeroteca writes? (`hemeroteca check`)
//
// Two layers, neither of which changes the index:
//   Xapian     Xapian::Database::check() over every table: B-tree structure, free lists,
//              the version file. A truncated or overwritten table file shows up here, or as
//              an index that will not open at all; either is reported as a problem. It runs
//              holding the index's write lock (Xapian opens the tables for writing to check
//              them, which is unsafe beside a writer), so uploads and imports wait meanwhile;
//              when another process is writing, it is skipped with a note (CheckReport::notes).
//   Ours       the layout DocumentMapper and IndexWriter write (schema/document_mapper.h):
//                - every document stores a record that parses (DocumentMapper::to_record);
//                - every document carries the id term (prefix "Q") of its record's id, and no
//                  other document carries it;
//                - the date, year, month, number and duplicate-key value slots agree with the
//                  record (an undated record has no date slot and the "sin-fecha" year term);
//                - the documents counted by walking the index, the id terms and
//                  get_doccount() are the same number;
//                - every facet value of a record has its display label in the metadata;
//                - every ledger entry ("input:" metadata) has the "hash NUL name NUL ids" form.
//
// Our layer reads the revision committed when it starts, safe beside a server and an import:
// when a writer's commits recycle the blocks being read (Xapian::DatabaseModifiedError, or a
// read error while the revision moved on), it starts over on the newest revision, up to 10
// times with growing pauses, then gives up with Error(kUnavailable) rather than report damage
// that is not there.
//
// A problem names the document (Xapian docid and, when known, bulletin id) and what is wrong;
// the cure for most is `hemeroteca reindex` (records fine, terms or slots off) or restoring a
// backup (tables damaged). The list is capped at CheckOptions::max_problems, and
// CheckReport::problem_count keeps the full count.
//
// Errors: Error(kUnavailable) when `database` is not an index folder, and as
// above. Damage is never thrown: it is what the report is for.
//
// Thread-safety: check_index() is a free function over its own Database; call it from any
// thread.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "hemeroteca/schema/schema.h"

namespace hemeroteca {

struct CheckOptions {
  std::size_t max_problems = 100;  // problems listed; the rest are only counted
};

struct CheckReport {
  Xapian::doccount documents = 0;  // as get_doccount() reports, 0 when the index won't open
  Xapian::rev revision = 0;        // the committed revision that was checked
  std::size_t problem_count = 0;   // every problem found, listed or not
  std::vector<std::string> problems;
  std::vector<std::string> notes;  // what was not checked, and why; not problems

  [[nodiscard]] bool ok() const { return problem_count == 0; }
};

CheckReport check_index(const std::filesystem::path& database, const Schema& schema,
                        const CheckOptions& options = {});

}  // namespace hemeroteca
