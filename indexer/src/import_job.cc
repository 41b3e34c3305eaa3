#include "import_job.h"

#include <algorithm>
#include <fstream>
#include <thread>

#include "hemeroteca/indexer/hash.h"
#include "hemeroteca/schema/error.h"

namespace hemeroteca {
namespace {

namespace fs = std::filesystem;

// A transaction is also committed after this long, so that a slow job keeps its progress.
constexpr std::chrono::seconds kMaxUncommittedTime{30};

std::string read_whole(const fs::path& path, std::size_t max_bytes) {
  std::error_code error;
  const auto size = fs::file_size(path, error);
  if (error) {
    throw Error(ErrorKind::kNotFound, "cannot read file (" + error.message() + ")");
  }
  if (size > max_bytes) {
    throw Error(ErrorKind::kInvalidArgument, "file is larger than " +
                                                 std::to_string(max_bytes >> 20) +
                                                 " MiB; split it or raise the limit");
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(size))) {
    throw Error(ErrorKind::kIo, "cannot read the file; check its permissions and the disk");
  }
  return bytes;
}

// Messages from the reader already name the input; others get its name in front.
std::string reason_for(const std::string& input, const std::string& message) {
  if (message.starts_with(input)) {
    std::string rest = message.substr(input.size());
    if (rest.starts_with(": ")) rest.erase(0, 2);
    return rest.empty() ? message : rest;
  }
  return message;
}

// What to do about a failed write, judged from the system error Xapian quotes.
std::string remedy_for(const std::string& description) {
  auto says = [&](std::string_view text) { return description.find(text) != std::string::npos; };
  if (says("No space left") || says("File too large") || says("quota")) {
    return "free disk space (or raise the file-size limit or quota) where the index lives";
  }
  if (says("Permission denied") || says("Read-only file system") ||
      says("Operation not permitted")) {
    return "give this user write permission on the index folder and its files";
  }
  return "check the free disk space and the index folder's permissions";
}

std::vector<std::string> unique_ids(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace

ImportJob::ImportJob(const Schema& schema, const ImportOptions& options, InputCatalog& catalog,
                     const Manifest* manifest, ShardedWriter& writer)
    : schema_(schema),
      options_(options),
      catalog_(catalog),
      manifest_(manifest),
      writer_(writer),
      knowledge_(ExtractorKnowledge::load(schema.directory())),
      extractor_(knowledge_),
      workers_(options.workers ? options.workers
                               : std::max(1u, std::thread::hardware_concurrency())) {
  ledger_ = writer_.inputs();
  for (const auto& [name, entry] : ledger_) {
    known_hashes_.emplace(name, entry.hash);
    for (const std::string& id : entry.ids) ++claims_[id];
  }
  corrections_ = writer_.corrections();
  for (unsigned i = 0; i < workers_; ++i) {
    preparers_.push_back(std::make_unique<RecordPreparer>(schema_));
  }
  // Enough finished records to keep the writer busy while a slow input is extracted.
  pipeline_ = std::make_unique<ImportPipeline>(workers_, 256 * workers_ + kPartSize);
}

ImportSummary ImportJob::run() {
  started_ = last_commit_ = std::chrono::steady_clock::now();
  ImportPipeline::Stages stages{
      .next_input = [this] { return catalog_.next(); },
      .read = [this](InputItem&& item, unsigned worker) { read(std::move(item), worker); },
      .extract = [this](ExtractTask&& task, unsigned worker) { extract(std::move(task), worker); },
      .write = [this](Chunk&& chunk) { write(std::move(chunk)); },
  };
  writer_.begin();
  try {
    pipeline_->run(stages);
    if (options_.prune) prune();
    writer_.commit();
    const ShardedWriter::Counts counts = writer_.counts();
    summary_.added = counts.added;
    summary_.replaced = counts.replaced;
    summary_.duplicates = counts.duplicates;
  } catch (const Xapian::Error& e) {
    cancel_quietly();
    throw write_failure(options_.database, e);
  } catch (...) {
    cancel_quietly();
    throw;
  }
  summary_.inputs = catalog_.seen().size();
  return std::move(summary_);
}

void ImportJob::cancel_quietly() {
  // After a failed write Xapian may refuse the cancel too; the transaction is gone either way.
  try {
    writer_.cancel();
  } catch (const Xapian::Error&) {
  }
}

Error ImportJob::write_failure(const fs::path& database, const Xapian::Error& e) {
  const std::string description = e.get_description();
  return Error(ErrorKind::kIo,
               database.string() + ": writing the index failed (" + description +
                   "). The bulletins committed before the failure are intact and the index is "
                   "usable; " +
                   remedy_for(description) +
                   ", then run the import again: it resumes where it stopped");
}

std::string ImportJob::input_hash(const InputItem& item, std::string_view bytes) const {
  std::string hash = content_hash(bytes);
  if (manifest_) {
    if (const KnownMetadata* known = manifest_->find(item.name)) {
      hash += "+" + hex64(fnv1a64(fingerprint(*known)));
    }
  }
  return hash;
}

void ImportJob::read(InputItem&& item, unsigned worker) {
  Chunk chunk;
  chunk.key = {item.seq, 0};
  chunk.input = item.name;
  try {
    if (item.error) throw Error(ErrorKind::kInvalidArgument, *item.error);
    const std::string bytes =
        item.bytes ? std::move(*item.bytes) : read_whole(item.path, options_.read.max_bytes);
    chunk.hash = input_hash(item, bytes);
    const auto known = known_hashes_.find(item.name);
    if (!options_.force && known != known_hashes_.end() && known->second == chunk.hash) {
      chunk.unchanged = true;
      pipeline_->emit(std::move(chunk));
      return;
    }
    std::vector<ParsedDocument> documents = read_bytes(bytes, item.name, options_.read);
    const KnownMetadata* known_metadata = manifest_ ? manifest_->find(item.name) : nullptr;
    if (known_metadata && documents.size() == 1) overlay(*known_metadata, documents[0].metadata);
    if (documents.size() <= kPartSize) {
      extract_into(chunk, documents, 0, worker);
      pipeline_->emit(std::move(chunk));
      return;
    }
    for (std::size_t first = 0, part = 0; first < documents.size(); first += kPartSize, ++part) {
      const std::size_t end = std::min(documents.size(), first + kPartSize);
      ExtractTask task;
      task.key = {item.seq, part};
      task.last = end == documents.size();
      task.input = item.name;
      task.hash = chunk.hash;
      task.first = first;
      task.documents.assign(std::make_move_iterator(documents.begin() + first),
                            std::make_move_iterator(documents.begin() + end));
      pipeline_->spawn(std::move(task));
    }
  } catch (const Error& e) {
    chunk.failures.push_back({item.name, reason_for(item.name, e.what())});
    pipeline_->emit(std::move(chunk));
  }
}

void ImportJob::extract(ExtractTask&& task, unsigned worker) {
  Chunk chunk;
  chunk.key = task.key;
  chunk.last = task.last;
  chunk.input = std::move(task.input);
  chunk.hash = std::move(task.hash);
  extract_into(chunk, task.documents, task.first, worker);
  pipeline_->emit(std::move(chunk));
}

void ImportJob::extract_into(Chunk& chunk, std::vector<ParsedDocument>& documents,
                             std::size_t first, unsigned worker) const {
  RecordPreparer& preparer = *preparers_[worker];
  for (std::size_t i = 0; i < documents.size(); ++i) {
    try {
      Record record = extractor_.extract(documents[i]);
      const auto correction = corrections_.find(record.id);
      chunk.records.push_back(preparer.prepare(
          std::move(record), correction == corrections_.end() ? nullptr : &correction->second));
    } catch (const std::exception& e) {
      const std::string where =
          documents.size() + first > 1 ? ": bulletin " + std::to_string(first + i + 1) : "";
      chunk.failures.push_back({chunk.input + where, e.what()});
    }
  }
}

void ImportJob::write(Chunk&& chunk) {
  if (chunk.unchanged) {
    ++summary_.unchanged;
  }
  std::vector<std::string>& ids = pending_ids_[chunk.input];
  for (PreparedRecord& prepared : chunk.records) {
    ids.push_back(prepared.record.id);
    writer_.write(std::move(prepared));
    ++written_;
    ++uncommitted_;
  }
  for (ImportFailure& failure : chunk.failures) {
    if (options_.observer) options_.observer->on_failure(failure);
    summary_.failures.push_back(std::move(failure));
  }
  if (!chunk.failures.empty()) failed_inputs_.insert(chunk.input);
  if (chunk.last) {
    if (!chunk.unchanged) finish_input(chunk.input, chunk.hash);
    pending_ids_.erase(chunk.input);
    failed_inputs_.erase(chunk.input);
    ++inputs_done_;
    maybe_commit(false);
  }
  report_progress();
}

void ImportJob::finish_input(const std::string& name, const std::string& hash) {
  if (failed_inputs_.contains(name)) return;  // keep the old entry: the next run tries again
  InputEntry entry{hash, unique_ids(std::move(pending_ids_[name]))};
  for (const std::string& id : entry.ids) ++claims_[id];
  // Claims of the previous entry go; what it gave and this one does not is deleted.
  if (auto previous = ledger_.find(name); previous != ledger_.end()) {
    release(previous->second.ids, summary_.removed);
  }
  writer_.set_input(name, entry);
  ledger_.insert_or_assign(name, std::move(entry));
}

// Drops one claim on each id; bulletins no input gives any more are deleted.
void ImportJob::release(const std::vector<std::string>& ids, std::size_t& counter) {
  for (const std::string& id : ids) {
    auto claim = claims_.find(id);
    if (claim != claims_.end() && claim->second > 1) {
      --claim->second;
      continue;
    }
    if (claim != claims_.end()) claims_.erase(claim);
    if (writer_.remove(id)) ++counter;
  }
}

void ImportJob::prune() {
  std::vector<std::string> vanished;
  for (const auto& [name, entry] : ledger_) {
    if (!catalog_.seen().contains(name) && catalog_.covers(name)) vanished.push_back(name);
  }
  std::sort(vanished.begin(), vanished.end());
  for (const std::string& name : vanished) {
    release(ledger_[name].ids, summary_.pruned);
    writer_.forget_input(name);
    ledger_.erase(name);
  }
}

void ImportJob::maybe_commit(bool force) {
  const auto now = std::chrono::steady_clock::now();
  const bool due = uncommitted_ >= options_.batch_size ||
                   (uncommitted_ > 0 && now - last_commit_ >= kMaxUncommittedTime);
  if (!force && !due) return;
  writer_.commit();
  writer_.begin();
  uncommitted_ = 0;
  last_commit_ = now;
}

void ImportJob::report_progress() {
  if (!options_.observer) return;
  options_.observer->on_progress(
      {.inputs_done = inputs_done_,
       .inputs_total = std::max(catalog_.total(), inputs_done_),
       .bulletins = written_,
       .elapsed_seconds =
           std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count()});
}

}  // namespace hemeroteca
