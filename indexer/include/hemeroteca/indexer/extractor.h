// Extractor: a ParsedDocument to a complete Record — structure (title, dateline, number,
// highlights, body), publication date, officials, organizations, states, quotes, figures,
// topics and the duplicate key.
//
// The publication date comes from, in order: the archive's known metadata, the bulletin's
// dateline (or a date standing alone in its header), the file name; otherwise it stays null
// with date_source "none". Dates elsewhere in the text are events, never taken as the
// publication date.
//
// Thread-safety: extract() is const and may be called from several threads at once.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "hemeroteca/indexer/document.h"
#include "hemeroteca/schema/gazetteer.h"
#include "hemeroteca/schema/record.h"
#include "hemeroteca/schema/taxonomy.h"

namespace hemeroteca {

// What the extractor knows beyond the text: gazetteers and the topic taxonomy, read once
// from the schema folder.
struct ExtractorKnowledge {
  Gazetteer gazetteer;
  Taxonomy taxonomy;

  // Throws Error(kIo/kCorrupt) naming the file when a gazetteer or the taxonomy is unreadable.
  static ExtractorKnowledge load(const std::filesystem::path& schema_dir);
};

class Extractor {
 public:
  explicit Extractor(const ExtractorKnowledge& knowledge);  // keeps a reference
  ~Extractor();

  Record extract(const ParsedDocument& document) const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// A stable id for a source: 16 hex digits of a 64-bit FNV-1a hash of the source name (an
// absolute path or a URL), so importing the same file again replaces its bulletin.
std::string source_id(std::string_view source);

}  // namespace hemeroteca
