// Real processes for the operations and fault tests: the `hemeroteca` binary started with its
// output captured in a file, optionally with a file-size limit (a disk that fills up) or as
// another user (a folder it may not write), waited for or killed.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

extern char** environ;

namespace hemeroteca::testing {

struct ChildOptions {
  std::filesystem::path output;             // stdout and stderr go here; /dev/null when empty
  std::optional<rlim_t> file_size_limit{};  // RLIMIT_FSIZE in bytes; SIGXFSZ is ignored, so a
                                            // write past it fails with EFBIG like a full disk
  std::optional<uid_t> user{};              // run as this user (needs root)
};

// A child process, killed with SIGKILL and reaped if still running when destroyed.
class Child {
 public:
  Child(std::vector<std::string> arguments, const ChildOptions& options = {}) {
    std::vector<char*> argv;
    for (std::string& argument : arguments) argv.push_back(argument.data());
    argv.push_back(nullptr);
    const std::string output = options.output.empty() ? "/dev/null" : options.output.string();
    // Only async-signal-safe calls between fork() and exec(): the test process has threads.
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
      const int fd = open(output.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (fd >= 0) {
        dup2(fd, 1);
        dup2(fd, 2);
        close(fd);
      }
      if (options.file_size_limit) {
        struct sigaction ignore {};
        ignore.sa_handler = SIG_IGN;
        sigaction(SIGXFSZ, &ignore, nullptr);
        const rlimit limit{*options.file_size_limit, *options.file_size_limit};
        setrlimit(RLIMIT_FSIZE, &limit);
      }
      if (options.user && (setgid(*options.user) != 0 || setuid(*options.user) != 0)) _exit(126);
      execve(argv[0], argv.data(), environ);
      _exit(127);
    }
  }
  ~Child() {
    if (running()) kill(SIGKILL);
    if (!waited_) wait();
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  pid_t pid() const { return pid_; }
  bool running() {
    if (waited_) return false;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      record(status);
      return false;
    }
    return true;
  }
  void kill(int signal) { ::kill(pid_, signal); }
  // The exit code, or 128 + the signal that ended it.
  int wait() {
    if (!waited_) {
      int status = 0;
      waitpid(pid_, &status, 0);
      record(status);
    }
    return exit_code_;
  }

 private:
  void record(int status) {
    waited_ = true;
    exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }

  pid_t pid_ = -1;
  bool waited_ = false;
  int exit_code_ = -1;
};

inline std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// `hemeroteca` with these arguments and the shipped schema.
inline std::vector<std::string> hemeroteca(std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), HEMEROTECA_TEST_BINARY);
  arguments.push_back("--schema");
  arguments.push_back(schema_dir().string());
  return arguments;
}

struct Finished {
  int exit_code = -1;
  std::string output;  // stdout and stderr
};

// Runs `hemeroteca` with `arguments` to the end; the output goes through a file in `temp`.
inline Finished run_hemeroteca(const TempDir& temp, std::vector<std::string> arguments,
                               ChildOptions options = {}) {
  static int runs = 0;
  if (options.output.empty()) options.output = temp.path() / ("run-" + std::to_string(++runs));
  Child child(hemeroteca(std::move(arguments)), options);
  Finished finished;
  finished.exit_code = child.wait();
  finished.output = read_text(options.output);
  return finished;
}

// Waits up to `limit` for `ready` to hold, polling; false when it never did.
template <typename Predicate>
bool eventually(Predicate ready, std::chrono::milliseconds limit = std::chrono::seconds(20)) {
  const auto give_up = std::chrono::steady_clock::now() + limit;
  while (!ready()) {
    if (std::chrono::steady_clock::now() > give_up) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return true;
}

}  // namespace hemeroteca::testing
