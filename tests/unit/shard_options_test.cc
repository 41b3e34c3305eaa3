// Shard addresses and the failure policy as the command line and configuration give them.
#include <gtest/gtest.h>

#include "hemeroteca/schema/error.h"
#include "hemeroteca/server/shards.h"

namespace hemeroteca {
namespace {

std::string Address(const std::string& shard) {
  try {
    const auto address = remote_address(shard);
    return address ? address->host + " " + std::to_string(address->port) : "folder";
  } catch (const Error& e) {
    return e.what();
  }
}

TEST(RemoteAddress, ReadsHostAndPortOfTcpShards) {
  EXPECT_EQ("127.0.0.1 33333", Address("tcp://127.0.0.1:33333"));
  EXPECT_EQ("indice-2.interno 1", Address("tcp://indice-2.interno:1"));
  EXPECT_EQ("folder", Address("/srv/idx/shard-0"));
  EXPECT_EQ("folder", Address("shard-0"));
}

TEST(RemoteAddress, NamesTheShardWhenThePortIsBad) {
  const std::string expected = "shard \"tcp://host\" must be written tcp://host:port";
  EXPECT_EQ(expected, Address("tcp://host"));
  EXPECT_EQ("shard \"tcp://host:0\" must be written tcp://host:port", Address("tcp://host:0"));
  EXPECT_EQ("shard \"tcp://host:65536\" must be written tcp://host:port",
            Address("tcp://host:65536"));
  EXPECT_EQ("shard \"tcp://:80\" must be written tcp://host:port", Address("tcp://:80"));
  EXPECT_EQ("shard \"tcp://host:8x\" must be written tcp://host:port", Address("tcp://host:8x"));
}

TEST(ShardFailurePolicy, ParsesTheTwoChoices) {
  EXPECT_EQ(ShardFailurePolicy::kPartial, parse_shard_failure_policy("partial"));
  EXPECT_EQ(ShardFailurePolicy::kFail, parse_shard_failure_policy("fail"));
  EXPECT_THROW(parse_shard_failure_policy("ignore"), Error);
}

TEST(ProbeShards, ReportsAMissingFolderAsDown) {
  ShardOptions options;
  options.shards = {"/nonexistent/hemeroteca-shard"};
  const auto statuses = probe_shards(options);
  ASSERT_EQ(1u, statuses.size());
  EXPECT_FALSE(statuses[0].healthy);
  EXPECT_NE(statuses[0].error.find("no index at /nonexistent/hemeroteca-shard"), std::string::npos)
      << statuses[0].error;
}

}  // namespace
}  // namespace hemeroteca
