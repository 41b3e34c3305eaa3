// Schema: the fields of a bulletin as the index sees them, read from schema/fields.xml.
//
// Every Xapian term prefix and value slot comes from here; code names fields with the
// constants in `field::` and asks the schema for their prefix and slot. See fields.xml for
// the meaning of each attribute.
//
// Thread-safety: a loaded Schema is immutable and may be shared between threads.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hemeroteca {

namespace field {
inline constexpr std::string_view kId = "id";
inline constexpr std::string_view kTitle = "title";
inline constexpr std::string_view kHighlights = "highlights";
inline constexpr std::string_view kBody = "body";
inline constexpr std::string_view kDate = "date";
inline constexpr std::string_view kYear = "year";
inline constexpr std::string_view kMonth = "month";
inline constexpr std::string_view kNumber = "number";
inline constexpr std::string_view kOfficial = "official";
inline constexpr std::string_view kOrganization = "organization";
inline constexpr std::string_view kState = "state";
inline constexpr std::string_view kTopic = "topic";
inline constexpr std::string_view kDuplicateKey = "duplicate_key";
inline constexpr std::string_view kFormat = "format";
inline constexpr std::string_view kHasFigures = "has_figures";
inline constexpr std::string_view kVocabulary = "vocabulary";
inline constexpr std::string_view kSummary = "summary";
inline constexpr std::string_view kSnippetText = "snippet_text";
}  // namespace field

// Separates the values of a multi-valued keyword slot.
inline constexpr char kValueSeparator = '\x1f';

// kStored: kept in a value slot to be shown, neither searched nor filtered.
enum class FieldType { kText, kKeyword, kDate, kNumber, kStored };

struct FieldSpec {
  std::string name;
  FieldType type = FieldType::kText;
  std::string prefix;
  std::optional<Xapian::valueno> slot;
  bool facet = false;
  unsigned weight = 1;               // wdf multiplier for text fields
  std::string label;                 // Spanish label for the web form
  std::vector<std::string> aliases;  // field scopes accepted in queries: "titulo", "title"
};

class Schema {
 public:
  // Reads and validates a fields.xml file. Throws Error(kCorrupt) naming the file, the line and
  // the problem when the XML is malformed, a field is invalid, or a field the code relies on
  // is missing; Error(kIo) when the file cannot be read.
  static Schema load(const std::filesystem::path& fields_xml);

  // The field named `name`. A name the code relies on is checked at load time, so an unknown
  // name here is a programming error: throws std::out_of_range.
  const FieldSpec& field(std::string_view name) const;
  const FieldSpec* find(std::string_view name) const;
  const std::vector<FieldSpec>& fields() const { return fields_; }

  const std::filesystem::path& directory() const { return directory_; }

 private:
  std::vector<FieldSpec> fields_;
  std::filesystem::path directory_;  // schema/ folder: gazetteers and taxonomy live beside it
};

}  // namespace hemeroteca
