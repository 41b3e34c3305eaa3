// Importer: files and folders into a Xapian database.
//
// Each input is read (reader.h), extracted (extractor.h), mapped (schema's DocumentMapper) and
// stored with replace_document() on its unique id term, so importing the same input twice
// leaves the same documents. A file that fails is reported and skipped; the job goes on.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "hemeroteca/schema/document_mapper.h"
#include "hemeroteca/schema/record.h"
#include "hemeroteca/schema/schema.h"

namespace hemeroteca {

struct ImportOptions {
  std::filesystem::path database;  // created when missing
  std::size_t batch_size = 500;    // documents per commit
};

struct ImportFailure {
  std::string source;
  std::string reason;
};

struct ImportSummary {
  std::size_t added = 0;     // new bulletins
  std::size_t replaced = 0;  // bulletins already in the index, stored again
  std::vector<ImportFailure> failures;
};

// Stores one record: its document (replacing any with the same id), the display labels of its
// facet values and its words for the spelling dictionary. Returns true when the id was new.
// Every path that writes bulletins (import, reindex, HTTP ingest) goes through here.
bool store_record(Xapian::WritableDatabase& database, DocumentMapper& mapper, const Record& record);

// Imports every supported file under `inputs` (files or directories, recursively).
// Throws Error(kNotFound) when an input does not exist and Error(kIo/kUnavailable) when the
// database cannot be opened for writing; per-file problems go to ImportSummary::failures.
ImportSummary import_paths(const std::vector<std::filesystem::path>& inputs, const Schema& schema,
                           const ImportOptions& options);

}  // namespace hemeroteca
