// Search latency at scale: the server's full answer over real HTTP on loopback (top 10,
// snippets and every facet counted over the whole match set), from 1 and from 8 concurrent
// clients, beside the floor of the same queries run directly on the Xapian database.
//
//   bench_search [--docs N] [--db DIR] [--requests N] [--floor-requests N]
//                [--mix mixed|subjects] [--skip-floor] [--caches both|on|off]
//                [--demote-after-us N]
//
// The server runs the requests twice: with its caches of search passes and phrase sets off
// (every request searches) and on, as served by default (the mix repeats itself, so many hit).
//
// The index of N generated bulletins is built in DIR on the first run (through the real
// reader, extractor and store_record) and reused afterwards.
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <mutex>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "bench_support.h"
#include "corpus_generator.h"
#include "hemeroteca/indexer/extractor.h"
#include "hemeroteca/indexer/importer.h"
#include "hemeroteca/indexer/reader.h"
#include "hemeroteca/schema/document_mapper.h"
#include "hemeroteca/schema/query_mapper.h"
#include "hemeroteca/server/http_server.h"
#include "hemeroteca/server/search_service.h"

namespace hemeroteca::bench {
namespace {

namespace fs = std::filesystem;

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
                                         "transparencia",
                                         "coordinacion",
                                         "bucio",
                                         "alcocer",
                                         "tramites",
                                         "\"salud preventiva\"",
                                         "medicamentos oncologicos",
                                         "covid",
                                         "consultas",
                                         "camas",
                                         "construccion",
                                         "reunion nacional",
                                         "recursos",
                                         "atencion medica",
                                         "seguro social"};
const std::vector<std::string> kStates = {"sonora",  "jalisco",          "oaxaca",   "puebla",
                                          "yucatan", "ciudad-de-mexico", "veracruz", "chiapas"};

fs::path schema_dir() { return HEMEROTECA_BENCH_SCHEMA_DIR; }

void build_index(const fs::path& path, std::size_t docs, const Schema& schema) {
  std::printf("building %zu generated bulletins into %s\n", docs, path.c_str());
  const auto started = std::chrono::steady_clock::now();
  const ExtractorKnowledge knowledge = ExtractorKnowledge::load(schema_dir());
  Extractor extractor(knowledge);
  CorpusGenerator generator;
  Xapian::WritableDatabase database(path.string(), Xapian::DB_CREATE_OR_OPEN);
  DocumentMapper mapper(schema);
  for (std::size_t i = 0; i < docs; ++i) {
    const std::string name = "generated/" + std::to_string(i) + ".txt";
    for (const ParsedDocument& document : read_bytes(generator.bulletin(i), name)) {
      store_record(database, mapper, extractor.extract(document));
    }
    if ((i + 1) % 5000 == 0) {
      database.commit();
      std::printf("  %zu\n", i + 1);
      std::fflush(stdout);
    }
  }
  database.commit();
  std::printf("built in %.1f s\n", elapsed_ms(started) / 1000);
}

struct Request {
  std::string query;
  std::string state;
  std::string year;
};

// The query mixes. "subjects": every query one of kWords, the house style's subjects, names and
// places, each in 20-95% of the archive: the broad worst case, facets over most of it.
// "mixed" (the default): a third of the queries from kWords, the others one or two words of
// the prose vocabulary, their ranks drawn evenly on a log scale from 100 (in a third of the
// bulletins) to the rarest (a handful), as a search box sees both the archive's subjects and
// the particular words of one story.
enum class Mix { kSubjects, kMixed };

std::string vocabulary_query(std::mt19937& random) {
  std::uniform_real_distribution<double> log_rank(
      std::log(100.0), std::log(static_cast<double>(CorpusGenerator::vocabulary_size())));
  std::string query = CorpusGenerator::word(static_cast<std::size_t>(std::exp(log_rank(random))));
  if (random() % 10 < 3) {
    query += ' ';
    query += CorpusGenerator::word(static_cast<std::size_t>(std::exp(log_rank(random))));
  }
  return query;
}

std::vector<Request> make_requests(std::size_t count, unsigned seed, Mix mix) {
  std::mt19937 random(seed);
  std::vector<Request> requests;
  for (std::size_t i = 0; i < count; ++i) {
    Request request;
    request.query = mix == Mix::kMixed && random() % 3 != 0 ? vocabulary_query(random)
                                                            : kWords[random() % kWords.size()];
    if (random() % 2) request.state = kStates[random() % kStates.size()];
    if (random() % 3 == 0) request.year = std::to_string(2000 + random() % 25);
    requests.push_back(request);
  }
  return requests;
}

std::string url_encode(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.') {
      out.push_back(static_cast<char>(c));
    } else {
      char buffer[4];
      std::snprintf(buffer, sizeof buffer, "%%%02X", c);
      out += buffer;
    }
  }
  return out;
}

std::string to_url(const Request& request) {
  std::string url = "/api/v1/search?q=" + url_encode(request.query);
  if (!request.state.empty()) url += "&state=" + request.state;
  if (!request.year.empty()) url += "&year=" + request.year;
  return url;
}

// The floor: the same queries straight on Xapian, in-process.
void run_floor(const Schema& schema, const fs::path& path, const std::vector<Request>& requests) {
  Xapian::Database database(path.string());
  QueryMapper mapper(schema, database);
  std::vector<double> plain, faceted, snippets;
  const Xapian::valueno state_slot = *schema.field(field::kState).slot;
  const Xapian::valueno official_slot = *schema.field(field::kOfficial).slot;
  const Xapian::valueno topic_slot = *schema.field(field::kTopic).slot;
  const Xapian::valueno year_slot = *schema.field(field::kYear).slot;
  Xapian::Stem stemmer("spanish");
  for (const Request& request : requests) {
    const Xapian::Query query = mapper.parse(request.query);
    {
      const auto started = std::chrono::steady_clock::now();
      Xapian::Enquire enquire(database);
      enquire.set_query(query);
      enquire.get_mset(0, 10);
      plain.push_back(elapsed_ms(started));
    }
    {
      const auto started = std::chrono::steady_clock::now();
      Xapian::Enquire enquire(database);
      enquire.set_query(query);
      Xapian::ValueCountMatchSpy states(state_slot), officials(official_slot), topics(topic_slot),
          years(year_slot);
      enquire.add_matchspy(&states);
      enquire.add_matchspy(&officials);
      enquire.add_matchspy(&topics);
      enquire.add_matchspy(&years);
      enquire.get_mset(0, 10, database.get_doccount());
      faceted.push_back(elapsed_ms(started));
    }
    {
      const auto started = std::chrono::steady_clock::now();
      Xapian::Enquire enquire(database);
      enquire.set_query(query);
      const Xapian::MSet matches = enquire.get_mset(0, 10);
      for (auto it = matches.begin(); it != matches.end(); ++it) {
        // The text a result's snippet is cut from: highlights and body (snippet_text).
        const std::string text = DocumentMapper::to_summary(schema, it.get_document(),
                                                            DocumentMapper::SummaryText::kWith)
                                     .text;
        matches.snippet(text, 240, stemmer);
      }
      snippets.push_back(elapsed_ms(started));
    }
  }
  print_row("floor: Xapian top-10", summarize(plain));
  print_row("floor: Xapian top-10 + facet spies (4 slots)", summarize(faceted));
  print_row("floor: Xapian top-10 + 10 MSet::snippet", summarize(snippets));
}

void run_http(std::uint16_t port, const std::vector<Request>& requests, unsigned clients) {
  std::vector<double> latencies;
  std::mutex mutex;
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> errors{0};
  std::vector<std::thread> threads;
  const auto started = std::chrono::steady_clock::now();
  for (unsigned c = 0; c < clients; ++c) {
    threads.emplace_back([&] {
      Poco::Net::HTTPClientSession session("127.0.0.1", port);
      session.setKeepAlive(true);
      std::vector<double> mine;
      for (std::size_t i = next++; i < requests.size(); i = next++) {
        const auto sent = std::chrono::steady_clock::now();
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, to_url(requests[i]),
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        request.setKeepAlive(true);
        session.sendRequest(request);
        Poco::Net::HTTPResponse response;
        std::istream& body = session.receiveResponse(response);
        std::string text{std::istreambuf_iterator<char>(body), std::istreambuf_iterator<char>()};
        mine.push_back(elapsed_ms(sent));
        if (response.getStatus() != Poco::Net::HTTPResponse::HTTP_OK) ++errors;
      }
      std::lock_guard lock(mutex);
      latencies.insert(latencies.end(), mine.begin(), mine.end());
    });
  }
  for (auto& thread : threads) thread.join();
  const double seconds = elapsed_ms(started) / 1000;
  print_row("server: full answer over HTTP, " + std::to_string(clients) + " client(s)",
            summarize(latencies));
  std::printf("%46s %.0f requests/s, %zu errors\n", "",
              static_cast<double>(requests.size()) / seconds, errors.load());
}

}  // namespace
}  // namespace hemeroteca::bench

int main(int argc, char** argv) {
  using namespace hemeroteca;
  using namespace hemeroteca::bench;
  std::size_t docs = 100000;
  std::size_t request_count = 2000;
  std::size_t floor_count = 0;  // 0: as many as --requests
  Mix mix = Mix::kMixed;
  fs::path path;
  bool skip_floor = false;
  ServerOptions server_options{.port = 0, .threads = 8};
  std::vector<bool> cache_settings = {false, true};  // caches off, then on (the default)
  for (int i = 1; i < argc; i += 2) {
    if (!std::strcmp(argv[i], "--skip-floor")) {
      skip_floor = true;
      --i;  // a flag without a value
      continue;
    }
    if (i + 1 == argc) break;
    if (!std::strcmp(argv[i], "--caches"))
      cache_settings = !std::strcmp(argv[i + 1], "on")    ? std::vector<bool>{true}
                       : !std::strcmp(argv[i + 1], "off") ? std::vector<bool>{false}
                                                          : std::vector<bool>{false, true};
    else if (!std::strcmp(argv[i], "--docs"))
      docs = std::stoul(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--db"))
      path = argv[i + 1];
    else if (!std::strcmp(argv[i], "--requests"))
      request_count = std::stoul(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--floor-requests"))
      floor_count = std::stoul(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--demote-after-us"))
      server_options.demote_after = std::chrono::microseconds(std::stol(argv[i + 1]));
    else if (!std::strcmp(argv[i], "--mix"))
      mix = std::strcmp(argv[i + 1], "subjects") ? Mix::kMixed : Mix::kSubjects;
  }
  if (path.empty())
    path = fs::path("bench/out") /
           ("search-v" + std::to_string(CorpusGenerator::kVersion) + "-" + std::to_string(docs));
  const Schema schema = Schema::load(schema_dir() / "fields.xml");
  if (!fs::exists(path / "iamglass")) build_index(path, docs, schema);

  const std::vector<Request> requests = make_requests(request_count, 7, mix);
  std::printf("\n%zu requests, %s mix (words, optional state and year filters) on %s\n",
              requests.size(), mix == Mix::kMixed ? "mixed" : "subjects", path.c_str());
  if (!skip_floor)
    run_floor(schema, path,
              floor_count
                  ? std::vector<Request>(requests.begin(),
                                         requests.begin() + static_cast<std::ptrdiff_t>(std::min(
                                                                floor_count, requests.size())))
                  : requests);

  const Synonyms synonyms = Synonyms::load(schema_dir() / "synonyms.xml");
  // First with the caches off (search passes, phrase sets), so that every request runs its
  // whole search (the request mix repeats itself); then as served by default, the caches on.
  for (const bool cached : cache_settings) {
    SearchOptions options{.synonyms = &synonyms};
    if (!cached)
      options.pass_cache_entries = options.phrase_cache_entries = options.query_cache_entries = 0;
    SearchService service(schema, path, options);
    HttpServer server(server_options, service);
    server.start();
    // A warm-up builds the facet columns and warms the OS cache, as a running server has.
    run_http(server.port(), make_requests(50, 1, mix), 1);
    std::printf("\ncaches %s\n", cached ? "on (the default)" : "off");
    const std::vector<Request> concurrent = make_requests(request_count * 2, 11, mix);
    if (cached) {
      // With the caches on, a request seen before is answered from them: how many each run
      // could not be is what its figures mix with the repeats.
      std::set<std::string> seen;
      for (const Request& request : make_requests(50, 1, mix)) seen.insert(to_url(request));
      const std::size_t before = seen.size();
      for (const Request& request : requests) seen.insert(to_url(request));
      const std::size_t after_one = seen.size();
      for (const Request& request : concurrent) seen.insert(to_url(request));
      std::printf(
          "new distinct requests, searched in full: %zu of %zu (1 client), %zu of %zu "
          "(8 clients); the others repeat an earlier one\n",
          after_one - before, requests.size(), seen.size() - after_one, concurrent.size());
    }
    run_http(server.port(), requests, 1);
    run_http(server.port(), concurrent, 8);
    server.stop();
  }
  return 0;
}
