// Decoding: bytes of unknown encoding to clean UTF-8 text.
//
// UTF-8 (with or without BOM) is kept; text that is not valid UTF-8 is read as Windows-1252
// (a superset of Latin-1 in practice) when that explains it, and otherwise invalid bytes are
// replaced by U+FFFD. Line endings become "\n" and the text is NFC-normalised. What was done is
// reported as warnings, never as an exception: decoding cannot fail.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hemeroteca {

struct DecodedText {
  std::string text;                   // UTF-8, NFC, "\n" line endings
  std::string encoding;               // "utf-8", "utf-8-bom", "windows-1252", "utf-8-repaired"
  std::vector<std::string> warnings;  // e.g. "converted from windows-1252"
};

DecodedText decode_text(std::string_view bytes);

// True when `bytes` is entirely valid UTF-8.
bool is_valid_utf8(std::string_view bytes);

}  // namespace hemeroteca
