// Sharded indexes on the command line: the shard options of `serve` and `search`, the
// `--shards` options of `import`, and `hemeroteca shards` (each shard's documents and health).
// See docs/sharding.md.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "hemeroteca/indexer/importer.h"
#include "hemeroteca/server/shards.h"

namespace hemeroteca {

// What the shard options of a reading command were given.
struct ShardFlags {
  std::vector<std::string> shards;  // --shard, repeatable: folders and tcp://host:port
  std::string on_failure = "partial";
  unsigned timeout_ms = 10000;
  unsigned connect_timeout_ms = 2000;
};

// --shard, --on-shard-failure, --shard-timeout-ms, --shard-connect-timeout-ms.
void add_shard_flags(CLI::App& command, ShardFlags& flags);

// The shards to read: those given with --shard, else the index at `database` — its
// shard-0, shard-1… folders when it is a sharded index made by `import --shards`, else the
// folder itself. Throws Error(kInvalidArgument) for a bad policy or address.
ShardOptions shard_options(const ShardFlags& flags, const std::filesystem::path& database);

// What `import --shards N` / `--shard PATH` were given.
struct ImportShardFlags {
  std::size_t count = 0;                     // --shards N: N folders under --db
  std::vector<std::filesystem::path> paths;  // --shard PATH, repeatable: the folders, in order
};

void add_import_shard_flags(CLI::App& import, ImportShardFlags& flags);

// The index folders at `database`: its shard-0, shard-1… folders when it is a sharded index
// made by `import --shards`, else the folder itself.
std::vector<std::filesystem::path> index_folders(const std::filesystem::path& database);

// Sets ImportOptions::shards from the flags; when neither was given, to the shards the index
// at ImportOptions::database already has (none for an index of one folder).
void apply_import_shards(const ImportShardFlags& flags, ImportOptions& options);

// `hemeroteca shards`: a line (or with `as_json` an object) per shard with its document
// count and health. Returns the exit code: 0 when every shard answers, 1 otherwise.
int run_shards(const ShardOptions& options, bool as_json);

}  // namespace hemeroteca
