// Shards: an index split over several Xapian databases, searched as one.
//
// Each shard is a local index folder or a database served by Xapian's own `xapian-tcpsrv`,
// written `tcp://host:port`. The server joins every reachable shard into one Xapian::Database
// (Database::add_database) so that a search over the shards gives the same results, totals
// and facet counts as one index holding everything; see docs/sharding.md for the deployment.
//
// A shard that cannot be opened or stops answering is, as ShardOptions::on_failure says,
// either left out (the answer is marked partial and names it) or a reason to fail the request
// with Error(kUnavailable) naming it. A left-out shard is tried again after
// ShardOptions::retry_after.
//
// Thread-safety: the functions here share nothing; each call opens its own handles.
#pragma once

#include <xapian.h>

#include <chrono>
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hemeroteca {

enum class ShardFailurePolicy {
  kPartial,  // answer from the shards that answer; the response says which are missing
  kFail,     // refuse to answer (Error(kUnavailable), HTTP 503) naming the missing shard
};

struct ShardOptions {
  // Index folders and tcp://host:port addresses, in this order. The order is part of the
  // index's identity: Xapian numbers the documents of a joined database by it.
  std::vector<std::string> shards;
  ShardFailurePolicy on_failure = ShardFailurePolicy::kPartial;
  // The longest a remote shard may take to answer one call before it counts as down.
  std::chrono::milliseconds timeout{10000};
  // The longest to wait for a connection to a remote shard.
  std::chrono::milliseconds connect_timeout{2000};
  // A shard left out is tried again on the first search after this long.
  std::chrono::milliseconds retry_after{5000};
};

struct RemoteAddress {
  std::string host;
  std::uint16_t port = 0;
};

// The host and port of a "tcp://host:port" shard; nothing for a folder. Throws
// Error(kInvalidArgument) for a tcp:// address without a valid port.
std::optional<RemoteAddress> remote_address(std::string_view shard);

// Parses "partial" or "fail"; throws Error(kInvalidArgument) naming the choices otherwise.
ShardFailurePolicy parse_shard_failure_policy(std::string_view text);

// Opens one shard for reading. Throws Error(kNotFound) for a folder without an index and
// Error(kUnavailable) for a remote shard that does not answer, each naming the shard.
Xapian::Database open_shard(const std::string& shard, const ShardOptions& options);

// What `hemeroteca shards` reports of one shard.
struct ShardStatus {
  std::string shard;
  bool healthy = false;
  Xapian::doccount documents = 0;
  std::string error;   // why it is not healthy
  double open_ms = 0;  // time to open it and read its document count
};

// Opens each shard on its own and reads its document count.
std::vector<ShardStatus> probe_shards(const ShardOptions& options);

nlohmann::json to_json(const std::vector<ShardStatus>& statuses);

}  // namespace hemeroteca
