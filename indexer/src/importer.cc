#include "hemeroteca/indexer/importer.h"

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "hemeroteca/indexer/corrections.h"
#include "hemeroteca/indexer/hash.h"
#include "hemeroteca/indexer/manifest.h"
#include "import_job.h"
#include "index_writer.h"
#include "input_catalog.h"
#include "sharded_writer.h"

namespace hemeroteca {

nlohmann::json to_json(const ImportSummary& summary) {
  nlohmann::json failures = nlohmann::json::array();
  for (const ImportFailure& failure : summary.failures) {
    failures.push_back({{"source", failure.source}, {"reason", failure.reason}});
  }
  const double rate =
      summary.elapsed_seconds > 0
          ? static_cast<double>(summary.added + summary.replaced) / summary.elapsed_seconds
          : 0;
  return {{"inputs", summary.inputs},
          {"added", summary.added},
          {"replaced", summary.replaced},
          {"unchanged", summary.unchanged},
          {"failed", summary.failures.size()},
          {"duplicates_merged", summary.duplicates},
          {"removed", summary.removed},
          {"pruned", summary.pruned},
          {"elapsed_seconds", summary.elapsed_seconds},
          {"bulletins_per_second", rate},
          {"failures", std::move(failures)}};
}

ImportSummary import_paths(const std::vector<std::filesystem::path>& inputs, const Schema& schema,
                           const ImportOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  std::optional<Manifest> manifest;
  if (options.manifest) manifest = Manifest::load(*options.manifest);
  InputCatalog catalog(inputs, options.read, options.manifest);
  ShardedWriter writer(options.shards.empty() ? std::vector{options.database} : options.shards,
                       schema, WriterOptions{.lock_wait = options.lock_wait});
  ImportJob job(schema, options, catalog, manifest ? &*manifest : nullptr, writer);
  ImportSummary summary = job.run();
  summary.elapsed_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

void use_default_flush_threshold() {
  setenv("XAPIAN_FLUSH_THRESHOLD", std::to_string(kDefaultFlushThreshold).c_str(),
         /*overwrite=*/0);
}

std::size_t shard_of(std::string_view id, std::size_t shard_count) {
  // FNV-1a of the id: fixed by its definition, so the same on every machine and release.
  return shard_count <= 1 ? 0 : static_cast<std::size_t>(fnv1a64(id) % shard_count);
}

std::vector<std::filesystem::path> shard_folders(const std::filesystem::path& base,
                                                 std::size_t shard_count) {
  std::vector<std::filesystem::path> folders;
  for (std::size_t k = 0; k < shard_count; ++k) {
    folders.push_back(base / ("shard-" + std::to_string(k)));
  }
  return folders;
}

bool store_record(Xapian::WritableDatabase& database, DocumentMapper& mapper,
                  const Record& record) {
  const std::string stored_correction = database.get_metadata(correction_key(record.id));
  const nlohmann::json correction = nlohmann::json::parse(stored_correction, nullptr, false);
  const Record corrected = correction.is_object() ? apply_correction(record, correction) : record;
  const std::string id_term = mapper.id_term(corrected.id);
  const bool exists = database.term_exists(id_term);
  const Xapian::Document document = mapper.to_document(corrected);
  database.replace_document(id_term, document);
  for (const auto& [key, label] : mapper.facet_labels(corrected)) database.set_metadata(key, label);
  return !exists;
}

}  // namespace hemeroteca
