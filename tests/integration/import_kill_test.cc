// The import job killed with SIGKILL: the real `hemeroteca import` binary is killed at random
// moments; after each kill the index must open and hold only whole bulletins (each one exactly
// as an uninterrupted import stores it), and a final rerun must end with the same index. The
// same with an index of two shards, which are written and committed by two threads at once.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string_view>
#include <thread>

#include "import_support.h"

extern char** environ;

namespace hemeroteca::testing {
namespace {

namespace fs = std::filesystem;

constexpr int kKills = 4;

// Xapian flushes a writer's buffers every this many documents, inside transactions too: far
// below the batch, so that kills also land between a flush and the commit after it.
constexpr const char* kFlushEveryFewDocuments = "XAPIAN_FLUSH_THRESHOLD=5";

// Starts `hemeroteca import`, its output thrown away and its log (stderr) kept in a file
// beside the index, which the test shows when a run fails.
fs::path log_of(const fs::path& index) { return index.string() + ".log"; }

pid_t start_import(const fs::path& corpus, const fs::path& index, std::size_t shards) {
  std::vector<std::string> arguments = {HEMEROTECA_TEST_BINARY,
                                        "import",
                                        corpus.string(),
                                        "--db",
                                        index.string(),
                                        "--batch",
                                        "16",
                                        "--schema",
                                        schema_dir().string()};
  if (shards > 1) {
    arguments.push_back("--shards");
    arguments.push_back(std::to_string(shards));
  }
  std::vector<char*> argv;
  for (std::string& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  const std::string log = log_of(index).string();
  posix_spawn_file_actions_addopen(&actions, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t child = 0;
  std::vector<char*> environment;
  for (char** variable = environ; *variable; ++variable) {
    if (!std::string_view(*variable).starts_with("XAPIAN_FLUSH_THRESHOLD=")) {
      environment.push_back(*variable);
    }
  }
  environment.push_back(const_cast<char*>(kFlushEveryFewDocuments));
  environment.push_back(nullptr);
  const int failed =
      posix_spawn(&child, argv[0], &actions, nullptr, argv.data(), environment.data());
  posix_spawn_file_actions_destroy(&actions);
  return failed ? -1 : child;
}

int finish(pid_t child) {
  int status = 0;
  waitpid(child, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// The log an import into `index` wrote, to say why it failed.
std::string import_log(const fs::path& index) {
  std::ifstream in(log_of(index));
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_corpus(const TempDir& temp) {
  for (std::size_t i = 0; i < 300; ++i) {
    temp.write("corpus/" + std::to_string(i / 100) + "/" + std::to_string(i) + ".txt",
               bulletin_text(i));
  }
  std::string xml = "<hemeroteca-archive version=\"1\">\n";
  for (std::size_t i = 300; i < 380; ++i) {
    xml += "<bulletin source=\"archivo/" + std::to_string(i) + "\"><text>" + bulletin_text(i) +
           "</text></bulletin>\n";
  }
  temp.write("corpus/archivo.xml", xml + "</hemeroteca-archive>\n");
}

// The databases of an index of `shards` shards that exist so far (a kill may come before some
// are created).
std::vector<fs::path> databases_of(const fs::path& index, std::size_t shards) {
  std::vector<fs::path> databases;
  for (const fs::path& folder : shards > 1 ? shard_folders(index, shards) : std::vector{index}) {
    if (fs::exists(folder / "iamglass")) databases.push_back(folder);
  }
  return databases;
}

std::map<std::string, std::string> all_records(const fs::path& index, std::size_t shards) {
  std::map<std::string, std::string> records;
  for (const fs::path& database : databases_of(index, shards)) records.merge(records_of(database));
  return records;
}

Xapian::doccount all_documents(const fs::path& index, std::size_t shards) {
  Xapian::doccount count = 0;
  for (const fs::path& database : databases_of(index, shards)) count += document_count(database);
  return count;
}

class ImportKillTest : public ::testing::TestWithParam<std::size_t> {};

INSTANTIATE_TEST_SUITE_P(OneIndexAndTwoShards, ImportKillTest, ::testing::Values(1u, 2u),
                         [](const auto& info) {
                           return info.param == 1 ? std::string("OneIndex")
                                                  : std::to_string(info.param) + "Shards";
                         });

TEST_P(ImportKillTest, AKilledImportLeavesWholeBulletinsAndARerunFinishesTheSameIndex) {
  const std::size_t shards = GetParam();
  TempDir temp;
  write_corpus(temp);
  const fs::path corpus = temp.path() / "corpus";

  const auto started = std::chrono::steady_clock::now();
  ASSERT_EQ(0, finish(start_import(corpus, temp.path() / "reference", shards)));
  const auto full_run = std::chrono::steady_clock::now() - started;
  const auto reference = all_records(temp.path() / "reference", shards);
  ASSERT_EQ(380u, reference.size());

  const unsigned seed = std::random_device()();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 random(seed);
  const long full_ms = std::chrono::duration_cast<std::chrono::milliseconds>(full_run).count();
  const fs::path index = temp.path() / "killed";
  std::size_t interrupted = 0;  // kills that left some bulletins but not all
  for (int kill_number = 0; kill_number < kKills; ++kill_number) {
    const pid_t child = start_import(corpus, index, shards);
    ASSERT_GT(child, 0);
    // Each rerun resumes, so has less to do: kills come sooner each time (15%, 25%, 35%, 45%
    // of a whole run), jittered by up to 10%.
    const long wait_ms = full_ms * (3 + 2 * kill_number) / 20 +
                         static_cast<long>(random() % static_cast<unsigned long>(full_ms / 10 + 1));
    std::this_thread::sleep_for(std::chrono::milliseconds(wait_ms));
    kill(child, SIGKILL);
    finish(child);
    if (databases_of(index, shards).empty()) continue;  // killed before the index was made
    const auto partial = all_records(index, shards);
    std::cout << "killed after " << wait_ms << " ms of a " << full_ms
              << " ms run: " << partial.size() << " of " << reference.size()
              << " bulletins stored\n";
    if (!partial.empty() && partial.size() < reference.size()) ++interrupted;
    for (const auto& [id, record] : partial) {
      ASSERT_TRUE(reference.contains(id)) << "after a kill at " << wait_ms << " ms: " << id;
      EXPECT_EQ(reference.at(id), record) << "after a kill at " << wait_ms << " ms";
    }
  }
  // On a loaded machine the timed kills may all land before the first commit or after the
  // last; then kill a fresh import as soon as its first commit is visible, surely halfway.
  for (int attempt = 0; interrupted == 0 && attempt < 5; ++attempt) {
    const fs::path fresh = temp.path() / ("killed-at-first-commit-" + std::to_string(attempt));
    const pid_t child = start_import(corpus, fresh, shards);
    ASSERT_GT(child, 0);
    for (int status = 0; waitpid(child, &status, WNOHANG) == 0;) {
      try {
        if (all_documents(fresh, shards) > 0) break;
      } catch (const Xapian::Error&) {
        // the first commit is being written
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    kill(child, SIGKILL);
    finish(child);
    if (databases_of(fresh, shards).empty()) continue;
    const auto partial = all_records(fresh, shards);
    if (!partial.empty() && partial.size() < reference.size()) ++interrupted;
    for (const auto& [id, record] : partial) {
      ASSERT_TRUE(reference.contains(id)) << "after a kill at the first commit: " << id;
      EXPECT_EQ(reference.at(id), record) << "after a kill at the first commit";
    }
    ASSERT_EQ(0, finish(start_import(corpus, fresh, shards))) << import_log(fresh);
    EXPECT_EQ(reference, all_records(fresh, shards));
  }
  EXPECT_GT(interrupted, 0u) << "no kill landed in the middle of an import";
  ASSERT_EQ(0, finish(start_import(corpus, index, shards))) << import_log(index);
  EXPECT_EQ(reference.size(), all_documents(index, shards));
  EXPECT_EQ(reference, all_records(index, shards));
}

}  // namespace
}  // namespace hemeroteca::testing
