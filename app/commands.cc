#include "commands.h"

#include <execinfo.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "hemeroteca/indexer/bulletin_editor.h"
#include "hemeroteca/indexer/extractor.h"
#include "hemeroteca/indexer/reader.h"
#include "hemeroteca/schema/error.h"
#include "hemeroteca/schema/schema.h"
#include "hemeroteca/schema/synonyms.h"
#include "hemeroteca/server/http_server.h"
#include "hemeroteca/server/search_service.h"
#include "import_commands.h"
#include "ingest_store.h"
#include "maintenance_commands.h"
#include "serve_config.h"
#include "shard_commands.h"

namespace hemeroteca {
namespace {

namespace fs = std::filesystem;

constexpr int kExitFailures = 1;
constexpr int kExitUsage = 2;
constexpr int kExitEnvironment = 3;

struct GlobalOptions {
  fs::path schema_dir;  // folder holding fields.xml, gazetteers and taxonomy
  std::string log_level = "info";
};

fs::path default_schema_dir() {
  if (const char* from_environment = std::getenv("HEMEROTECA_SCHEMA")) return from_environment;
  return HEMEROTECA_DEFAULT_SCHEMA_DIR;
}

fs::path default_database() {
  if (const char* from_environment = std::getenv("HEMEROTECA_DB")) return from_environment;
  return "data/index";
}

Schema load_schema(const GlobalOptions& options) {
  return Schema::load(options.schema_dir / "fields.xml");
}

int exit_code_for(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kInvalidArgument:
    case ErrorKind::kNotFound:
      return kExitUsage;
    default:
      return kExitEnvironment;
  }
}

int run_extract(const GlobalOptions& global, const fs::path& file) {
  const ExtractorKnowledge knowledge = ExtractorKnowledge::load(global.schema_dir);
  Extractor extractor(knowledge);
  nlohmann::json records = nlohmann::json::array();
  for (const ParsedDocument& document : read_file(file)) {
    records.push_back(to_json(extractor.extract(document)));
  }
  // One bulletin prints as one object; an archive file prints the array of its bulletins.
  const nlohmann::json& output = records.size() == 1 ? records[0] : records;
  std::cout << output.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  return 0;
}

int run_search(const GlobalOptions& global, const ShardOptions& shards,
               const SearchRequest& request, bool as_json) {
  const Schema schema = load_schema(global);
  const Synonyms synonyms = Synonyms::load(global.schema_dir / "synonyms.xml");
  SearchService service(schema, shards, SearchOptions{.synonyms = &synonyms});
  const SearchResponse response = service.search(request);
  if (as_json) {
    std::cout << to_json(response).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
    return 0;
  }
  std::cout << response.total << " result(s), page " << response.page;
  if (response.applied.date_phrase) {
    std::cout << ", dates " << response.applied.date_from.value_or("…") << " to "
              << response.applied.date_to.value_or("…") << " (\"" << *response.applied.date_phrase
              << "\")";
  }
  std::cout << "\n";
  if (!response.suggestion.empty()) std::cout << "did you mean: " << response.suggestion << "\n";
  for (const SearchHit& hit : response.results) {
    std::cout << hit.id << "  " << hit.date.value_or("sin fecha") << "  "
              << (hit.title.empty() ? "(sin título)" : hit.title) << "  [" << hit.score << "]\n";
  }
  return 0;
}

// A crashing server writes which signal ended it and its call stack to stderr (the log),
// for whoever reports it, then dies of the same signal (core dump, exit status). Only
// async-signal-safe calls: write(), backtrace_symbols_fd(), raise().
void on_fatal_signal(int signal) {
  constexpr std::string_view kMessage =
      "hemeroteca: fatal signal (SIGSEGV 11, SIGBUS 7, SIGFPE 8, SIGILL 4, SIGABRT 6): ";
  (void)!write(STDERR_FILENO, kMessage.data(), kMessage.size());
  const char digits[3] = {static_cast<char>('0' + signal / 10 % 10),
                          static_cast<char>('0' + signal % 10), '\n'};
  (void)!write(STDERR_FILENO, digits, sizeof digits);
  void* frames[64];
  backtrace_symbols_fd(frames, backtrace(frames, 64), STDERR_FILENO);
  raise(signal);  // the default action again (SA_RESETHAND)
}

void report_fatal_signals() {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  return;  // the sanitizers report a crash themselves, and better
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
  return;
#endif
#endif
  void* frame = nullptr;
  backtrace(&frame, 1);  // loads what backtrace() needs now, not inside the handler
  struct sigaction action {};
  action.sa_handler = on_fatal_signal;
  action.sa_flags = SA_RESETHAND;
  sigemptyset(&action.sa_mask);
  for (int signal : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) sigaction(signal, &action, nullptr);
}

int run_serve(const GlobalOptions& global, ServeConfig config, const ShardFlags& shard_flags) {
  report_fatal_signals();
  // Block the termination signals before any thread starts, so that only sigwait() sees them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  const Schema schema = load_schema(global);
  const Synonyms synonyms = Synonyms::load(global.schema_dir / "synonyms.xml");
  const fs::path& database = config.index;
  ServerOptions& options = config.server;
  const ShardOptions shards = shard_options(shard_flags, database);
  SearchService service(schema, shards, SearchOptions{.synonyms = &synonyms});
  // A token in the environment is for quick trials; a token file can be rotated.
  if (const char* token = std::getenv("HEMEROTECA_TOKEN")) options.writes.token = token;
  std::unique_ptr<BulletinEditor> editor;
  std::unique_ptr<IndexBulletinStore> store;
  if (options.writes.enabled() && shards.shards.size() > 1) {
    throw Error(ErrorKind::kInvalidArgument,
                "uploads write one index, not shards: serve a sharded index without a token "
                "and import into it with `hemeroteca import --shards` (docs/sharding.md)");
  }
  if (options.writes.enabled()) {
    editor = std::make_unique<BulletinEditor>(schema, EditorOptions{.database = database});
    store = std::make_unique<IndexBulletinStore>(*editor);
  }
  HttpServer server(options, service, store.get());
  server.start();
  if (!is_loopback(options.bind)) {
    spdlog::warn("listening on {}, which other machines can reach; put a TLS proxy in front",
                 options.bind);
  }
  spdlog::info("serving {} bulletin(s) from {} on http://{}:{}/ ({})", service.document_count(),
               shards.shards.size() == 1 ? shards.shards.front()
                                         : std::to_string(shards.shards.size()) + " shards",
               options.bind, server.port(),
               store ? "uploads accepted with the token" : "read-only");
  int received = 0;
  sigwait(&signals, &received);
  spdlog::info("signal {} received: finishing requests in flight and stopping", received);
  server.stop();
  return 0;
}

}  // namespace

int run_cli(int argc, char** argv) {
  CLI::App app{"Hemeroteca: search and index archives of press bulletins", "hemeroteca"};
  app.set_version_flag("--version", std::string(HEMEROTECA_VERSION));
  app.require_subcommand(1);
  app.fallthrough();  // global options may follow the subcommand too
  GlobalOptions global;
  global.schema_dir = default_schema_dir();
  app.add_option("--schema", global.schema_dir, "Folder with fields.xml, gazetteers and topics")
      ->capture_default_str();
  app.add_option("--log-level", global.log_level, "trace, debug, info, warn, error or off")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "off"}))
      ->capture_default_str();

  ImportCommand import_command;
  import_command.options.database = default_database();
  ImportOptions& import_options = import_command.options;
  CLI::App* import = app.add_subcommand(
      "import", "Import bulletin files, folders and zip/tar archives into an index");
  import->add_option("paths", import_command.inputs, "Files, folders (read recursively), archives")
      ->required();
  import->add_option("--db", import_options.database, "Index folder")->capture_default_str();
  import->add_option("--batch", import_options.batch_size, "Bulletins per transaction")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  import->add_option("--workers", import_options.workers, "Extraction threads (0: one per core)")
      ->check(CLI::Range(0, 256))
      ->capture_default_str();
  import->add_option("--manifest", import_options.manifest,
                     "CSV or XML file of known dates, numbers, URLs (docs/manifest-format.md)");
  import->add_flag("--prune", import_options.prune,
                   "Remove bulletins whose file is gone from the folders and archives given");
  import->add_flag("--force", import_options.force, "Extract unchanged files again");
  import->add_option("--report", import_command.report, "Write the summary as JSON to this file");
  ImportShardFlags import_shards;
  add_import_shard_flags(*import, import_shards);

  ReindexOptions reindex_options;
  reindex_options.database = default_database();
  CLI::App* reindex_command = app.add_subcommand(
      "reindex", "Rebuild the index from its stored records (after a schema or taxonomy change)");
  reindex_command->add_option("--db", reindex_options.database, "Index folder")
      ->capture_default_str();
  reindex_command->add_option("--workers", reindex_options.workers, "Threads (0: one per core)")
      ->check(CLI::Range(0, 256))
      ->capture_default_str();

  fs::path extract_file;
  CLI::App* extract =
      app.add_subcommand("extract", "Print the record extracted from a file as JSON");
  extract->add_option("file", extract_file, "A bulletin file")->required();

  SearchRequest search_request;
  fs::path search_database = default_database();
  bool search_json = false;
  CLI::App* search = app.add_subcommand("search", "Search the index");
  search->add_option("query", search_request.query, "Query; empty lists everything, newest first");
  search->add_option("--db", search_database, "Index folder")->capture_default_str();
  ShardFlags search_shards;
  add_shard_flags(*search, search_shards);
  search->add_option("--page", search_request.page, "Result page")->check(CLI::Range(1u, kMaxPage));
  search->add_option("--per-page", search_request.per_page, "Results per page")
      ->check(CLI::Range(1u, kMaxPerPage));
  search->add_flag("--json", search_json, "Print the same JSON as GET /api/v1/search");
  // One value per flag: "--official zoe-robledo covid" searches covid by that official (a
  // repeatable option would otherwise take every word after it as another value).
  search->add_option("--official", search_request.officials, "Filter by official id (repeatable)")
      ->allow_extra_args(false);
  search
      ->add_option("--organization", search_request.organizations,
                   "Filter by organization (repeatable)")
      ->allow_extra_args(false);
  search->add_option("--state", search_request.states, "Filter by state (repeatable)")
      ->allow_extra_args(false);
  search->add_option("--topic", search_request.topics, "Filter by topic id (repeatable)")
      ->allow_extra_args(false);
  search->add_option("--year", search_request.years, "Filter by year or sin-fecha (repeatable)")
      ->allow_extra_args(false);
  search->add_option("--from", search_request.date_from, "First date, YYYY-MM-DD");
  search->add_option("--to", search_request.date_to, "Last date, YYYY-MM-DD");
  search
      ->add_option_function<std::string>(
          "--sort",
          [&](const std::string& value) {
            for (SortOrder order :
                 {SortOrder::kRelevance, SortOrder::kDateDesc, SortOrder::kDateAsc}) {
              if (value == to_string(order)) search_request.sort = order;
            }
          },
          "relevance, date_desc or date_asc")
      ->check(CLI::IsMember({"relevance", "date_desc", "date_asc"}));

  CLI::App* serve = app.add_subcommand(
      "serve", "Serve the search API over HTTP (settings: docs/configuration.md)");
  std::optional<fs::path> config_file;
  if (const char* from_environment = std::getenv("HEMEROTECA_CONFIG")) {
    config_file = from_environment;
  }
  serve->add_option("--config", config_file,
                    "Configuration file (or $HEMEROTECA_CONFIG); flags and environment win");
  ConfigLayers serve_layers;
  for (const ServeSetting& setting : serve_settings()) {
    serve->add_option_function<std::string>(
        std::string(setting.flag),
        [&serve_layers, key = std::string(setting.key)](const std::string& value) {
          serve_layers.flags[key] = value;
        },
        std::string(setting.help) + " [" + std::string(setting.key) + ", $" +
            std::string(setting.environment) + "]");
  }

  // Shards are given on the command line (docs/sharding.md); index.path may also be a folder of
  // shard-N folders made by `import --shards`.
  ShardFlags serve_shards;
  add_shard_flags(*serve, serve_shards);

  MaintenanceCommands maintenance(app, default_database());

  fs::path shards_database = default_database();
  ShardFlags shards_flags;
  bool shards_json = false;
  CLI::App* shards = app.add_subcommand("shards", "Show each shard's document count and health");
  shards->add_option("--db", shards_database, "Index folder")->capture_default_str();
  add_shard_flags(*shards, shards_flags);
  shards->add_flag("--json", shards_json, "Print JSON");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : kExitUsage;
  }

  spdlog::set_default_logger(spdlog::stderr_color_mt("hemeroteca"));
  spdlog::set_level(spdlog::level::from_str(global.log_level));

  try {
    if (*import) {
      apply_import_shards(import_shards, import_command.options);
      return run_import(load_schema(global), import_command) ? 0 : kExitFailures;
    }
    if (*reindex_command) {
      run_reindex(load_schema(global), reindex_options);
      return 0;
    }
    if (*extract) return run_extract(global, extract_file);
    if (*search) {
      return run_search(global, shard_options(search_shards, search_database), search_request,
                        search_json);
    }
    if (*shards) return run_shards(shard_options(shards_flags, shards_database), shards_json);
    if (maintenance.chosen()) return maintenance.run(global.schema_dir);
    if (*serve) {
      if (config_file) serve_layers.file = ConfigFile::read(*config_file);
      return run_serve(global, resolve_serve_config(serve_layers), serve_shards);
    }
  } catch (const Error& e) {
    std::cerr << "hemeroteca: " << e.what() << "\n";
    return exit_code_for(e.kind());
  } catch (const Xapian::Error& e) {
    std::cerr << "hemeroteca: index error: " << e.get_description() << "\n";
    return kExitEnvironment;
  }
  return kExitUsage;
}

}  // namespace hemeroteca
