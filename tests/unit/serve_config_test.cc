// `hemeroteca serve`'s configuration: the INI file, the layers (flag > environment > file >
// default) and errors that name where a bad value came from.
#include "serve_config.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "hemeroteca/schema/error.h"

namespace hemeroteca {
namespace {

// Resolves with the file text, the environment and the flags given; "error: <message>" when
// it throws.
struct Layers {
  std::string file{};
  std::map<std::string, std::string> environment{};
  std::map<std::string, std::string> flags{};
};

std::string Resolve(const Layers& given, ServeConfig* out = nullptr) {
  try {
    ConfigLayers layers;
    if (!given.file.empty()) layers.file = ConfigFile::parse(given.file, "test.conf");
    layers.environment = [&](const char* name) -> const char* {
      const auto found = given.environment.find(name);
      return found == given.environment.end() ? nullptr : found->second.c_str();
    };
    layers.flags = given.flags;
    const ServeConfig config = resolve_serve_config(layers);
    if (out) *out = config;
    return config.server.bind + ":" + std::to_string(config.server.port) + " " +
           config.index.string();
  } catch (const Error& e) {
    return std::string("error: ") + e.what();
  }
}

TEST(ServeConfigTest, DefaultsAreLoopbackWithRateLimitingOn) {
  ServeConfig config;
  EXPECT_EQ("127.0.0.1:8080 data/index", Resolve({}, &config));
  EXPECT_EQ(8u, config.server.threads);
  EXPECT_EQ(64u, config.server.queue);
  EXPECT_EQ(std::chrono::milliseconds(2), config.server.demote_after);
  EXPECT_EQ(20, config.server.rate_limit.per_second);
  EXPECT_EQ(60u, config.server.rate_limit.burst);
  EXPECT_TRUE(config.server.cors_origins.empty());
  EXPECT_FALSE(config.server.writes.enabled());
  EXPECT_EQ(16u << 20, config.server.writes.max_body_bytes);
}

TEST(ServeConfigTest, FlagsBeatEnvironmentWhichBeatsTheFileWhichBeatsDefaults) {
  const std::string file = "[server]\nport = 9001\nbind = 0.0.0.0\n[index]\npath = /srv/a\n";
  EXPECT_EQ("0.0.0.0:9001 /srv/a", Resolve({.file = file}));
  EXPECT_EQ("0.0.0.0:9002 /srv/a",
            Resolve({.file = file, .environment = {{"HEMEROTECA_PORT", "9002"}}}));
  EXPECT_EQ("0.0.0.0:9003 /srv/b",
            Resolve({.file = file,
                     .environment = {{"HEMEROTECA_PORT", "9002"}, {"HEMEROTECA_DB", "/srv/b"}},
                     .flags = {{"server.port", "9003"}}}));
}

TEST(ServeConfigTest, EverySettingIsReadFromTheFile) {
  ServeConfig config;
  Resolve({.file = "# production\n"
                   "[server]\n threads = 2 \nqueue=0\ndemote_after_ms = 0\n"
                   "; writes\n[writes]\ntoken_file = /etc/hemeroteca/tokens\nmax_body_mib = 4\n"
                   "[rate_limit]\nper_second = 0.5\nburst = 3\n"
                   "[cors]\nallow_origins = https://a.example, http://b.example:8000\n"},
          &config);
  EXPECT_EQ(2u, config.server.threads);
  EXPECT_EQ(0u, config.server.queue);
  EXPECT_EQ(std::chrono::microseconds(0), config.server.demote_after);
  EXPECT_EQ("/etc/hemeroteca/tokens", config.server.writes.token_file);
  EXPECT_EQ(4u << 20, config.server.writes.max_body_bytes);
  EXPECT_EQ(0.5, config.server.rate_limit.per_second);
  EXPECT_EQ(3u, config.server.rate_limit.burst);
  EXPECT_EQ((std::vector<std::string>{"https://a.example", "http://b.example:8000"}),
            config.server.cors_origins);
}

TEST(ServeConfigTest, ABadValueNamesItsSourceAndWhatIsWanted) {
  EXPECT_EQ("error: test.conf:3: server.port = \"80a\": a whole number from 0 to 65535 is wanted",
            Resolve({.file = "[server]\n\nport = 80a\n"}));
  EXPECT_EQ("error: $HEMEROTECA_THREADS = \"0\": a whole number from 1 to 1024 is wanted",
            Resolve({.environment = {{"HEMEROTECA_THREADS", "0"}}}));
  EXPECT_EQ("error: --rate-limit -1: a number from 0 to 1000000 is wanted (0 turns it off)",
            Resolve({.flags = {{"rate_limit.per_second", "-1"}}}));
  EXPECT_EQ(
      "error: test.conf:2: cors.allow_origins = \"https://a.example/\": \"https://a.example/\" "
      "is not an origin; write scheme://host[:port], as https://example.org, without a path or "
      "a final /",
      Resolve({.file = "[cors]\nallow_origins = https://a.example/\n"}));
}

TEST(ServeConfigTest, AMalformedFileNamesTheLine) {
  EXPECT_EQ("error: test.conf:2: unknown setting server.prot; docs/configuration.md lists them",
            Resolve({.file = "[server]\nprot = 80\n"}));
  EXPECT_EQ("error: test.conf:1: settings go under a [section]; see docs/configuration.md",
            Resolve({.file = "port = 80\n"}));
  EXPECT_EQ("error: test.conf:2: \"port 80\" is not a setting; write name = value",
            Resolve({.file = "[server]\nport 80\n"}));
  EXPECT_EQ("error: test.conf:3: server.port was already set on line 2",
            Resolve({.file = "[server]\nport = 80\nport = 81\n"}));
  EXPECT_EQ("error: test.conf:1: a section is written [name]", Resolve({.file = "[server\n"}));
}

TEST(ServeConfigTest, TheShippedExampleIsValidAndHoldsTheDefaults) {
  ServeConfig shipped;
  ConfigLayers layers;
  layers.file = ConfigFile::read(HEMEROTECA_TEST_EXAMPLE_CONFIG);
  layers.environment = [](const char*) -> const char* { return nullptr; };
  const ServeConfig config = resolve_serve_config(layers);
  EXPECT_EQ(shipped.index, config.index);
  EXPECT_EQ(shipped.server.bind, config.server.bind);
  EXPECT_EQ(shipped.server.port, config.server.port);
  EXPECT_EQ(shipped.server.threads, config.server.threads);
  EXPECT_EQ(shipped.server.queue, config.server.queue);
  EXPECT_EQ(shipped.server.demote_after, config.server.demote_after);
  EXPECT_EQ(shipped.server.rate_limit.per_second, config.server.rate_limit.per_second);
  EXPECT_EQ(shipped.server.rate_limit.burst, config.server.rate_limit.burst);
  EXPECT_EQ(shipped.server.writes.max_body_bytes, config.server.writes.max_body_bytes);
  // Every setting appears in the example, so that it documents them all.
  for (const ServeSetting& setting : serve_settings()) {
    const std::string key(setting.key);
    const std::string name = key.substr(key.find('.') + 1);
    const bool present = layers.file->entries().contains(key);
    SCOPED_TRACE(key);
    if (!present) {
      // Settings without a default (a token file, CORS origins) are shown commented out.
      std::ifstream in(HEMEROTECA_TEST_EXAMPLE_CONFIG);
      std::stringstream text;
      text << in.rdbuf();
      EXPECT_NE(std::string::npos, text.str().find("# " + name + " ="));
    }
  }
}

TEST(ServeConfigTest, LoopbackAddresses) {
  EXPECT_TRUE(is_loopback("127.0.0.1"));
  EXPECT_TRUE(is_loopback("127.1.2.3"));
  EXPECT_TRUE(is_loopback("::1"));
  EXPECT_TRUE(is_loopback("localhost"));
  EXPECT_FALSE(is_loopback("0.0.0.0"));
  EXPECT_FALSE(is_loopback("::"));
  EXPECT_FALSE(is_loopback("192.168.1.10"));
}

}  // namespace
}  // namespace hemeroteca
