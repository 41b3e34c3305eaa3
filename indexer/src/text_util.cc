#include "hemeroteca/indexer/text_util.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "hemeroteca/schema/analyzer.h"

namespace hemeroteca {
namespace {

// Folded abbreviations that end in a period without ending the sentence.
// "Cd." is "Ciudad" before a name ("Cd. Juárez", "Cd. Méx."), and "Ma." "María" ("Ma. Elena"):
// never a sentence's last word.
constexpr std::array<std::string_view, 40> kAbbreviations = {
    "dr",   "dra",  "lic",  "licda", "ing", "mtro", "mtra",  "arq",  "sr",   "sra",
    "srta", "no",   "num",  "núm",   "art", "arts", "fracc", "ver",  "gro",  "mich",
    "jal",  "oax",  "chis", "edo",   "mex", "qro",  "tamps", "ags",  "tab",  "col",
    "av",   "gral", "prof", "profa", "etc", "cd",   "ma",    "econ", "abog", "abg"};

UChar32 code_point_at(std::string_view text, std::size_t at) {
  int32_t i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  return c;
}

bool opens_sentence(UChar32 c) {
  return u_isupper(c) || u_isdigit(c) || c == 0x00BF /* ¿ */ || c == 0x00A1 /* ¡ */ || c == '"' ||
         c == 0x201C /* “ */ || c == 0x00AB /* « */;
}

// The word just before position `end` (exclusive), e.g. "Dr" in "el Dr. Pérez".
std::string_view word_before(std::string_view text, std::size_t end) {
  std::size_t start = end;
  while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '(' && text[start - 1] != '\n') {
    --start;
  }
  return text.substr(start, end - start);
}

bool is_abbreviation(std::string_view word) {
  if (word.empty()) return false;
  // Initials and dotted abbreviations: "D.F", "J", "S.A".
  if (word.size() == 1 || word.find('.') != std::string_view::npos) return true;
  const std::string folded = Analyzer::fold(word);
  for (std::string_view known : kAbbreviations) {
    if (folded == known) return true;
  }
  return false;
}

}  // namespace

std::string_view last_word(std::string_view text) {
  return text.substr(text.find_last_of(" ,") + 1);  // npos + 1 == 0: the whole text
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t space = std::min(text.find(' ', at), text.size());
    if (space > at) words.push_back(text.substr(at, space - at));
    at = space + 1;
  }
  return words;
}

UChar32 first_code_point(std::string_view text, int32_t* length) {
  if (text.empty()) return -1;
  int32_t at = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), at, static_cast<int32_t>(text.size()), c);
  if (length != nullptr) *length = at;
  return c;
}

std::string ascii_upper(std::string_view text) {
  std::string upper(text);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return upper;
}

std::string_view trim_spaces(std::string_view text) {
  auto starts_space = [](std::string_view s) {
    return !s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' ||
                          s.front() == '\r' || s.starts_with("\u00A0"));
  };
  while (starts_space(text)) text.remove_prefix(text.starts_with("\u00A0") ? 2 : 1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' ||
                           text.back() == '\r' || text.ends_with("\u00A0"))) {
    text.remove_suffix(text.ends_with("\u00A0") ? 2 : 1);
  }
  return text;
}

std::vector<Sentence> split_sentences(std::string_view paragraph) {
  std::vector<Sentence> sentences;
  std::size_t start = 0;
  auto emit = [&](std::size_t end) {
    std::string_view piece = paragraph.substr(start, end - start);
    const std::string_view trimmed = trim_spaces(piece);
    if (!trimmed.empty()) {
      sentences.push_back(
          {trimmed, start + static_cast<std::size_t>(trimmed.data() - piece.data())});
    }
    start = end;
  };
  for (std::size_t i = 0; i < paragraph.size(); ++i) {
    const char c = paragraph[i];
    std::size_t mark_end = 0;
    if (c == '.' || c == '!' || c == '?') {
      mark_end = i + 1;
    } else if (paragraph.compare(i, 3, "\u2026") == 0) {
      mark_end = i + 3;
    } else {
      continue;
    }
    // Closing quotes and brackets stay with the sentence they close.
    while (mark_end < paragraph.size()) {
      if (paragraph[mark_end] == '"' || paragraph[mark_end] == ')') {
        ++mark_end;
      } else if (paragraph.compare(mark_end, 3, "\u201D") == 0 ||
                 paragraph.compare(mark_end, 2, "\u00BB") == 0) {
        mark_end += paragraph.compare(mark_end, 3, "\u201D") == 0 ? 3 : 2;
      } else {
        break;
      }
    }
    if (mark_end >= paragraph.size() || paragraph[mark_end] != ' ') continue;
    std::size_t next = mark_end;
    while (next < paragraph.size() && paragraph[next] == ' ') ++next;
    if (next >= paragraph.size() || !opens_sentence(code_point_at(paragraph, next))) continue;
    if (c == '.' && is_abbreviation(word_before(paragraph, i))) continue;
    emit(mark_end);
    i = mark_end - 1;
  }
  emit(paragraph.size());
  return sentences;
}

namespace {

// Top-level domains of the hosts bulletins and the pages around them print.
constexpr std::array<std::string_view, 10> kTopLevelDomains = {"com", "mx",   "org", "net",  "gob",
                                                               "edu", "info", "tv",  "news", "io"};

bool is_host_label(std::string_view label) {
  return !label.empty() && std::all_of(label.begin(), label.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

}  // namespace

bool is_image_file_name(std::string_view text) {
  constexpr std::size_t kMaxFileNameBytes = 80;
  text = trim_spaces(text);
  if (text.size() > kMaxFileNameBytes) return false;
  for (const std::string_view extension : {".jpg", ".jpeg", ".png", ".gif", ".webp"}) {
    if (text.size() <= extension.size()) continue;
    const std::string_view end = text.substr(text.size() - extension.size());
    if (std::equal(end.begin(), end.end(), extension.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == b;
        })) {
      return true;
    }
  }
  return false;
}

bool is_link_line(std::string_view text) {
  text = trim_spaces(text);
  if (text.empty() || text.find_first_of(" \t") != std::string_view::npos) return false;
  if (text.starts_with("http://") || text.starts_with("https://") || text.starts_with("www.")) {
    return true;
  }
  const std::string_view host = text.substr(0, text.find('/'));
  std::vector<std::string_view> labels;
  for (std::size_t start = 0;;) {
    const std::size_t dot = host.find('.', start);
    labels.push_back(host.substr(start, dot == std::string_view::npos ? dot : dot - start));
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  if (labels.size() < 2 || labels.front().size() < 2) return false;
  // "662.212.22.33" is a telephone number.
  if (!std::all_of(labels.back().begin(), labels.back().end(),
                   [](char c) { return c >= 'a' && c <= 'z'; })) {
    return false;
  }
  if (!std::all_of(labels.begin(), labels.end(), is_host_label)) return false;
  return std::find(kTopLevelDomains.begin(), kTopLevelDomains.end(), labels.back()) !=
             kTopLevelDomains.end() ||
         (labels.back().size() == 2 && labels.size() >= 3);  // "imss.gob.mx", "bbc.co.uk"
}

}  // namespace hemeroteca
