// Bad input over real HTTP on loopback: oversized request lines and headers, broken
// percent-encoding and UTF-8, unknown methods, path traversal, slow clients (slowloris) and
// bodies that lie about their size. Each gets its 4xx, or the connection is closed; never a
// 500; and the server keeps answering everyone else. Requests are written byte for byte on a
// raw socket, so no client library tidies them first.
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <gtest/gtest.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>
#include <vector>

#include "hemeroteca/indexer/bulletin_editor.h"
#include "http_harness.h"
#include "ingest_store.h"

namespace hemeroteca::testing {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

constexpr const char* kToken = "token-de-prueba-entrada-mala";
constexpr std::size_t kMaxBody = 16 * 1024;
constexpr auto kRequestTimeout = 1000ms;

class BadInputTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::signal(SIGPIPE, SIG_IGN);  // the server may hang up while a test is still writing
    temp_ = new TempDir;
    index_records(fixtures_dir() / "search" / "records.json", index());
    schema_ = new Schema(Schema::load(schema_dir() / "fields.xml"));
    service_ = new SearchService(*schema_, index());
    editor_ = new BulletinEditor(*schema_, EditorOptions{.database = index()});
    store_ = new IndexBulletinStore(*editor_);
    server_ = new HttpServer(ServerOptions{.port = 0,
                                           .threads = 2,
                                           .writes = {.token = kToken, .max_body_bytes = kMaxBody},
                                           .request_timeout = kRequestTimeout},
                             *service_, store_);
    server_->start();
    initial_documents_ = DocumentCount();
  }

  static void TearDownTestSuite() {
    delete server_;
    delete store_;
    delete editor_;
    delete service_;
    delete schema_;
    delete temp_;
  }

  // Every test ends with the server still answering.
  void TearDown() override { EXPECT_EQ("200", Raw("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")); }

  static std::filesystem::path index() { return temp_->path() / "index"; }
  static std::uint16_t port() { return server_->port(); }

  static Poco::Net::StreamSocket Connect() {
    Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", port()));
    socket.setReceiveTimeout(Poco::Timespan(10, 0));
    return socket;
  }

  // Writes `bytes` (unless the server hangs up first), then half-closes when `close_sending`.
  static void Write(Poco::Net::StreamSocket& socket, std::string_view bytes,
                    bool close_sending = false) {
    try {
      while (!bytes.empty()) {
        const int sent =
            socket.sendBytes(bytes.data(), static_cast<int>(bytes.size()), MSG_NOSIGNAL);
        if (sent <= 0) break;
        bytes.remove_prefix(static_cast<std::size_t>(sent));
      }
      if (close_sending) socket.shutdownSend();
    } catch (const Poco::Exception&) {
      // A server that refuses early may close before it has read everything.
    }
  }

  // The status code of the answer ("400"), or "closed" when the server hung up without one.
  static std::string StatusOf(Poco::Net::StreamSocket& socket, std::string* text = nullptr) {
    std::string answer;
    char buffer[4096];
    try {
      for (;;) {
        const int received = socket.receiveBytes(buffer, sizeof buffer);
        if (received <= 0) break;
        answer.append(buffer, static_cast<std::size_t>(received));
        if (text == nullptr && answer.find("\r\n") != std::string::npos) break;
      }
    } catch (const Poco::Exception&) {
      // Reset by the server: counts as closed unless an answer came first.
    }
    if (text) *text = answer;
    if (!answer.starts_with("HTTP/1.")) return "closed";
    return answer.substr(9, 3);
  }

  // Sends a raw request on a new connection: the status, or "closed".
  static std::string Raw(std::string_view request, std::string* text = nullptr) {
    Poco::Net::StreamSocket socket = Connect();
    Write(socket, request);
    return StatusOf(socket, text);
  }

  static std::string RawGet(const std::string& target, std::string* text = nullptr) {
    return Raw("GET " + target + " HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n", text);
  }

  static std::size_t DocumentCount() {
    std::string text;
    RawGet("/healthz", &text);
    const auto body = nlohmann::json::parse(text.substr(text.find("\r\n\r\n") + 4));
    return body["documents"].get<std::size_t>();
  }

  static TempDir* temp_;
  static Schema* schema_;
  static SearchService* service_;
  static BulletinEditor* editor_;
  static IndexBulletinStore* store_;
  static HttpServer* server_;
  static std::size_t initial_documents_;
};

TempDir* BadInputTest::temp_ = nullptr;
Schema* BadInputTest::schema_ = nullptr;
SearchService* BadInputTest::service_ = nullptr;
BulletinEditor* BadInputTest::editor_ = nullptr;
IndexBulletinStore* BadInputTest::store_ = nullptr;
HttpServer* BadInputTest::server_ = nullptr;
std::size_t BadInputTest::initial_documents_ = 0;

TEST_F(BadInputTest, OversizedRequestLinesAre400) {
  EXPECT_EQ("400", RawGet("/api/v1/search?q=" + std::string(20'000, 'a')));  // Poco's 16 KiB cap
  EXPECT_EQ("400", RawGet("/api/v1/search?q=" + std::string(10'000, 'a')));  // our 2000-byte one
  EXPECT_EQ("400", RawGet("/?q=" + std::string(10'000, 'a')));
  EXPECT_EQ("400", RawGet("/api/v1/bulletins/" + std::string(20'000, 'b')));
  EXPECT_EQ("200", RawGet("/api/v1/search?q=" + std::string(1'000, 'a')));
}

TEST_F(BadInputTest, OversizedHeadersAre400) {
  EXPECT_EQ("400", Raw("GET /healthz HTTP/1.1\r\nX-Big: " + std::string(10'000, 'x') + "\r\n\r\n"));
  EXPECT_EQ("400", Raw("GET /healthz HTTP/1.1\r\n" + std::string(300, 'N') + ": v\r\n\r\n"));
  std::string many = "GET /healthz HTTP/1.1\r\n";
  for (int i = 0; i < 200; ++i) many += "X-H" + std::to_string(i) + ": v\r\n";
  EXPECT_EQ("400", Raw(many + "\r\n"));
}

TEST_F(BadInputTest, BrokenPercentEncodingAndUtf8Are400) {
  for (const std::string target :
       {"/api/v1/search?q=%ZZ", "/api/v1/search?q=abasto%", "/api/v1/search?q=%4",
        "/api/v1/search?q=%FF", "/api/v1/search?q=%E2%82",  // truncated sequence
        "/api/v1/search?q=%C0%AF",                          // overlong '/'
        "/api/v1/search?q=%ED%A0%80",                       // a UTF-16 surrogate
        "/api/v1/search?q=%F4%90%80%80",                    // above U+10FFFF
        "/api/v1/search?q=\xff\xfe", "/api/v1/search?%FF=1", "/api/v1/figures?unit=%FF",
        "/api/v1/officials?prefix=%E2%28%A1", "/?q=%FF", "/?q=%ZZ", "/exportar.csv?q=%C3",
        "/feed.atom?q=%FF", "/api/v1/bulletins/%ZZ", "/boletin/%G1"}) {
    EXPECT_EQ("400", RawGet(target)) << target;
  }
  EXPECT_EQ("200", RawGet("/api/v1/search?q=%C3%B1o%C3%B1o"));  // "ñoño" is fine
}

TEST_F(BadInputTest, UnknownMethodsAre405AndGarbageIs400OrClosed) {
  for (const char* method : {"BREW", "PROPFIND", "TRACE", "CONNECT", "OPTIONS", "get"}) {
    EXPECT_EQ("405", Raw(std::string(method) + " /api/v1/search HTTP/1.1\r\nHost: t\r\n\r\n"))
        << method;
  }
  EXPECT_EQ("400", Raw(std::string(40, 'M') + " / HTTP/1.1\r\n\r\n"));
  for (const std::string& garbage :
       {std::string("GET\r\n\r\n"), std::string("GET / HTTP/9.9.9.9\r\n\r\n"),
        std::string("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11),  // a TLS hello
        std::string("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"), std::string("\0\0\0\0\r\n\r\n", 8)}) {
    const std::string status = Raw(garbage);
    EXPECT_TRUE(status == "closed" || status.starts_with("4")) << status;
  }
}

// HEAD is answered wherever GET is, with GET's headers and no body.
TEST_F(BadInputTest, HeadIsGetWithoutTheBody) {
  for (const std::string target : {"/", "/healthz", "/api/v1/search?q=abasto", "/static/app.css"}) {
    std::string get;
    std::string head;
    ASSERT_EQ("200", RawGet(target, &get)) << target;
    ASSERT_EQ("200",
              Raw("HEAD " + target + " HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n", &head))
        << target;
    const std::size_t end = head.find("\r\n\r\n");
    ASSERT_NE(std::string::npos, end) << head;
    EXPECT_EQ(end + 4, head.size()) << target << ": a body came with the HEAD";
    const auto length = [](const std::string& response) {
      const std::size_t at = response.find("Content-Length: ");
      return at == std::string::npos ? std::string("none")
                                     : response.substr(at, response.find("\r\n", at) - at);
    };
    // Answers that hold their own timing ("took_ms") differ in length from call to call.
    EXPECT_NE("none", length(head)) << target;
    if (target == "/static/app.css") {
      EXPECT_EQ(length(get), length(head)) << target;
    }
  }
  std::string refused;
  Raw("DELETE /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n", &refused);
  EXPECT_NE(std::string::npos, refused.find("Allow: GET, HEAD")) << refused;
}

TEST_F(BadInputTest, PathTraversalFindsNothing) {
  for (const std::string target :
       {"/api/v1/bulletins/../../etc/passwd", "/api/v1/bulletins/..%2F..%2Fetc%2Fpasswd",
        "/api/v1/bulletins/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/api/v1/bulletins/..%252F..%252Fetc%252Fpasswd", "/api/v1/bulletins/..",
        "/api/v1/bulletins/..\\..\\etc\\passwd", "/api/v1/bulletins/%00",
        "/api/v1/bulletins/../similar", "/static/../../etc/passwd",
        "/static/..%2F..%2Fetc%2Fpasswd", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/..",
        "/static/%2e%2e", "/static/app.css/../../../etc/passwd", "/boletin/..%2F..%2Fetc%2Fpasswd",
        "/funcionario/../../etc/passwd", "/organizacion/%2e%2e", "//etc/passwd",
        "/../../etc/passwd"}) {
    std::string text;
    const std::string status = RawGet(target, &text);
    EXPECT_TRUE(status == "404" || status == "400") << target << ": " << status;
    EXPECT_EQ(std::string::npos, text.find("root:")) << target;
  }
}

// Slow clients: connections that send a request a byte at a time hold both of the server's
// threads. Each is cut off about kRequestTimeout after it is first read, and a normal request
// made meanwhile is answered within a few timeouts, not after the slow clients give up.
TEST_F(BadInputTest, SlowClientsAreCutOffWithoutStarvingOthers) {
  const std::vector<std::string> slow_requests = {
      "GET /healthz HTTP/1.1\r\nHost: t\r\nX-Slow: " + std::string(200, 's'),
      "GET /api/v1/search?q=abasto HTTP/1.1\r\nX-Slow: " + std::string(200, 's'),
      "POST /api/v1/bulletins?filename=lento.txt HTTP/1.1\r\nAuthorization: Bearer " +
          std::string(kToken) + "\r\nContent-Length: 5000\r\n\r\n" + std::string(500, 'b'),
      "GET /healthz HTTP/1.1\r\nHost: t\r\nX-Slow: " + std::string(200, 's')};
  constexpr auto kGiveUp = 12s;
  std::vector<std::chrono::milliseconds> cut_after(slow_requests.size(), kGiveUp);
  std::vector<std::thread> clients;
  const auto started = Clock::now();
  for (std::size_t i = 0; i < slow_requests.size(); ++i) {
    clients.emplace_back([&, i] {
      Poco::Net::StreamSocket socket = Connect();
      for (const char byte : slow_requests[i]) {
        if (Clock::now() - started > kGiveUp) return;
        if (socket.poll(Poco::Timespan(0), Poco::Net::Socket::SELECT_READ)) break;  // answered
        try {
          if (socket.sendBytes(&byte, 1, MSG_NOSIGNAL) != 1) break;
        } catch (const Poco::Exception&) {
          break;
        }
        std::this_thread::sleep_for(50ms);
      }
      StatusOf(socket);  // an answer (400) or the close
      cut_after[i] = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started);
    });
  }
  std::this_thread::sleep_for(300ms);  // the slow clients now hold both threads

  const auto asked = Clock::now();
  EXPECT_EQ("200", RawGet("/api/v1/search?q=abasto"));
  const auto waited = Clock::now() - asked;
  for (std::thread& client : clients) client.join();

  EXPECT_LT(waited, 5 * kRequestTimeout);
  for (std::size_t i = 0; i < slow_requests.size(); ++i) {
    EXPECT_LT(cut_after[i], 6 * kRequestTimeout) << "slow client " << i;
  }
  EXPECT_EQ(initial_documents_, DocumentCount());  // the slow upload stored nothing
}

TEST_F(BadInputTest, BodiesThatLieAboutTheirSizeAreRefused) {
  const std::string post =
      "POST /api/v1/bulletins?filename=corto.txt HTTP/1.1\r\nAuthorization: Bearer " +
      std::string(kToken) + "\r\nContent-Type: text/plain\r\n";
  // Declares far more than the limit, sends little: refused without waiting for the rest.
  EXPECT_EQ("413", Raw(post + "Content-Length: 99999999999\r\n\r\nEl Instituto informó"));
  // Declares 5000 bytes, sends 100 and stops sending: the cut body is not stored.
  {
    Poco::Net::StreamSocket socket = Connect();
    Write(socket, post + "Content-Length: 5000\r\n\r\n" + std::string(100, 'a'),
          /*close_sending=*/true);
    const std::string status = StatusOf(socket);
    EXPECT_TRUE(status == "400" || status == "closed") << status;
  }
  EXPECT_EQ("400", Raw(post + "Content-Length: -5\r\n\r\n"));
  const std::string not_a_number = Raw(post + "Content-Length: abc\r\n\r\n");
  EXPECT_TRUE(not_a_number == "400" || not_a_number == "closed") << not_a_number;
  EXPECT_EQ("413", Raw(post + "Transfer-Encoding: chunked\r\n\r\n" + std::string("8000\r\n") +
                       std::string(0x8000, 'c') + "\r\n0\r\n\r\n"));
  EXPECT_EQ(initial_documents_, DocumentCount());
}

}  // namespace
}  // namespace hemeroteca::testing
