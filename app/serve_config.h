// The configuration of `hemeroteca serve`: one INI file, environment variables and flags, in
// layers — a flag beats an environment variable, which beats the file, which beats the default.
// docs/configuration.md lists every setting; hemeroteca.conf.example is a file with each at
// its default.
//
// The file:
//
//   # comment (also ';')
//   [server]
//   port = 8080
//
// A setting is "section.name" (server.port); its environment variable and flag are listed in
// serve_settings(). Values are read whole (no inline comments), spaces around them trimmed.
// Every value is validated once, at start-up; a bad one is an Error(kInvalidArgument) that
// names where it came from ("hemeroteca.conf:12: server.port = \"80a\": …", "$HEMEROTECA_PORT
// = …", "--port …") and what is wanted. An unknown section or name in the file is an error too,
// so that a typo is not silently ignored.
//
// Thread-safety: pure functions and immutable values.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hemeroteca/server/http_server.h"

namespace hemeroteca {

struct ServeConfig {
  // The index served. Issue 8 (shards) will turn this into the list of shards.
  std::filesystem::path index = "data/index";
  ServerOptions server = default_serve_options();

  // The server library's defaults, with rate limiting turned on: the public API faces the
  // internet.
  static ServerOptions default_serve_options();
};

struct ServeSetting {
  std::string_view key;          // "server.port": [server] port = … in the file
  std::string_view environment;  // "HEMEROTECA_PORT"
  std::string_view flag;         // "--port"
  std::string_view help;
  // Validates `value` and stores it; throws std::invalid_argument saying what is wanted.
  std::function<void(ServeConfig&, const std::string& value)> apply;
};

// Every setting, in the order docs/configuration.md lists them.
const std::vector<ServeSetting>& serve_settings();

// A parsed configuration file: "section.name" -> value and the line it was on.
class ConfigFile {
 public:
  struct Entry {
    std::string value;
    int line = 0;
  };

  // Throws Error(kNotFound) when `file` cannot be read, Error(kInvalidArgument) naming the
  // file and line of a line that is neither a section, a setting nor a comment, or of a
  // setting given twice.
  static ConfigFile read(const std::filesystem::path& file);
  static ConfigFile parse(std::string_view text, std::string name);

  const std::string& name() const { return name_; }
  const std::map<std::string, Entry>& entries() const { return entries_; }

 private:
  std::string name_;
  std::map<std::string, Entry> entries_;
};

struct ConfigLayers {
  std::optional<ConfigFile> file;
  // Looks an environment variable up; nullptr when unset. Tests pass their own.
  std::function<const char*(const char*)> environment = [](const char* name) {
    return std::getenv(name);
  };
  std::map<std::string, std::string> flags;  // by setting key, as given on the command line
};

// The defaults overlaid with the file, the environment and the flags. Throws
// Error(kInvalidArgument) for an unknown setting in the file or a bad value, naming its source.
ServeConfig resolve_serve_config(const ConfigLayers& layers);

// True for addresses only this machine reaches: 127.0.0.0/8, ::1, "localhost".
bool is_loopback(std::string_view address);

}  // namespace hemeroteca
