// Cleaner: decoded text to blocks (headings, paragraphs, bullets).
//
// Handles what archives do to text: lines broken mid-sentence (reflowed into one paragraph),
// words hyphenated across lines (joined), page gaps of blank lines, bullet glyphs (•, ·, -, *,
// U+F0B7 and other private-use glyphs) and Markdown marks (#, **, ---). Among the first
// blocks, a header line (dateline, number, "BOLETÍN DE PRENSA"; see is_header_line()) is never
// reflowed into its neighbours, which PDF text often prints without a blank line between.
//
// Text pulled out of a PDF also carries page furniture: the institution's name or a running
// title repeated at the top or bottom of every page, page numbers ("Página 2 de 5", "- 3 -",
// "3/5", a bare "3") and the page breaks themselves (form feeds, or runs of blank lines when
// the extractor dropped them). strip_page_furniture() removes it; blocks_from_pdf_text() does
// that and then cleans like blocks_from_text().
//
// Thread-safety: pure functions, safe to call from several threads at once. They never throw
// on any UTF-8 input and run in time linear in its size.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "hemeroteca/indexer/document.h"

namespace hemeroteca {

std::vector<Block> blocks_from_text(std::string_view text, bool markdown);

// `text` without page furniture. Pages are split at form feeds, or else at runs of three or
// more blank lines. A line counts as a running header or footer when, within the first or last
// three non-blank lines of a page, it recurs (digits ignored) on at least half of the pages,
// and on two pages at least. Page numbers are dropped wherever they stand alone on a line,
// except a bare number, which is dropped only at the top or bottom of a page of a document
// with several pages. Page breaks become a blank line, so a sentence cut by a page still
// reflows.
std::string strip_page_furniture(std::string_view text);

// blocks_from_text(strip_page_furniture(text), /*markdown=*/false).
std::vector<Block> blocks_from_pdf_text(std::string_view text);

// Whether `line` is the mark a press office closes its bulletin with: rule marks around circles,
// "-o0o-", "---000---", "—o0o—", "oooOooo". A plain rule ("---", "* * *") only parts sections.
// Blocks of this kind are BlockKind::kEndMark; an HTML paragraph may hold one too.
bool is_end_mark(std::string_view line);

// Whether `text` has a labelled page number on a line of its own ("Página 2 de 5", "PÁGINA
// 1/2", "- 3 -", "2 de 2"): a sign that it was pulled out of a PDF.
bool has_page_labels(std::string_view text);

}  // namespace hemeroteca
