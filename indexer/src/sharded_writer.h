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
// With one folder this is the plain IndexWriter.
//
// Thread-safety: not thread-safe, like IndexWriter.
#pragma once

#include <filesystem>
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

  std::size_t size() const { return shards_.size(); }
  IndexWriter& shard_for(const std::string& id);

  // The ledger over every shard: ids joined, the hash only where every shard agrees.
  std::unordered_map<std::string, InputEntry> inputs() const;
  // Corrections of every shard (each is kept in its bulletin's shard).
  std::unordered_map<std::string, nlohmann::json> corrections() const;

  IndexWriter::Stored write(const PreparedRecord& prepared);
  bool remove(const std::string& id);
  void set_input(const std::string& name, const InputEntry& entry);
  void forget_input(const std::string& name);

  // Transactions of every shard together; each shard's is atomic, the set is not (see above).
  void begin();
  void commit();
  void cancel();

 private:
  std::vector<std::unique_ptr<IndexWriter>> shards_;
};

}  // namespace hemeroteca
