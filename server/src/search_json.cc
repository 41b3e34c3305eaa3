// The JSON forms of the search service's answers (the public API; see openapi.json).
#include <nlohmann/json.hpp>

#include "hemeroteca/server/search_service.h"
#include "json_writer.h"

namespace hemeroteca {
namespace {

using nlohmann::json;

json optional(const std::optional<std::string>& value) {
  return value ? json(*value) : json(nullptr);
}

void write(JsonWriter& out, const std::vector<Labelled>& items) {
  out.begin_array();
  for (const Labelled& item : items) {
    out.begin_object().key("id").value(item.id).key("label").value(item.label).end_object();
  }
  out.end_array();
}

void write(JsonWriter& out, const std::vector<FacetCount>& values) {
  out.begin_array();
  for (const FacetCount& value : values) {
    out.begin_object()
        .key("value")
        .value(value.value)
        .key("label")
        .value(value.label)
        .key("count")
        .value(value.count)
        .key("selected")
        .value(value.selected)
        .end_object();
  }
  out.end_array();
}

}  // namespace

json to_json(const std::vector<FacetCount>& values) {
  JsonWriter out;
  write(out, values);
  return json::parse(out.take());
}

std::string search_response_json(const SearchResponse& response) {
  JsonWriter out;
  out.begin_object();
  out.key("total").value(response.total);
  out.key("page").value(response.page);
  out.key("per_page").value(response.per_page);
  out.key("sort").value(to_string(response.sort));
  out.key("applied").begin_object();
  out.key("query").value(response.applied.query);
  out.key("date_phrase").value(response.applied.date_phrase);
  out.key("date_from").value(response.applied.date_from);
  out.key("date_to").value(response.applied.date_to);
  out.key("years").begin_array();
  for (const std::string& year : response.applied.years) out.value(year);
  out.end_array();
  out.key("months").begin_array();
  for (const std::string& month : response.applied.months) out.value(month);
  out.end_array();
  out.end_object();
  out.key("suggestion");
  if (response.suggestion.empty()) {
    out.null();
  } else {
    out.value(response.suggestion);
  }
  out.key("undated").value(response.facets.undated);
  out.key("results").begin_array();
  for (const SearchHit& hit : response.results) {
    out.begin_object();
    out.key("id").value(hit.id);
    out.key("title").value(hit.title);
    out.key("date").value(hit.date);
    out.key("number").value(hit.number);
    out.key("officials");
    write(out, hit.officials);
    out.key("topics");
    write(out, hit.topics);
    out.key("snippet").value(hit.snippet);
    out.key("score").value(hit.score);
    out.key("sources").value(hit.sources);
    out.key("duplicates").value(hit.duplicates);
    out.end_object();
  }
  out.end_array();
  out.key("facets").begin_object();
  for (std::size_t g = 0; g < kFacetGroups; ++g) {
    out.key(kFacetNames[g]);
    write(out, response.facets.groups[g]);
  }
  if (!response.facets.months.empty()) {
    out.key("month");
    write(out, response.facets.months);
  }
  out.end_object();
  out.key("took_ms").value(response.took_ms);
  out.key("partial").value(!response.missing_shards.empty());
  out.key("missing_shards").value(response.missing_shards);
  out.end_object();
  return out.take();
}

json to_json(const SearchResponse& response) { return json::parse(search_response_json(response)); }

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
