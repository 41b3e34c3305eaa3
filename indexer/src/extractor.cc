#include "hemeroteca/indexer/extractor.h"

#include "hemeroteca/indexer/hash.h"
#include "hemeroteca/schema/analyzer.h"

namespace hemeroteca {
namespace {

// Lines every bulletin carries that say nothing about this one.
bool is_boilerplate(const std::string& text) {
  const std::string folded = Analyzer::fold(text);
  for (std::string_view known : {"boletin de prensa", "comunicado de prensa", "boletin",
                                 "comunicado", "instituto mexicano del seguro social",
                                 "unidad de comunicacion social", "coordinacion de comunicacion social",
                                 "sala de prensa", "link fotos", "link de fotos"}) {
    if (folded == known) return true;
  }
  return false;
}

bool is_title_candidate(const Block& block) {
  if (block.kind == BlockKind::kBullet) return false;
  if (block.text.size() > 300) return false;
  return !block.text.ends_with(".");
}

}  // namespace

std::string source_id(std::string_view source) { return hex64(fnv1a64(source)); }

Record Extractor::extract(const ParsedDocument& document) const {
  Record record;
  record.source = document.metadata.source.value_or(document.source);
  record.id = source_id(record.source);
  record.sources = {record.source};
  record.format = document.format;
  record.content_hash = document.content_hash;
  record.warnings = document.warnings;

  std::size_t first_content = 0;
  while (first_content < document.blocks.size() &&
         is_boilerplate(document.blocks[first_content].text)) {
    ++first_content;
  }
  if (document.metadata.title) {
    record.title = *document.metadata.title;
  } else if (document.title_hint) {
    record.title = *document.title_hint;
  } else if (first_content < document.blocks.size() &&
             is_title_candidate(document.blocks[first_content])) {
    record.title = document.blocks[first_content].text;
    ++first_content;
  }
  for (std::size_t i = first_content; i < document.blocks.size(); ++i) {
    const Block& block = document.blocks[i];
    if (is_boilerplate(block.text) || block.text == record.title) continue;
    if (block.kind == BlockKind::kBullet && record.body.empty()) {
      record.highlights.push_back(block.text);
    } else {
      record.body.push_back(block.text);
    }
  }
  if (record.title.empty()) record.warnings.push_back("no title found");
  return record;
}

}  // namespace hemeroteca
