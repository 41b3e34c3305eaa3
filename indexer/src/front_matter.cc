#include "front_matter.h"

#include <algorithm>
#include <array>

#include "hemeroteca/indexer/text_util.h"

namespace hemeroteca {
namespace {

// Longer blocks are not front matter but a document that happens to open with a rule.
constexpr std::size_t kMaxFrontMatterLines = 100;

constexpr std::array<std::string_view, 3> kTitleKeys = {"title", "titulo", "título"};
constexpr std::array<std::string_view, 2> kDateKeys = {"date", "fecha"};

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

}  // namespace

std::optional<FrontMatter> read_front_matter(std::string_view text) {
  std::size_t first_end = text.find('\n');
  if (first_end == std::string_view::npos) return std::nullopt;
  const std::string_view opening = trim_spaces(without_line_end(text.substr(0, first_end)));
  if (opening != "---" && opening != "+++") return std::nullopt;
  const char separator = opening == "---" ? ':' : '=';

  FrontMatter front_matter;
  std::size_t start = first_end + 1;
  for (std::size_t lines = 0; lines < kMaxFrontMatterLines && start < text.size(); ++lines) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = without_line_end(text.substr(start, end - start));
    start = std::min(end + 1, text.size());
    if (trim_spaces(line) == opening || (separator == ':' && trim_spaces(line) == "...")) {
      front_matter.end = start;
      return front_matter;
    }
    // Keys at the left margin only: an indented line belongs to a nested value.
    if (line.empty() || line.front() == ' ' || line.front() == '\t') continue;
    const std::size_t at = line.find(separator);
    if (at == std::string_view::npos) continue;
    const std::string key = lower_ascii(trim_spaces(line.substr(0, at)));
    std::string value = scalar(line.substr(at + 1));
    if (value.empty()) continue;
    if (is_one_of(key, kTitleKeys) && !front_matter.title) front_matter.title = std::move(value);
    if (is_one_of(key, kDateKeys) && !front_matter.date) front_matter.date = std::move(value);
  }
  return std::nullopt;  // no closing line: not front matter
}

}  // namespace hemeroteca
