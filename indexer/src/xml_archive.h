// XML archives: the container of many bulletins, for reader.cc (private to the indexer).
//
// The format is docs/archive-format.md; schema/archive.xsd is its XML Schema. This parser
// takes the container apart, one entry per <bulletin>; reader.cc reads each entry's text in
// its format. It is lenient where the schema is strict only when a mistake loses nothing: an
// invalid date attribute is dropped with a warning, unknown attributes are ignored.
//
// Thread-safety: a pure function, safe to call from several threads at once.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "hemeroteca/indexer/document.h"

namespace hemeroteca {

struct ArchiveEntry {
  std::size_t line = 0;  // where its <bulletin> starts, for messages
  std::string format;    // "text", "markdown", "html" or "pdf-text"; empty: detect it
  std::string text;      // UTF-8, entities resolved
  // The bulletin's name in records: its source attribute, else its url, else "<file>#<n>"
  // (n counts bulletins from 1).
  std::string source;
  KnownMetadata metadata;
  std::vector<std::string> warnings;
};

// The bulletins of `xml` (UTF-8 text of the file named `file`). Throws
// Error(kInvalidArgument) with "file:line: problem" when the XML is not well-formed, the root
// is not <hemeroteca-archive>, its version is not "1", there is no <bulletin>, or a bulletin
// has no <text> or names a format this reader does not know.
std::vector<ArchiveEntry> parse_archive(std::string_view xml, const std::string& file);

}  // namespace hemeroteca
