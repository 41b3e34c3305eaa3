#include "sharded_writer.h"

#include "hemeroteca/indexer/importer.h"
#include "hemeroteca/schema/error.h"

namespace hemeroteca {

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
}

IndexWriter& ShardedWriter::shard_for(const std::string& id) {
  return *shards_[shard_of(id, shards_.size())];
}

std::unordered_map<std::string, InputEntry> ShardedWriter::inputs() const {
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

std::unordered_map<std::string, nlohmann::json> ShardedWriter::corrections() const {
  std::unordered_map<std::string, nlohmann::json> all;
  for (const auto& shard : shards_) all.merge(shard->corrections());
  return all;
}

IndexWriter::Stored ShardedWriter::write(const PreparedRecord& prepared) {
  return shard_for(prepared.record.id).write(prepared);
}

bool ShardedWriter::remove(const std::string& id) { return shard_for(id).remove(id); }

void ShardedWriter::set_input(const std::string& name, const InputEntry& entry) {
  if (shards_.size() == 1) {
    shards_.front()->set_input(name, entry);
    return;
  }
  std::vector<InputEntry> split(shards_.size(), InputEntry{entry.hash, {}});
  for (const std::string& id : entry.ids) split[shard_of(id, shards_.size())].ids.push_back(id);
  for (std::size_t k = 0; k < shards_.size(); ++k) shards_[k]->set_input(name, split[k]);
}

void ShardedWriter::forget_input(const std::string& name) {
  for (const auto& shard : shards_) shard->forget_input(name);
}

void ShardedWriter::begin() {
  for (const auto& shard : shards_) shard->begin();
}

void ShardedWriter::commit() {
  for (const auto& shard : shards_) shard->commit();
}

void ShardedWriter::cancel() {
  for (const auto& shard : shards_) shard->cancel();
}

}  // namespace hemeroteca
