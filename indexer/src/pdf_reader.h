// PDF files: the text layer of every page, for reader.cc (private to the indexer).
//
// Text is taken with poppler-cpp in its physical layout: vertical gaps stay blank lines, so
// paragraphs, the title and the dateline stay apart (poppler's reading order and raw order run
// them together), and runs of spaces are collapsed (bulletins have one column). Pages are
// joined with form feeds, so the caller cleans the result as "pdf-text"
// (cleaner.h: blocks_from_pdf_text).
//
// Thread-safety: safe to call from several threads at once. Poppler's error messages go to a
// handler installed once per process, which files them with the thread that caused them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hemeroteca {

struct PdfText {
  std::string text;  // UTF-8, pages separated by '\f'
  std::size_t pages = 0;
  std::vector<std::string> warnings;  // poppler's complaints about a damaged file (a few)
};

// The text of the PDF in `bytes`, named `source` in messages. Throws Error naming `source`:
//   kCorrupt          truncated (no %%EOF in the last KiB) or too damaged for poppler to open;
//   kInvalidArgument  encrypted with a password, no text layer (scanned images), or more
//                     than `max_text_bytes` of text.
PdfText extract_pdf_text(std::string_view bytes, const std::string& source,
                         std::size_t max_text_bytes);

}  // namespace hemeroteca
