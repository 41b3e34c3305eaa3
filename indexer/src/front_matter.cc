#include "front_matter.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "hemeroteca/indexer/text_util.h"

namespace hemeroteca {
namespace {

// Longer blocks are not front matter but a document that happens to open with a rule.
constexpr std::size_t kMaxFrontMatterLines = 100;

constexpr std::array<std::string_view, 3> kTitleKeys = {"title", "titulo", "título"};
constexpr std::array<std::string_view, 2> kDateKeys = {"date", "fecha"};
// The keys Pelican and MultiMarkdown documents carry; a line with any other key ("Lugar:",
// "PREGUNTA:") means the lines are the bulletin's own, not metadata.
constexpr std::array<std::string_view, 21> kMetadataKeys = {
    "title",   "titulo", "título", "date",     "fecha",  "modified", "slug",
    "summary", "tags",   "tag",    "category", "author", "authors",  "autor",
    "image",   "status", "lang",   "save_as",  "url",    "template", "keywords"};
// YAML's markers of a value on the lines below: "title: >-".
constexpr std::array<std::string_view, 7> kBlockScalars = {"", ">", ">-", ">+", "|", "|-", "|+"};

std::string lower_ascii(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) {
    return c < 0x80 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c);
  });
  return lower;
}

std::string_view without_line_end(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.remove_suffix(1);
  return line;
}

// A scalar value as written: quotes taken off ("…", '…'), spaces trimmed.
std::string scalar(std::string_view value) {
  value = trim_spaces(value);
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
      value.back() == value.front()) {
    value = trim_spaces(value.substr(1, value.size() - 2));
  }
  return std::string(value);
}

bool is_one_of(std::string_view key, auto const& keys) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// Takes one "key<separator>value" line into `front_matter` when the key is one it keeps.
void take_key(std::string_view key, std::string_view value, FrontMatter& front_matter) {
  const std::string lower_key = lower_ascii(trim_spaces(key));
  std::string text = scalar(value);
  if (text.empty()) return;
  if (is_one_of(lower_key, kTitleKeys) && !front_matter.title) front_matter.title = std::move(text);
  if (is_one_of(lower_key, kDateKeys) && !front_matter.date) front_matter.date = std::move(text);
}

// The key of a Pelican or MultiMarkdown metadata line, "Title: Se reúnen…": one word of
// letters, '-' or '_' at the left margin, then ": "; empty when the line is none.
std::string_view metadata_key(std::string_view line) {
  const std::size_t colon = line.find(": ");
  if (colon == 0 || colon == std::string_view::npos) return {};
  const std::string_view key = line.substr(0, colon);
  const bool one_word = std::all_of(key.begin(), key.end(), [](unsigned char c) {
    return std::isalpha(c) || c == '-' || c == '_' || c >= 0x80;
  });
  return one_word ? key : std::string_view{};
}

// Pelican and MultiMarkdown metadata: "Key: value" lines from the first, which names the
// title, to the first blank line.
std::optional<FrontMatter> read_metadata_lines(std::string_view text) {
  FrontMatter front_matter;
  std::size_t start = 0;
  for (std::size_t lines = 0; lines < kMaxFrontMatterLines && start < text.size(); ++lines) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = without_line_end(text.substr(start, end - start));
    start = std::min(end + 1, text.size());
    if (trim_spaces(line).empty()) {
      if (lines == 0) return std::nullopt;
      front_matter.end = start;
      return front_matter;
    }
    const std::string_view key = metadata_key(line);
    if (key.empty() || !is_one_of(lower_ascii(key), kMetadataKeys) ||
        (lines == 0 && !is_one_of(lower_ascii(key), kTitleKeys))) {
      return std::nullopt;
    }
    take_key(key, line.substr(key.size() + 1), front_matter);
  }
  return std::nullopt;
}

}  // namespace

std::optional<FrontMatter> read_front_matter(std::string_view text) {
  std::size_t first_end = text.find('\n');
  if (first_end == std::string_view::npos) return std::nullopt;
  const std::string_view opening = trim_spaces(without_line_end(text.substr(0, first_end)));
  if (opening != "---" && opening != "+++") return read_metadata_lines(text);
  const char separator = opening == "---" ? ':' : '=';

  FrontMatter front_matter;
  // A key whose value is on the indented lines below it ("title: >-"), and those lines.
  std::string pending_key;
  std::string pending_value;
  const auto take_pending = [&] {
    if (!pending_key.empty()) take_key(pending_key, pending_value, front_matter);
    pending_key.clear();
    pending_value.clear();
  };
  std::size_t start = first_end + 1;
  for (std::size_t lines = 0; lines < kMaxFrontMatterLines && start < text.size(); ++lines) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = without_line_end(text.substr(start, end - start));
    start = std::min(end + 1, text.size());
    if (trim_spaces(line) == opening || (separator == ':' && trim_spaces(line) == "...")) {
      take_pending();
      front_matter.end = start;
      return front_matter;
    }
    if (trim_spaces(line).empty()) continue;
    if (line.front() == ' ' || line.front() == '\t') {  // a nested or a block value
      if (!pending_key.empty()) {
        pending_value += pending_value.empty() ? "" : " ";
        pending_value += trim_spaces(line);
      }
      continue;
    }
    take_pending();
    if (line.front() == '#' || line.starts_with("- ")) continue;  // a comment, a list's item
    // Anything but "key: value" at the margin is a document that opens with a rule, whose
    // lines are its own.
    const std::size_t at = line.find(separator);
    const std::string_view key =
        at == std::string_view::npos ? "" : trim_spaces(line.substr(0, at));
    const bool key_like = !key.empty() && std::all_of(key.begin(), key.end(), [](unsigned char c) {
      return std::isalnum(c) || c == '_' || c == '-' || c == '.' || c >= 0x80;
    });
    if (!key_like) return std::nullopt;
    const std::string_view value = trim_spaces(line.substr(at + 1));
    if (is_one_of(value, kBlockScalars)) {
      pending_key = std::string(key);
    } else {
      take_key(key, value, front_matter);
    }
  }
  return std::nullopt;  // no closing line: not front matter
}

}  // namespace hemeroteca
