// Search latency over shards: the same queries through SearchService (top 10, snippets, every
// facet over the whole match set) on one local index, on two local shards and on two shards
// served by `xapian-tcpsrv` on loopback, all holding the same N bulletins.
//
//   bench_shards [--docs N] [--source DIR] [--requests N]
//
// The one-index case is DIR (default bench/out/search-N, the index bench_search builds: run
// it first). The two shards are made once from it in bench/out/shards-N/shard-{0,1}: each
// document goes to shard_of(its id, 2), as `hemeroteca import --shards 2` would put it, with
// the facet labels copied to both. The first search of each case, which builds the facet
// columns (over the network for remote shards), is reported apart.
#include <Poco/Net/ServerSocket.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cstring>
#include <random>
#include <thread>

#include "bench_support.h"
#include "corpus_generator.h"
#include "hemeroteca/indexer/importer.h"
#include "hemeroteca/schema/document_mapper.h"
#include "hemeroteca/server/search_service.h"

extern char** environ;

namespace hemeroteca::bench {
namespace {

namespace fs = std::filesystem;

fs::path schema_dir() { return HEMEROTECA_BENCH_SCHEMA_DIR; }

const std::vector<std::string> kWords = {"abasto",
                                         "medicamentos",
                                         "vacunacion",
                                         "hospitales",
                                         "robledo",
                                         "urgencias",
                                         "diabetes",
                                         "sonora",
                                         "jalisco",
                                         "oncologicos",
                                         "estancias",
                                         "finanzas",
                                         "especialistas",
                                         "insumos",
                                         "derechohabientes",
                                         "covid",
                                         "consultas",
                                         "camas",
                                         "\"salud preventiva\"",
                                         "seguro social"};
const std::vector<std::string> kStates = {"sonora", "jalisco", "oaxaca", "puebla", "yucatan"};

std::vector<SearchRequest> make_requests(std::size_t count, unsigned seed) {
  std::mt19937 random(seed);
  std::vector<SearchRequest> requests;
  for (std::size_t i = 0; i < count; ++i) {
    SearchRequest request;
    request.query = kWords[random() % kWords.size()];
    if (random() % 2) request.states.push_back(kStates[random() % kStates.size()]);
    if (random() % 3 == 0) request.years.push_back(std::to_string(2000 + random() % 25));
    requests.push_back(std::move(request));
  }
  return requests;
}

void split_index(const fs::path& source, const std::vector<fs::path>& shards,
                 const Schema& schema) {
  std::printf("splitting %s into %zu shards\n", source.c_str(), shards.size());
  const auto started = std::chrono::steady_clock::now();
  Xapian::Database from(source.string());
  std::vector<Xapian::WritableDatabase> to;
  for (const fs::path& shard : shards) {
    to.emplace_back(shard.string() + ".partial", Xapian::DB_CREATE_OR_OVERWRITE);
  }
  const Xapian::valueno id_slot = *schema.field(field::kId).slot;
  const std::string& id_prefix = schema.field(field::kId).prefix;
  std::size_t copied = 0;
  for (auto it = from.postlist_begin(""); it != from.postlist_end(""); ++it) {
    Xapian::Document document = from.get_document(*it);
    auto term = document.termlist_begin();
    term.skip_to(id_prefix);
    if (term == document.termlist_end() || !(*term).starts_with(id_prefix)) continue;
    const std::string id = (*term).substr(id_prefix.size());
    document.add_value(id_slot, id);  // indexes built before the id had a slot
    to[shard_of(id, shards.size())].add_document(document);
    if (++copied % 20000 == 0) {
      std::printf("  %zu\n", copied);
      std::fflush(stdout);
    }
  }
  for (auto key = from.metadata_keys_begin("label:"); key != from.metadata_keys_end("label:");
       ++key) {
    for (auto& shard : to) shard.set_metadata(*key, from.get_metadata(*key));
  }
  for (std::size_t k = 0; k < shards.size(); ++k) {
    to[k].commit();
    to[k].close();
    fs::rename(shards[k].string() + ".partial", shards[k]);
  }
  std::printf("split in %.1f s\n", elapsed_ms(started) / 1000);
}

// One xapian-tcpsrv on a free loopback port, in its own process group (on SIGTERM it signals
// its whole group).
class TcpServer {
 public:
  explicit TcpServer(const fs::path& database) {
    {
      Poco::Net::ServerSocket socket(0);
      port_ = socket.address().port();
    }
    std::vector<std::string> args = {"xapian-tcpsrv",  "--interface",         "127.0.0.1",
                                     "--port",         std::to_string(port_), "--quiet",
                                     database.string()};
    std::vector<char*> argv;
    for (std::string& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    const int spawned = ::posix_spawnp(&pid_, argv[0], nullptr, &attributes, argv.data(), environ);
    posix_spawnattr_destroy(&attributes);
    if (spawned != 0) throw std::runtime_error("cannot start xapian-tcpsrv (package xapian-tools)");
    for (int attempt = 0; attempt < 200; ++attempt) {
      try {
        Xapian::Remote::open("127.0.0.1", port_, 10000, 200);
        return;
      } catch (const Xapian::NetworkError&) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    }
    throw std::runtime_error("xapian-tcpsrv did not start");
  }
  ~TcpServer() {
    ::kill(-pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
  }
  std::string url() const { return "tcp://127.0.0.1:" + std::to_string(port_); }

 private:
  std::uint16_t port_ = 0;
  pid_t pid_ = 0;
};

void run_case(const std::string& name, const Schema& schema, const Synonyms& synonyms,
              const ShardOptions& shards, const std::vector<SearchRequest>& requests) {
  auto started = std::chrono::steady_clock::now();
  SearchService service(schema, shards, SearchOptions{.synonyms = &synonyms});
  service.search(requests.front());
  std::printf("%-46s first search (opens, builds the facet columns) %.0f ms\n", name.c_str(),
              elapsed_ms(started));
  std::vector<double> latencies;
  Xapian::doccount checksum = 0;
  for (const SearchRequest& request : requests) {
    started = std::chrono::steady_clock::now();
    checksum += service.search(request).total;
    latencies.push_back(elapsed_ms(started));
  }
  print_row(name, summarize(latencies));
  std::printf("%46s totals summed: %u (the same in every case)\n", "", checksum);
  std::fflush(stdout);
}

}  // namespace
}  // namespace hemeroteca::bench

int main(int argc, char** argv) {
  using namespace hemeroteca;
  using namespace hemeroteca::bench;
  std::size_t docs = 100000;
  std::size_t request_count = 300;
  fs::path source;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--docs"))
      docs = std::stoul(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--source"))
      source = argv[i + 1];
    else if (!std::strcmp(argv[i], "--requests"))
      request_count = std::stoul(argv[i + 1]);
  }
  if (source.empty())
    source = fs::path("bench/out") /
             ("search-v" + std::to_string(CorpusGenerator::kVersion) + "-" + std::to_string(docs));
  if (!fs::exists(source / "iamglass")) {
    std::fprintf(stderr, "no index at %s: run bench_search --docs %zu first, or pass --source\n",
                 source.c_str(), docs);
    return 2;
  }
  const Schema schema = Schema::load(schema_dir() / "fields.xml");
  const Synonyms synonyms = Synonyms::load(schema_dir() / "synonyms.xml");
  const fs::path shard_base = fs::path("bench/out") / ("shards-" + std::to_string(docs));
  const std::vector<fs::path> shards = shard_folders(shard_base, 2);
  if (!fs::exists(shards[1] / "iamglass")) {
    fs::create_directories(shard_base);
    split_index(source, shards, schema);
  }

  const std::vector<SearchRequest> requests = make_requests(request_count, 7);
  std::printf("\n%zu requests (word, optional state and year filters), one at a time\n",
              requests.size());
  ShardOptions one;
  one.shards = {source.string()};
  run_case("1 local index", schema, synonyms, one, requests);
  ShardOptions two;
  two.shards = {shards[0].string(), shards[1].string()};
  run_case("2 local shards", schema, synonyms, two, requests);
  TcpServer first(shards[0]);
  TcpServer second(shards[1]);
  ShardOptions remote;
  remote.shards = {first.url(), second.url()};
  run_case("2 remote shards (xapian-tcpsrv, loopback)", schema, synonyms, remote, requests);
  return 0;
}
