// Import throughput at scale: `hemeroteca import` (reading, extraction on every core, one
// writer) over folders of generated bulletins, beside the floor — the same texts indexed by a
// minimal single-threaded Xapian TermGenerator loop (Spanish stemmer, positions, a commit every
// 500 documents, no extraction).
//
//   bench_import [--docs N[,N…]] [--shards N[,N…]] [--workers N] [--batch N] [--skip-floor]
//                [--skip-import]
//
// --shards imports into an index of N shards, which are written in parallel (1, one index, by
// default); with a list, each count is imported in turn, beside one floor run.
//
// For each N (default 10000 and 100000) the N bulletins (~4.7 KB each, corpus_generator.h) are
// written once as files to bench/out/import-corpus-N/ and reused; each run imports them into a
// fresh index in bench/out/. Both the import and the floor run as child processes, so each
// reports its own peak resident memory (wait4's ru_maxrss).
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "bench_support.h"
#include "corpus_generator.h"

extern char** environ;

namespace hemeroteca::bench {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kFilesPerFolder = 1000;
constexpr Xapian::doccount kFloorCommitEvery = 500;

struct Measure {
  double seconds = 0;
  double cpu_seconds = 0;  // user + system, all threads
  double peak_mib = 0;
  double index_mib = 0;
  int status = 0;
};

fs::path corpus_folder(std::size_t docs) {
  return fs::path("bench/out") / ("import-corpus-" + std::to_string(docs));
}

// The corpus as files, written once; a marker says it is complete.
fs::path ensure_corpus(std::size_t docs) {
  const fs::path folder = corpus_folder(docs);
  const fs::path marker = folder / ".complete";
  const std::string stamp =
      std::to_string(docs) + " bulletins, generator v" + std::to_string(CorpusGenerator::kVersion);
  if (std::string written; std::getline(std::ifstream(marker), written) && written == stamp) {
    return folder;
  }
  std::printf("writing %zu generated bulletins to %s\n", docs, folder.c_str());
  fs::remove_all(folder);
  CorpusGenerator generator;
  for (std::size_t i = 0; i < docs; ++i) {
    char name[64];
    std::snprintf(name, sizeof name, "%03zu/%07zu.txt", i / kFilesPerFolder, i);
    const fs::path file = folder / name;
    if (i % kFilesPerFolder == 0) fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << generator.bulletin(i);
  }
  std::ofstream(marker) << stamp << "\n";
  return folder;
}

double folder_mib(const fs::path& folder) {
  std::uintmax_t bytes = 0;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file()) bytes += entry.file_size();
  }
  return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

// Waits for `child`, filling the time and its own peak memory.
Measure wait_for(pid_t child, std::chrono::steady_clock::time_point started) {
  Measure measure;
  int status = 0;
  rusage usage{};
  wait4(child, &status, 0, &usage);
  measure.seconds = elapsed_ms(started) / 1000;
  measure.peak_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB on Linux
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
  measure.cpu_seconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
  measure.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return measure;
}

Measure run_import(const fs::path& corpus, const fs::path& index, std::size_t shards,
                   const std::string& workers, const std::string& batch) {
  fs::remove_all(index);
  std::vector<std::string> arguments = {HEMEROTECA_BENCH_BINARY,
                                        "import",
                                        corpus.string(),
                                        "--db",
                                        index.string(),
                                        "--log-level",
                                        "warn",
                                        "--workers",
                                        workers,
                                        "--batch",
                                        batch,
                                        "--shards",
                                        std::to_string(shards)};
  std::vector<char*> argv;
  for (std::string& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);
  const auto started = std::chrono::steady_clock::now();
  pid_t child = 0;
  if (posix_spawn(&child, argv[0], nullptr, nullptr, argv.data(), environ) != 0) {
    std::perror("posix_spawn");
    return {.status = -1};
  }
  Measure measure = wait_for(child, started);
  measure.index_mib = folder_mib(index);
  return measure;
}

// The floor, in a child process of its own.
Measure run_floor(const fs::path& corpus, const fs::path& index) {
  fs::remove_all(index);
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(corpus)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  const auto started = std::chrono::steady_clock::now();
  const pid_t child = fork();
  if (child == 0) {
    Xapian::WritableDatabase database(index.string(), Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem("spanish"));
    Xapian::doccount count = 0;
    for (const fs::path& file : files) {
      std::ifstream in(file, std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      Xapian::Document document;
      generator.set_document(document);
      generator.index_text(text.str());
      document.set_data(text.str());
      document.add_boolean_term("Q" + file.filename().string());
      database.add_document(document);
      if (++count % kFloorCommitEvery == 0) database.commit();
    }
    database.commit();
    _exit(0);
  }
  Measure measure = wait_for(child, started);
  measure.index_mib = folder_mib(index);
  return measure;
}

// CPU time per bulletin is reported too: unlike the rate, it does not depend on what else the
// machine is running.
void print(const char* name, std::size_t docs, const Measure& measure) {
  std::printf(
      "%-32s %7zu docs %7.1f s %6.0f bulletins/s  cpu %5.2f ms/bulletin  peak %6.1f MiB  "
      "index %7.1f MiB%s\n",
      name, docs, measure.seconds, static_cast<double>(docs) / measure.seconds,
      measure.cpu_seconds * 1000 / static_cast<double>(docs), measure.peak_mib, measure.index_mib,
      measure.status ? "  (FAILED)" : "");
  std::fflush(stdout);
}

std::vector<std::size_t> parse_sizes(const std::string& text) {
  std::vector<std::size_t> sizes;
  std::stringstream list(text);
  for (std::string item; std::getline(list, item, ',');) sizes.push_back(std::stoul(item));
  return sizes;
}

}  // namespace
}  // namespace hemeroteca::bench

int main(int argc, char** argv) {
  using namespace hemeroteca::bench;
  std::vector<std::size_t> sizes = {10000, 100000};
  std::vector<std::size_t> shard_counts = {1};
  std::string workers = "0";
  std::string batch = "2000";
  bool floor = true;
  bool import = true;
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    if (flag == "--skip-floor") {
      floor = false;
    } else if (flag == "--skip-import") {
      import = false;
    } else if (i + 1 < argc && flag == "--docs") {
      sizes = parse_sizes(argv[++i]);
    } else if (i + 1 < argc && flag == "--shards") {
      shard_counts = parse_sizes(argv[++i]);
    } else if (i + 1 < argc && flag == "--workers") {
      workers = argv[++i];
    } else if (i + 1 < argc && flag == "--batch") {
      batch = argv[++i];
    } else {
      std::fprintf(stderr,
                   "usage: bench_import [--docs N[,N…]] [--shards N[,N…]] [--workers N] "
                   "[--batch N] [--skip-floor] [--skip-import]\n");
      return 2;
    }
  }
  std::printf("%u cores; import with --workers %s --batch %s\n",
              std::thread::hardware_concurrency(), workers.c_str(), batch.c_str());
  int status = 0;
  for (std::size_t docs : sizes) {
    const fs::path corpus = ensure_corpus(docs);
    std::printf("corpus: %zu files, %.1f MiB\n", docs, folder_mib(corpus));
    std::vector<std::pair<std::string, Measure>> imports;
    for (std::size_t shards : import ? shard_counts : std::vector<std::size_t>{}) {
      const std::string name = shards == 1
                                   ? "hemeroteca import"
                                   : "hemeroteca import, " + std::to_string(shards) + " shards";
      const Measure imported =
          run_import(corpus, fs::path("bench/out") / ("import-" + std::to_string(docs)), shards,
                     workers, batch);
      print(name.c_str(), docs, imported);
      status |= imported.status;
      imports.emplace_back(name, imported);
    }
    if (!floor) continue;
    const Measure floor_run =
        run_floor(corpus, fs::path("bench/out") / ("import-floor-" + std::to_string(docs)));
    print("floor: TermGenerator, 1 thread", docs, floor_run);
    for (const auto& [name, imported] : imports) {
      std::printf("%s / floor: %.2f\n", name.c_str(), floor_run.seconds / imported.seconds);
    }
  }
  return status ? 1 : 0;
}
