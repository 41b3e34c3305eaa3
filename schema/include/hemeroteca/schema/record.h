// Record: everything Hemeroteca knows about one bulletin.
//
// The extractor fills it, the document mapper stores it in Xapian, the server reads it back.
// Its JSON form (to_json/record_from_json) is a public contract: `hemeroteca extract` prints it,
// `GET /api/v1/bulletins/{id}` serves it, and it is what the index stores per document, so a
// field renamed here is a breaking change for scripts and for existing indexes.
#pragma once

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

namespace hemeroteca {

// A person named in the bulletin with a public role.
struct Official {
  std::string id;            // canonical id from the gazetteer, or a slug of the name
  std::string name;          // full name without honorifics: "Zoé Robledo"
  std::string role;          // "director general"; empty when the text gives none
  std::string organization;  // canonical organization id: "IMSS"; empty when unknown
  int mentions = 0;          // full and short mentions ("Robledo", "el titular del IMSS")
};

// An institution named in the bulletin.
struct Organization {
  std::string id;    // canonical id (usually the acronym): "IMSS", "SHCP"
  std::string name;  // full name when known: "Instituto Mexicano del Seguro Social"
  int mentions = 0;
};

// A quantity with what it counts: "65 mil millones de pesos".
struct Figure {
  double value = 0;      // 65000000000
  std::string unit;      // "pesos", "por ciento", "hospitales generales regionales"
  std::string text;      // the words as written
  std::string sentence;  // the sentence that holds them
};

// A statement attributed to an official.
struct Quote {
  std::string official;  // Official::id
  std::string verb;      // "destacó", "señaló", "dijo"
  std::string text;      // what was said, without the surrounding quotation marks
};

// A topic from the taxonomy in schema/topics.xml.
struct Topic {
  std::string id;     // "abasto-medicamentos"
  std::string label;  // "Abasto de medicamentos"
  double score = 0;   // 0..1, how strongly the bulletin is about it
};

// Where the date came from; "none" means the bulletin carries no date and none was invented.
enum class DateSource { kNone, kText, kMetadata, kNumber, kFilename };

struct Record {
  std::string id;                    // stable document id (see indexer's source_id)
  std::string source;                // path or URL of the file the record was read from
  std::vector<std::string> sources;  // every shape of the same bulletin, `source` first
  std::string format;                // "text", "markdown", "pdf-text", "pdf", "html", "xml"
  std::string title;
  std::vector<std::string> highlights;  // the bullet points under the title
  std::vector<std::string> body;        // clean paragraphs, in order
  std::string place;                    // "Ciudad de México"
  std::optional<std::string> date;      // ISO "YYYY-MM-DD"
  DateSource date_source = DateSource::kNone;
  std::optional<std::string> number;  // "641/2020"
  std::vector<Official> officials;
  std::vector<Organization> organizations;
  std::vector<std::string> states;  // canonical names of federal entities: "Ciudad de México"
  std::vector<Figure> figures;
  std::vector<Topic> topics;
  std::vector<Quote> quotes;
  std::vector<std::string> links;
  std::string duplicate_key;          // equal for two shapes of one bulletin, different otherwise
  std::string content_hash;           // hash of the input bytes, for incremental imports
  std::vector<std::string> warnings;  // what could not be understood or was repaired
};

std::string_view to_string(DateSource source);
// Throws Error(kInvalidArgument) for an unknown name.
DateSource date_source_from_string(std::string_view name);

nlohmann::json to_json(const Record& record);
// Throws Error(kCorrupt) when a required field is missing or has the wrong type.
Record record_from_json(const nlohmann::json& json);

// The body as one string, paragraphs separated by blank lines.
std::string joined_body(const Record& record);

}  // namespace hemeroteca
