#include "sharded_writer.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>

#include "hemeroteca/indexer/importer.h"
#include "hemeroteca/schema/error.h"

namespace hemeroteca {

// One shard's writing thread: applies queued changes in order.
class ShardedWriter::ShardThread {
 public:
  explicit ShardThread(IndexWriter& writer) : writer_(writer), thread_([this] { run(); }) {}

  ~ShardThread() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
      queue_.clear();
    }
    changed_.notify_all();
    thread_.join();
  }

  ShardThread(const ShardThread&) = delete;
  ShardThread& operator=(const ShardThread&) = delete;

  // Waits while the queue is full, so that a slow shard holds back the import, not memory.
  void post(std::function<void(IndexWriter&)> change) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return queue_.size() < kQueueLimit; });
    queue_.push_back(std::move(change));
    changed_.notify_all();
  }

  // Waits until the queue is applied; returns the first failure since the last call, if any.
  std::exception_ptr settle() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return queue_.empty() && !busy_; });
    return std::exchange(failure_, nullptr);
  }

  // For cancel(): the transaction is gone, so the shard applies changes again.
  void forgive() {
    std::lock_guard lock(mutex_);
    failed_ = false;
    failure_ = nullptr;
  }

 private:
  // Enough to carry a shard over the other's pauses; a few megabytes of prepared documents.
  static constexpr std::size_t kQueueLimit = 64;

  void run() {
    std::unique_lock lock(mutex_);
    for (;;) {
      changed_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      std::function<void(IndexWriter&)> change = std::move(queue_.front());
      queue_.pop_front();
      const bool skip = failed_;  // the transaction is lost: nothing after the failure applies
      busy_ = true;
      changed_.notify_all();
      lock.unlock();
      std::exception_ptr failure;
      if (!skip) {
        try {
          change(writer_);
        } catch (...) {
          failure = std::current_exception();
        }
      }
      change = nullptr;  // release the document on this thread, before the others look
      lock.lock();
      busy_ = false;
      if (failure) {
        failed_ = true;
        if (!failure_) failure_ = failure;
      }
      changed_.notify_all();
    }
  }

  IndexWriter& writer_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::function<void(IndexWriter&)>> queue_;
  bool busy_ = false;
  bool stopping_ = false;
  bool failed_ = false;
  std::exception_ptr failure_;
  std::thread thread_;  // last: starts once the members above exist
};

ShardedWriter::ShardedWriter(const std::vector<std::filesystem::path>& folders,
                             const Schema& schema, const WriterOptions& options) {
  for (std::size_t k = 0; k < folders.size(); ++k) {
    auto writer = std::make_unique<IndexWriter>(folders[k], schema, options);
    const std::string layout = std::to_string(k) + "/" + std::to_string(folders.size());
    const std::string stored = writer->database().get_metadata(std::string(kShardLayoutKey));
    if (!stored.empty() && stored != layout) {
      throw Error(ErrorKind::kInvalidArgument,
                  folders[k].string() + " is shard " + stored + " (place/count) of an index, not " +
                      layout +
                      ": import with the same shards in the same order, or into new "
                      "folders to rebalance (docs/sharding.md)");
    }
    if (stored.empty() && folders.size() > 1) {
      writer->database().set_metadata(std::string(kShardLayoutKey), layout);
    }
    shards_.push_back(std::move(writer));
  }
  counts_.resize(shards_.size());
  if (shards_.size() > 1) {
    for (const auto& shard : shards_) threads_.push_back(std::make_unique<ShardThread>(*shard));
  }
}

ShardedWriter::~ShardedWriter() = default;

void ShardedWriter::apply(std::size_t k, std::function<void(IndexWriter&)> change) {
  if (threads_.empty()) {
    change(*shards_[k]);
  } else {
    threads_[k]->post(std::move(change));
  }
}

void ShardedWriter::settle() {
  std::exception_ptr first;
  for (const auto& thread : threads_) {
    if (std::exception_ptr failure = thread->settle(); failure && !first) first = failure;
  }
  if (first) std::rethrow_exception(first);
}

ShardedWriter::Counts ShardedWriter::counts() const {
  Counts sum;
  for (const Counts& shard : counts_) {
    sum.added += shard.added;
    sum.replaced += shard.replaced;
    sum.duplicates += shard.duplicates;
  }
  return sum;
}

IndexWriter& ShardedWriter::shard_for(const std::string& id) {
  return *shards_[shard_of(id, shards_.size())];
}

std::unordered_map<std::string, InputEntry> ShardedWriter::inputs() {
  settle();
  if (shards_.size() == 1) return shards_.front()->inputs();
  std::unordered_map<std::string, InputEntry> merged;
  std::unordered_map<std::string, std::size_t> agreeing;  // shards with the first one's hash
  for (const auto& shard : shards_) {
    for (auto& [name, entry] : shard->inputs()) {
      auto [it, added] = merged.emplace(name, InputEntry{entry.hash, {}});
      if (it->second.hash == entry.hash) ++agreeing[name];
      it->second.ids.insert(it->second.ids.end(), entry.ids.begin(), entry.ids.end());
    }
  }
  for (auto& [name, entry] : merged) {
    if (agreeing[name] != shards_.size()) entry.hash.clear();  // read it again
  }
  return merged;
}

std::unordered_map<std::string, nlohmann::json> ShardedWriter::corrections() {
  settle();
  std::unordered_map<std::string, nlohmann::json> all;
  for (const auto& shard : shards_) all.merge(shard->corrections());
  return all;
}

void ShardedWriter::write(PreparedRecord&& prepared) {
  const std::size_t k = shard_of(prepared.record.id, shards_.size());
  apply(k, [this, k, prepared = std::move(prepared)](IndexWriter& shard) {
    const IndexWriter::Stored stored = shard.write(prepared);
    Counts& counts = counts_[k];
    ++(stored.added ? counts.added : counts.replaced);
    if (stored.duplicate) ++counts.duplicates;
  });
}

bool ShardedWriter::remove(const std::string& id) {
  settle();
  return shard_for(id).remove(id);
}

void ShardedWriter::set_input(const std::string& name, const InputEntry& entry) {
  std::vector<InputEntry> split(shards_.size(), InputEntry{entry.hash, {}});
  for (const std::string& id : entry.ids) split[shard_of(id, shards_.size())].ids.push_back(id);
  for (std::size_t k = 0; k < shards_.size(); ++k) {
    apply(k,
          [name, part = std::move(split[k])](IndexWriter& shard) { shard.set_input(name, part); });
  }
}

void ShardedWriter::apply_everywhere(const std::function<void(IndexWriter&)>& change) {
  for (std::size_t k = 0; k < shards_.size(); ++k) apply(k, change);
}

void ShardedWriter::forget_input(const std::string& name) {
  apply_everywhere([name](IndexWriter& shard) { shard.forget_input(name); });
}

void ShardedWriter::begin() {
  apply_everywhere([](IndexWriter& shard) { shard.begin(); });
  settle();
}

void ShardedWriter::commit() {
  // Each shard commits on its own thread, so their disk writes overlap too.
  apply_everywhere([](IndexWriter& shard) { shard.commit(); });
  settle();
}

void ShardedWriter::cancel() {
  for (const auto& thread : threads_) {
    (void)thread->settle();  // the failure that led here was rethrown already, or does not matter
    thread->forgive();
  }
  for (const auto& shard : shards_) shard->cancel();
}

}  // namespace hemeroteca
