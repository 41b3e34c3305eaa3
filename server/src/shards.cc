#include "hemeroteca/server/shards.h"

#include <charconv>
#include <nlohmann/json.hpp>

#include "hemeroteca/schema/error.h"

namespace hemeroteca {
namespace {

constexpr std::string_view kRemoteScheme = "tcp://";

}  // namespace

std::optional<RemoteAddress> remote_address(std::string_view shard) {
  if (!shard.starts_with(kRemoteScheme)) return std::nullopt;
  const std::string_view rest = shard.substr(kRemoteScheme.size());
  const std::size_t colon = rest.rfind(':');
  RemoteAddress address;
  unsigned port = 0;
  if (colon != std::string_view::npos && colon > 0) {
    const std::string_view digits = rest.substr(colon + 1);
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), port);
    if (error == std::errc() && end == digits.data() + digits.size() && port > 0 && port < 65536) {
      address.host = std::string(rest.substr(0, colon));
      address.port = static_cast<std::uint16_t>(port);
      return address;
    }
  }
  throw Error(ErrorKind::kInvalidArgument,
              "shard \"" + std::string(shard) + "\" must be written tcp://host:port");
}

ShardFailurePolicy parse_shard_failure_policy(std::string_view text) {
  if (text == "partial") return ShardFailurePolicy::kPartial;
  if (text == "fail") return ShardFailurePolicy::kFail;
  throw Error(ErrorKind::kInvalidArgument,
              "on a shard failure the choices are \"partial\" and \"fail\", not \"" +
                  std::string(text) + "\"");
}

Xapian::Database open_shard(const std::string& shard, const ShardOptions& options) {
  const std::optional<RemoteAddress> remote = remote_address(shard);
  if (!remote) {
    try {
      return Xapian::Database(shard);
    } catch (const Xapian::DatabaseOpeningError& e) {
      throw Error(ErrorKind::kUnavailable, "no index at " + shard +
                                               ": run `hemeroteca import` first, or pass --db (" +
                                               e.get_msg() + ")");
    }
  }
  try {
    Xapian::Database database = Xapian::Remote::open(
        remote->host, remote->port, static_cast<unsigned>(options.timeout.count()),
        static_cast<unsigned>(options.connect_timeout.count()));
    return database;
  } catch (const Xapian::NetworkError& e) {
    throw Error(ErrorKind::kUnavailable,
                "shard " + shard + " does not answer (" + e.get_msg() +
                    "); check that its xapian-tcpsrv runs and the address is right");
  }
}

std::vector<ShardStatus> probe_shards(const ShardOptions& options) {
  std::vector<ShardStatus> statuses;
  for (const std::string& shard : options.shards) {
    ShardStatus status;
    status.shard = shard;
    const auto started = std::chrono::steady_clock::now();
    try {
      status.documents = open_shard(shard, options).get_doccount();
      status.healthy = true;
    } catch (const Error& e) {
      status.error = e.what();
    } catch (const Xapian::Error& e) {
      status.error = "shard " + shard + ": " + e.get_description();
    }
    status.open_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
    statuses.push_back(std::move(status));
  }
  return statuses;
}

nlohmann::json to_json(const std::vector<ShardStatus>& statuses) {
  nlohmann::json out = nlohmann::json::array();
  for (const ShardStatus& status : statuses) {
    nlohmann::json item = {{"shard", status.shard},
                           {"healthy", status.healthy},
                           {"documents", status.documents},
                           {"open_ms", status.open_ms}};
    if (!status.healthy) item["error"] = status.error;
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace hemeroteca
