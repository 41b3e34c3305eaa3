// Structure: where a bulletin's parts are — title, dateline (place and date), number,
// highlights, body paragraphs and links — read from the cleaned blocks of a ParsedDocument.
//
// Rules, in order of the blocks:
//   - boilerplate lines that every bulletin of a house carries ("BOLETÍN DE PRENSA",
//     "UNIDAD DE COMUNICACIÓN SOCIAL", end marks, "LINK FOTOS", the year's motto of government
//     letterheads) and web pages' furniture ("Menú", "Por: Redacción") are dropped wherever
//     they are;
//   - the dateline ("Ciudad de México, viernes 18 de septiembre de 2020") and the number line
//     ("No. 641/2020", "Comunicado 142") are looked for among the first blocks and taken out
//     of the text; a later dateline with a place wins over a date alone (a web page's); without
//     a dateline there, one standing alone among the last blocks (a bulletin signed off
//     "Ciudad de México, a 3 de mayo de 2021.") is taken;
//   - the title is the archive's known title, else the reader's title hint (HTML), else the
//     first heading or short paragraph without a final period, past letterheads and short
//     labels written word by word in capitals ("Noticias Estatales"); a number printed before
//     it ("165. Con capacitación…") becomes the number when no number line gave one;
//   - highlights are the bullets before the body starts, together with short sentences
//     standing just before those bullets (PDF copies often lose the first bullet's glyph), the
//     subtitle under the title, and the lines printed without bullets between the title and
//     the dateline or under a dateline of its own;
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
  // The office's name lines left out above the title ("Senado de la República", "H. CONGRESO
  // DEL ESTADO"): no part of the text, but who published it.
  std::vector<std::string> letterheads;
};

BulletinStructure read_structure(const ParsedDocument& document);

// How far into a bulletin, in blocks, its header (dateline, number, title) may stand.
inline constexpr std::size_t kHeaderBlocks = 10;

// The bulletin number in a line, as the office prints it without its label: "641/2020" from
// "No. 641/2020", "123/21", "INAI/005/24", "UNAM-DGCS-536" (an office's code glued to it
// stays); a number without a year only on a line of its own ("Comunicado 142", "No. 12"):
// "142". Search keys each form alike (bulletin_number_key in the schema).
std::optional<std::string> find_bulletin_number(std::string_view line);

// Whether a line is one of the header's own lines — a dateline with nothing after the date, a
// number line, or a house's boilerplate ("BOLETÍN DE PRENSA") — which stand alone even where
// text pulled out of a PDF breaks lines inside paragraphs.
bool is_header_line(std::string_view line);

}  // namespace hemeroteca
