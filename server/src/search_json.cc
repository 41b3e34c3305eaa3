// The JSON forms of the search service's answers (the public API; see openapi.json).
#include <nlohmann/json.hpp>

#include "hemeroteca/server/search_service.h"

namespace hemeroteca {
namespace {

using nlohmann::json;

json optional(const std::optional<std::string>& value) {
  return value ? json(*value) : json(nullptr);
}

json labelled(const std::vector<Labelled>& items) {
  json out = json::array();
  for (const Labelled& item : items) out.push_back({{"id", item.id}, {"label", item.label}});
  return out;
}

}  // namespace

json to_json(const std::vector<FacetCount>& values) {
  json out = json::array();
  for (const FacetCount& value : values) {
    out.push_back({{"value", value.value},
                   {"label", value.label},
                   {"count", value.count},
                   {"selected", value.selected}});
  }
  return out;
}

json to_json(const SearchResponse& response) {
  json results = json::array();
  for (const SearchHit& hit : response.results) {
    results.push_back({
        {"id", hit.id},
        {"title", hit.title},
        {"date", optional(hit.date)},
        {"number", optional(hit.number)},
        {"officials", labelled(hit.officials)},
        {"topics", labelled(hit.topics)},
        {"snippet", hit.snippet},
        {"score", hit.score},
        {"sources", hit.sources},
        {"duplicates", hit.duplicates},
    });
  }
  json facets = json::object();
  for (std::size_t g = 0; g < kFacetGroups; ++g) {
    facets[std::string(kFacetNames[g])] = to_json(response.facets.groups[g]);
  }
  if (!response.facets.months.empty()) facets["month"] = to_json(response.facets.months);
  return {
      {"total", response.total},
      {"page", response.page},
      {"per_page", response.per_page},
      {"sort", to_string(response.sort)},
      {"applied",
       {{"query", response.applied.query},
        {"date_phrase", optional(response.applied.date_phrase)},
        {"date_from", optional(response.applied.date_from)},
        {"date_to", optional(response.applied.date_to)}}},
      {"suggestion", response.suggestion.empty() ? json(nullptr) : json(response.suggestion)},
      {"undated", response.facets.undated},
      {"results", std::move(results)},
      {"facets", std::move(facets)},
      {"took_ms", response.took_ms},
      {"partial", !response.missing_shards.empty()},
      {"missing_shards", response.missing_shards},
  };
}

json to_json(const std::vector<SimilarBulletin>& similar) {
  json out = json::array();
  for (const SimilarBulletin& bulletin : similar) {
    out.push_back({{"id", bulletin.id},
                   {"title", bulletin.title},
                   {"date", optional(bulletin.date)},
                   {"score", bulletin.score}});
  }
  return {{"results", std::move(out)}};
}

json to_json(const std::vector<FigureHit>& figures) {
  json out = json::array();
  for (const FigureHit& hit : figures) {
    out.push_back({{"value", hit.figure.value},
                   {"unit", hit.figure.unit},
                   {"text", hit.figure.text},
                   {"sentence", hit.figure.sentence},
                   {"bulletin",
                    {{"id", hit.bulletin_id},
                     {"title", hit.bulletin_title},
                     {"date", optional(hit.bulletin_date)}}}});
  }
  return {{"total", figures.size()}, {"figures", std::move(out)}};
}

}  // namespace hemeroteca
