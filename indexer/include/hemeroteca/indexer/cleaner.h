// Cleaner: decoded text to blocks (headings, paragraphs, bullets).
//
// Handles what archives do to text: lines broken mid-sentence (reflowed into one paragraph),
// words hyphenated across lines (joined), page gaps of blank lines, bullet glyphs (•, ·, -, *,
// U+F0B7 and other private-use glyphs) and Markdown marks (#, **, ---).
#pragma once

#include <string_view>
#include <vector>

#include "hemeroteca/indexer/document.h"

namespace hemeroteca {

std::vector<Block> blocks_from_text(std::string_view text, bool markdown);

}  // namespace hemeroteca
