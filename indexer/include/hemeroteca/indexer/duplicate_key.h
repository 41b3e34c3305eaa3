// Duplicate key: one key for every shape of the same bulletin (a PDF, the text pulled out of
// it, its web page), and different keys for different bulletins, even when they share
// boilerplate.
//
// The key is a MinHash signature of the body's running text: the folded words of paragraphs
// of at least kMinParagraphWords words are cut into overlapping 5-word shingles, and the
// kSignatureSize smallest shingle hashes are combined. Titles, highlights, short lines
// (headers, sign-offs, photo links) and layout (line breaks, page gaps, bullet glyphs) do not
// take part, so they may differ between shapes. Two bulletins get one key only if their
// smallest shingles all coincide, which shared boilerplate alone makes unlikely.
//
// Thread-safety: a pure function.
#pragma once

#include <string>
#include <vector>

namespace hemeroteca {

inline constexpr std::size_t kMinParagraphWords = 30;
inline constexpr std::size_t kSignatureSize = 4;

// 16 hex digits; "" when the body has no words at all.
std::string duplicate_key(const std::vector<std::string>& body);

}  // namespace hemeroteca
