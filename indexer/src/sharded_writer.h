// ShardedWriter: an import's writer over the shards of a sharded index (private to the indexer).
//
// Each bulletin goes to shard shard_of(id, count) (importer.h), so that importing it again
// replaces it where it is. The ledger is kept in every shard: an input's entry in shard k has
// the input's hash and the ids of its bulletins that shard k holds. An input counts as
// unchanged only when every shard has its entry with the same hash, so a job killed between
// two shards' commits reads that input again on the next run and the shards agree again.
//
// Each shard records its place ("shard:layout" metadata, "k/count"); opening a folder as
// another place, or with another count, is refused: that would store bulletins where
// searches and later imports do not expect them (docs/sharding.md explains rebalancing).
//
// With several shards each shard is written by a thread of its own, so that Xapian's part of
// an import, most of its work, runs on as many cores as there are shards. Every change reaches
// its shard's thread in the order it was made, through a short queue: write(), set_input() and
// forget_input() return once the change is queued; remove(), the ledger and correction reads,
// begin(), commit() and cancel() first wait for the shards to finish what is queued. A write
// that fails on a shard's thread is rethrown by the next call that waits (commit() at the
// latest); the shard ignores its queued changes until cancel(). What writes found (added or
// replaced, another shape) is summed in counts().
//
// With one folder this is the plain IndexWriter, written on the calling thread.
//
// Thread-safety: call from one thread at a time, like IndexWriter.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "index_writer.h"

namespace hemeroteca {

inline constexpr std::string_view kShardLayoutKey = "shard:layout";

class ShardedWriter {
 public:
  // Opens every folder (see open_writable() for the errors); Error(kInvalidArgument) when a
  // folder holds another shard of another layout.
  ShardedWriter(const std::vector<std::filesystem::path>& folders, const Schema& schema,
                const WriterOptions& options = {});
  ~ShardedWriter();  // discards changes still queued: commit() first

  std::size_t size() const { return shards_.size(); }
  IndexWriter& shard_for(const std::string& id);

  // The ledger over every shard: ids joined, the hash only where every shard agrees.
  std::unordered_map<std::string, InputEntry> inputs();
  // Corrections of every shard (each is kept in its bulletin's shard).
  std::unordered_map<std::string, nlohmann::json> corrections();

  // What the writes so far found; exact after any call that waits.
  struct Counts {
    std::size_t added = 0;       // new ids
    std::size_t replaced = 0;    // ids stored again
    std::size_t duplicates = 0;  // added, and another shape was already on the shard
  };
  Counts counts() const;

  void write(PreparedRecord&& prepared);
  bool remove(const std::string& id);
  void set_input(const std::string& name, const InputEntry& entry);
  void forget_input(const std::string& name);

  // Transactions of every shard together; each shard's is atomic, the set is not (see above).
  void begin();
  void commit();
  void cancel();

 private:
  class ShardThread;

  // Runs `change` on shard k: on its thread when there are several, else at once.
  void apply(std::size_t k, std::function<void(IndexWriter&)> change);
  void apply_everywhere(const std::function<void(IndexWriter&)>& change);
  // Waits until every shard has applied what is queued; rethrows the first failure.
  void settle();

  std::vector<std::unique_ptr<IndexWriter>> shards_;
  std::vector<Counts> counts_;                         // per shard, written by its thread
  std::vector<std::unique_ptr<ShardThread>> threads_;  // empty with one shard
};

}  // namespace hemeroteca
