// Structure: where a bulletin's parts are — title, dateline (place and date), number,
// highlights, body paragraphs and links — read from the cleaned blocks of a ParsedDocument.
//
// Rules, in order of the blocks:
//   - boilerplate lines that every bulletin of a house carries ("BOLETÍN DE PRENSA",
//     "UNIDAD DE COMUNICACIÓN SOCIAL", end marks, "LINK FOTOS", the year's motto of government
//     letterheads) are dropped wherever they are;
//   - the dateline ("Ciudad de México, viernes 18 de septiembre de 2020") and the number line
//     ("No. 641/2020", "Comunicado 142") are looked for among the first blocks and taken out
//     of the text; without a dateline there, one standing alone among the last blocks (a
//     bulletin signed off "Ciudad de México, a 3 de mayo de 2021.") is taken;
//   - the title is the archive's known title, else the reader's title hint (HTML), else the
//     first heading or short paragraph without a final period before the first bullet; a
//     number printed before it ("165. Con capacitación…") becomes the number when no number
//     line gave one;
//   - highlights are the bullets before the body starts, together with short sentences
//     standing just before those bullets (PDF copies often lose the first bullet's glyph);
//   - every other block is body, in order; bare URLs become links.
// Nothing is invented: a missing title stays empty and a warning says so.
//
// Thread-safety: a pure function.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hemeroteca/indexer/document.h"

namespace hemeroteca {

struct BulletinStructure {
  std::string title;
  std::vector<std::string> highlights;
  std::vector<std::string> body;
  std::string place;
  std::optional<std::string> dateline_date;  // ISO date of the dateline
  std::optional<std::string> number;         // "641/2020"
  std::vector<std::string> links;
  std::vector<std::string> warnings;
};

BulletinStructure read_structure(const ParsedDocument& document);

// How far into a bulletin, in blocks, its header (dateline, number, title) may stand.
inline constexpr std::size_t kHeaderBlocks = 10;

// The bulletin number in a line such as "No. 641/2020", "Boletín núm. 26/2014": "641/2020";
// a number without a year only on a line of its own ("Comunicado 142", "No. 12"): "142".
std::optional<std::string> find_bulletin_number(std::string_view line);

// Whether a line is one of the header's own lines — a dateline with nothing after the date, a
// number line, or a house's boilerplate ("BOLETÍN DE PRENSA") — which stand alone even where
// text pulled out of a PDF breaks lines inside paragraphs.
bool is_header_line(std::string_view line);

}  // namespace hemeroteca
