#include "hemeroteca/indexer/index_check.h"

#include <chrono>
#include <optional>
#include <sstream>
#include <string_view>
#include <thread>

#include "hemeroteca/schema/analyzer.h"
#include "hemeroteca/schema/document_mapper.h"
#include "hemeroteca/schema/error.h"
#include "hemeroteca/schema/record.h"
#include "index_writer.h"

namespace hemeroteca {
namespace {

namespace fs = std::filesystem;

// Collects problems up to the cap, counting every one.
class Problems {
 public:
  Problems(CheckReport& report, std::size_t cap) : report_(report), cap_(cap) {}
  void add(std::string problem) {
    ++report_.problem_count;
    if (report_.problems.size() < cap_) report_.problems.push_back(std::move(problem));
  }

 private:
  CheckReport& report_;
  std::size_t cap_;
};

std::string document_name(Xapian::docid docid, std::string_view id) {
  std::string name = "document " + std::to_string(docid);
  if (!id.empty()) name += " (" + std::string(id) + ")";
  return name;
}

bool has_term(const Xapian::Document& document, const std::string& term) {
  Xapian::TermIterator found = document.termlist_begin();
  found.skip_to(term);
  return found != document.termlist_end() && *found == term;
}

// Xapian's own structural check of every table. It throws for damage bad enough that it cannot
// go on (a table file cut short, a version file overwritten).
//
// Xapian 1.4 opens the tables for writing to check them, and on an index whose first commit is
// still under way that truncates the writer's table files (seen with xapian-check too: the
// import then fails with "EOF reading block"). So the check runs only while it holds the
// index's write lock; when a writer holds it, the table check is skipped with a note.
std::vector<std::string> table_problems(const fs::path& database, CheckReport& report) {
  std::optional<Xapian::WritableDatabase> lock;
  try {
    lock.emplace(database.string(), Xapian::DB_OPEN);
  } catch (const Xapian::DatabaseLockError& e) {
    report.notes.push_back("Xapian's table check was skipped: it needs the index's write lock (" +
                           e.get_msg() +
                           "); when an import or a server is writing, run the check again once "
                           "it is idle, or check a backup; otherwise run it as the index's owner");
    return {};
  } catch (const Xapian::Error&) {
    // Too damaged for any writer to open it, so none can be writing: the check is safe and
    // says what is wrong.
  }
  std::ostringstream output;
  try {
    const std::size_t errors = Xapian::Database::check(database.string(), 0, &output);
    if (errors == 0) return {};
    return {"Xapian's table check found " + std::to_string(errors) +
            " error(s); restore a backup or rebuild the index with a fresh import:\n" +
            output.str()};
  } catch (const Xapian::Error& e) {
    return {"Xapian's table check stopped: " + e.get_description() +
            "; restore a backup or rebuild the index with a fresh import"};
  }
}

// Whether an index that failed to open opens now: a writer creating the index or committing
// to it can make an open fail for a moment; damage does not go away.
bool opens_after_a_pause(const fs::path& database) {
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  try {
    Xapian::Database reopened(database.string());
    return true;
  } catch (const Xapian::Error&) {
    return false;
  }
}

class DocumentChecker {
 public:
  DocumentChecker(const Schema& schema, const Xapian::Database& database, Problems& problems)
      : database_(database),
        problems_(problems),
        id_prefix_(schema.field(field::kId).prefix),
        year_field_(schema.field(field::kYear)),
        date_slot_(*schema.field(field::kDate).slot),
        year_slot_(*schema.field(field::kYear).slot),
        month_slot_(*schema.field(field::kMonth).slot),
        number_slot_(*schema.field(field::kNumber).slot),
        duplicate_slot_(*schema.field(field::kDuplicateKey).slot) {}

  void check(Xapian::docid docid) {
    const Xapian::Document document = database_.get_document(docid);
    Record record;
    try {
      record = DocumentMapper::to_record(document);
    } catch (const Error& e) {
      problems_.add(document_name(docid, {}) + ": its stored record cannot be read (" + e.what() +
                    ")");
      return;
    }
    const std::string name = document_name(docid, record.id);
    check_id(docid, name, record);
    check_slots(document, name, record);
    check_labels(name, record);
  }

 private:
  void check_id(Xapian::docid docid, const std::string& name, const Record& record) {
    if (record.id.empty()) {
      problems_.add(name + ": its record has no id");
      return;
    }
    const std::string term = boolean_term(id_prefix_, record.id);
    Xapian::PostingIterator posting = database_.postlist_begin(term);
    if (posting == database_.postlist_end(term)) {
      problems_.add(name + ": no id term " + term + "; run `hemeroteca reindex`");
    } else if (database_.get_termfreq(term) != 1) {
      problems_.add(name + ": " + std::to_string(database_.get_termfreq(term)) +
                    " documents carry the id term " + term);
    } else if (*posting != docid) {
      problems_.add(name + ": its id term " + term + " is on document " + std::to_string(*posting));
    }
  }

  void expect_value(const Xapian::Document& document, Xapian::valueno slot,
                    const std::string& expected, const std::string& name, std::string_view what) {
    const std::string stored = document.get_value(slot);
    if (stored == expected) return;
    problems_.add(name + ": value slot " + std::to_string(slot) + " (" + std::string(what) +
                  ") holds \"" + stored + "\" but the record says \"" + expected +
                  "\"; run `hemeroteca reindex`");
  }

  void check_slots(const Xapian::Document& document, const std::string& name,
                   const Record& record) {
    if (record.date && record.date->size() == 10) {
      const std::string& iso = *record.date;
      const std::string compact = iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
      expect_value(document, date_slot_, compact, name, "date");
      expect_value(document, year_slot_, compact.substr(0, 4), name, "year");
      expect_value(document, month_slot_, compact.substr(0, 6), name, "month");
    } else {
      expect_value(document, date_slot_, "", name, "date");
      const std::string undated = keyword_term(year_field_, kUndatedYear);
      if (!has_term(document, undated)) {
        problems_.add(name + ": undated, but without the term " + undated +
                      "; run `hemeroteca reindex`");
      }
    }
    expect_value(document, number_slot_, record.number.value_or(""), name, "number");
    expect_value(document, duplicate_slot_, record.duplicate_key, name, "duplicate key");
  }

  void expect_label(const std::string& name, std::string_view field, const std::string& value) {
    const std::string key = facet_label_key(field, slug(value));
    if (database_.get_metadata(key).empty()) {
      problems_.add(name + ": no display label " + key +
                    " in the metadata; run `hemeroteca "
                    "reindex`");
    }
  }

  void check_labels(const std::string& name, const Record& record) {
    for (const Official& official : record.officials) {
      expect_label(name, field::kOfficial, official.id);
    }
    for (const Organization& organization : record.organizations) {
      expect_label(name, field::kOrganization, organization.id);
    }
    for (const std::string& state : record.states) expect_label(name, field::kState, state);
    for (const Topic& topic : record.topics) expect_label(name, field::kTopic, topic.id);
  }

  const Xapian::Database& database_;
  Problems& problems_;
  std::string id_prefix_;
  const FieldSpec& year_field_;
  Xapian::valueno date_slot_, year_slot_, month_slot_, number_slot_, duplicate_slot_;
};

void check_counts(const Xapian::Database& database, const std::string& id_prefix,
                  Xapian::doccount walked, Problems& problems) {
  if (walked != database.get_doccount()) {
    problems.add("the index says it holds " + std::to_string(database.get_doccount()) +
                 " documents but " + std::to_string(walked) + " were found");
  }
  Xapian::doccount id_terms = 0;
  for (auto term = database.allterms_begin(id_prefix); term != database.allterms_end(id_prefix);
       ++term) {
    ++id_terms;
  }
  if (id_terms != walked) {
    problems.add(std::to_string(id_terms) + " id terms (" + id_prefix + "…) for " +
                 std::to_string(walked) + " documents");
  }
}

// A ledger value is "hash NUL name NUL ids" (index_writer.h).
void check_ledger(const Xapian::Database& database, Problems& problems) {
  const std::string prefix(kInputKeyPrefix);
  for (auto key = database.metadata_keys_begin(prefix); key != database.metadata_keys_end(prefix);
       ++key) {
    const std::string value = database.get_metadata(*key);
    const std::size_t first = value.find('\0');
    if (first == std::string::npos || value.find('\0', first + 1) == std::string::npos) {
      problems.add("ledger entry " + *key + " is malformed; the next import reads its input again");
    }
  }
}

CheckReport check_once(const fs::path& database, const Schema& schema,
                       const CheckOptions& options) {
  CheckReport report;
  Problems problems(report, options.max_problems);
  Xapian::Database reader;
  try {
    reader = Xapian::Database(database.string());
  } catch (const Xapian::Error& e) {
    if (opens_after_a_pause(database)) {
      throw Xapian::DatabaseModifiedError("the index was being committed to as it was opened");
    }
    for (std::string& problem : table_problems(database, report)) {
      problems.add(std::move(problem));
    }
    problems.add("the index does not open: " + e.get_description() +
                 "; restore a backup or rebuild the index with a fresh import");
    return report;
  }
  report.documents = reader.get_doccount();
  report.revision = reader.get_revision();
  for (std::string& problem : table_problems(database, report)) problems.add(std::move(problem));
  try {
    DocumentChecker checker(schema, reader, problems);
    Xapian::doccount walked = 0;
    for (auto posting = reader.postlist_begin(""); posting != reader.postlist_end(""); ++posting) {
      checker.check(*posting);
      ++walked;
    }
    check_counts(reader, schema.field(field::kId).prefix, walked, problems);
    check_ledger(reader, problems);
  } catch (const Xapian::DatabaseModifiedError&) {
    throw;  // check_index() starts over
  } catch (const Xapian::Error& e) {
    // A block recycled under us can also read as damage ("Block overwritten").
    if (Xapian::Database(database.string()).get_revision() != report.revision) {
      throw Xapian::DatabaseModifiedError("a writer committed while the documents were read");
    }
    problems.add("reading the index failed: " + e.get_description() +
                 "; restore a backup or rebuild the index with a fresh import");
  }
  return report;
}

}  // namespace

CheckReport check_index(const fs::path& database, const Schema& schema,
                        const CheckOptions& options) {
  std::error_code ignored;
  if (!fs::is_directory(database, ignored)) {
    throw Error(ErrorKind::kUnavailable,
                database.string() + ": no index folder here; give the index with --db");
  }
  // A writer that commits twice while we read recycles the blocks of the revision we started
  // from; the check then starts over from the newest one, after a pause that lets a burst of
  // commits pass.
  constexpr int kAttempts = 10;
  for (int attempt = 1;; ++attempt) {
    try {
      return check_once(database, schema, options);
    } catch (const Xapian::DatabaseModifiedError& e) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100) * attempt);
      if (attempt == kAttempts) {
        throw Error(ErrorKind::kUnavailable,
                    database.string() + ": the index kept changing under the check (" +
                        e.get_msg() + "); run it when imports are quieter, or check a backup");
      }
    }
  }
}

}  // namespace hemeroteca
