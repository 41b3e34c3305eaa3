#include "hemeroteca/indexer/reindex.h"

#include <fcntl.h>
#include <stdio.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <thread>

#include "hemeroteca/indexer/corrections.h"
#include "hemeroteca/indexer/duplicate_key.h"
#include "hemeroteca/indexer/topics.h"
#include "hemeroteca/schema/error.h"
#include "import_pipeline.h"
#include "index_writer.h"

namespace hemeroteca {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::size_t kBlock = 64;  // documents per pipeline task

fs::path normalized(const fs::path& path) {
  fs::path clean = fs::absolute(path).lexically_normal();
  return clean.filename().empty() ? clean.parent_path() : clean;
}

// Whether two lists name the same topics, in whatever order (ties in score may swap them).
bool same_topics(const std::vector<Topic>& a, const std::vector<Topic>& b) {
  const auto ids = [](const std::vector<Topic>& topics) {
    std::vector<std::string> out;
    for (const Topic& topic : topics) out.push_back(topic.id);
    std::sort(out.begin(), out.end());
    return out;
  };
  return ids(a) == ids(b);
}

// Exchanges the two folders in one step, so that the index path is never missing.
void swap_in(const fs::path& fresh, const fs::path& index) {
  if (renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, index.c_str(), RENAME_EXCHANGE) == 0) return;
  if (errno != EINVAL && errno != ENOSYS) {
    throw Error(ErrorKind::kIo, "cannot swap " + fresh.string() + " into " + index.string() + ": " +
                                    std::strerror(errno));
  }
  // File systems without RENAME_EXCHANGE: two renames, with a moment without an index.
  const fs::path old = index.string() + ".old";
  fs::remove_all(old);
  fs::rename(index, old);
  fs::rename(fresh, index);
  fs::rename(old, fresh);
}

class Rebuild {
 public:
  Rebuild(const Schema& schema, const ReindexOptions& options, const fs::path& index,
          IndexWriter& old_index, IndexWriter& fresh)
      : schema_(schema),
        options_(options),
        old_path_(index.string()),
        old_(old_index),
        fresh_(fresh),
        taxonomy_(Taxonomy::load(schema.directory() / "topics.xml")),
        classifier_(taxonomy_),
        workers_(options.workers ? options.workers
                                 : std::max(1u, std::thread::hardware_concurrency())),
        readers_(workers_) {
    for (unsigned i = 0; i < workers_; ++i) {
      preparers_.push_back(std::make_unique<RecordPreparer>(schema_));
    }
    corrections_ = old_.corrections();
    Xapian::Database& database = old_.database();
    for (auto posting = database.postlist_begin(""); posting != database.postlist_end("");
         ++posting) {
      docids_.push_back(*posting);
    }
  }

  ReindexSummary run() {
    copy_metadata();
    ImportPipeline pipeline(workers_, 4 * kBlock * workers_);
    pipeline_ = &pipeline;
    std::size_t next_block = 0;
    const std::size_t blocks = (docids_.size() + kBlock - 1) / kBlock;
    ImportPipeline::Stages stages{
        .next_input = [&]() -> std::optional<InputItem> {
          if (next_block == blocks) return std::nullopt;
          InputItem item;
          item.seq = next_block++;
          return item;
        },
        .read = [this](InputItem&& item, unsigned worker) { read_block(item.seq, worker); },
        .extract = [](ExtractTask&&, unsigned) {},
        .write = [this](Chunk&& chunk) { write(std::move(chunk)); },
    };
    fresh_.begin();
    pipeline.run(stages);
    fresh_.commit();
    return summary_;
  }

 private:
  // Everything but the facet labels and full names, which the new mapping writes again.
  void copy_metadata() {
    Xapian::Database& database = old_.database();
    for (auto key = database.metadata_keys_begin(); key != database.metadata_keys_end(); ++key) {
      if ((*key).starts_with("label:") || (*key).starts_with("name:")) continue;
      fresh_.database().set_metadata(*key, database.get_metadata(*key));
    }
  }

  void read_block(std::size_t block, unsigned worker) {
    if (!readers_[worker]) {
      readers_[worker] = std::make_unique<Xapian::Database>(old_path_);
    }
    Chunk chunk;
    chunk.key = {block, 0};
    const std::size_t end = std::min(docids_.size(), (block + 1) * kBlock);
    for (std::size_t i = block * kBlock; i < end; ++i) {
      Record record = DocumentMapper::to_record(readers_[worker]->get_document(docids_[i]));
      const std::vector<Topic> before = record.topics;
      record.topics = classifier_.classify(record.title, record.highlights, record.body);
      record.duplicate_key = duplicate_key(record.body);
      const auto correction = corrections_.find(record.id);
      PreparedRecord prepared = preparers_[worker]->prepare(
          std::move(record), correction == corrections_.end() ? nullptr : &correction->second);
      // Compared as stored, a staff correction applied: the topics it sets are no change.
      if (!same_topics(before, prepared.record.topics)) ++topics_changed_;
      chunk.records.push_back(std::move(prepared));
    }
    pipeline_->emit(std::move(chunk));
  }

  void write(Chunk&& chunk) {
    for (const PreparedRecord& prepared : chunk.records) {
      fresh_.write(prepared);
      ++summary_.bulletins;
      if (++uncommitted_ >= options_.batch_size) {
        fresh_.commit();
        fresh_.begin();
        uncommitted_ = 0;
      }
    }
    summary_.topics_changed = topics_changed_;
    if (options_.observer) {
      options_.observer->on_progress(
          {.inputs_done = summary_.bulletins,
           .inputs_total = docids_.size(),
           .bulletins = summary_.bulletins,
           .elapsed_seconds =
               std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count()});
    }
  }

  const Schema& schema_;
  const ReindexOptions& options_;
  const std::string old_path_;
  IndexWriter& old_;
  IndexWriter& fresh_;
  Taxonomy taxonomy_;
  TopicClassifier classifier_;
  unsigned workers_;
  std::vector<std::unique_ptr<Xapian::Database>> readers_;
  std::vector<std::unique_ptr<RecordPreparer>> preparers_;
  std::unordered_map<std::string, json> corrections_;
  std::vector<Xapian::docid> docids_;
  ImportPipeline* pipeline_ = nullptr;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  std::atomic<std::size_t> topics_changed_ = 0;
  std::size_t uncommitted_ = 0;
  ReindexSummary summary_;
};

}  // namespace

ReindexSummary reindex(const Schema& schema, const ReindexOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  const fs::path index = normalized(options.database);
  std::error_code error;
  if (!fs::exists(index / "iamglass", error)) {
    throw Error(ErrorKind::kUnavailable,
                "no index at " + index.string() + ": run `hemeroteca import` first, or pass --db");
  }
  const fs::path fresh_path = index.string() + ".reindex";
  ReindexSummary summary;
  {
    IndexWriter old_index(index, schema, WriterOptions{.lock_wait = options.lock_wait});
    fs::remove_all(fresh_path);  // what an interrupted reindex left
    try {
      {
        IndexWriter fresh(fresh_path, schema, WriterOptions{.lock_wait = options.lock_wait});
        summary = Rebuild(schema, options, index, old_index, fresh).run();
      }
      swap_in(fresh_path, index);
    } catch (const Xapian::Error& e) {
      fs::remove_all(fresh_path, error);
      throw Error(ErrorKind::kIo, "reindex of " + index.string() +
                                      " failed, the index is as it "
                                      "was: " +
                                      e.get_description());
    } catch (...) {
      fs::remove_all(fresh_path, error);
      throw;
    }
  }
  fs::remove_all(fresh_path, error);  // now the old index
  summary.elapsed_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace hemeroteca
