#include "hemeroteca/indexer/extractor.h"

#include "hemeroteca/indexer/dates.h"
#include "hemeroteca/indexer/duplicate_key.h"
#include "hemeroteca/indexer/entities.h"
#include "hemeroteca/indexer/figures.h"
#include "hemeroteca/indexer/hash.h"
#include "hemeroteca/indexer/structure.h"
#include "hemeroteca/indexer/topics.h"
#include "hemeroteca/schema/query_dates.h"

namespace hemeroteca {
namespace {

std::string file_name_of(std::string_view source) {
  const std::size_t slash = source.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? source : source.substr(slash + 1);
  const std::size_t fragment = name.find('#');  // archive entries: "file.xml#3"
  return std::string(name.substr(0, fragment));
}

// The publication date a web page states apart from its text ("Publicado el …", meta tags).
std::optional<std::string> page_date(const ParsedDocument& document) {
  if (!document.date_hint) return std::nullopt;
  // Machine-readable forms (meta tags, <time datetime>) start with an ISO date.
  if (document.date_hint->size() >= 10 && is_iso_date(document.date_hint->substr(0, 10))) {
    return document.date_hint->substr(0, 10);
  }
  const std::vector<DateMention> dates = find_dates(*document.date_hint);
  if (dates.empty()) return std::nullopt;
  return dates.front().iso;
}

}  // namespace

ExtractorKnowledge ExtractorKnowledge::load(const std::filesystem::path& schema_dir) {
  return ExtractorKnowledge{Gazetteer::load(schema_dir), Taxonomy::load(schema_dir / "topics.xml")};
}

class Extractor::Impl {
 public:
  explicit Impl(const ExtractorKnowledge& knowledge)
      : entities_(knowledge.gazetteer), topics_(knowledge.taxonomy) {}

  Record extract(const ParsedDocument& document) const {
    Record record;
    record.source =
        document.metadata.url.value_or(document.metadata.source.value_or(document.source));
    record.id = source_id(record.source);
    record.sources = {record.source};
    record.format = document.format;
    record.content_hash = document.content_hash;
    record.warnings = document.warnings;

    BulletinStructure structure = read_structure(document);
    record.title = std::move(structure.title);
    record.highlights = std::move(structure.highlights);
    record.body = std::move(structure.body);
    record.place = std::move(structure.place);
    record.links = std::move(structure.links);
    record.warnings.insert(record.warnings.end(), structure.warnings.begin(),
                           structure.warnings.end());
    record.number = document.metadata.number ? document.metadata.number : structure.number;
    choose_date(document, structure, record);

    std::vector<std::string> texts;
    texts.reserve(1 + record.highlights.size() + record.body.size());
    if (!record.title.empty()) texts.push_back(record.title);
    texts.insert(texts.end(), record.highlights.begin(), record.highlights.end());
    texts.insert(texts.end(), record.body.begin(), record.body.end());

    // The dateline's place names a state too ("Monterrey, N.L."), though it left the text; the
    // letterhead names the office that published it.
    std::vector<std::string> named = texts;
    named.insert(named.begin() + (record.title.empty() ? 0 : 1), structure.letterheads.begin(),
                 structure.letterheads.end());
    Entities entities = entities_.extract(named, record.date, record.place);
    record.officials = std::move(entities.officials);
    record.organizations = std::move(entities.organizations);
    record.states = std::move(entities.states);
    record.quotes = std::move(entities.quotes);
    record.figures = extract_figures(texts);
    record.topics = topics_.classify(record.title, record.highlights, record.body);
    record.duplicate_key = duplicate_key(record.body);
    return record;
  }

 private:
  static void choose_date(const ParsedDocument& document, const BulletinStructure& structure,
                          Record& record) {
    if (document.metadata.date) {
      record.date = document.metadata.date;
      record.date_source = DateSource::kMetadata;
    } else if (structure.dateline_date) {
      record.date = structure.dateline_date;
      record.date_source = DateSource::kText;
    } else if (auto from_page = page_date(document)) {
      record.date = from_page;
      record.date_source = DateSource::kMetadata;
    } else if (auto from_name = date_from_filename(file_name_of(document.source))) {
      record.date = from_name;
      record.date_source = DateSource::kFilename;
    } else {
      record.date.reset();
      record.date_source = DateSource::kNone;
      record.warnings.push_back("no publication date found");
    }
  }

  EntityExtractor entities_;
  TopicClassifier topics_;
};

Extractor::Extractor(const ExtractorKnowledge& knowledge)
    : impl_(std::make_unique<Impl>(knowledge)) {}

Extractor::~Extractor() = default;

Record Extractor::extract(const ParsedDocument& document) const { return impl_->extract(document); }

std::string source_id(std::string_view source) { return hex64(fnv1a64(source)); }

}  // namespace hemeroteca
