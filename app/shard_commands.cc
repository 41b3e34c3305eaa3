#include "shard_commands.h"

#include <spdlog/spdlog.h>

#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "hemeroteca/schema/error.h"

namespace hemeroteca {

void add_shard_flags(CLI::App& command, ShardFlags& flags) {
  command
      .add_option("--shard", flags.shards,
                  "A shard of the index: a folder or tcp://host:port of a xapian-tcpsrv "
                  "(repeatable, in the same order every time; replaces --db)")
      ->allow_extra_args(false);  // one value each: the words after it are the query
  command
      .add_option("--on-shard-failure", flags.on_failure,
                  "partial: answer from the shards that answer; fail: answer 503")
      ->check(CLI::IsMember({"partial", "fail"}))
      ->capture_default_str();
  command.add_option("--shard-timeout-ms", flags.timeout_ms, "Longest wait for a remote shard")
      ->check(CLI::Range(1u, 600000u))
      ->capture_default_str();
  command
      .add_option("--shard-connect-timeout-ms", flags.connect_timeout_ms,
                  "Longest wait to connect to a remote shard")
      ->check(CLI::Range(1u, 600000u))
      ->capture_default_str();
}

ShardOptions shard_options(const ShardFlags& flags, const std::filesystem::path& database) {
  ShardOptions options;
  options.on_failure = parse_shard_failure_policy(flags.on_failure);
  options.timeout = std::chrono::milliseconds(flags.timeout_ms);
  options.connect_timeout = std::chrono::milliseconds(flags.connect_timeout_ms);
  options.shards = flags.shards;
  if (options.shards.empty()) {
    for (const auto& folder : index_folders(database)) options.shards.push_back(folder.string());
  }
  for (const std::string& shard : options.shards) remote_address(shard);  // validates
  return options;
}

void add_import_shard_flags(CLI::App& import, ImportShardFlags& flags) {
  auto* count =
      import
          .add_option(
              "--shards", flags.count,
              "Split the index over N shards (folders shard-0 … under --db), each written by a "
              "thread of its own")
          ->check(CLI::Range(std::size_t{1}, std::size_t{1024}));
  import
      .add_option("--shard", flags.paths,
                  "A shard folder of the index (repeatable, in the same order every time)")
      ->allow_extra_args(false)  // one value each: the paths after it are inputs
      ->excludes(count);
}

std::vector<std::filesystem::path> index_folders(const std::filesystem::path& database) {
  std::size_t count = 0;
  while (std::filesystem::is_directory(database / ("shard-" + std::to_string(count)))) ++count;
  if (count < 2) return {database};
  return shard_folders(database, count);
}

void apply_import_shards(const ImportShardFlags& flags, ImportOptions& options) {
  if (!flags.paths.empty()) options.shards = flags.paths;
  if (flags.count > 1) options.shards = shard_folders(options.database, flags.count);
  // "import corpus --db idx" into a sharded idx/ goes to its shards, as serve and search
  // read it, never into a third index at idx/ that nothing searches.
  if (flags.paths.empty() && flags.count == 0) {
    if (auto folders = index_folders(options.database); folders.size() > 1) {
      spdlog::info("{} holds {} shards: importing into them", options.database.string(),
                   folders.size());
      options.shards = std::move(folders);
    }
  }
}

int run_shards(const ShardOptions& options, bool as_json) {
  const std::vector<ShardStatus> statuses = probe_shards(options);
  bool healthy = true;
  for (const ShardStatus& status : statuses) healthy = healthy && status.healthy;
  if (as_json) {
    std::cout << to_json(statuses).dump(2) << "\n";
    return healthy ? 0 : 1;
  }
  Xapian::doccount total = 0;
  for (const ShardStatus& status : statuses) {
    total += status.documents;
    if (status.healthy) {
      std::printf("ok    %10u  %s  (%.1f ms)\n", status.documents, status.shard.c_str(),
                  status.open_ms);
    } else {
      std::printf("DOWN  %10s  %s: %s\n", "-", status.shard.c_str(), status.error.c_str());
    }
  }
  std::printf("%zu shard(s), %u document(s) in those that answer\n", statuses.size(), total);
  std::fflush(stdout);
  return healthy ? 0 : 1;
}

}  // namespace hemeroteca
