#include "serve_config.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "hemeroteca/schema/error.h"

namespace hemeroteca {
namespace {

std::string_view trim(std::string_view text) {
  const std::size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  const std::size_t end = text.find_last_not_of(" \t\r");
  return text.substr(begin, end - begin + 1);
}

template <typename Number>
Number whole_number(const std::string& value, Number min, Number max) {
  Number number{};
  const auto [end, failure] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (value.empty() || failure != std::errc() || end != value.data() + value.size() ||
      number < min || number > max) {
    throw std::invalid_argument("a whole number from " + std::to_string(min) + " to " +
                                std::to_string(max) + " is wanted");
  }
  return number;
}

double non_negative(const std::string& value) {
  char* end = nullptr;
  const double number = std::strtod(value.c_str(), &end);
  if (value.empty() || end != value.c_str() + value.size() || !(number >= 0) || number > 1e6) {
    throw std::invalid_argument("a number from 0 to 1000000 is wanted (0 turns it off)");
  }
  return number;
}

std::string not_empty(const std::string& value) {
  if (value.empty()) throw std::invalid_argument("a value is wanted");
  return value;
}

// "https://a.example, https://b.example" -> both; each a bare scheme://host[:port] origin.
std::vector<std::string> origins(const std::string& value) {
  std::vector<std::string> list;
  std::string origin;
  std::istringstream in(value);
  while (std::getline(in, origin, ',')) {
    std::istringstream words(origin);
    for (std::string word; words >> word;) {
      const bool web = word.starts_with("http://") || word.starts_with("https://");
      const std::size_t host = word.find("://") + 3;
      if (!web || word.size() == host || word.find('/', host) != std::string::npos) {
        throw std::invalid_argument("\"" + word +
                                    "\" is not an origin; write scheme://host[:port], as "
                                    "https://example.org, without a path or a final /");
      }
      list.push_back(word);
    }
  }
  return list;
}

}  // namespace

ServerOptions ServeConfig::default_serve_options() {
  ServerOptions options;
  options.rate_limit = {.per_second = 20, .burst = 60};
  return options;
}

const std::vector<ServeSetting>& serve_settings() {
  static const std::vector<ServeSetting> settings = {
      {"index.path", "HEMEROTECA_DB", "--db", "Index folder",
       [](ServeConfig& c, const std::string& v) { c.index = not_empty(v); }},
      {"server.bind", "HEMEROTECA_BIND", "--bind",
       "Address to listen on; anything but loopback is reachable from other machines",
       [](ServeConfig& c, const std::string& v) { c.server.bind = not_empty(v); }},
      {"server.port", "HEMEROTECA_PORT", "--port", "TCP port (0 picks a free one)",
       [](ServeConfig& c, const std::string& v) {
         c.server.port = whole_number<std::uint16_t>(v, 0, 65535);
       }},
      {"server.threads", "HEMEROTECA_THREADS", "--threads", "Requests answered at once",
       [](ServeConfig& c, const std::string& v) {
         c.server.threads = whole_number<unsigned>(v, 1, 1024);
       }},
      {"server.queue", "HEMEROTECA_QUEUE", "--queue",
       "Requests waiting for a thread; more are answered 503",
       [](ServeConfig& c, const std::string& v) {
         c.server.queue = whole_number<unsigned>(v, 0, 100000);
       }},
      {"server.demote_after_ms", "HEMEROTECA_DEMOTE_AFTER_MS", "--demote-after-ms",
       "CPU milliseconds after which a request runs at a lower priority, so that cheaper ones "
       "are answered first (0: never)",
       [](ServeConfig& c, const std::string& v) {
         c.server.demote_after = std::chrono::milliseconds(whole_number<unsigned>(v, 0, 60000));
       }},
      {"writes.token_file", "HEMEROTECA_TOKEN_FILE", "--token-file",
       "File of bearer tokens (one a line) that enables uploads; re-read when it changes",
       [](ServeConfig& c, const std::string& v) { c.server.writes.token_file = not_empty(v); }},
      {"writes.max_body_mib", "HEMEROTECA_MAX_BODY_MIB", "--max-body-mib",
       "Largest upload accepted, in MiB",
       [](ServeConfig& c, const std::string& v) {
         c.server.writes.max_body_bytes = std::size_t{whole_number<unsigned>(v, 1, 1024)} << 20;
       }},
      {"rate_limit.per_second", "HEMEROTECA_RATE_LIMIT", "--rate-limit",
       "Requests per second each client address may make on average (0: no limit)",
       [](ServeConfig& c, const std::string& v) {
         c.server.rate_limit.per_second = non_negative(v);
       }},
      {"rate_limit.burst", "HEMEROTECA_RATE_BURST", "--rate-burst",
       "Requests a client address may make at once before the average applies",
       [](ServeConfig& c, const std::string& v) {
         c.server.rate_limit.burst = whole_number<unsigned>(v, 1, 1000000);
       }},
      {"cors.allow_origins", "HEMEROTECA_CORS_ORIGINS", "--cors-origins",
       "Origins whose scripts may call the API, comma- or space-separated (none: CORS off)",
       [](ServeConfig& c, const std::string& v) { c.server.cors_origins = origins(v); }},
  };
  return settings;
}

ConfigFile ConfigFile::read(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) {
    throw Error(ErrorKind::kNotFound, file.string() +
                                          ": cannot read the configuration file; check the path "
                                          "given to --config (or $HEMEROTECA_CONFIG)");
  }
  std::stringstream text;
  text << in.rdbuf();
  return parse(text.str(), file.string());
}

ConfigFile ConfigFile::parse(std::string_view text, std::string name) {
  ConfigFile config;
  config.name_ = std::move(name);
  std::string section;
  int number = 0;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    const std::string_view line = trim(text.substr(0, end));
    text.remove_prefix(std::min(end + 1, text.size()));
    ++number;
    const std::string where = config.name_ + ":" + std::to_string(number) + ": ";
    if (line.empty() || line.front() == '#' || line.front() == ';') continue;
    if (line.front() == '[') {
      if (line.back() != ']' || trim(line.substr(1, line.size() - 2)).empty()) {
        throw Error(ErrorKind::kInvalidArgument, where + "a section is written [name]");
      }
      section = trim(line.substr(1, line.size() - 2));
      continue;
    }
    const std::size_t equals = line.find('=');
    if (equals == std::string_view::npos || trim(line.substr(0, equals)).empty()) {
      throw Error(ErrorKind::kInvalidArgument,
                  where + "\"" + std::string(line) + "\" is not a setting; write name = value");
    }
    if (section.empty()) {
      throw Error(ErrorKind::kInvalidArgument,
                  where + "settings go under a [section]; see docs/configuration.md");
    }
    const std::string key = section + "." + std::string(trim(line.substr(0, equals)));
    const auto [entry, added] =
        config.entries_.try_emplace(key, Entry{std::string(trim(line.substr(equals + 1))), number});
    if (!added) {
      throw Error(ErrorKind::kInvalidArgument,
                  where + key + " was already set on line " + std::to_string(entry->second.line));
    }
  }
  return config;
}

ServeConfig resolve_serve_config(const ConfigLayers& layers) {
  const std::vector<ServeSetting>& settings = serve_settings();
  if (layers.file) {
    for (const auto& [key, entry] : layers.file->entries()) {
      const std::string& name = key;  // clang 14 cannot capture a structured binding
      const bool known = std::any_of(settings.begin(), settings.end(),
                                     [&](const ServeSetting& s) { return s.key == name; });
      if (!known) {
        throw Error(ErrorKind::kInvalidArgument,
                    layers.file->name() + ":" + std::to_string(entry.line) + ": unknown setting " +
                        key + "; docs/configuration.md lists them");
      }
    }
  }
  ServeConfig config;
  for (const ServeSetting& setting : settings) {
    const std::string key(setting.key);
    std::string value;
    std::string source;
    if (const auto flag = layers.flags.find(key); flag != layers.flags.end()) {
      value = flag->second;
      source = std::string(setting.flag) + " " + value;
    } else if (const char* variable =
                   layers.environment(std::string(setting.environment).c_str())) {
      value = variable;
      source = "$" + std::string(setting.environment) + " = \"" + value + "\"";
    } else if (layers.file && layers.file->entries().contains(key)) {
      const ConfigFile::Entry& entry = layers.file->entries().at(key);
      value = entry.value;
      source = layers.file->name() + ":" + std::to_string(entry.line) + ": " + key + " = \"" +
               value + "\"";
    } else {
      continue;
    }
    try {
      setting.apply(config, value);
    } catch (const std::invalid_argument& e) {
      throw Error(ErrorKind::kInvalidArgument, source + ": " + e.what());
    }
  }
  return config;
}

bool is_loopback(std::string_view address) {
  return address == "localhost" || address == "::1" || address.starts_with("127.");
}

}  // namespace hemeroteca
