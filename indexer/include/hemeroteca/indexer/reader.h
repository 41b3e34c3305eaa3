// Readers: a file's bytes, in any format an archive holds, to ParsedDocuments.
//
// The format is detected from the content; the extension is only a hint (see detect_format).
// Every format is decoded to UTF-8 (decode.h: BOM, Windows-1252, CRLF and invalid bytes are
// repaired and reported as warnings) and cleaned into blocks (cleaner.h):
//   text, markdown  the cleaner's reflow, bullets and Markdown marks; a Markdown file's front
//                   matter (Jekyll, Hugo) gives title_hint and date_hint;
//   pdf-text        text pulled out of a PDF: repeated headers and footers, page numbers and
//                   page gaps are dropped first (blocks_from_pdf_text);
//   pdf             the text of every page (poppler), then cleaned as pdf-text;
//   html            the main article only (menus, scripts, forms, navigation and print links
//                   are dropped); title_hint and date_hint come from the page's markup;
//   xml             a Hemeroteca archive (docs/archive-format.md, schema/archive.xsd): one
//                   document per <bulletin>, with its known metadata filled in.
// One file gives one document, except an XML archive, which gives one per bulletin.
//
// Errors: every problem throws hemeroteca::Error naming the file (and, for XML, the line) and
// saying what to do:
//   kNotFound         the file does not exist;
//   kIo               it cannot be opened;
//   kInvalidArgument  it is empty, binary junk, larger than ReadOptions::max_bytes, a single
//                     bulletin larger than ReadOptions::max_bulletin_bytes, holds no text, is
//                     an encrypted PDF, malformed XML or an archive that breaks its schema;
//   kCorrupt          a PDF that is truncated or damaged beyond reading.
// Repairs that still give a usable document (encoding fixes, an ignored bad date attribute)
// are warnings in ParsedDocument::warnings instead. No input crashes or hangs the reader.
//
// Thread-safety: every function here may be called from several threads at once.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "hemeroteca/indexer/document.h"

namespace hemeroteca {

struct ReadOptions {
  // Files above this size are refused rather than read into memory. Archives and PDFs with
  // images may legitimately be large.
  std::size_t max_bytes = 64 * 1024 * 1024;
  // The text of a single bulletin (a text, Markdown, PDF-text or HTML file, a PDF's extracted
  // text, one bulletin of an archive) above this size is refused: no press bulletin is that
  // long, so it is a dump of many bulletins, which belongs in an XML archive.
  std::size_t max_bulletin_bytes = 8 * 1024 * 1024;
};

// Formats this reader knows, as detect_format() names them and ParsedDocument::format holds.
inline constexpr std::string_view kFormatText = "text";
inline constexpr std::string_view kFormatMarkdown = "markdown";
inline constexpr std::string_view kFormatPdfText = "pdf-text";
inline constexpr std::string_view kFormatPdf = "pdf";
inline constexpr std::string_view kFormatHtml = "html";
inline constexpr std::string_view kFormatXml = "xml";

// The format of `bytes`, judged by content first and by `name`'s extension second:
//   "%PDF-" in the first KiB                                  pdf
//   an XML root element <hemeroteca-archive>, or "<?xml"     xml (a foreign root is refused
//     before any root other than <html>                         when read, not misread)
//   "<!DOCTYPE html", a root <html>, <head> or <body>, or
//     markup starting a file named .html/.htm                 html
//   otherwise text: markdown (Markdown marks, front matter with a title, or a .md/.markdown
//     name), pdf-text (form feeds,
//     symbol-font bullets, lines padded with a space) or text.
// Binary junk is named "text" here and refused by read_bytes.
std::string detect_format(std::string_view bytes, std::string_view name);

std::vector<ParsedDocument> read_file(const std::filesystem::path& path,
                                      const ReadOptions& options = {});

// `source` names the bytes in records and messages (a path or URL); its extension is the
// format hint.
std::vector<ParsedDocument> read_bytes(std::string_view bytes, const std::string& source,
                                       const ReadOptions& options = {});

// True for files the importer should read when walking a directory: .txt, .text, .md,
// .markdown, .html, .htm, .pdf and .xml (any case).
bool is_supported_file(const std::filesystem::path& path);

}  // namespace hemeroteca
