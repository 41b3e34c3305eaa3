// ParsedDocument: a bulletin after reading and cleaning, before extraction.
//
// Readers (reader.h) turn bytes of any format into UTF-8 blocks of text; the extractor
// (extractor.h) turns blocks into a Record. Nothing after the reader knows the file's format.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace hemeroteca {

enum class BlockKind {
  kHeading,    // a heading line: Markdown "#", HTML <h1>-<h6>
  kParagraph,  // running text, reflowed into one line
  kBullet,     // a highlight or list item, without its bullet glyph
  kEndMark,    // the mark a press office closes its bulletin with: "-o0o-", "---000---"
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;
  bool emphasized = false;  // wholly bold or strong (Markdown **…**, HTML <strong>/<b>)
};

// Facts known about a bulletin before reading it (archive file entries, manifests). They win
// over what extraction guesses.
struct KnownMetadata {
  std::optional<std::string> date;    // ISO YYYY-MM-DD
  std::optional<std::string> number;  // "641/2020"
  std::optional<std::string> url;
  std::optional<std::string> source;  // a name for the bulletin's origin, instead of the path
  std::optional<std::string> title;
};

struct ParsedDocument {
  std::string source;  // path or URL
  std::string format;  // "text", "markdown", "pdf-text", "pdf", "html", "xml"
  std::string content_hash;
  std::vector<Block> blocks;
  KnownMetadata metadata;
  std::optional<std::string> title_hint;  // a title the format states outright (<title>, <h1>)
  // A publication date the format states as metadata, verbatim and unparsed: an HTML page's
  // <meta property="article:published_time"> or <time datetime> value
  // ("2015-03-10T12:05:00-06:00"), or its "Publicado el Martes, 10 Marzo 2015 12:05" line. Not a
  // block: it is page furniture, and it may differ from the bulletin's own date (the dateline in
  // the text).
  std::optional<std::string> date_hint;
  std::vector<std::string> warnings;  // what the reader repaired or could not read
};

}  // namespace hemeroteca
