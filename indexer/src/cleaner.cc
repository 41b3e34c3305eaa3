#include "hemeroteca/indexer/cleaner.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <string>

namespace hemeroteca {
namespace {

// Glyphs that open a bullet point when they start a line. Private-use code points (U+E000 to
// U+F8FF) are handled apart: PDF extractors emit symbol-font bullets there (U+F0B7 and kin).
constexpr std::array<std::string_view, 9> kBulletGlyphs = {
    "\u2022", "\u00B7", "\u25AA", "\u25CF", "\u25E6", "\u2013", "\u2014", "\u27A2", "\u2023"};

// Words after which a sentence cannot end: a line ending in one continues on the next, even
// across a page gap ("la Oficial Mayor de" / "Hacienda, ...").
constexpr std::array<std::string_view, 24> kContinuationWords = {
    "de", "del", "la", "las", "el", "los", "y", "e", "o", "u", "en", "a", "al",
    "que", "con", "por", "para", "su", "sus", "un", "una", "se", "como", "entre"};

std::string_view trim(std::string_view s) {
  // ASCII spaces, tabs and the no-break space U+00A0 that PDF and HTML text is full of.
  while (true) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\f')) {
      s.remove_prefix(1);
    } else if (s.starts_with("\u00A0")) {
      s.remove_prefix(2);
    } else {
      break;
    }
  }
  while (true) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\f')) {
      s.remove_suffix(1);
    } else if (s.ends_with("\u00A0")) {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

UChar32 first_code_point(std::string_view s, int32_t* length = nullptr) {
  if (s.empty()) return -1;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  if (length) *length = i;
  return c;
}

// Strips a leading bullet glyph; returns true when there was one.
bool strip_bullet(std::string_view& line) {
  if (line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ ")) {
    line = trim(line.substr(2));
    return true;
  }
  for (std::string_view glyph : kBulletGlyphs) {
    if (line.starts_with(glyph)) {
      line = trim(line.substr(glyph.size()));
      return true;
    }
  }
  int32_t length = 0;
  const UChar32 c = first_code_point(line, &length);
  if (c >= 0xE000 && c <= 0xF8FF) {
    line = trim(line.substr(static_cast<std::size_t>(length)));
    return true;
  }
  return false;
}

bool is_rule(std::string_view line) {
  // Markdown rules and the press offices' end marks: "---", "***", "---o0o---", "--- oOo ---".
  std::size_t marks = 0;
  for (char c : line) {
    if (c == '-' || c == '*' || c == '_' || c == '=') ++marks;
    else if (c != ' ' && c != 'o' && c != 'O' && c != '0') return false;
  }
  return marks >= 3;
}

bool ends_sentence(std::string_view text) {
  text = trim(text);
  if (text.empty()) return true;
  for (std::string_view end : {".", ":", "!", "?", ";", "\u201D", "\"", "\u00BB", ")"}) {
    if (text.ends_with(end)) return true;
  }
  return false;
}

bool starts_lowercase(std::string_view text) {
  const UChar32 c = first_code_point(text);
  return c >= 0 && u_islower(c);
}

bool ends_with_continuation(std::string_view text) {
  text = trim(text);
  if (text.ends_with(",")) return true;
  const std::size_t space = text.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? text : text.substr(space + 1);
  for (std::string_view word : kContinuationWords) {
    if (last == word) return true;
  }
  return false;
}

// Appends a line to a paragraph, joining words hyphenated across the break ("trans-" +
// "ferencia"); a hyphen before an upper-case letter is kept ("IMSS-" + "Bienestar").
void append_line(std::string& paragraph, std::string_view line) {
  if (paragraph.empty()) {
    paragraph = line;
    return;
  }
  if (paragraph.size() >= 2 && paragraph.back() == '-' && paragraph[paragraph.size() - 2] != ' ') {
    if (starts_lowercase(line)) paragraph.pop_back();
    paragraph += line;
    return;
  }
  paragraph.push_back(' ');
  paragraph += line;
}

std::string strip_emphasis(std::string_view text, bool& emphasized) {
  emphasized = false;
  for (std::string_view mark : {"**", "__"}) {
    if (text.size() > 4 && text.starts_with(mark) && text.ends_with(mark)) {
      emphasized = true;
      text = trim(text.substr(2, text.size() - 4));
      break;
    }
  }
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i + 1 < text.size() && text[i] == '*' && text[i + 1] == '*') {
      ++i;
      continue;
    }
    out.push_back(text[i]);
  }
  return out;
}

class BlockBuilder {
 public:
  explicit BlockBuilder(bool markdown) : markdown_(markdown) {}

  void line(std::string_view raw) {
    std::string_view text = trim(raw);
    if (text.empty()) {
      gap_ = true;
      return;
    }
    if (is_rule(text)) {
      flush();
      return;
    }
    if (markdown_ && text.starts_with('#')) {
      flush();
      std::size_t level = text.find_first_not_of('#');
      if (level != std::string_view::npos && level <= 6) {
        emit(BlockKind::kHeading, trim(text.substr(level)));
        return;
      }
    }
    if (strip_bullet(text)) {
      flush();
      kind_ = BlockKind::kBullet;
      current_ = text;
      gap_ = false;
      return;
    }
    if (!current_.empty() && continues(text)) {
      append_line(current_, text);
    } else {
      flush();
      kind_ = BlockKind::kParagraph;
      current_ = text;
    }
    gap_ = false;
  }

  std::vector<Block> finish() {
    flush();
    return std::move(blocks_);
  }

 private:
  // Whether `text` continues the block being built.
  bool continues(std::string_view text) const {
    if (ends_sentence(current_)) return false;
    if (!gap_) return true;  // a plain line break inside running text
    // After blank lines (a paragraph break or a PDF page gap) only an unfinished sentence goes on.
    return starts_lowercase(text) || ends_with_continuation(current_);
  }

  void emit(BlockKind kind, std::string_view text) {
    bool emphasized = false;
    std::string clean = markdown_ ? strip_emphasis(text, emphasized) : std::string(text);
    if (clean.empty()) return;
    blocks_.push_back(Block{kind, std::move(clean), emphasized});
  }

  void flush() {
    if (!current_.empty()) emit(kind_, current_);
    current_.clear();
    kind_ = BlockKind::kParagraph;
    gap_ = false;
  }

  bool markdown_;
  bool gap_ = false;
  BlockKind kind_ = BlockKind::kParagraph;
  std::string current_;
  std::vector<Block> blocks_;
};

}  // namespace

std::vector<Block> blocks_from_text(std::string_view text, bool markdown) {
  BlockBuilder builder(markdown);
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    builder.line(text.substr(start, end - start));
    start = end + 1;
  }
  return builder.finish();
}

}  // namespace hemeroteca
