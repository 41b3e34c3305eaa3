// The server's guards over real HTTP on loopback: the worker pool and queue (503 with
// Retry-After), the per-client rate limit (429), CORS, write tokens (401 vs 403, rotation
// without restart), security headers on every answer, GET /metrics, and the demotion of
// expensive requests beside cheap ones.
#include <gtest/gtest.h>

#include <atomic>
#include <ctime>
#include <thread>

#include "admission.h"
#include "hemeroteca/indexer/bulletin_editor.h"
#include "http_harness.h"
#include "import_support.h"
#include "ingest_store.h"
#include "rate_limiter.h"
#include "request_priority.h"
#include "server_guard_support.h"

namespace hemeroteca::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kOldToken = "token-viejo-0123456789abcdef";
constexpr const char* kNewToken = "token-nuevo-0123456789abcdef";

// The search fixture's records in an index, a server with the options given, and (when a
// token file is given) uploads through the real indexer.
class GuardedServer {
 public:
  explicit GuardedServer(ServerOptions options)
      : schema_(Schema::load(schema_dir() / "fields.xml")),
        synonyms_(Synonyms::load(schema_dir() / "synonyms.xml")) {
    temp_.write("uno.txt", bulletin_text(1));
    temp_.write("dos.txt", bulletin_text(2));
    ImportOptions import;
    import.database = temp_.path() / "index";
    import_paths({temp_.path() / "uno.txt", temp_.path() / "dos.txt"}, schema_, import);
    service_ = std::make_unique<SearchService>(schema_, import.database,
                                               SearchOptions{.synonyms = &synonyms_});
    editor_ = std::make_unique<BulletinEditor>(schema_, EditorOptions{.database = import.database});
    store_ = std::make_unique<IndexBulletinStore>(*editor_);
    options.port = 0;
    server_ = std::make_unique<HttpServer>(options, *service_, store_.get());
    server_->start();
  }

  FullAnswer Do(const std::string& method, const std::string& path,
                const std::map<std::string, std::string>& headers = {}) const {
    return exchange(server_->port(), method, path, headers);
  }
  int Status(const std::string& method, const std::string& path,
             const std::map<std::string, std::string>& headers = {}) const {
    return Do(method, path, headers).status;
  }
  std::uint16_t port() const { return server_->port(); }

  // The value of the gauge hemeroteca_http_<name> in /metrics; "(none)" when it is missing.
  std::string Gauge(const std::string& name) const {
    const std::string text = Do("GET", "/metrics").body;
    const std::string line = "\nhemeroteca_http_" + name + " ";
    const std::size_t at = text.find(line);
    if (at == std::string::npos) return "(none)";
    const std::size_t begin = at + line.size();
    return text.substr(begin, text.find('\n', begin) - begin);
  }

 private:
  TempDir temp_;
  Schema schema_;
  Synonyms synonyms_;
  std::unique_ptr<SearchService> service_;
  std::unique_ptr<BulletinEditor> editor_;
  std::unique_ptr<IndexBulletinStore> store_;
  std::unique_ptr<HttpServer> server_;
};

// Holds the only request thread: the headers of an upload whose body never comes (until
// finish()).
class StalledUpload {
 public:
  explicit StalledUpload(std::uint16_t port) : client_(port) {
    client_.send(post_headers("/api/v1/bulletins?filename=x.txt", 4));
  }
  int finish() {
    client_.send("abcd");
    return RawClient::status_of(client_.receive_all());
  }

 private:
  RawClient client_;
};

TEST(ServerGuardTest, AFullServerAnswers503WithRetryAfterAndRecovers) {
  GuardedServer server(ServerOptions{.threads = 1, .queue = 0, .writes = {.token = kOldToken}});
  StalledUpload stalled(server.port());
  ASSERT_TRUE(eventually([&] { return server.Gauge("requests_running") == "1"; }));
  const FullAnswer busy = server.Do("GET", "/api/v1/search?q=abasto");
  EXPECT_EQ(503, busy.status);
  EXPECT_EQ("1", busy.header("Retry-After"));
  EXPECT_NE(std::string::npos, busy.body.find("the server is busy")) << busy.body;
  EXPECT_EQ("nosniff", busy.header("X-Content-Type-Options"));
  // Health checks and monitoring are answered even so.
  EXPECT_EQ(200, server.Status("GET", "/healthz"));

  EXPECT_EQ(401, stalled.finish());  // it carried no token
  EXPECT_EQ(200, server.Status("GET", "/api/v1/search?q=abasto"));
}

TEST(ServerGuardTest, ARequestInTheQueueWaitsForTheThreadAndTheNextIsRefused) {
  GuardedServer server(ServerOptions{.threads = 1, .queue = 1, .writes = {.token = kOldToken}});
  StalledUpload stalled(server.port());
  ASSERT_TRUE(eventually([&] { return server.Gauge("requests_running") == "1"; }));
  std::atomic<int> queued{0};
  std::thread waiting([&] { queued = server.Status("GET", "/api/v1/search?q=abasto"); });
  const bool waits = eventually([&] { return server.Gauge("requests_waiting") == "1"; });
  const int refused = waits ? server.Status("GET", "/api/v1/search?q=abasto") : 0;
  EXPECT_EQ(401, stalled.finish());
  waiting.join();
  ASSERT_TRUE(waits);
  EXPECT_EQ(503, refused);
  EXPECT_EQ(200, queued);
}

TEST(ServerGuardTest, EachClientHasItsOwnBucketAnd429SaysWhenToRetry) {
  GuardedServer server(ServerOptions{.rate_limit = {.per_second = 0.01, .burst = 3}});
  for (int i = 0; i < 3; ++i) EXPECT_EQ(200, server.Status("GET", "/api/v1/search?q=abasto"));
  const FullAnswer limited = server.Do("GET", "/api/v1/search?q=abasto");
  EXPECT_EQ(429, limited.status);
  EXPECT_EQ("100", limited.header("Retry-After"));  // one token at 0.01 per second
  EXPECT_NE(std::string::npos, limited.body.find("too many requests")) << limited.body;
  EXPECT_EQ(429, server.Status("GET", "/"));  // the web pages are the public API too
  EXPECT_EQ(200, server.Status("GET", "/healthz"));
  EXPECT_EQ(200, server.Status("GET", "/static/app.css"));
  EXPECT_NE(std::string::npos,
            server.Do("GET", "/metrics")
                .body.find("hemeroteca_http_requests_total{method=\"GET\",route=\"/api/v1/"
                           "search\",status=\"429\"} 1"));
}

TEST(ServerGuardTest, RateLimiterRefillsAtItsRateUpToTheBurst) {
  auto now = RateLimiter::Clock::time_point{};
  RateLimiter limiter({.per_second = 2, .burst = 2}, [&] { return now; });
  std::string answers;
  const auto take = [&](const std::string& client) {
    answers += std::to_string(limiter.admit(client)) + " ";
  };
  take("a"), take("a"), take("a"), take("b");
  now += std::chrono::milliseconds(500);  // one token back for "a"
  take("a"), take("a");
  now += std::chrono::seconds(60);  // full again, never more than the burst
  take("a"), take("a"), take("a");
  EXPECT_EQ("0 0 1 0 0 1 0 0 1 ", answers);
  EXPECT_EQ(0u, RateLimiter({.per_second = 0}).admit("a"));  // off
}

TEST(ServerGuardTest, AdmissionRunsWorkersAndQueuesUpToItsLimit) {
  Admission admission(1, 1);
  std::optional<Admission::Turn> running = admission.enter();
  ASSERT_TRUE(running);
  std::thread waiter([&] { auto turn = admission.enter(); });
  ASSERT_TRUE(eventually([&] { return admission.waiting() == 1; }));
  EXPECT_FALSE(admission.enter());  // one running, one waiting: full
  running.reset();
  waiter.join();
  EXPECT_EQ(0u, admission.running());
  EXPECT_TRUE(admission.enter());
}

TEST(ServerGuardTest, AnExpensiveRequestBesideACheapOneIsDemotedAndCounted) {
  GuardedServer server(
      ServerOptions{.demote_after = std::chrono::milliseconds(2), .writes = {.token = kOldToken}});
  if (!RequestPriority({.after = std::chrono::milliseconds(2)}).enabled())
    GTEST_SKIP() << "this process may not restore a thread's priority (CAP_SYS_NICE needed)";
  EXPECT_EQ("0", server.Gauge("requests_demoted_total"));
  // The cheap request: an upload waiting for its body, using no CPU.
  StalledUpload stalled(server.port());
  ASSERT_TRUE(eventually([&] { return server.Gauge("requests_running") == "1"; }));
  // The expensive one: a bulletin of a few hundred KB to read and extract.
  std::string text = bulletin_text(3);
  while (text.size() < 400'000)
    text +=
        "\nEl Instituto Mexicano del Seguro Social destinó 1,250 millones de pesos a siete "
        "hospitales de Sonora, Chiapas y Oaxaca, informó el director general, Zoé Robledo.";
  RawClient upload(server.port());
  upload.send(post_headers("/api/v1/bulletins?filename=grande.txt", text.size(),
                           std::string("Authorization: Bearer ") + kOldToken + "\r\n") +
              text);
  EXPECT_EQ(201, RawClient::status_of(upload.receive_all()));
  EXPECT_EQ("1", server.Gauge("requests_demoted_total"));
  EXPECT_EQ(401, stalled.finish());
  // The health checks and /metrics are never watched, nor counted.
  EXPECT_EQ("1", server.Gauge("requests_demoted_total"));
}

TEST(ServerGuardTest, CorsIsOffUnlessOriginsAreConfigured) {
  const std::map<std::string, std::string> from_a = {{"Origin", "https://a.example"}};
  const std::map<std::string, std::string> preflight_a = {{"Origin", "https://a.example"},
                                                          {"Access-Control-Request-Method", "GET"}};
  {
    GuardedServer closed(ServerOptions{});
    EXPECT_EQ("(none)",
              closed.Do("GET", "/api/v1/search", from_a).header("Access-Control-Allow-Origin"));
    EXPECT_EQ(403, closed.Status("OPTIONS", "/api/v1/search", preflight_a));
  }
  GuardedServer open(ServerOptions{.cors_origins = {"https://a.example"}});
  const FullAnswer allowed = open.Do("GET", "/api/v1/search", from_a);
  EXPECT_EQ(200, allowed.status);
  EXPECT_EQ("https://a.example", allowed.header("Access-Control-Allow-Origin"));
  EXPECT_EQ("Origin", allowed.header("Vary"));
  EXPECT_EQ("(none)", open.Do("GET", "/api/v1/search", {{"Origin", "https://b.example"}})
                          .header("Access-Control-Allow-Origin"));
  const FullAnswer preflight = open.Do("OPTIONS", "/api/v1/bulletins", preflight_a);
  EXPECT_EQ(204, preflight.status);
  EXPECT_EQ("https://a.example", preflight.header("Access-Control-Allow-Origin"));
  EXPECT_EQ("GET, POST, PATCH, DELETE", preflight.header("Access-Control-Allow-Methods"));
  EXPECT_EQ("Authorization, Content-Type", preflight.header("Access-Control-Allow-Headers"));
  EXPECT_EQ(403, open.Status(
                     "OPTIONS", "/api/v1/bulletins",
                     {{"Origin", "https://b.example"}, {"Access-Control-Request-Method", "POST"}}));
  // Without the preflight headers OPTIONS is just a method the routes do not take.
  EXPECT_EQ(405, open.Status("OPTIONS", "/api/v1/search"));
}

std::map<std::string, std::string> bearer(const std::string& token) {
  return {{"Authorization", "Bearer " + token}};
}

TEST(ServerGuardTest, MissingCredentialsAre401WrongOnes403AndTokensRotateWithoutRestart) {
  TempDir tokens;
  const fs::path file =
      tokens.write("tokens", std::string("# the deploy key\n") + kOldToken + "\n");
  GuardedServer server(ServerOptions{.writes = {.token_file = file}});
  // A DELETE of an unknown id is 404 once authorized.
  const std::string path = "/api/v1/bulletins/no-existe";
  EXPECT_EQ(401, server.Status("DELETE", path));
  const FullAnswer basic = server.Do("DELETE", path, {{"Authorization", "Basic dXNlcjpwYXNz"}});
  EXPECT_EQ(401, basic.status);
  EXPECT_EQ("Bearer realm=\"hemeroteca\"", basic.header("WWW-Authenticate"));
  EXPECT_EQ(403, server.Status("DELETE", path, bearer(kNewToken)));
  EXPECT_EQ(404, server.Status("DELETE", path, bearer(kOldToken)));

  // Rotation: both tokens for a while, then only the new one.
  std::ofstream(file) << kNewToken << "\n" << kOldToken << "\n";
  EXPECT_EQ(404, server.Status("DELETE", path, bearer(kNewToken)));
  EXPECT_EQ(404, server.Status("DELETE", path, bearer(kOldToken)));
  fs::rename(tokens.write("tokens.new", std::string(kNewToken) + "\n"), file);
  EXPECT_EQ(404, server.Status("DELETE", path, bearer(kNewToken)));
  EXPECT_EQ(403, server.Status("DELETE", path, bearer(kOldToken)));

  // A token too short to be safe is refused, and the tokens read before stay in force.
  fs::rename(tokens.write("tokens.new", "corto\n"), file);
  EXPECT_EQ(404, server.Status("DELETE", path, bearer(kNewToken)));
  EXPECT_EQ(403, server.Status("DELETE", path, bearer("corto")));
}

TEST(ServerGuardTest, EveryAnswerCarriesTheSecurityHeadersErrorPagesToo) {
  GuardedServer server(ServerOptions{});
  for (const auto& [method, path, status] : std::vector<std::tuple<std::string, std::string, int>>{
           {"GET", "/", 200},
           {"GET", "/no-existe", 404},
           {"GET", "/boletin/no-existe", 404},
           {"GET", "/?page=0", 400},
           {"POST", "/", 405},
           {"GET", "/api/v1/nada", 404},
           {"GET", "/api/v1/search?page=0", 400}}) {
    SCOPED_TRACE(method + " " + path);
    const FullAnswer answer = server.Do(method, path);
    EXPECT_EQ(status, answer.status);
    EXPECT_NE(std::string::npos,
              answer.header("Content-Security-Policy").find("frame-ancestors 'none'"));
    EXPECT_EQ("nosniff", answer.header("X-Content-Type-Options"));
    EXPECT_EQ("same-origin", answer.header("Referrer-Policy"));
  }
}

bool has_line(const std::string& text, const std::string& line) {
  return text.find("\n" + line + "\n") != std::string::npos;
}

TEST(ServerGuardTest, MetricsCountRequestsByRouteAndStatusAndDescribeTheIndex) {
  const std::time_t before = std::time(nullptr);
  GuardedServer server(ServerOptions{});
  server.Status("GET", "/api/v1/search?q=abasto");
  server.Status("GET", "/api/v1/search?q=abasto");
  server.Status("GET", "/api/v1/search?page=0");
  server.Status("GET", "/api/v1/bulletins/no-existe");
  server.Status("GET", "/no/such/path");
  server.Status("BREW", "/api/v1/search");
  const FullAnswer answer = server.Do("GET", "/metrics");
  ASSERT_EQ(200, answer.status);
  EXPECT_EQ("text/plain; version=0.0.4; charset=utf-8", answer.header("Content-Type"));
  const std::string& text = answer.body;
  const std::string requests = "hemeroteca_http_requests_total";
  EXPECT_TRUE(
      has_line(text, requests + "{method=\"GET\",route=\"/api/v1/search\",status=\"200\"} 2"))
      << text;
  EXPECT_TRUE(
      has_line(text, requests + "{method=\"GET\",route=\"/api/v1/search\",status=\"400\"} 1"));
  EXPECT_TRUE(
      has_line(text, requests + "{method=\"GET\",route=\"/api/v1/bulletins/*\",status=\"404\"} 1"));
  EXPECT_TRUE(has_line(text, requests + "{method=\"GET\",route=\"unmatched\",status=\"404\"} 1"));
  EXPECT_TRUE(
      has_line(text, requests + "{method=\"other\",route=\"/api/v1/search\",status=\"405\"} 1"));
  const std::string latency = "hemeroteca_http_request_duration_seconds";
  EXPECT_TRUE(has_line(text, latency + "_bucket{route=\"/api/v1/search\",le=\"+Inf\"} 4"));
  EXPECT_TRUE(has_line(text, latency + "_count{route=\"/api/v1/search\"} 4"));
  EXPECT_NE(std::string::npos, text.find("# TYPE " + latency + " histogram\n"));
  EXPECT_TRUE(has_line(text, "hemeroteca_index_documents 2"));
  EXPECT_TRUE(has_line(text, "hemeroteca_http_requests_running 0"));  // /metrics skips the queue
  EXPECT_TRUE(has_line(text, "hemeroteca_http_requests_waiting 0"));

  // The importer stamped its commit; an upload stamps it again.
  const std::string stamp = "hemeroteca_index_last_commit_timestamp_seconds ";
  const std::size_t at = text.find("\n" + stamp);
  ASSERT_NE(std::string::npos, at) << text;
  const long long committed = std::stoll(text.substr(at + 1 + stamp.size()));
  EXPECT_LE(before, committed);
  EXPECT_GE(std::time(nullptr), committed);
}

}  // namespace
}  // namespace hemeroteca::testing
