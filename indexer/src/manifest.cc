#include "hemeroteca/indexer/manifest.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <optional>
#include <pugixml.hpp>
#include <sstream>
#include <vector>

#include "hemeroteca/indexer/archive_reader.h"
#include "hemeroteca/schema/error.h"
#include "hemeroteca/schema/query_dates.h"

namespace hemeroteca {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kXmlRoot = "hemeroteca-manifest";
constexpr std::array<std::string_view, 6> kColumns = {"file", "date",   "number",
                                                      "url",  "source", "title"};

struct Row {
  std::size_t line = 0;
  std::array<std::optional<std::string>, kColumns.size()> cells;  // in kColumns order
};

[[nodiscard]] Error problem(const fs::path& file, std::size_t line, const std::string& what) {
  return Error(ErrorKind::kInvalidArgument,
               file.string() + ":" + std::to_string(line) + ": " + what);
}

std::string read_all(const fs::path& file) {
  std::error_code error;
  if (!fs::exists(file, error)) {
    throw Error(ErrorKind::kNotFound, file.string() + ": no such manifest; check the path");
  }
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  if (!in || !(bytes << in.rdbuf())) {
    throw Error(ErrorKind::kIo,
                file.string() + ": cannot read the manifest; check its permissions");
  }
  std::string text = bytes.str();
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  return text;
}

// RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks.
std::vector<std::pair<std::size_t, std::vector<std::string>>> csv_records(const std::string& text,
                                                                          const fs::path& file) {
  std::vector<std::pair<std::size_t, std::vector<std::string>>> records;
  std::vector<std::string> fields(1);
  std::size_t line = 1;
  std::size_t record_line = 1;
  bool quoted = false;
  auto finish = [&] {
    const bool blank =
        fields.size() == 1 && fields[0].find_first_not_of(" \t") == std::string::npos;
    if (!blank) records.emplace_back(record_line, std::move(fields));
    fields.assign(1, std::string());
    record_line = line;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        fields.back().push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        fields.back().push_back(c);
      }
    } else if (c == '"' && fields.back().empty()) {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c == '\n') {
      ++line;
      finish();
    } else if (c != '\r') {
      fields.back().push_back(c);
    }
  }
  if (quoted) throw problem(file, record_line, "a quoted field is never closed; add the \"");
  finish();
  return records;
}

std::string trim(std::string text) {
  const auto begin = text.find_first_not_of(" \t");
  if (begin == std::string::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t") - begin + 1);
}

std::vector<Row> rows_from_csv(const std::string& text, const fs::path& file) {
  const auto records = csv_records(text, file);
  if (records.empty()) throw problem(file, 1, "the manifest is empty; it needs a header line");
  std::vector<std::optional<std::size_t>> column_of(kColumns.size());
  const auto& header = records.front().second;
  for (std::size_t i = 0; i < header.size(); ++i) {
    std::string name = trim(header[i]);
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto known = std::find(kColumns.begin(), kColumns.end(), name);
    if (known != kColumns.end()) column_of[known - kColumns.begin()] = i;
  }
  if (!column_of[0]) {
    throw problem(file, 1,
                  "the header has no \"file\" column; columns are file, date, number, "
                  "url, source, title");
  }
  std::vector<Row> rows;
  for (auto record = records.begin() + 1; record != records.end(); ++record) {
    Row row;
    row.line = record->first;
    for (std::size_t c = 0; c < kColumns.size(); ++c) {
      if (!column_of[c] || *column_of[c] >= record->second.size()) continue;
      std::string value = trim(record->second[*column_of[c]]);
      if (!value.empty()) row.cells[c] = std::move(value);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<Row> rows_from_xml(const std::string& text, const fs::path& file) {
  pugi::xml_document document;
  const pugi::xml_parse_result parsed = document.load_buffer(text.data(), text.size());
  auto line_of = [&](std::ptrdiff_t offset) {
    const auto end = text.begin() + std::clamp<std::ptrdiff_t>(offset, 0, text.size());
    return 1 + static_cast<std::size_t>(std::count(text.begin(), end, '\n'));
  };
  if (!parsed) {
    throw problem(file, line_of(parsed.offset),
                  std::string("malformed XML: ") + parsed.description());
  }
  const pugi::xml_node root = document.document_element();
  if (root.name() != kXmlRoot) {
    throw problem(file, line_of(root.offset_debug()),
                  "the root element must be <hemeroteca-manifest version=\"1\">");
  }
  if (std::string_view(root.attribute("version").as_string()) != "1") {
    throw problem(file, line_of(root.offset_debug()), "only manifest version \"1\" is known");
  }
  std::vector<Row> rows;
  for (const pugi::xml_node& entry : root.children("file")) {
    Row row;
    row.line = line_of(entry.offset_debug());
    for (std::size_t c = 0; c < kColumns.size(); ++c) {
      const std::string_view name = c == 0 ? "path" : kColumns[c];
      const pugi::xml_attribute attribute = entry.attribute(std::string(name).c_str());
      std::string value = trim(attribute.as_string());
      if (!value.empty()) row.cells[c] = std::move(value);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

// The input name of a manifest entry: absolute, and for archive entries the archive's absolute
// path joined to the path inside.
std::string resolve(const fs::path& folder, const std::string& written) {
  const std::size_t separator = written.find(kArchiveEntrySeparator);
  const std::string outside = written.substr(0, separator);
  std::error_code error;
  fs::path path = fs::path(outside).is_absolute() ? fs::path(outside) : folder / outside;
  fs::path canonical = fs::weakly_canonical(path, error);
  if (error) canonical = fs::absolute(path).lexically_normal();
  if (separator == std::string::npos) return canonical.string();
  return archive_entry_name(canonical.string(),
                            written.substr(separator + kArchiveEntrySeparator.size()));
}

}  // namespace

class ManifestBuilder {
 public:
  static Manifest build(const fs::path& file, const std::vector<Row>& rows) {
    Manifest manifest;
    manifest.path_ = file;
    const fs::path folder = fs::absolute(file).parent_path();
    for (const Row& row : rows) {
      if (!row.cells[0]) throw problem(file, row.line, "an entry without a file name");
      KnownMetadata known;
      known.date = row.cells[1];
      known.number = row.cells[2];
      known.url = row.cells[3];
      known.source = row.cells[4];
      known.title = row.cells[5];
      if (known.date && !is_iso_date(*known.date)) {
        throw problem(file, row.line,
                      "date \"" + *known.date + "\" is not a real day written YYYY-MM-DD");
      }
      if (!manifest.entries_.emplace(resolve(folder, *row.cells[0]), std::move(known)).second) {
        throw problem(file, row.line, "\"" + *row.cells[0] + "\" is listed twice; keep one");
      }
    }
    return manifest;
  }
};

Manifest Manifest::load(const fs::path& file) {
  std::string extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension != ".csv" && extension != ".xml") {
    throw Error(ErrorKind::kInvalidArgument,
                file.string() + ": a manifest is a .csv or an .xml file (docs/manifest-format.md)");
  }
  const std::string text = read_all(file);
  const std::vector<Row> rows =
      extension == ".csv" ? rows_from_csv(text, file) : rows_from_xml(text, file);
  return ManifestBuilder::build(file, rows);
}

const KnownMetadata* Manifest::find(const std::string& name) const {
  const auto found = entries_.find(name);
  return found == entries_.end() ? nullptr : &found->second;
}

std::string fingerprint(const KnownMetadata& known) {
  std::string text;
  for (const auto* field : {&known.date, &known.number, &known.url, &known.source, &known.title}) {
    text += field->value_or("") + '\x1f';
  }
  return text;
}

void overlay(const KnownMetadata& known, KnownMetadata& into) {
  if (known.date) into.date = known.date;
  if (known.number) into.number = known.number;
  if (known.url) into.url = known.url;
  if (known.source) into.source = known.source;
  if (known.title) into.title = known.title;
}

}  // namespace hemeroteca
