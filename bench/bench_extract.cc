// Extraction throughput: bulletins per second on one core, reading and extracting generated
// bulletins held in memory (no disk, no index), the median of five runs.
//
//   bench_extract [--docs N]
#include <cstdio>
#include <cstring>

#include "bench_support.h"
#include "corpus_generator.h"
#include "hemeroteca/indexer/extractor.h"
#include "hemeroteca/indexer/reader.h"

int main(int argc, char** argv) {
  using namespace hemeroteca;
  using namespace hemeroteca::bench;
  std::size_t docs = 2000;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--docs")) docs = std::stoul(argv[i + 1]);
  }
  CorpusGenerator generator;
  std::vector<std::string> texts;
  std::size_t bytes = 0;
  for (std::size_t i = 0; i < docs; ++i) {
    texts.push_back(generator.bulletin(i));
    bytes += texts.back().size();
  }
  const ExtractorKnowledge knowledge = ExtractorKnowledge::load(HEMEROTECA_BENCH_SCHEMA_DIR);
  Extractor extractor(knowledge);
  std::vector<double> rates;
  for (int run = 0; run < 5; ++run) {
    const auto started = std::chrono::steady_clock::now();
    std::size_t officials = 0;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      for (const ParsedDocument& document :
           read_bytes(texts[i], "generated/" + std::to_string(i) + ".txt")) {
        officials += extractor.extract(document).officials.size();
      }
    }
    rates.push_back(static_cast<double>(texts.size()) / (elapsed_ms(started) / 1000));
    if (officials == 0) std::puts("warning: no officials extracted");
  }
  std::printf("%zu generated bulletins, %.1f KB each on average\n", docs,
              static_cast<double>(bytes) / static_cast<double>(docs) / 1024);
  print_row("extraction throughput (one core)", summarize(rates), "bulletins/s");
  return 0;
}
