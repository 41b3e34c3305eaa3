#include "hemeroteca/schema/analyzer.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <optional>

namespace hemeroteca {
namespace {

constexpr UChar32 kSmallEnye = 0x00F1;
constexpr UChar32 kCapitalEnye = 0x00D1;

void append_utf8(std::string& out, UChar32 c) {
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, U8_MAX_LENGTH, c, error);
  if (!error) out.append(buffer, static_cast<std::size_t>(length));
}

const icu::Normalizer2& compatibility_decomposer() {
  // ICU returns a process-wide singleton that is thread-safe to use.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  if (U_FAILURE(status) || nfkd == nullptr) throw std::runtime_error("ICU NFKD data missing");
  return *nfkd;
}

// Appends the folded form of one code point: lower case, compatibility-decomposed, without
// combining marks, except that ñ survives as a letter of its own. The slow path, through ICU.
void append_folded_with_icu(std::string& out, UChar32 c) {
  if (c == kSmallEnye || c == kCapitalEnye) {
    append_utf8(out, kSmallEnye);
    return;
  }
  // A mark typed apart from its letter ("e" + U+0301, as some keyboards and macOS file names
  // send "é"): folded away like the mark inside "é".
  if (u_charType(c) == U_NON_SPACING_MARK) return;
  icu::UnicodeString decomposition;
  if (!compatibility_decomposer().getDecomposition(c, decomposition)) {
    append_utf8(out, u_foldCase(c, U_FOLD_CASE_DEFAULT));
    return;
  }
  for (int32_t i = 0; i < decomposition.length();) {
    const UChar32 part = decomposition.char32At(i);
    i += U16_LENGTH(part);
    if (u_charType(part) == U_NON_SPACING_MARK) continue;
    const UChar32 lower = u_foldCase(part, U_FOLD_CASE_DEFAULT);
    if (lower < 0x80) {
      out.push_back(static_cast<char>(lower));
    } else {
      append_utf8(out, lower);
    }
  }
}

// Spanish text is nearly all ASCII and Latin-1 (á, é, ñ, ü…): their folded and lower-case forms
// are computed once with ICU and looked up afterwards.
constexpr UChar32 kLatin1First = 0xC0;
constexpr UChar32 kLatin1Last = 0xFF;

struct Latin1Table {
  std::array<std::string, kLatin1Last - kLatin1First + 1> folded;
  std::array<std::string, kLatin1Last - kLatin1First + 1> lower;
};

const Latin1Table& latin1() {
  static const Latin1Table table = [] {
    Latin1Table t;
    for (UChar32 c = kLatin1First; c <= kLatin1Last; ++c) {
      append_folded_with_icu(t.folded[static_cast<std::size_t>(c - kLatin1First)], c);
      append_utf8(t.lower[static_cast<std::size_t>(c - kLatin1First)], u_tolower(c));
    }
    return t;
  }();
  return table;
}

bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

unsigned char ascii_lower(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + ('a' - 'A')) : c;
}

void append_folded(std::string& out, UChar32 c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(ascii_lower(static_cast<unsigned char>(c))));
  } else if (c >= kLatin1First && c <= kLatin1Last) {
    out += latin1().folded[static_cast<std::size_t>(c - kLatin1First)];
  } else {
    append_folded_with_icu(out, c);
  }
}

void append_lower(std::string& out, UChar32 c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(ascii_lower(static_cast<unsigned char>(c))));
  } else if (c >= kLatin1First && c <= kLatin1Last) {
    out += latin1().lower[static_cast<std::size_t>(c - kLatin1First)];
  } else {
    append_utf8(out, u_tolower(c));
  }
}

bool is_word_char(UChar32 c) {
  if (c < 0x80) return is_ascii_alnum(static_cast<unsigned char>(c));
  if (c >= kLatin1First && c <= kLatin1Last) return c != 0xD7 && c != 0xF7;  // not × or ÷
  if (c >= 0xE000 && c <= 0xF8FF) return false;  // private use: PDF bullet glyphs
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK;
}

std::string lower_case(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) continue;
    append_lower(out, c);
  }
  return out;
}

// The folded form of `text`; nothing when it holds a combining mark (U+0300..U+036F), which
// must be composed with its letter first, unless `composed` says it was.
std::optional<std::string> fold_text(std::string_view text, bool composed) {
  std::string out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) continue;  // invalid UTF-8 is dropped, never passed on
    if (!composed && c >= 0x300 && c <= 0x36F) return std::nullopt;
    append_folded(out, c);
  }
  return out;
}

}  // namespace

std::string slug(std::string_view text) {
  const std::string folded = Analyzer::fold(text);
  std::string out;
  out.reserve(folded.size());
  bool pending_dash = false;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(folded[i]);
    // Bytes >= 0x80 belong to letters kept by folding (ñ, non-Latin scripts).
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (!keep) {
      pending_dash = !out.empty();
      continue;
    }
    if (pending_dash) out.push_back('-');
    pending_dash = false;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

Analyzer::Analyzer() : stemmer_("spanish") {}

std::string Analyzer::composed(std::string_view text) {
  // U+0300..U+036F, the combining marks Latin text uses, are 0xCC 0x80 .. 0xCD 0xAF in UTF-8:
  // text without those bytes, nearly all of it, is returned as it is.
  if (text.find_first_of("\xCC\xCD") == std::string_view::npos) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || nfc == nullptr) return std::string(text);
  const icu::UnicodeString normalized =
      nfc->normalize(icu::UnicodeString::fromUTF8(
                         icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
                     status);
  if (U_FAILURE(status)) return std::string(text);
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  normalized.toUTF8(sink);
  return out;
}

std::string Analyzer::fold(std::string_view text) {
  // "n" + U+0303 is "ñ", a letter folding keeps: composed first. Other marks typed apart from
  // their letters are dropped either way. Text without such marks, nearly all, is read once.
  if (std::optional<std::string> folded = fold_text(text, /*composed=*/false)) return *folded;
  return *fold_text(composed(text), /*composed=*/true);
}

void Analyzer::scan(std::string_view text, const std::function<void(const Token&)>& visit,
                    Forms forms, const std::bitset<256>* first_letters) const {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  const bool with_lower = forms == Forms::kFoldedAndLower;
  Token current;
  bool in_word = false;
  bool folding = true;  // false for the rest of a word passed over (first_letters)
  const auto begin_word = [&](int32_t at) {
    current.folded.clear();
    current.lower.clear();
    current.begin = static_cast<std::size_t>(at);
    in_word = true;
  };
  const auto end_word = [&] {
    if (in_word) visit(current);
    in_word = false;
  };
  for (int32_t i = 0; i < length;) {
    // ASCII, most of a Spanish text, without decoding: the same words as the general path.
    if (bytes[i] < 0x80) {
      const auto byte = static_cast<unsigned char>(bytes[i]);
      if (!is_ascii_alnum(byte)) {
        end_word();
        ++i;
        continue;
      }
      if (!in_word) {
        begin_word(i);
        folding = !first_letters || first_letters->test(ascii_lower(byte));
      }
      if (folding) {
        current.folded.push_back(static_cast<char>(ascii_lower(byte)));
        if (with_lower) current.lower.push_back(static_cast<char>(ascii_lower(byte)));
        ++i;
      } else {
        // A word passed over by its first letter: skip the rest of its ASCII run at once.
        do ++i;
        while (i < length && bytes[i] < 0x80 && is_ascii_alnum(bytes[i]));
      }
      current.end = static_cast<std::size_t>(i);
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    const bool word_char =
        c >= 0 && is_word_char(c) && (in_word || c < 0x300 || u_charType(c) != U_NON_SPACING_MARK);
    if (word_char) {
      if (!in_word) {
        begin_word(start);
        folding = true;
        if (first_letters) {
          append_folded(current.folded, c);
          folding = !current.folded.empty() &&
                    first_letters->test(static_cast<unsigned char>(current.folded.front()));
          current.folded.clear();
        }
      }
      if (folding) {
        append_folded(current.folded, c);
        if (with_lower) append_lower(current.lower, c);
      }
      current.end = static_cast<std::size_t>(i);
    } else {
      end_word();
    }
  }
  end_word();
}

std::vector<Token> Analyzer::tokenize(std::string_view text) const {
  std::vector<Token> tokens;
  scan(text, [&](const Token& token) { tokens.push_back(token); });
  return tokens;
}

const std::string& Analyzer::cached_stem(const std::string& word) const {
  // Bounded so that a long import of a varied archive cannot grow it without end.
  constexpr std::size_t kMaxCachedStems = 200000;
  if (auto it = stems_.find(word); it != stems_.end()) return it->second;
  if (stems_.size() >= kMaxCachedStems) stems_.clear();
  return stems_.emplace(word, fold(stemmer_(word))).first->second;
}

std::string Analyzer::stem(const Token& token) const { return cached_stem(token.lower); }

std::string Analyzer::stem_word(std::string_view word) const {
  return cached_stem(lower_case(word));
}

std::string Analyzer::vocabulary_term(const Token& token,
                                      std::string_view vocabulary_prefix) const {
  if (token.lower == token.folded) return {};
  std::string accented_stem = stem(token);
  if (accented_stem == cached_stem(token.folded)) return {};
  std::string term(vocabulary_prefix);
  term += token.folded;
  term += ':';
  term += accented_stem;
  return term;
}

}  // namespace hemeroteca
