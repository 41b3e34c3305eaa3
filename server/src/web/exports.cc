#include "web/exports.h"

#include <ctime>
#include <nlohmann/json.hpp>

#include "hemeroteca/server/highlighter.h"
#include "web/page_layout.h"
#include "web/search_url.h"

namespace hemeroteca {
namespace {

using nlohmann::json;

std::string joined(const std::vector<Labelled>& items) {
  std::string out;
  for (const Labelled& item : items) out += (out.empty() ? "" : "; ") + item.label;
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : "; ") + item;
  return out;
}

std::string csv_cell(std::string text) {
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string::npos) {
    text.insert(0, 1, '\'');
  }
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void csv_row(std::string& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += ',';
    out += csv_cell(cells[i]);
  }
  out += "\r\n";
}

json labelled(const std::vector<Labelled>& items) {
  json out = json::array();
  for (const Labelled& item : items) out.push_back({{"id", item.id}, {"label", item.label}});
  return out;
}

// Atom wants RFC 3339 instants; a bulletin's date is a day, taken at its midnight UTC.
std::string instant(const std::string& iso_date) { return iso_date + "T00:00:00Z"; }

std::string now_instant() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

void xml_element(std::string& out, std::string_view tag, std::string_view text) {
  out.append("<").append(tag).append(">").append(html_escape(text));
  out.append("</").append(tag).append(">\n");
}

}  // namespace

ExportSet collect_export(const SearchService& service, SearchRequest request) {
  ExportSet set;
  const unsigned asked_per_page = request.per_page;
  request.facets = false;
  request.snippets = false;
  request.per_page = kMaxPerPage;
  for (request.page = 1;; ++request.page) {
    SearchResponse response = service.search(request);
    set.total = response.total;
    for (SearchHit& hit : response.results) {
      if (set.hits.size() == kExportCap) break;
      set.hits.push_back(std::move(hit));
    }
    if (set.hits.size() >= kExportCap || response.results.size() < kMaxPerPage ||
        request.page * kMaxPerPage >= response.total) {
      break;
    }
  }
  // The search as the user made it, for the export to say what it holds.
  request.page = 1;
  request.per_page = asked_per_page;
  set.request = std::move(request);
  return set;
}

std::string write_csv(const ExportSet& set, std::string_view origin) {
  std::string out = "\xEF\xBB\xBF";
  csv_row(out, {"id", "fecha", "numero", "titulo", "funcionarios", "temas", "fuentes", "url"});
  for (const SearchHit& hit : set.hits) {
    csv_row(out, {hit.id, hit.date.value_or(""), hit.number.value_or(""), hit.title,
                  joined(hit.officials), joined(hit.topics), joined(hit.sources),
                  std::string(origin) + bulletin_href(hit.id)});
  }
  return out;
}

std::string write_export_json(const ExportSet& set, std::string_view origin) {
  json results = json::array();
  for (const SearchHit& hit : set.hits) {
    results.push_back({{"id", hit.id},
                       {"title", hit.title},
                       {"date", hit.date ? json(*hit.date) : json(nullptr)},
                       {"number", hit.number ? json(*hit.number) : json(nullptr)},
                       {"officials", labelled(hit.officials)},
                       {"topics", labelled(hit.topics)},
                       {"sources", hit.sources},
                       {"url", std::string(origin) + bulletin_href(hit.id)}});
  }
  const json document = {{"query", search_query_string(set.request)},
                         {"total", set.total},
                         {"exported", set.hits.size()},
                         {"cap", kExportCap},
                         {"truncated", set.total > set.hits.size()},
                         {"results", std::move(results)}};
  return document.dump(2, ' ', false, json::error_handler_t::replace);
}

SearchRequest feed_request(SearchRequest request) {
  request.sort = SortOrder::kDateDesc;
  request.page = 1;
  request.per_page = kFeedEntries;
  request.facets = false;
  return request;
}

std::string write_atom(const SearchRequest& request, const SearchResponse& response,
                       std::string_view origin) {
  const std::string self = std::string(origin) + search_href(request, "/feed.atom");
  SearchRequest page = request;
  page.sort.reset();
  page.per_page = kDefaultPerPage;
  std::string updated;
  for (const SearchHit& hit : response.results) {
    if (hit.date && instant(*hit.date) > updated) updated = instant(*hit.date);
  }
  if (updated.empty()) updated = now_instant();

  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"es-MX\">\n";
  xml_element(out, "title",
              request.query.empty() ? std::string("Hemeroteca: boletines nuevos")
                                    : "Hemeroteca: " + request.query);
  xml_element(out, "subtitle", "Los boletines más recientes de esta búsqueda");
  out += "<link rel=\"self\" type=\"application/atom+xml\" href=\"" + html_escape(self) + "\"/>\n";
  out += "<link rel=\"alternate\" type=\"text/html\" href=\"" +
         html_escape(std::string(origin) + search_href(page)) + "\"/>\n";
  xml_element(out, "id", self);
  xml_element(out, "updated", updated);
  out += "<author><name>Hemeroteca</name></author>\n";
  xml_element(out, "generator", "Hemeroteca");
  for (const SearchHit& hit : response.results) {
    const std::string url = std::string(origin) + bulletin_href(hit.id);
    out += "<entry>\n";
    xml_element(out, "title", bulletin_label(hit.title, hit.number));  // Atom needs one
    out += "<link rel=\"alternate\" type=\"text/html\" href=\"" + html_escape(url) + "\"/>\n";
    xml_element(out, "id", url);
    xml_element(out, "updated", hit.date ? instant(*hit.date) : updated);
    if (hit.date) xml_element(out, "published", instant(*hit.date));
    for (const Labelled& topic : hit.topics) {
      out += "<category term=\"" + html_escape(topic.id) + "\" label=\"" +
             html_escape(topic.label) + "\"/>\n";
    }
    // The snippet is HTML (escaped text and <mark>); Atom carries it escaped once more.
    out += "<summary type=\"html\">" + html_escape(hit.snippet) + "</summary>\n";
    out += "</entry>\n";
  }
  out += "</feed>\n";
  return out;
}

}  // namespace hemeroteca
