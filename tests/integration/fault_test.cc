// Faults during writes, with real processes: a disk that fills up and an index folder that
// cannot be written during `hemeroteca import` (a clear error, the committed content intact, an
// index that passes `hemeroteca check`), and `hemeroteca serve` killed with SIGKILL while it
// takes uploads (every upload it acknowledged is there after a restart).
//
// The full disk is simulated with RLIMIT_FSIZE set in the child before exec (SIGXFSZ ignored,
// so a write past the limit fails with EFBIG, as ENOSPC would): it needs neither root nor a
// mount, which CI containers may not allow. A read-only folder is a folder without write
// permission; as root (who ignores permissions) the import runs as user "nobody".
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <regex>
#include <thread>

#include "import_support.h"
#include "process_support.h"

namespace hemeroteca::testing {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kBatch = 16;
constexpr uid_t kNobody = 65534;

void write_bulletins(const TempDir& temp, const std::string& folder, std::size_t first,
                     std::size_t count) {
  for (std::size_t i = first; i < first + count; ++i) {
    temp.write(folder + "/" + std::to_string(i) + ".txt", bulletin_text(i));
  }
}

std::vector<std::string> import_arguments(const fs::path& corpus, const fs::path& index) {
  return {"import", corpus.string(), "--db", index.string(), "--batch", std::to_string(kBatch)};
}

std::uintmax_t largest_file(const fs::path& folder) {
  std::uintmax_t largest = 0;
  for (const auto& entry : fs::directory_iterator(folder)) {
    largest = std::max(largest, entry.file_size());
  }
  return largest;
}

// What every fault must leave: an index that passes the check, with the bulletins committed
// before the fault unchanged and, besides them, only whole committed batches.
void expect_intact(const TempDir& temp, const fs::path& index,
                   const std::map<std::string, std::string>& before) {
  const Finished check = run_hemeroteca(temp, {"check", "--db", index.string()});
  EXPECT_EQ(0, check.exit_code) << check.output;
  const auto after = records_of(index);
  for (const auto& [id, record] : before) {
    ASSERT_TRUE(after.contains(id)) << id << " was lost";
    EXPECT_EQ(record, after.at(id));
  }
  EXPECT_EQ(0u, (after.size() - before.size()) % kBatch)
      << after.size() - before.size() << " bulletins added: not whole batches";
}

TEST(FaultTest, AFullDiskStopsTheImportWithAClearErrorAndKeepsTheIndex) {
  TempDir temp;
  write_bulletins(temp, "primero", 0, 30);
  write_bulletins(temp, "segundo", 1000, 240);
  const fs::path index = temp.path() / "index";
  ASSERT_EQ(0, run_hemeroteca(temp, import_arguments(temp.path() / "primero", index)).exit_code);
  const auto before = records_of(index);

  // Room for the tables to grow a little, not for 240 more bulletins.
  const Finished full =
      run_hemeroteca(temp, import_arguments(temp.path() / "segundo", index),
                     {.output = {}, .file_size_limit = largest_file(index) + 64 * 1024});
  EXPECT_EQ(3, full.exit_code) << full.output;
  std::cout << full.output;
  EXPECT_NE(std::string::npos, full.output.find("free disk space")) << full.output;
  EXPECT_NE(std::string::npos, full.output.find("run the import again")) << full.output;
  expect_intact(temp, index, before);

  const Finished again = run_hemeroteca(temp, import_arguments(temp.path() / "segundo", index));
  EXPECT_EQ(0, again.exit_code) << again.output;
  EXPECT_EQ(270u, document_count(index));
  EXPECT_EQ(0, run_hemeroteca(temp, {"check", "--db", index.string()}).exit_code);
}

// Where the disk fills up decides where Xapian fails: adding a document, writing metadata, or
// inside commit_transaction(), where Xapian 1.4 may abort instead of throwing. Each place must
// end the same way.
TEST(FaultTest, ADiskFillingUpAnywhereEndsWithTheSameClearError) {
  TempDir temp;
  write_bulletins(temp, "primero", 0, 30);
  write_bulletins(temp, "segundo", 1000, 120);
  const fs::path first = temp.path() / "first";
  ASSERT_EQ(0, run_hemeroteca(temp, import_arguments(temp.path() / "primero", first)).exit_code);
  for (std::uintmax_t room = 8 * 1024; room <= 96 * 1024; room += 8 * 1024) {
    const fs::path index = temp.path() / ("index-" + std::to_string(room));
    fs::copy(first, index);
    const auto before = records_of(index);
    const Finished full =
        run_hemeroteca(temp, import_arguments(temp.path() / "segundo", index),
                       {.output = {}, .file_size_limit = largest_file(index) + room});
    if (full.exit_code == 0) continue;  // there was room enough after all
    EXPECT_EQ(3, full.exit_code) << "room " << room << ": " << full.output;
    EXPECT_NE(std::string::npos, full.output.find("free disk space")) << full.output;
    EXPECT_NE(std::string::npos, full.output.find("run the import again")) << full.output;
    expect_intact(temp, index, before);
  }
}

// Two shards are written by two threads: a write failing on one of them must stop the job the
// same way, with both shards intact.
TEST(FaultTest, AFullDiskDuringAShardedImportStopsItWithTheSameClearError) {
  TempDir temp;
  write_bulletins(temp, "primero", 0, 30);
  write_bulletins(temp, "segundo", 1000, 240);
  const fs::path index = temp.path() / "index";
  auto sharded = [&](const std::string& folder) {
    std::vector<std::string> arguments = import_arguments(temp.path() / folder, index);
    arguments.insert(arguments.end(), {"--shards", "2"});
    return arguments;
  };
  ASSERT_EQ(0, run_hemeroteca(temp, sharded("primero")).exit_code);
  const std::vector<fs::path> shards = shard_folders(index, 2);
  std::map<std::string, std::string> before[2];
  std::uintmax_t largest = 0;
  for (std::size_t k = 0; k < 2; ++k) {
    before[k] = records_of(shards[k]);
    largest = std::max(largest, largest_file(shards[k]));
  }

  const Finished full = run_hemeroteca(temp, sharded("segundo"),
                                       {.output = {}, .file_size_limit = largest + 64 * 1024});
  EXPECT_EQ(3, full.exit_code) << full.output;
  EXPECT_NE(std::string::npos, full.output.find("free disk space")) << full.output;
  EXPECT_NE(std::string::npos, full.output.find("run the import again")) << full.output;
  for (std::size_t k = 0; k < 2; ++k) {
    const Finished check = run_hemeroteca(temp, {"check", "--db", shards[k].string()});
    EXPECT_EQ(0, check.exit_code) << check.output;
    const auto after = records_of(shards[k]);
    for (const auto& [id, record] : before[k]) {
      ASSERT_TRUE(after.contains(id)) << id << " was lost from shard " << k;
      EXPECT_EQ(record, after.at(id));
    }
  }

  const Finished again = run_hemeroteca(temp, sharded("segundo"));
  EXPECT_EQ(0, again.exit_code) << again.output;
  EXPECT_EQ(270u, document_count(shards[0]) + document_count(shards[1]));
}

TEST(FaultTest, AReadOnlyIndexFolderStopsTheImportWithAClearError) {
  TempDir temp;
  write_bulletins(temp, "primero", 0, 20);
  write_bulletins(temp, "segundo", 1000, 40);
  const fs::path index = temp.path() / "index";
  ASSERT_EQ(0, run_hemeroteca(temp, import_arguments(temp.path() / "primero", index)).exit_code);
  const auto before = records_of(index);

  ChildOptions options;
  if (geteuid() == 0) {
    options.user = kNobody;
    for (const auto& entry : fs::recursive_directory_iterator(index)) {
      ASSERT_EQ(0, chown(entry.path().c_str(), kNobody, kNobody));
    }
    ASSERT_EQ(0, chown(index.c_str(), kNobody, kNobody));
  }
  fs::permissions(index, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                             fs::perms::group_exec | fs::perms::others_read |
                             fs::perms::others_exec);
  const Finished refused =
      run_hemeroteca(temp, import_arguments(temp.path() / "segundo", index), options);
  fs::permissions(index, fs::perms::owner_write, fs::perm_options::add);
  EXPECT_EQ(3, refused.exit_code) << refused.output;
  std::cout << refused.output;
  EXPECT_NE(std::string::npos, refused.output.find("permission")) << refused.output;
  EXPECT_EQ(before, records_of(index));
  expect_intact(temp, index, before);
}

// --- SIGKILL of the server while it takes uploads ---

constexpr std::string_view kToken = "token-de-prueba-0123456789";

struct Server {
  std::unique_ptr<Child> process;
  std::uint16_t port = 0;
};

Server start_server(const TempDir& temp, const fs::path& index, const std::string& log) {
  const fs::path token = temp.write("token", std::string(kToken) + "\n");
  fs::permissions(token, fs::perms::owner_read | fs::perms::owner_write);
  Server server;
  const fs::path output = temp.path() / log;
  server.process =
      std::make_unique<Child>(hemeroteca({"serve", "--db", index.string(), "--port", "0",
                                          "--token-file", token.string(), "--rate-limit", "0"}),
                              ChildOptions{.output = output});
  const std::regex listening(R"(on http://127\.0\.0\.1:(\d+)/)");
  std::smatch match;
  eventually([&] {
    if (!server.process->running()) return true;  // it failed to start: port stays 0
    const std::string text = read_text(output);
    if (!std::regex_search(text, match, listening)) return false;
    server.port = static_cast<std::uint16_t>(std::stoi(match[1]));
    return true;
  });
  return server;
}

// POSTs one bulletin; the status and the ids the server answered with.
std::pair<int, std::vector<std::string>> upload(std::uint16_t port, const std::string& filename,
                                                const std::string& text) {
  try {
    Poco::Net::HTTPClientSession session("127.0.0.1", port);
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST,
                                   "/api/v1/bulletins?filename=" + filename,
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    request.set("Authorization", "Bearer " + std::string(kToken));
    request.setContentType("text/plain; charset=utf-8");
    request.setContentLength(static_cast<std::streamsize>(text.size()));
    session.sendRequest(request) << text;
    Poco::Net::HTTPResponse response;
    std::stringstream body;
    body << session.receiveResponse(response).rdbuf();
    const int status = static_cast<int>(response.getStatus());
    std::vector<std::string> ids;
    if (status / 100 == 2) {
      const nlohmann::json answer = nlohmann::json::parse(body.str(), nullptr, false);
      if (!answer.contains("added")) return {0, {}};  // cut off mid-answer
      for (const auto& id : answer["added"]) ids.push_back(id);
    }
    return {status, ids};
  } catch (const Poco::Exception&) {
    return {0, {}};  // the server died mid-request: not acknowledged
  }
}

int get_status(std::uint16_t port, const std::string& path) {
  Poco::Net::HTTPClientSession session("127.0.0.1", port);
  Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, path,
                                 Poco::Net::HTTPMessage::HTTP_1_1);
  session.sendRequest(request);
  Poco::Net::HTTPResponse response;
  session.receiveResponse(response).ignore(std::numeric_limits<std::streamsize>::max());
  return static_cast<int>(response.getStatus());
}

TEST(FaultTest, AServerKilledDuringUploadsKeepsEveryAcknowledgedBulletin) {
  constexpr int kUploaders = 4;
  TempDir temp;
  write_bulletins(temp, "primero", 0, 5);
  const fs::path index = temp.path() / "index";
  ASSERT_EQ(0, run_hemeroteca(temp, import_arguments(temp.path() / "primero", index)).exit_code);
  Server server = start_server(temp, index, "serve-1.log");
  ASSERT_NE(0, server.port) << read_text(temp.path() / "serve-1.log");

  // Uploaders post new bulletins until the server dies under them; an upload counts as
  // acknowledged only when its 2xx answer arrived.
  std::mutex mutex;
  std::vector<std::string> acknowledged;
  std::atomic<int> cut_off = 0;  // uploads in flight when the server died
  {
    std::vector<std::jthread> uploaders;
    for (int t = 0; t < kUploaders; ++t) {
      uploaders.emplace_back([&, t] {
        for (std::size_t n = 0;; ++n) {
          const std::size_t bulletin = static_cast<std::size_t>(t) * 100000 + n;
          auto [status, ids] =
              upload(server.port, "hilo-" + std::to_string(t) + "/" + std::to_string(n) + ".txt",
                     bulletin_text(bulletin));
          if (status == 0) {
            ++cut_off;
            return;
          }
          std::lock_guard lock(mutex);
          acknowledged.insert(acknowledged.end(), ids.begin(), ids.end());
        }
      });
    }
    const bool enough = eventually([&] {
      std::lock_guard lock(mutex);
      return acknowledged.size() >= 40;
    });
    server.process->kill(SIGKILL);
    EXPECT_EQ(128 + SIGKILL, server.process->wait());
    ASSERT_TRUE(enough) << read_text(temp.path() / "serve-1.log");
  }  // the uploaders end with the server

  const Finished check = run_hemeroteca(temp, {"check", "--db", index.string()});
  EXPECT_EQ(0, check.exit_code) << check.output;
  Server restarted = start_server(temp, index, "serve-2.log");
  ASSERT_NE(0, restarted.port) << read_text(temp.path() / "serve-2.log");
  std::cout << acknowledged.size() << " uploads acknowledged before the kill, "
            << document_count(index) << " bulletins in the index after it\n";
  EXPECT_GT(cut_off, 0) << "the kill landed while no upload was in flight";
  EXPECT_GE(document_count(index), 5 + acknowledged.size());
  for (const std::string& id : acknowledged) {
    EXPECT_EQ(200, get_status(restarted.port, "/api/v1/bulletins/" + id)) << id << " was lost";
  }
  // And the restarted server takes uploads again.
  EXPECT_EQ(201, upload(restarted.port, "despues.txt", bulletin_text(999999)).first);
}

}  // namespace
}  // namespace hemeroteca::testing
