// The real `hemeroteca serve` process: SIGTERM lets the request in flight finish, refuses new
// connections and exits 0; its configuration comes from a file, the environment and flags;
// a bad value stops it with the file and line; a non-loopback bind is logged.
#include <Poco/Net/NetException.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <regex>

#include "import_support.h"
#include "server_guard_support.h"

extern char** environ;

namespace hemeroteca::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kToken = "token-de-prueba-0123456789";

std::string read_text(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// A `hemeroteca serve` child with its log in a file.
class ServeProcess {
 public:
  ServeProcess(const TempDir& temp, std::vector<std::string> arguments,
               std::vector<std::string> environment = {})
      : log_(temp.path() / "serve.log") {
    arguments.insert(arguments.begin(),
                     {HEMEROTECA_TEST_BINARY, "serve", "--schema", schema_dir().string()});
    std::vector<char*> argv;
    for (std::string& argument : arguments) argv.push_back(argument.data());
    argv.push_back(nullptr);
    for (char** variable = environ; *variable; ++variable) environment.emplace_back(*variable);
    std::vector<char*> envp;
    for (std::string& variable : environment) envp.push_back(variable.data());
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, log_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), envp.data()) != 0) pid_ = -1;
    posix_spawn_file_actions_destroy(&actions);
  }
  ~ServeProcess() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      exit_code();
    }
  }

  // The port from the start-up line ("… on http://127.0.0.1:PORT/"); 0 when the process ends
  // or says nothing within 20 s.
  std::uint16_t port() {
    std::smatch match;
    const std::regex serving("on http://[^ ]+:([0-9]+)/");
    std::string text;
    eventually(
        [&] {
          text = read_text(log_);
          return std::regex_search(text, match, serving) || ended();
        },
        20);
    return std::regex_search(text, match, serving)
               ? static_cast<std::uint16_t>(std::stoi(match[1].str()))
               : 0;
  }

  void signal(int number) const { kill(pid_, number); }

  // Whether the process has ended, leaving it to exit_code() to reap.
  bool ended() const {
    siginfo_t info{};
    return waitid(P_PID, static_cast<id_t>(pid_), &info, WEXITED | WNOHANG | WNOWAIT) != 0 ||
           info.si_pid != 0;
  }

  int exit_code() {
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }

  std::string log() const { return read_text(log_); }

 private:
  fs::path log_;
  pid_t pid_ = -1;
};

fs::path make_index(const TempDir& temp) {
  temp.write("uno.txt", bulletin_text(1));
  ImportOptions options;
  options.database = temp.path() / "index";
  import_paths({temp.path() / "uno.txt"}, Schema::load(schema_dir() / "fields.xml"), options);
  return options.database;
}

bool refuses_connections(std::uint16_t port) {
  try {
    Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", port));
    return false;
  } catch (const Poco::Net::ConnectionRefusedException&) {
    return true;
  }
}

TEST(ServeProcessTest, SigtermFinishesTheRequestInFlightRefusesNewOnesAndExitsZero) {
  TempDir temp;
  const fs::path index = make_index(temp);
  const fs::path tokens = temp.write("tokens", std::string(kToken) + "\n");
  fs::permissions(tokens, fs::perms::owner_read | fs::perms::owner_write);
  // The file asks for port 1 (not ours to bind) and 9 threads; the flag's port 0 wins over the
  // file, and the environment's index over the file's.
  const fs::path config =
      temp.write("hemeroteca.conf",
                 "[index]\npath = /no/such/index\n[server]\nport = 1\nthreads = 9\n"
                 "[writes]\ntoken_file = " +
                     tokens.string() + "\n");
  ServeProcess serve(temp, {"--config", config.string(), "--port", "0"},
                     {"HEMEROTECA_DB=" + index.string()});
  const std::uint16_t port = serve.port();
  ASSERT_NE(0, port) << serve.log();

  // An upload whose body comes slowly: half now, half after the signal.
  const std::string body = bulletin_text(7, "zarzaparrilla");
  RawClient upload(port);
  upload.send(post_headers("/api/v1/bulletins?filename=lento.txt", body.size(),
                           "Authorization: Bearer " + std::string(kToken) + "\r\n"));
  upload.send(body.substr(0, body.size() / 2));
  ASSERT_TRUE(eventually([&] {  // the server is reading it
    return exchange(port, "GET", "/metrics").body.find("\nhemeroteca_http_requests_running 1\n") !=
           std::string::npos;
  }));
  serve.signal(SIGTERM);

  EXPECT_TRUE(eventually([&] { return refuses_connections(port); })) << serve.log();
  upload.send(body.substr(body.size() / 2));
  const std::string answer = upload.receive_all();
  EXPECT_EQ(201, RawClient::status_of(answer)) << answer;
  EXPECT_EQ(0, serve.exit_code()) << serve.log();
  EXPECT_EQ(2u, document_count(index));
  EXPECT_NE(std::string::npos, serve.log().find("finishing requests in flight"));
  EXPECT_EQ(std::string::npos, serve.log().find(kToken)) << "a token was logged";
}

// A crash leaves its signal and call stack in the log, and the process still dies of it.
TEST(ServeProcessTest, ACrashWritesItsSignalAndCallStackToTheLog) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "under AddressSanitizer the sanitizer reports crashes";
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  GTEST_SKIP() << "under AddressSanitizer the sanitizer reports crashes";
#endif
#endif
  TempDir temp;
  ServeProcess server(temp, {"--db", make_index(temp).string(), "--port", "0"});
  ASSERT_NE(0, server.port()) << server.log();
  server.signal(SIGSEGV);
  EXPECT_EQ(128 + SIGSEGV, server.exit_code());
  const std::string log = server.log();
  EXPECT_NE(std::string::npos, log.find("hemeroteca: fatal signal")) << log;
  EXPECT_NE(std::string::npos, log.find(": 11\n")) << log;
  EXPECT_NE(std::string::npos, log.find("hemeroteca(")) << log;  // a frame of the binary
}

TEST(ServeProcessTest, ABadConfigurationValueStopsItWithTheFileAndLine) {
  TempDir temp;
  const fs::path config =
      temp.write("hemeroteca.conf", "[server]\n# many threads\nthreads = muchos\n");
  ServeProcess serve(temp, {"--config", config.string(), "--db", make_index(temp).string()});
  EXPECT_EQ(2, serve.exit_code());
  EXPECT_NE(std::string::npos,
            serve.log().find(config.string() +
                             ":3: server.threads = \"muchos\": a whole number from 1 to 1024 "
                             "is wanted"))
      << serve.log();
}

// A second server on a port that one already listens on stops, saying why, instead of taking
// a share of its connections.
TEST(ServeProcessTest, APortAlreadyTakenStopsTheSecondServer) {
  TempDir temp;
  const std::string index = make_index(temp).string();
  ServeProcess first(temp, {"--db", index, "--port", "0"});
  const std::uint16_t port = first.port();
  ASSERT_NE(0, port) << first.log();
  TempDir other;
  ServeProcess second(other, {"--db", index, "--port", std::to_string(port)});
  if (second.port() != 0) second.signal(SIGTERM);  // it started: stop it, and fail below
  EXPECT_EQ(3, second.exit_code()) << second.log();
  EXPECT_NE(std::string::npos, second.log().find("cannot listen on")) << second.log();
  first.signal(SIGTERM);
  EXPECT_EQ(0, first.exit_code());
}

TEST(ServeProcessTest, ListeningBeyondLoopbackIsLogged) {
  TempDir temp;
  ServeProcess serve(temp, {"--db", make_index(temp).string(), "--port", "0"},
                     {"HEMEROTECA_BIND=0.0.0.0"});
  ASSERT_NE(0, serve.port()) << serve.log();
  serve.signal(SIGTERM);
  EXPECT_EQ(0, serve.exit_code());
  EXPECT_NE(std::string::npos, serve.log().find("listening on 0.0.0.0, which other machines"))
      << serve.log();
}

}  // namespace
}  // namespace hemeroteca::testing
