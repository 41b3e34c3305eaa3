#include "index_writer.h"

#include <algorithm>
#include <thread>

#include "backup_hold.h"
#include "hemeroteca/indexer/corrections.h"
#include "hemeroteca/indexer/hash.h"
#include "hemeroteca/schema/error.h"

namespace hemeroteca {
namespace {

using nlohmann::json;

// Whether `path` holds a database whose creation was cut short: Xapian's files (tables, the
// lock) but no revision file, which a first commit writes. A process killed while creating
// the index (an import's shard) leaves that; nothing was ever committed to it.
bool creation_cut_short(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::is_directory(path, error) ||
      std::filesystem::exists(path / "iamglass", error)) {
    return false;
  }
  bool any = false;
  for (const auto& entry : std::filesystem::directory_iterator(path, error)) {
    const std::string name = entry.path().filename().string();
    if (name != "flintlock" && !name.ends_with(".glass") && !name.ends_with(".tmp")) return false;
    any = true;
  }
  return any && !error;
}

Xapian::WritableDatabase try_open(const std::filesystem::path& path) {
  try {
    if (creation_cut_short(path)) {
      return Xapian::WritableDatabase(path.string(), Xapian::DB_CREATE_OR_OVERWRITE);
    }
    return Xapian::WritableDatabase(path.string(), Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError&) {
    throw;
  } catch (const Xapian::Error& e) {
    throw Error(ErrorKind::kIo, path.string() +
                                    ": cannot open the index for writing: " + e.get_description() +
                                    "; check the folder's permissions and free space");
  }
}

}  // namespace

PreparedRecord RecordPreparer::prepare(Record record, const nlohmann::json* correction) {
  PreparedRecord prepared;
  prepared.record = correction ? apply_correction(record, *correction) : std::move(record);
  prepared.document = mapper_.to_document(prepared.record);
  prepared.labels = mapper_.facet_labels(prepared.record);
  return prepared;
}

Xapian::WritableDatabase open_writable(const std::filesystem::path& path,
                                       std::chrono::milliseconds lock_wait) {
  try {
    std::filesystem::create_directories(path.parent_path().empty() ? "." : path.parent_path());
  } catch (const std::filesystem::filesystem_error& e) {
    throw Error(ErrorKind::kIo, path.string() + ": cannot create the index folder: " + e.what());
  }
  const auto give_up = std::chrono::steady_clock::now() + lock_wait;
  for (;;) {
    try {
      return try_open(path);
    } catch (const Xapian::DatabaseLockError& e) {
      if (std::chrono::steady_clock::now() >= give_up) {
        throw Error(ErrorKind::kUnavailable,
                    path.string() +
                        ": another process is writing to this index (an import, a reindex or a "
                        "server accepting uploads); wait for it to finish and try again (" +
                        e.get_msg() + ")");
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
}

std::string input_key(const std::string& name) {
  return std::string(kInputKeyPrefix) + hex64(fnv1a64(name));
}

IndexWriter::IndexWriter(const std::filesystem::path& path, const Schema& schema,
                         const WriterOptions& options)
    : schema_(schema),
      path_(path),
      backup_wait_(options.backup_wait),
      database_(open_writable(path, options.lock_wait)),
      id_prefix_(schema.field(field::kId).prefix),
      duplicate_field_(schema.field(field::kDuplicateKey)) {}

namespace {

// A ledger value: "hash NUL name NUL id SP id …"; names are file paths, which need not be valid
// UTF-8, so this is not JSON.
std::optional<std::pair<std::string, InputEntry>> parse_input(const std::string& value) {
  const std::size_t first = value.find('\0');
  if (first == std::string::npos) return std::nullopt;
  const std::size_t second = value.find('\0', first + 1);
  if (second == std::string::npos) return std::nullopt;
  InputEntry input;
  input.hash = value.substr(0, first);
  for (std::size_t at = second + 1; at < value.size();) {
    const std::size_t end = std::min(value.find(' ', at), value.size());
    if (end > at) input.ids.push_back(value.substr(at, end - at));
    at = end + 1;
  }
  return std::make_pair(value.substr(first + 1, second - first - 1), std::move(input));
}

}  // namespace

std::unordered_map<std::string, InputEntry> IndexWriter::inputs() const {
  std::unordered_map<std::string, InputEntry> inputs;
  const std::string prefix(kInputKeyPrefix);
  for (auto key = database_.metadata_keys_begin(prefix); key != database_.metadata_keys_end(prefix);
       ++key) {
    if (auto entry = parse_input(database_.get_metadata(*key))) inputs.insert(std::move(*entry));
  }
  return inputs;
}

std::optional<InputEntry> IndexWriter::input(const std::string& name) const {
  auto entry = parse_input(database_.get_metadata(input_key(name)));
  if (!entry || entry->first != name) return std::nullopt;
  return std::move(entry->second);
}

std::unordered_map<std::string, json> IndexWriter::corrections() const {
  std::unordered_map<std::string, json> corrections;
  const std::string prefix(kCorrectionKeyPrefix);
  for (auto key = database_.metadata_keys_begin(prefix); key != database_.metadata_keys_end(prefix);
       ++key) {
    json correction = json::parse(database_.get_metadata(*key), nullptr, false);
    if (correction.is_object()) {
      corrections.emplace((*key).substr(prefix.size()), std::move(correction));
    }
  }
  return corrections;
}

std::optional<json> IndexWriter::correction(const std::string& id) const {
  const std::string stored = database_.get_metadata(correction_key(id));
  if (stored.empty()) return std::nullopt;
  json correction = json::parse(stored, nullptr, false);
  if (!correction.is_object()) return std::nullopt;
  return correction;
}

IndexWriter::Stored IndexWriter::write(const PreparedRecord& prepared) {
  const Record& record = prepared.record;
  const std::string id_term = boolean_term(id_prefix_, record.id);
  Stored stored;
  stored.added = !database_.term_exists(id_term);
  if (stored.added && !record.duplicate_key.empty()) {
    stored.duplicate =
        database_.get_termfreq(keyword_term(duplicate_field_, record.duplicate_key)) > 0;
  }
  // replace_document() would look the id up again to find there is nothing to replace.
  if (stored.added) {
    database_.add_document(prepared.document);
  } else {
    database_.replace_document(id_term, prepared.document);
  }
  for (const auto& [key, label] : prepared.labels) {
    auto [known, inserted] = labels_.try_emplace(key, label);
    if (!inserted && known->second == label) continue;
    known->second = label;
    database_.set_metadata(key, label);
  }
  return stored;
}

bool IndexWriter::remove(const std::string& id) {
  const std::string id_term = boolean_term(id_prefix_, id);
  if (!database_.term_exists(id_term)) return false;
  database_.delete_document(id_term);
  return true;
}

std::optional<Record> IndexWriter::record(const std::string& id) {
  const std::string id_term = boolean_term(id_prefix_, id);
  Xapian::PostingIterator posting = database_.postlist_begin(id_term);
  if (posting == database_.postlist_end(id_term)) return std::nullopt;
  return DocumentMapper::to_record(database_.get_document(*posting));
}

std::vector<std::string> IndexWriter::copies_of(const Record& record) {
  std::vector<std::string> copies;
  if (record.duplicate_key.empty()) return copies;
  const std::string term = keyword_term(duplicate_field_, record.duplicate_key);
  for (auto posting = database_.postlist_begin(term); posting != database_.postlist_end(term);
       ++posting) {
    std::string id = DocumentMapper::to_record(database_.get_document(*posting)).id;
    if (id != record.id) copies.push_back(std::move(id));
  }
  std::sort(copies.begin(), copies.end());
  return copies;
}

void IndexWriter::set_input(const std::string& name, const InputEntry& entry) {
  std::string value = entry.hash + '\0' + name + '\0';
  for (const std::string& id : entry.ids) value += id + ' ';
  database_.set_metadata(input_key(name), value);
}

void IndexWriter::forget_input(const std::string& name) {
  database_.set_metadata(input_key(name), "");
}

void IndexWriter::set_correction(const std::string& id, const json& correction) {
  database_.set_metadata(correction_key(id), correction.dump());
}

void IndexWriter::forget_correction(const std::string& id) {
  database_.set_metadata(correction_key(id), "");
}

void IndexWriter::begin() {
  database_.begin_transaction(/*flushed=*/true);
  in_transaction_ = true;
}

void IndexWriter::commit() {
  // A backup copying the index needs its revision kept: the commit waits for it to finish.
  wait_for_backups(path_, backup_wait_);
  const auto now = std::chrono::system_clock::now().time_since_epoch();
  database_.set_metadata(
      std::string(kLastCommitKey),
      std::to_string(std::chrono::duration_cast<std::chrono::seconds>(now).count()));
  if (in_transaction_) {
    in_transaction_ = false;
    database_.commit_transaction();
  } else {
    database_.commit();
  }
}

void IndexWriter::cancel() {
  if (!in_transaction_) return;
  in_transaction_ = false;
  database_.cancel_transaction();
}

}  // namespace hemeroteca
