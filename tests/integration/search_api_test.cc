// The search API over hand-written records (tests/fixtures/search/records.json) whose facets
// were counted by hand: see the comments beside each expectation.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <thread>

#include "hemeroteca/indexer/importer.h"
#include "hemeroteca/server/openapi.h"
#include "http_harness.h"

namespace hemeroteca::testing {
namespace {

class SearchApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    temp_ = new TempDir;
    index_records(fixtures_dir() / "search" / "records.json", temp_->path() / "index");
    harness_ = new ServerHarness(temp_->path() / "index");
  }
  static void TearDownTestSuite() {
    delete harness_;
    delete temp_;
  }

  static HttpAnswer Search(const std::string& query_string) {
    return harness_->get("/api/v1/search?" + query_string);
  }

  // "total: ids in order", a collapsed result written "r01+r02".
  static std::string Found(const std::string& query_string) {
    const HttpAnswer answer = Search(query_string);
    if (answer.status != 200) return "HTTP " + std::to_string(answer.status);
    std::string out = std::to_string(answer.body["total"].get<int>()) + ":";
    for (const auto& result : answer.body["results"]) {
      out += " " + result["id"].get<std::string>();
      for (const auto& other : result["duplicates"]) out += "+" + other.get<std::string>();
    }
    return out;
  }

  // A facet as "value=count" pairs in the order given, selected values marked with '*'.
  static std::string Facet(const std::string& query_string, const std::string& name) {
    const HttpAnswer answer = Search(query_string);
    std::string out;
    for (const auto& value : answer.body["facets"][name]) {
      out += (out.empty() ? "" : " ") + value["value"].get<std::string>() + "=" +
             std::to_string(value["count"].get<int>()) + (value["selected"].get<bool>() ? "*" : "");
    }
    return out;
  }

  static TempDir* temp_;
  static ServerHarness* harness_;
};

TempDir* SearchApiTest::temp_ = nullptr;
ServerHarness* SearchApiTest::harness_ = nullptr;

TEST_F(SearchApiTest, AccentlessQueriesFindWhatAccentedOnesFind) {
  EXPECT_EQ(Found("q=oncol%C3%B3gicos"), Found("q=oncologicos"));
  EXPECT_EQ(Found("q=vacunaci%C3%B3n&sort=date_asc"), Found("q=vacunacion&sort=date_asc"));
  EXPECT_EQ("2: r03 r04", Found("q=vacunacion&sort=date_asc"));
  EXPECT_EQ(Found("q=distribuci%C3%B3n"), Found("q=DISTRIBUCION"));
}

TEST_F(SearchApiTest, EmptyQueryListsEverythingNewestFirstWithDuplicatesCollapsed) {
  // Ten records, r01 and r02 one bulletin; undated ones last.
  EXPECT_EQ("9: r09 r08 r05 r04 r03 r01+r02 r10 r06 r07", Found("per_page=20"));
}

TEST_F(SearchApiTest, FacetsAreCountedOverTheWholeMatchSetByHand) {
  // Officials: Robledo in r01(=r02), r03, r08, r10; López-Gatell r03, r04; Bucio r05, r06.
  EXPECT_EQ("zoe-robledo=4 hugo-lopez-gatell=2 marcos-bucio=2 raquel-buenrostro=1",
            Facet("per_page=1", "official"));
  EXPECT_EQ("sonora=3 jalisco=2 ciudad-de-mexico=1 oaxaca=1", Facet("per_page=1", "state"));
  EXPECT_EQ("2021=2 2023=2 sin-fecha=2 2019=1 2020=1 2022=1", Facet("per_page=1", "year"));
  EXPECT_EQ("imss=4 ssa=2 shcp=1 sntss=1", Facet("per_page=1", "organization"));
  // Topics: abasto r01, r08; oncología r01, r10; vacunación r03, r04; one each for the rest.
  EXPECT_EQ(
      "abasto-medicamentos=2 oncologia=2 vacunacion=2 covid-19=1 finanzas=1 sindicatos=1 "
      "urgencias=1",
      Facet("per_page=1", "topic"));
  // And over a text query's matches only: "vacunas" matches r03 and r04.
  EXPECT_EQ("vacunacion=2 covid-19=1", Facet("q=vacunas", "topic"));
}

TEST_F(SearchApiTest, FacetLabelsAreReadable) {
  const HttpAnswer answer = Search("per_page=1");
  EXPECT_EQ("Zoé Robledo", answer.body["facets"]["official"][0]["label"]);
  EXPECT_EQ("Sin fecha", answer.body["facets"]["year"][2]["label"]);
}

TEST_F(SearchApiTest, ValuesOfOneFacetAreOredAndFacetsAnded) {
  EXPECT_EQ("4: r08 r03 r01+r02 r10", Found("official=zoe-robledo"));
  EXPECT_EQ("5: r08 r04 r03 r01+r02 r10", Found("official=zoe-robledo&official=hugo-lopez-gatell"));
  EXPECT_EQ("2: r04 r03", Found("official=zoe-robledo&official=hugo-lopez-gatell&state=jalisco"));
}

TEST_F(SearchApiTest, MultiSelectKeepsTheOtherValuesOfTheSelectedFacet) {
  // With Robledo selected the official facet still counts everyone (as if unselected), while
  // the state facet narrows to Robledo's bulletins: Sonora r01, r10; Jalisco r03; CDMX r08.
  EXPECT_EQ("zoe-robledo=4* hugo-lopez-gatell=2 marcos-bucio=2 raquel-buenrostro=1",
            Facet("official=zoe-robledo", "official"));
  EXPECT_EQ("sonora=2 ciudad-de-mexico=1 jalisco=1", Facet("official=zoe-robledo", "state"));
}

TEST_F(SearchApiTest, DateRangeCountsTheUndatedBulletinsItLeavesOut) {
  const HttpAnswer answer = Search("date_from=2021-01-01&date_to=2022-12-31&sort=date_asc");
  EXPECT_EQ(3, answer.body["total"]);    // r03, r04, r05
  EXPECT_EQ(2, answer.body["undated"]);  // r06, r07 are not silently dropped
  EXPECT_EQ("2021=2 2023=2 sin-fecha=2 2019=1 2020=1 2022=1",
            Facet("date_from=2021-01-01&date_to=2022-12-31", "year"));
  EXPECT_EQ("2: r06 r07", Found("year=sin-fecha&sort=date_asc"));
  EXPECT_EQ("4: r08 r09 r06 r07", Found("year=sin-fecha&year=2023&sort=date_asc"));
}

TEST_F(SearchApiTest, MonthsAreCountedInsideOneSelectedYear) {
  EXPECT_EQ("2021-01=1 2021-06=1", Facet("year=2021", "month"));
}

TEST_F(SearchApiTest, SpanishDatePhrasesBecomeFilters) {
  const HttpAnswer answer = Search("q=abasto+en+marzo+de+2023");
  EXPECT_EQ("en marzo de 2023", answer.body["applied"]["date_phrase"]);
  EXPECT_EQ("2023-03-01", answer.body["applied"]["date_from"]);
  EXPECT_EQ("2023-03-31", answer.body["applied"]["date_to"]);
  EXPECT_EQ("abasto", answer.body["applied"]["query"]);
  EXPECT_EQ("1: r08", Found("q=abasto+en+marzo+de+2023"));
  EXPECT_EQ("2: r04 r03", Found("q=entre+2020+y+2021+vacunas"));
  EXPECT_EQ("2: r09 r08", Found("q=desde+2023"));
  // Years listed with "y" are those years only, not the range between them.
  EXPECT_EQ("2: r10 r05", Found("q=en+2019+y+2022&sort=date_asc"));
  const HttpAnswer listed = Search("q=en+2019+y+2022");
  EXPECT_EQ(nlohmann::json({"2019", "2022"}), listed.body["applied"]["years"]);
  EXPECT_EQ("2019-01-01", listed.body["applied"]["date_from"]);
  EXPECT_EQ("2019=1 2022=1", Facet("q=en+2019+y+2022", "year"));
  // And months: not March 2023 (r08), which lies between the two.
  EXPECT_EQ("2: r05 r09", Found("q=en+marzo+de+2022+y+julio+de+2023&sort=date_asc"));
  const HttpAnswer months = Search("q=en+marzo+de+2022+y+julio+de+2023");
  EXPECT_EQ(nlohmann::json({"2022-03", "2023-07"}), months.body["applied"]["months"]);
  EXPECT_EQ("2023-07-31", months.body["applied"]["date_to"]);
}

TEST_F(SearchApiTest, SortOrdersAndPagination) {
  EXPECT_EQ("9: r10 r01+r02", Found("sort=date_asc&per_page=2"));
  EXPECT_EQ("9: r03 r04", Found("sort=date_asc&per_page=2&page=2"));
  EXPECT_EQ("9: r05 r08", Found("sort=date_asc&per_page=2&page=3"));
  EXPECT_EQ("9:", Found("per_page=5&page=3"));  // past the end: no results, same total
  EXPECT_EQ("HTTP 400", Found("per_page=101"));
  EXPECT_EQ("HTTP 400", Found("page=0"));
  EXPECT_EQ("HTTP 400", Found("sort=newest"));
}

TEST_F(SearchApiTest, QueryLanguage) {
  EXPECT_EQ("1: r01+r02", Found("q=%22abasto+de+medicamentos+oncologicos%22"));
  EXPECT_EQ("2: r04 r03", Found("q=titulo:vacunacion&sort=date_desc"));
  EXPECT_EQ("1: r08", Found("q=abasto+-oncologicos"));
  EXPECT_EQ("1: r08", Found("q=abasto+NOT+sonora"));
  EXPECT_EQ("3: r03 r04 r09",
            Found("q=jalisco+OR+hacienda&sort=date_asc"));  // r04 is in Jalisco too
  EXPECT_EQ("2: r08 r01+r02", Found("q=medica*&sort=date_desc"));
  EXPECT_EQ("2: r04 r03", Found("q=funcionario:hugo-lopez-gatell&sort=date_desc"));
  EXPECT_EQ("2: r04 r03", Found("q=fecha:2021..2021&sort=date_desc"));
  EXPECT_EQ("1: r04", Found("q=fecha:2021-06-01..2021-06-30"));
}

TEST_F(SearchApiTest, UnreadableQueriesSayWhere) {
  const HttpAnswer answer = Search("q=abasto+AND");
  EXPECT_EQ(400, answer.status);
  EXPECT_NE(std::string::npos, answer.body["error"].get<std::string>().find("position 8"));
  EXPECT_EQ(400, Search("q=abasto+OR+AND+salud").status);
  EXPECT_EQ(400, Search("q=fecha:2021-13..2022").status);
  EXPECT_EQ(400, Search("date_from=2021-02-30").status);
  EXPECT_EQ(400, Search("colour=red").status);
}

TEST_F(SearchApiTest, SnippetsMarkMatchesAndEscapeEverythingElse) {
  const HttpAnswer answer = Search("q=urgencias");
  ASSERT_EQ(1u, answer.body["results"].size());
  const std::string snippet = answer.body["results"][0]["snippet"];
  EXPECT_EQ(
      "Los servicios de <mark>urgencias</mark> &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; "
      "de Oaxaca atienden sin demora &amp; con calidad.",
      snippet);
  const std::string organica = Search("q=organica").body["results"][0]["snippet"];
  EXPECT_NE(std::string::npos, organica.find("<mark>Orgánica</mark>"));
  // A wildcard's words are marked too, accents or not.
  const std::string organi = Search("q=Orgáni*").body["results"][0]["snippet"];
  EXPECT_NE(std::string::npos, organi.find("<mark>Orgánica</mark>")) << organi;
}

// A scoped value may be the label people read: the topic "Sindicatos y relaciones laborales".
TEST_F(SearchApiTest, AScopeFindsAValueByItsLabel) {
  const int by_id = Search("q=tema:sindicatos").body["total"];
  ASSERT_GT(by_id, 0);
  EXPECT_EQ(by_id, Search("q=tema:%22Sindicatos%20y%20relaciones%20laborales%22").body["total"]);
  EXPECT_EQ(by_id, Search("q=tema:%22relaciones%20laborales%22").body["total"]);
  EXPECT_EQ(0, Search("q=tema:%22relaciones%20exteriores%22").body["total"]);
  // An organization, labelled by its acronym, by the full name its bulletins give it.
  EXPECT_EQ(
      Search("organization=IMSS").body["total"],
      Search("q=organizacion:%22Instituto%20Mexicano%20del%20Seguro%20Social%22").body["total"]);
  EXPECT_EQ(1, Search("q=organizacion:%22Hacienda%20y%20Cr%C3%A9dito%20P%C3%BAblico%22")
                   .body["total"]);  // r09
}

// A phrase marks its words, not every "de" of the snippet.
TEST_F(SearchApiTest, APhraseMarksItsWordsNotItsPrepositions) {
  const std::string snippet =
      Search("q=%22abasto%20de%20medicamentos%22").body["results"][0]["snippet"];
  EXPECT_NE(std::string::npos, snippet.find("<mark>medicamentos</mark>")) << snippet;
  EXPECT_EQ(std::string::npos, snippet.find("<mark>de</mark>")) << snippet;
  EXPECT_EQ(std::string::npos, snippet.find("<mark>De</mark>")) << snippet;
}

TEST_F(SearchApiTest, SuggestsASpellingFromTheIndexVocabulary) {
  EXPECT_EQ("oncologia", Search("q=oncolgia").body["suggestion"]);
  EXPECT_TRUE(Search("q=oncologia").body["suggestion"].is_null());
  // The words typed stay as typed around the correction.
  EXPECT_EQ("Oncológicos medicamentos",
            Search("q=Oncol%C3%B3gicos%20medicamntos").body["suggestion"]);
  // "contra" finds a bulletin; "sonora", two edits away, is no better guess of what was meant.
  EXPECT_EQ(1, Search("q=contra").body["total"]);
  EXPECT_TRUE(Search("q=contra").body["suggestion"].is_null());
}

TEST_F(SearchApiTest, SynonymsFindAcronymsAndFullNames) {
  // r05 says "Instituto Mexicano del Seguro Social", never "IMSS"; r09 says "Seguro Social".
  EXPECT_EQ("2: r09 r05", Found("q=imss+sanas+OR+imss+convenio&sort=date_desc"));
  EXPECT_EQ("1: r09", Found("q=shcp"));  // r09 says "Hacienda"
}

TEST_F(SearchApiTest, ResultsCarryOfficialsTopicsAndAllSources) {
  const HttpAnswer answer = Search("q=%22medicamentos+oncologicos%22");
  ASSERT_EQ(1u, answer.body["results"].size());
  const auto& hit = answer.body["results"][0];
  EXPECT_EQ("zoe-robledo", hit["officials"][0]["id"]);
  EXPECT_EQ("Zoé Robledo", hit["officials"][0]["label"]);
  EXPECT_EQ("abasto-medicamentos", hit["topics"][0]["id"]);
  EXPECT_EQ(2u, hit["sources"].size());
}

TEST_F(SearchApiTest, SimilarBulletins) {
  const HttpAnswer answer = harness_->get("/api/v1/bulletins/r03/similar");
  ASSERT_EQ(200, answer.status);
  ASSERT_FALSE(answer.body["results"].empty());
  EXPECT_EQ("r04", answer.body["results"][0]["id"]);
  for (const auto& result : answer.body["results"]) EXPECT_NE("r03", result["id"]);
  EXPECT_EQ(404, harness_->get("/api/v1/bulletins/nope/similar").status);
}

TEST_F(SearchApiTest, ValueListsWithAccentInsensitivePrefix) {
  const HttpAnswer officials = harness_->get("/api/v1/officials?prefix=rob");
  ASSERT_EQ(1u, officials.body["values"].size());
  EXPECT_EQ("zoe-robledo", officials.body["values"][0]["value"]);
  EXPECT_EQ(4, officials.body["values"][0]["count"]);
  EXPECT_EQ("lopez", harness_->get("/api/v1/officials?prefix=L%C3%93PEZ")
                         .body["values"][0]["value"]
                         .get<std::string>()
                         .substr(5, 5));
  EXPECT_EQ(4u, harness_->get("/api/v1/organizations").body["values"].size());
  // An organization is found by a word of its full name too: the picker's "Seguro" finds the
  // IMSS and the SNTSS (Sindicato Nacional de Trabajadores del Seguro Social).
  const HttpAnswer seguro = harness_->get("/api/v1/organizations?prefix=seguro");
  std::set<std::string> found;
  for (const auto& value : seguro.body["values"]) found.insert(value["value"]);
  EXPECT_EQ((std::set<std::string>{"imss", "sntss"}), found);
  EXPECT_EQ(
      "ssa",
      harness_->get("/api/v1/organizations?prefix=SECRETAR%C3%8DA").body["values"][0]["value"]);
  EXPECT_EQ("oncologia", harness_->get("/api/v1/topics?prefix=onco").body["values"][0]["value"]);
}

TEST_F(SearchApiTest, FiguresForFactChecking) {
  const HttpAnswer answer = harness_->get("/api/v1/figures?unit=pesos&min=1000000000");
  ASSERT_EQ(200, answer.status);
  ASSERT_EQ(1u, answer.body["figures"].size());
  EXPECT_EQ(65000000000.0, answer.body["figures"][0]["value"]);
  EXPECT_EQ("r05", answer.body["figures"][0]["bulletin"]["id"]);
  // r01 and r02 are one bulletin in two shapes: its figure is stated once, by the first.
  const HttpAnswer shapes = harness_->get("/api/v1/figures?q=medicamentos&unit=pesos");
  ASSERT_EQ(1u, shapes.body["figures"].size());
  EXPECT_EQ("r01", shapes.body["figures"][0]["bulletin"]["id"]);
  EXPECT_EQ(400, harness_->get("/api/v1/figures?min=mucho").status);
}

// Two shapes of one bulletin, indexed against id order, and another bulletin of the same text
// and date: all three tie on date and weight. The matcher would order them by document id,
// which differs between one index and shards; answers must order them by bulletin id.
class TiedShapesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ifstream in(fixtures_dir() / "search" / "records.json");
    const nlohmann::json fixture = nlohmann::json::parse(in);
    const nlohmann::json& text = fixture.at(0);
    // The other fixture records, of other texts, give the words of this one their weight.
    nlohmann::json records(fixture.begin() + 2, fixture.end());
    for (const std::string id : {"shape-b", "shape-a", "other"}) {
      records.push_back(text);
      records.back()["id"] = id;
      records.back()["source"] = id + ".txt";
      records.back()["sources"] = {id + ".txt"};
      records.back()["duplicate_key"] = id == "other" ? "other" : "shapes";
    }
    temp_.write("records.json", records.dump());
    index_records(temp_.path() / "records.json", temp_.path() / "index");
    service_.emplace(schema_, temp_.path() / "index");
  }

  TempDir temp_;
  const Schema schema_ = Schema::load(schema_dir() / "fields.xml");
  std::optional<SearchService> service_;
};

TEST_F(TiedShapesTest, FiguresComeInIdOrder) {
  for (const std::string query : {"", "medicamentos"}) {
    FigureRequest request;
    request.query = query;
    std::string ids;
    for (const FigureHit& hit : service_->figures(request)) {
      if (hit.bulletin_date == "2020-03-10") ids += hit.bulletin_id + " ";
    }
    // The two shapes state their figures once, by the first in id order.
    EXPECT_EQ("other shape-a ", ids) << "q=" << query;
  }
}

TEST_F(TiedShapesTest, ASimilarBulletinIsShownByItsFirstShapeInIdOrder) {
  const std::vector<SimilarBulletin> similar = *service_->similar("other");
  ASSERT_FALSE(similar.empty());
  EXPECT_EQ("shape-a", similar[0].id);  // the same text: the most similar
  for (const SimilarBulletin& bulletin : similar) EXPECT_NE("shape-b", bulletin.id);
}

TEST_F(SearchApiTest, HasFiguresFilter) {
  EXPECT_EQ("3: r05 r03 r01+r02", Found("has_figures=true"));
}

TEST_F(SearchApiTest, OpenApiDescribesEveryRouteAndTheSearchResponse) {
  const HttpAnswer answer = harness_->get("/api/v1/openapi.json");
  ASSERT_EQ(200, answer.status);
  const auto& paths = answer.body["paths"];
  std::set<std::string> documented;
  for (const auto& [path, operations] : paths.items()) {
    for (const auto& [method, operation] : operations.items()) {
      std::string pattern = path;
      for (std::size_t at; (at = pattern.find("{id}")) != std::string::npos;) {
        pattern.replace(at, 4, "*");
      }
      std::string upper = method;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      documented.insert(upper + " " + pattern);
    }
  }
  // The JSON API is /api/, /healthz and /metrics; the web pages (/, /boletin/*, /exportar.csv, …)
  // are not part of it and are tested in web_pages_test.cc.
  std::set<std::string> api_routes;
  for (const std::string& route : http_routes()) {
    if (route.find(" /api/") != std::string::npos || route == "GET /healthz" ||
        route == "GET /metrics") {
      api_routes.insert(route);
    }
  }
  EXPECT_EQ(documented, api_routes);

  // Every key a search answer has is documented and required, and the other way round.
  const auto& schema = answer.body["components"]["schemas"]["SearchResponse"];
  std::set<std::string> required(schema["required"].begin(), schema["required"].end());
  const HttpAnswer search = Search("q=abasto");
  std::set<std::string> given;
  for (const auto& [key, value] : search.body.items()) given.insert(key);
  EXPECT_EQ(required, given);
  const auto& hit_schema = answer.body["components"]["schemas"]["SearchHit"];
  std::set<std::string> hit_required(hit_schema["required"].begin(), hit_schema["required"].end());
  std::set<std::string> hit_given;
  for (const auto& [key, value] : search.body["results"][0].items()) hit_given.insert(key);
  EXPECT_EQ(hit_required, hit_given);
  EXPECT_EQ(openapi_document(), answer.body);
}

}  // namespace
}  // namespace hemeroteca::testing
