// Sharded search over Xapian's remote backend: a generated corpus imported once into one index
// and once split over two shards served by two real `xapian-tcpsrv` processes on loopback must
// give identical answers — results, totals, every facet count — through SearchService and over
// HTTP. Then one tcpsrv is stopped: a partial answer names it, or the fail-clearly mode refuses.
#include <Poco/Net/ServerSocket.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "corpus_generator.h"
#include "hemeroteca/schema/error.h"
#include "http_harness.h"

extern char** environ;

namespace hemeroteca::testing {
namespace {

namespace fs = std::filesystem;

std::optional<fs::path> find_tcpsrv() {
  const char* path = std::getenv("PATH");
  std::string folders = path ? path : "/usr/bin:/bin";
  std::size_t start = 0;
  while (start <= folders.size()) {
    std::size_t end = folders.find(':', start);
    if (end == std::string::npos) end = folders.size();
    const fs::path candidate = fs::path(folders.substr(start, end - start)) / "xapian-tcpsrv";
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    start = end + 1;
  }
  return std::nullopt;
}

std::uint16_t free_port() {
  Poco::Net::ServerSocket socket(0);
  return socket.address().port();
}

// One `xapian-tcpsrv` serving a folder read-only on a loopback port, stopped with the object.
class TcpServer {
 public:
  TcpServer(const fs::path& program, const fs::path& database) : port_(free_port()) {
    const std::string port = std::to_string(port_);
    std::vector<std::string> args = {
        program.string(), "--interface", "127.0.0.1", "--port", port, "--quiet", database.string()};
    std::vector<char*> argv;
    for (std::string& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    // In a process group of its own: on SIGTERM xapian-tcpsrv signals its whole group (its
    // forked connections), which must not include this test.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    const int spawned = ::posix_spawn(&pid_, argv[0], nullptr, &attributes, argv.data(), environ);
    posix_spawnattr_destroy(&attributes);
    if (spawned != 0) throw std::runtime_error("cannot start xapian-tcpsrv");
    // Ready when it accepts a Xapian connection.
    for (int attempt = 0; attempt < 100; ++attempt) {
      try {
        Xapian::Remote::open("127.0.0.1", port_, 2000, 200);
        return;
      } catch (const Xapian::NetworkError&) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    }
    throw std::runtime_error("xapian-tcpsrv did not start listening on port " + port);
  }
  ~TcpServer() { stop(); }

  void stop() {
    if (pid_ <= 0) return;
    ::kill(-pid_, SIGTERM);  // the server and the connections it forked
    int status = 0;
    ::waitpid(pid_, &status, 0);
    // A forked connection that outlived the server (one was seen asleep with SIGTERM blocked)
    // would keep ctest's output pipe open, and ctest waiting, until the test's timeout.
    ::kill(-pid_, SIGKILL);
    pid_ = 0;
  }
  std::string url() const { return "tcp://127.0.0.1:" + std::to_string(port_); }

 private:
  std::uint16_t port_;
  pid_t pid_ = 0;
};

// The answer without what may differ between two runs (time) or layouts (the shard list).
nlohmann::json comparable(nlohmann::json answer) {
  answer.erase("took_ms");
  return answer;
}

// Options of an import into the shards given (none: into ImportOptions::database).
ImportOptions into(std::vector<fs::path> shards) {
  ImportOptions options;
  options.shards = std::move(shards);
  options.workers = 2;
  return options;
}

class ShardsTest : public ::testing::Test {
 protected:
  static constexpr std::size_t kBulletins = 300;
  static constexpr std::size_t kCopies = 20;  // second shapes: other ids, same duplicate key

  static void SetUpTestSuite() {
    tcpsrv_ = find_tcpsrv();
    if (!tcpsrv_) return;
    dir_ = new TempDir();
    bench::CorpusGenerator generator;
    for (std::size_t i = 0; i < kBulletins; ++i) {
      const std::string text = generator.bulletin(i);
      dir_->write("corpus/b" + std::to_string(i) + ".txt", text);
      if (i < kCopies) dir_->write("corpus/copias/c" + std::to_string(i) + ".txt", text);
    }
    schema_ = new Schema(Schema::load(schema_dir() / "fields.xml"));
    ImportOptions single = into({});
    single.database = dir_->path() / "single";
    ASSERT_TRUE(import_paths({dir_->path() / "corpus"}, *schema_, single).failures.empty());
    sharded_summary_ = new ImportSummary(import_paths(
        {dir_->path() / "corpus"}, *schema_, into({dir_->path() / "a", dir_->path() / "b"})));
  }
  static void TearDownTestSuite() {
    delete sharded_summary_;
    delete schema_;
    delete dir_;
  }
  void SetUp() override {
    if (!tcpsrv_) GTEST_SKIP() << "xapian-tcpsrv is not installed (Debian package xapian-tools)";
  }

  static fs::path path(const std::string& name) { return dir_->path() / name; }

  static inline std::optional<fs::path> tcpsrv_;
  static inline TempDir* dir_ = nullptr;
  static inline Schema* schema_ = nullptr;
  static inline ImportSummary* sharded_summary_ = nullptr;
};

// The fixed query set: text, filters of every facet, dates, figures, every sort, pages.
SearchRequest request(const std::string& query, unsigned page = 1, unsigned per_page = 10) {
  SearchRequest request;
  request.query = query;
  request.page = page;
  request.per_page = per_page;
  return request;
}

std::vector<SearchRequest> query_set(SearchService& service) {
  std::vector<SearchRequest> requests = {
      request(""),
      request("salud"),
      request("vacunas OR hospital", 1, 20),
      request("\"seguro social\""),
      request("atención", 2, 7),
      request("en marzo de 2023"),
      request("vacnuas"),  // misspelt: the suggestion
  };
  requests.push_back(request("", 3));
  requests.back().sort = SortOrder::kDateAsc;
  requests.push_back(request("instituto", 1, 50));
  requests.back().sort = SortOrder::kDateDesc;
  requests.push_back(request("clinica"));
  requests.back().has_figures = true;
  const SearchResponse all = service.search({});
  for (std::size_t g = 0; g < kFacetGroups; ++g) {
    const auto& values = all.facets.groups[g];
    for (std::size_t v = 0; v < std::min<std::size_t>(2, values.size()); ++v) {
      SearchRequest filtered = request(v == 0 ? "" : "salud");
      std::vector<std::string>* target[] = {&filtered.officials, &filtered.organizations,
                                            &filtered.states, &filtered.topics, &filtered.years};
      target[g]->push_back(values[v].value);
      requests.push_back(filtered);
    }
  }
  return requests;
}

std::string describe(const SearchRequest& request) {
  return "q=\"" + request.query + "\" page " + std::to_string(request.page);
}

TEST_F(ShardsTest, ImportRoutesEachBulletinToOneShardByItsId) {
  EXPECT_TRUE(sharded_summary_->failures.empty());
  EXPECT_EQ(kBulletins + kCopies, sharded_summary_->added);
  const Xapian::doccount a = Xapian::Database(path("a").string()).get_doccount();
  const Xapian::doccount b = Xapian::Database(path("b").string()).get_doccount();
  EXPECT_EQ(kBulletins + kCopies, a + b);
  EXPECT_GT(a, 100u);
  EXPECT_GT(b, 100u);
  for (const auto& [shard, index] : {std::pair{0u, "a"}, std::pair{1u, "b"}}) {
    Xapian::Database database(path(index).string());
    for (auto it = database.postlist_begin(""); it != database.postlist_end(""); ++it) {
      const std::string id = DocumentMapper::to_record(database.get_document(*it)).id;
      ASSERT_EQ(shard, shard_of(id, 2)) << id;
    }
  }
}

TEST_F(ShardsTest, ReimportSkipsUnchangedInputsAndRefusesAnotherLayout) {
  const ImportSummary again =
      import_paths({path("corpus")}, *schema_, into({path("a"), path("b")}));
  EXPECT_EQ(kBulletins + kCopies, again.unchanged);
  EXPECT_EQ(0u, again.added + again.replaced + again.removed);

  try {
    import_paths({path("corpus")}, *schema_, into({path("b"), path("a")}));
    FAIL() << "importing the shards in another order must be refused";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("is shard 1/2"), std::string::npos) << e.what();
  }
}

TEST_F(ShardsTest, TwoRemoteShardsAnswerAsOneIndex) {
  TcpServer server_a(*tcpsrv_, path("a"));
  TcpServer server_b(*tcpsrv_, path("b"));
  const Synonyms synonyms = Synonyms::load(schema_dir() / "synonyms.xml");
  const SearchOptions options{.synonyms = &synonyms};
  SearchService single(*schema_, path("single"), options);
  ShardOptions local_shards;
  local_shards.shards = {path("a").string(), path("b").string()};
  ShardOptions remote_shards;
  remote_shards.shards = {server_a.url(), server_b.url()};
  SearchService local(*schema_, local_shards, options);
  SearchService remote(*schema_, remote_shards, options);

  ASSERT_EQ(kBulletins + kCopies, remote.document_count());
  const std::vector<SearchRequest> requests = query_set(single);
  ASSERT_GE(requests.size(), 18u);
  std::size_t with_duplicates = 0;
  for (const SearchRequest& request : requests) {
    const nlohmann::json expected = comparable(to_json(single.search(request)));
    EXPECT_EQ(expected, comparable(to_json(local.search(request)))) << describe(request);
    EXPECT_EQ(expected, comparable(to_json(remote.search(request)))) << describe(request);
    for (const auto& hit : expected["results"]) with_duplicates += !hit["duplicates"].empty();
  }
  EXPECT_GT(with_duplicates, 0u) << "the corpus must have shapes merged across shards";

  for (std::size_t g = 0; g < kFacetGroups; ++g) {
    const auto group = static_cast<FacetGroup>(g);
    EXPECT_EQ(to_json(single.facet_values(group, "")), to_json(remote.facet_values(group, "")))
        << kFacetNames[g];
  }
  const std::string id = single.search(request("salud")).results.at(0).id;
  EXPECT_EQ(to_json(*single.bulletin(id)), to_json(*remote.bulletin(id)));
  // Similar bulletins: the same, in the same order; a score may differ in its last bit, the
  // sum of the same weights taken in another order.
  const std::vector<SimilarBulletin> expected_similar = *single.similar(id);
  const std::vector<SimilarBulletin> got_similar = *remote.similar(id);
  ASSERT_EQ(expected_similar.size(), got_similar.size());
  for (std::size_t i = 0; i < expected_similar.size(); ++i) {
    EXPECT_EQ(expected_similar[i].id, got_similar[i].id) << i;
    EXPECT_NEAR(expected_similar[i].score, got_similar[i].score, 1e-9 * expected_similar[i].score);
  }
  FigureRequest figures;
  figures.query = "salud";
  EXPECT_EQ(to_json(single.figures(figures)), to_json(remote.figures(figures)));

  // The same over HTTP.
  HttpServer single_http(ServerOptions{.port = 0, .threads = 2}, single);
  HttpServer remote_http(ServerOptions{.port = 0, .threads = 2}, remote);
  single_http.start();
  remote_http.start();
  for (const std::string& query : std::vector<std::string>{
           "/api/v1/search?q=salud", "/api/v1/search?q=&sort=date_asc&page=2",
           "/api/v1/search?q=instituto&per_page=30", "/api/v1/officials", "/api/v1/topics",
           "/api/v1/figures?q=salud", "/api/v1/bulletins/" + id}) {
    const HttpAnswer expected = http_request(single_http.port(), "GET", query);
    const HttpAnswer got = http_request(remote_http.port(), "GET", query);
    EXPECT_EQ(200, got.status) << query;
    EXPECT_EQ(comparable(expected.body), comparable(got.body)) << query;
  }
  single_http.stop();
  remote_http.stop();
}

TEST_F(ShardsTest, AShardDownGivesAPartialAnswerNamingItOrFailsClearly) {
  TcpServer server_a(*tcpsrv_, path("a"));
  TcpServer server_b(*tcpsrv_, path("b"));
  ShardOptions shards;
  shards.shards = {server_a.url(), server_b.url()};
  shards.timeout = std::chrono::milliseconds(3000);
  SearchService partial(*schema_, shards);
  ShardOptions failing = shards;
  failing.on_failure = ShardFailurePolicy::kFail;
  SearchService strict(*schema_, failing);
  HttpServer strict_http(ServerOptions{.port = 0, .threads = 2}, strict);
  strict_http.start();
  EXPECT_TRUE(partial.search(request("salud")).missing_shards.empty());

  server_b.stop();

  // What shard a alone answers is what the partial answer must be.
  SearchService only_a(*schema_, path("a"));
  for (const SearchRequest& asked : {request("salud"), request("")}) {
    nlohmann::json got = comparable(to_json(partial.search(asked)));
    EXPECT_EQ(true, got["partial"]);
    EXPECT_EQ(nlohmann::json::array({server_b.url()}), got["missing_shards"]);
    got["partial"] = false;
    got["missing_shards"] = nlohmann::json::array();
    EXPECT_EQ(comparable(to_json(only_a.search(asked))), got) << describe(asked);
  }

  // The journalists' page says so too.
  HttpServer partial_http(ServerOptions{.port = 0, .threads = 2}, partial);
  partial_http.start();
  const HttpAnswer page = http_request(partial_http.port(), "GET", "/?q=salud");
  EXPECT_EQ(200, page.status);
  EXPECT_NE(page.text.find("Resultados parciales"), std::string::npos);
  EXPECT_NE(page.text.find(server_b.url()), std::string::npos);
  partial_http.stop();

  try {
    strict.search(request("salud"));
    FAIL() << "the fail-clearly mode must refuse a search with a shard down";
  } catch (const Error& e) {
    EXPECT_EQ(ErrorKind::kUnavailable, e.kind());
    EXPECT_NE(std::string(e.what()).find(server_b.url()), std::string::npos) << e.what();
  }
  const HttpAnswer answer = http_request(strict_http.port(), "GET", "/api/v1/search?q=salud");
  EXPECT_EQ(503, answer.status);
  EXPECT_NE(answer.body.value("error", "").find(server_b.url()), std::string::npos) << answer.text;
  strict_http.stop();

  try {
    SearchService refused(*schema_, failing);
    FAIL() << "opening with a shard down must fail in the fail-clearly mode";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(server_b.url()), std::string::npos) << e.what();
  }
  const std::vector<ShardStatus> statuses = probe_shards(shards);
  ASSERT_EQ(2u, statuses.size());
  EXPECT_TRUE(statuses[0].healthy);
  EXPECT_FALSE(statuses[1].healthy);
  EXPECT_EQ(Xapian::Database(path("a").string()).get_doccount(), statuses[0].documents);
}

}  // namespace
}  // namespace hemeroteca::testing
