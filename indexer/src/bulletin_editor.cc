#include "hemeroteca/indexer/bulletin_editor.h"

#include <algorithm>

#include "hemeroteca/indexer/corrections.h"
#include "hemeroteca/indexer/hash.h"
#include "hemeroteca/indexer/manifest.h"
#include "hemeroteca/schema/error.h"
#include "hemeroteca/schema/query_dates.h"
#include "index_writer.h"

namespace hemeroteca {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxIdLength = 128;

// One change to the index: opened, changed in a transaction, committed, closed.
class Session {
 public:
  Session(const EditorOptions& options, const Schema& schema)
      : writer_(options.database, schema, WriterOptions{.lock_wait = options.lock_wait}),
        preparer_(schema) {
    writer_.begin();
  }
  ~Session() {
    try {
      writer_.cancel();  // nothing to cancel once committed
    } catch (const Xapian::Error&) {
      // The transaction dies with the handle anyway.
    }
  }

  IndexWriter& writer() { return writer_; }
  void commit() { writer_.commit(); }

  // Stores `record` with its correction; returns whether its id was new.
  IndexWriter::Stored store(Record record, PreparedRecord* out = nullptr) {
    const std::optional<json> correction = writer_.correction(record.id);
    PreparedRecord prepared =
        preparer_.prepare(std::move(record), correction ? &*correction : nullptr);
    const IndexWriter::Stored stored = writer_.write(prepared);
    if (out) *out = std::move(prepared);
    return stored;
  }

 private:
  IndexWriter writer_;
  RecordPreparer preparer_;
};

void check_id(const std::string& id) {
  const bool plain = std::all_of(id.begin(), id.end(), [](unsigned char c) {
    return c > ' ' && c != '/' && c != '?' && c != '#' && c != '%';
  });
  if (id.empty() || id.size() > kMaxIdLength || !plain) {
    throw Error(ErrorKind::kInvalidArgument,
                "a record id must be 1 to " + std::to_string(kMaxIdLength) +
                    " characters without spaces, '/', '?', '#' or '%'");
  }
}

}  // namespace

std::string upload_input_name(std::string_view filename) {
  return "upload:" + std::string(filename);
}

BulletinEditor::BulletinEditor(const Schema& schema, EditorOptions options)
    : schema_(schema),
      options_(std::move(options)),
      knowledge_(ExtractorKnowledge::load(schema.directory())),
      extractor_(knowledge_) {}

BulletinEditor::~BulletinEditor() = default;

EditOutcome BulletinEditor::add(std::string_view bytes, const std::string& filename,
                                const KnownMetadata& facts) {
  if (facts.date && !is_iso_date(*facts.date)) {
    throw Error(ErrorKind::kInvalidArgument,
                "date \"" + *facts.date + "\" is not a real day written YYYY-MM-DD");
  }
  const std::string name = upload_input_name(filename);
  const std::string hash = content_hash(bytes) + "+" + hex64(fnv1a64(fingerprint(facts)));
  std::vector<ParsedDocument> documents = read_bytes(bytes, filename, options_.read);
  if (documents.size() == 1) overlay(facts, documents[0].metadata);

  std::lock_guard lock(mutex_);
  Session session(options_, schema_);
  EditOutcome outcome;
  const std::optional<InputEntry> previous = session.writer().input(name);
  if (previous && previous->hash == hash) {
    outcome.unchanged = true;
    return outcome;
  }
  InputEntry entry{hash, {}};
  for (const ParsedDocument& document : documents) {
    Record record = extractor_.extract(document);
    outcome.warnings.insert(outcome.warnings.end(), record.warnings.begin(), record.warnings.end());
    entry.ids.push_back(record.id);
    const bool added = session.store(std::move(record)).added;
    (added ? outcome.added : outcome.replaced).push_back(entry.ids.back());
  }
  std::sort(entry.ids.begin(), entry.ids.end());
  entry.ids.erase(std::unique(entry.ids.begin(), entry.ids.end()), entry.ids.end());
  for (const std::string& id : previous ? previous->ids : std::vector<std::string>{}) {
    if (!std::binary_search(entry.ids.begin(), entry.ids.end(), id)) session.writer().remove(id);
  }
  session.writer().set_input(name, entry);
  session.commit();
  return outcome;
}

EditOutcome BulletinEditor::add_record(const json& given) {
  Record record;
  try {
    record = record_from_json(given);
  } catch (const Error& e) {
    throw Error(ErrorKind::kInvalidArgument, std::string("not a valid record: ") + e.what());
  }
  check_id(record.id);
  if (record.source.empty()) record.source = "record:" + record.id;
  if (record.sources.empty()) record.sources = {record.source};

  std::lock_guard lock(mutex_);
  Session session(options_, schema_);
  EditOutcome outcome;
  const std::string id = record.id;
  (session.store(std::move(record)).added ? outcome.added : outcome.replaced).push_back(id);
  session.commit();
  return outcome;
}

std::vector<std::string> BulletinEditor::remove(const std::string& id) {
  std::lock_guard lock(mutex_);
  Session session(options_, schema_);
  const std::optional<Record> record = session.writer().record(id);
  if (!record) return {};
  std::vector<std::string> removed = {id};
  for (std::string& copy : session.writer().copies_of(*record)) removed.push_back(std::move(copy));
  auto inputs = session.writer().inputs();
  for (const std::string& gone : removed) {
    session.writer().remove(gone);
    session.writer().forget_correction(gone);
    // The inputs that gave it keep their hashes, so that unchanged they are not imported again.
    for (auto& [name, entry] : inputs) {
      const auto found = std::find(entry.ids.begin(), entry.ids.end(), gone);
      if (found == entry.ids.end()) continue;
      entry.ids.erase(found);
      session.writer().set_input(name, entry);
    }
  }
  session.commit();
  return removed;
}

std::optional<Record> BulletinEditor::correct(const std::string& id, const json& patch) {
  const json normalized = normalize_correction(patch, knowledge_.taxonomy, knowledge_.gazetteer);
  std::lock_guard lock(mutex_);
  Session session(options_, schema_);
  std::optional<Record> record = session.writer().record(id);
  if (!record) return std::nullopt;
  // The same bulletin in other shapes takes the correction too: searches show the copies as
  // one, and any of them may be the one shown.
  const std::vector<std::string> copies = session.writer().copies_of(*record);
  for (const std::string& copy : copies) {
    std::optional<Record> copy_record = session.writer().record(copy);
    if (!copy_record) continue;
    session.writer().set_correction(
        copy,
        merge_corrections(session.writer().correction(copy).value_or(json::object()), normalized));
    session.store(std::move(*copy_record));
  }
  const json merged =
      merge_corrections(session.writer().correction(id).value_or(json::object()), normalized);
  session.writer().set_correction(id, merged);
  PreparedRecord stored;
  session.store(std::move(*record), &stored);
  session.commit();
  return std::move(stored.record);
}

}  // namespace hemeroteca
