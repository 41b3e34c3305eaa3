#include "xml_archive.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <pugixml.hpp>
#include <sstream>

#include "hemeroteca/schema/error.h"
#include "hemeroteca/schema/xml_location.h"

namespace hemeroteca {
namespace {

constexpr std::string_view kRoot = "hemeroteca-archive";
constexpr std::array<std::string_view, 4> kTextFormats = {"text", "markdown", "html", "pdf-text"};

// Input files are the user's to fix, so problems are kInvalidArgument (exit code 2), not the
// kCorrupt XmlLocation gives for the schema's own files; its "file:line: " prefix is kept.
class Locator {
 public:
  Locator(const std::string& file, std::string_view xml) : file_(file), xml_(xml) {}

  std::size_t line(std::ptrdiff_t offset) const {
    const auto end = xml_.begin() + std::clamp<std::ptrdiff_t>(offset, 0, xml_.size());
    return 1 + static_cast<std::size_t>(std::count(xml_.begin(), end, '\n'));
  }
  std::size_t line(const pugi::xml_node& node) const { return line(node.offset_debug()); }

  [[nodiscard]] Error error(std::ptrdiff_t offset, const std::string& problem) const {
    const Error located =
        XmlLocation(file_, xml_, static_cast<std::size_t>(std::max<std::ptrdiff_t>(offset, 0)))
            .error(problem);
    return Error(ErrorKind::kInvalidArgument, located.what());
  }
  [[nodiscard]] Error error(const pugi::xml_node& node, const std::string& problem) const {
    return error(node.offset_debug(), problem);
  }

 private:
  const std::string& file_;
  std::string_view xml_;
};

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// YYYY-MM-DD naming a real day.
bool is_iso_date(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(date[i]))) return false;
  }
  const int year = std::stoi(std::string(date.substr(0, 4)));
  const int month = std::stoi(std::string(date.substr(5, 2)));
  const int day = std::stoi(std::string(date.substr(8, 2)));
  constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= kDays[month - 1] + (month == 2 && is_leap(year) ? 1 : 0);
}

std::optional<std::string> attribute(const pugi::xml_node& node, const char* name) {
  const pugi::xml_attribute attr = node.attribute(name);
  if (!attr || *attr.value() == '\0') return std::nullopt;
  return std::string(attr.value());
}

// All character data of `node`; HTML written as elements rather than escaped text is kept as
// markup, so <text format="html"><p>…</p></text> reads like the escaped form.
std::string inner_text(const pugi::xml_node& node, bool markup) {
  std::string out;
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      out += child.value();
    } else if (markup && child.type() == pugi::node_element) {
      std::ostringstream stream;
      child.print(stream, "", pugi::format_raw);
      out += stream.str();
    }
  }
  return out;
}

ArchiveEntry read_bulletin(const pugi::xml_node& bulletin, std::size_t number,
                           const std::string& file, const Locator& locator) {
  ArchiveEntry entry;
  entry.line = locator.line(bulletin);
  if (auto date = attribute(bulletin, "date")) {
    if (is_iso_date(*date)) {
      entry.metadata.date = date;
    } else {
      entry.warnings.push_back(file + ":" + std::to_string(entry.line) + ": ignored date \"" +
                               *date + "\": expected YYYY-MM-DD");
    }
  }
  entry.metadata.number = attribute(bulletin, "number");
  entry.metadata.url = attribute(bulletin, "url");
  entry.metadata.source = attribute(bulletin, "source");
  entry.source = entry.metadata.source.value_or(
      entry.metadata.url.value_or(file + "#" + std::to_string(number)));
  if (const pugi::xml_node title = bulletin.child("title")) {
    std::string text = inner_text(title, /*markup=*/false);
    if (text.find_first_not_of(" \t\n") != std::string::npos) entry.metadata.title = text;
  }
  const pugi::xml_node text = bulletin.child("text");
  if (!text) {
    throw locator.error(bulletin, "bulletin " + std::to_string(number) +
                                      " has no <text> element; add its text inside one");
  }
  entry.format = text.attribute("format").value();
  if (!entry.format.empty() &&
      std::find(kTextFormats.begin(), kTextFormats.end(), entry.format) == kTextFormats.end()) {
    throw locator.error(
        text, "unknown format \"" + entry.format + "\"; use text, markdown, html or pdf-text");
  }
  entry.text = inner_text(text, entry.format == "html");
  return entry;
}

}  // namespace

std::vector<ArchiveEntry> parse_archive(std::string_view xml, const std::string& file) {
  const Locator locator(file, xml);
  pugi::xml_document document;
  const pugi::xml_parse_result parsed =
      document.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    throw locator.error(parsed.offset, std::string("malformed XML (") + parsed.description() +
                                           "); fix the file and import it again");
  }
  const pugi::xml_node root = document.document_element();
  if (!root) throw locator.error(0, "no root element; see docs/archive-format.md");
  if (std::string_view(root.name()) != kRoot) {
    throw locator.error(root, "the root element is <" + std::string(root.name()) +
                                  ">, not <hemeroteca-archive>; see docs/archive-format.md");
  }
  if (auto version = attribute(root, "version"); version && *version != "1") {
    throw locator.error(
        root, "archive version " + *version + " is not supported; this reader knows version 1");
  }
  std::vector<ArchiveEntry> entries;
  for (const pugi::xml_node& bulletin : root.children("bulletin")) {
    entries.push_back(read_bulletin(bulletin, entries.size() + 1, file, locator));
  }
  if (entries.empty()) {
    throw locator.error(root, "the archive holds no <bulletin>; nothing to import");
  }
  return entries;
}

}  // namespace hemeroteca
