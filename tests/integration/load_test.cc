// Load: `wrk` (64 connections, tests/load/search_mix.lua) against a real `hemeroteca serve` on
// loopback while `hemeroteca import` processes keep writing to the same index. Every answer must
// be 2xx and no socket may fail; throughput and latency percentiles are printed.
//
// The run lasts HEMEROTECA_LOAD_SECONDS (12 by default, for CI); docs/operations.md has the
// 60-second run and its figures.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <regex>
#include <sstream>

#include "import_support.h"
#include "process_support.h"

namespace hemeroteca::testing {
namespace {

namespace fs = std::filesystem;

constexpr int kConnections = 64;

int load_seconds() {
  const char* configured = std::getenv("HEMEROTECA_LOAD_SECONDS");
  return configured ? std::max(1, std::atoi(configured)) : 12;
}

// A server log without its lines for requests answered 2xx: what it said about anything else.
std::string log_without_answered_requests(const std::string& log) {
  static const std::regex kAnswered(R"(\] \[info\] [A-Z]+ \S+ 2\d\d )");
  std::istringstream lines(log);
  std::string out;
  for (std::string line; std::getline(lines, line);) {
    if (!std::regex_search(line, kAnswered)) out += line + "\n";
  }
  return out;
}

// The JSON line search_mix.lua's done() prints, from wrk's whole output.
nlohmann::json wrk_figures(const std::string& output) {
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("{\"requests\"")) return nlohmann::json::parse(line);
  }
  return nullptr;
}

TEST(LoadTest, SixtyFourConnectionsOfSearchesWhileAnImportWritesGetOnly2xx) {
  ASSERT_TRUE(fs::exists(HEMEROTECA_TEST_WRK))
      << HEMEROTECA_TEST_WRK << " is missing: install the Debian package wrk "
      << "(scripts/bootstrap.sh test does)";
  TempDir temp;
  for (std::size_t i = 0; i < 150; ++i) {
    temp.write("base/" + std::to_string(i) + ".txt", bulletin_text(i));
    temp.write("nuevos/" + std::to_string(i) + ".txt", bulletin_text(10000 + i, "vacunas"));
  }
  const fs::path index = temp.path() / "index";
  ASSERT_EQ(
      0, run_hemeroteca(temp, {"import", (temp.path() / "base").string(), "--db", index.string()})
             .exit_code);

  // Each keep-alive connection holds a request thread while it is open: one per connection.
  const fs::path log = temp.path() / "serve.log";
  // One client address sends everything here, so the per-client rate limit is off.
  Child server(hemeroteca({"serve", "--db", index.string(), "--port", "0", "--threads",
                           std::to_string(kConnections), "--rate-limit", "0"}),
               {.output = log});
  // The port is in the "serving" line of the log (which then logs each request, as in
  // production).
  std::uint16_t port = 0;
  ASSERT_TRUE(eventually([&] {
    std::smatch match;
    const std::string text = read_text(log);
    static const std::regex listening(R"(on http://127\.0\.0\.1:(\d+)/)");
    if (!std::regex_search(text, match, listening)) return false;
    port = static_cast<std::uint16_t>(std::stoi(match[1]));
    return true;
  })) << read_text(log);

  // Writers for the whole run: the same folder imported again and again with --force, so every
  // run replaces its 150 bulletins in batches of 16.
  std::atomic<bool> stop = false;
  std::atomic<int> imports = 0, failed_imports = 0;
  std::thread writer([&] {
    while (!stop) {
      const Finished run =
          run_hemeroteca(temp, {"import", (temp.path() / "nuevos").string(), "--db", index.string(),
                                "--batch", "16", "--workers", "1", "--force"});
      ++(run.exit_code == 0 ? imports : failed_imports);
    }
  });

  const fs::path wrk_output = temp.path() / "wrk.out";
  Child wrk({HEMEROTECA_TEST_WRK, "-t2", "-c" + std::to_string(kConnections),
             "-d" + std::to_string(load_seconds()) + "s", "--timeout", "10s", "-s",
             HEMEROTECA_TEST_LOAD_SCRIPT, "http://127.0.0.1:" + std::to_string(port)},
            {.output = wrk_output});
  const int wrk_exit = wrk.wait();
  stop = true;
  writer.join();

  const std::string output = read_text(wrk_output);
  ASSERT_EQ(0, wrk_exit) << output;
  const nlohmann::json figures = wrk_figures(output);
  ASSERT_TRUE(figures.is_object()) << "no JSON line from search_mix.lua in:\n" << output;
  const double seconds = figures["duration_us"].get<double>() / 1e6;
  std::cout << "wrk, " << kConnections << " connections, " << seconds
            << " s: " << figures["requests"] << " requests ("
            << figures["requests"].get<double>() / seconds << " per second), latency p50 "
            << figures["latency_us"]["p50"] << " µs, p90 " << figures["latency_us"]["p90"]
            << " µs, p99 " << figures["latency_us"]["p99"] << " µs, max "
            << figures["latency_us"]["max"] << " µs; " << imports
            << " imports of 150 bulletins finished meanwhile\n";
  EXPECT_GT(figures["requests"].get<long>(), 0);
  EXPECT_EQ(0, figures["non2xx"]) << output;
  for (const char* kind : {"connect", "read", "write", "status", "timeout"}) {
    EXPECT_EQ(0, figures["errors"][kind])
        << kind << " errors:\n"
        << output << "\nwhat the server logged besides the requests it answered:\n"
        << log_without_answered_requests(read_text(log));
  }
  EXPECT_EQ(0, failed_imports);
  EXPECT_GT(imports, 0) << "no import finished while wrk ran";
  const bool running = server.running();
  EXPECT_TRUE(running) << "the server ended with exit code " << server.wait()
                       << " (128 + the signal that ended it); its log:\n"
                       << read_text(log);
}

}  // namespace
}  // namespace hemeroteca::testing
