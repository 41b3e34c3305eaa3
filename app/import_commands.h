// `hemeroteca import` and `hemeroteca reindex`: run the indexer's jobs with a progress display
// and print what they did.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "hemeroteca/indexer/importer.h"
#include "hemeroteca/indexer/reindex.h"
#include "hemeroteca/schema/schema.h"

namespace hemeroteca {

struct ImportCommand {
  std::vector<std::filesystem::path> inputs;
  ImportOptions options;
  std::optional<std::filesystem::path> report;  // the summary as JSON
};

// Prints the summary on stdout (and writes the report). Returns false when an input failed.
// Throws what import_paths() throws, and Error(kIo) when the report cannot be written.
bool run_import(const Schema& schema, ImportCommand command);

void run_reindex(const Schema& schema, ReindexOptions options);

}  // namespace hemeroteca
