// The journalists' web pages over real HTTP, on the hand-written records of
// tests/fixtures/search/records.json (r01/r02 one bulletin, r06/r07 undated, r07's body holds
// a <script>): status codes, security headers, escaping, the search page's parts, the
// bulletin and profile pages, and the CSV, JSON and Atom exports.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>

#include "hemeroteca/indexer/importer.h"
#include "http_harness.h"
#include "web/html.h"
#include "web/search_url.h"
#include "web/spanish_dates.h"

namespace hemeroteca::testing {
namespace {

struct Page {
  int status = 0;
  std::map<std::string, std::string> headers;
  std::string text;

  bool has(const std::string& needle) const { return text.find(needle) != std::string::npos; }
  std::string header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? "" : it->second;
  }
};

class WebPagesTest : public ::testing::Test {
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

  static Page Get(const std::string& path_and_query,
                  const std::map<std::string, std::string>& request_headers = {}) {
    Poco::Net::HTTPClientSession session("127.0.0.1", harness_->port());
    Poco::Net::HTTPRequest request("GET", path_and_query, Poco::Net::HTTPMessage::HTTP_1_1);
    for (const auto& [name, value] : request_headers) request.set(name, value);
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::istream& stream = session.receiveResponse(response);
    std::stringstream text;
    text << stream.rdbuf();
    Page page;
    page.status = static_cast<int>(response.getStatus());
    for (const auto& [name, value] : response) page.headers[name] = value;
    page.text = text.str();
    return page;
  }

  // The bulletin ids linked from a search page's results, in order: "r04 r03".
  static std::string Results(const std::string& query_string) {
    const Page page = Get("/?" + query_string);
    if (page.status != 200) return "HTTP " + std::to_string(page.status);
    static const std::regex kTitle("<h3><a href=\"/boletin/([^\"]+)\">");
    std::string out;
    for (std::sregex_iterator it(page.text.begin(), page.text.end(), kTitle), end; it != end;
         ++it) {
      if (!out.empty()) out += ' ';
      out += (*it)[1].str();
    }
    return out;
  }

  static TempDir* temp_;
  static ServerHarness* harness_;
};

TempDir* WebPagesTest::temp_ = nullptr;
ServerHarness* WebPagesTest::harness_ = nullptr;

TEST_F(WebPagesTest, SearchPageIsSpanishHtmlWithSecurityHeaders) {
  const Page page = Get("/");
  ASSERT_EQ(200, page.status);
  EXPECT_EQ("text/html; charset=utf-8", page.header("Content-Type"));
  const std::string policy = page.header("Content-Security-Policy");
  EXPECT_NE(std::string::npos, policy.find("script-src 'self'")) << policy;
  EXPECT_NE(std::string::npos, policy.find("frame-ancestors 'none'")) << policy;
  EXPECT_EQ(std::string::npos, policy.find("unsafe-inline")) << policy;
  EXPECT_EQ("nosniff", page.header("X-Content-Type-Options"));
  EXPECT_EQ("same-origin", page.header("Referrer-Policy"));
  EXPECT_TRUE(page.has("<html lang=\"es-MX\">"));
  EXPECT_TRUE(page.has("<label for=\"q\""));
  EXPECT_TRUE(page.has("¿Cómo buscar?"));
  EXPECT_TRUE(page.has("Aplicar filtros"));
  // Every script is a file of ours: no inline script at all.
  static const std::regex kScript("<script(?! src=\"/static/)");
  EXPECT_FALSE(std::regex_search(page.text, kScript));
}

TEST_F(WebPagesTest, UserStringsAreEscaped) {
  const Page page = Get("/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%27");
  EXPECT_EQ(200, page.status);
  EXPECT_FALSE(page.has("<script>alert"));
  EXPECT_TRUE(page.has("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;\""));
  const Page feed = Get("/feed.atom?q=%3Cb%3E");
  EXPECT_FALSE(feed.has("<b>"));
  EXPECT_TRUE(feed.has("Hemeroteca: &lt;b&gt;"));
  const Page missing = Get("/boletin/%3Cimg%20src%3Dx%3E");
  EXPECT_EQ(404, missing.status);
  EXPECT_FALSE(missing.has("<img src=x>"));
}

TEST_F(WebPagesTest, BulletinBodyWithMarkupIsEscaped) {
  const Page page = Get("/boletin/r07");
  ASSERT_EQ(200, page.status);
  EXPECT_TRUE(page.has("urgencias &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; de Oaxaca"));
  EXPECT_TRUE(page.has("sin demora &amp; con calidad"));
  EXPECT_FALSE(page.has("<script>alert"));
  const Page search = Get("/?q=urgencias");
  EXPECT_TRUE(search.has("<mark>urgencias</mark> &lt;script&gt;"));
  EXPECT_FALSE(search.has("<script>alert"));
}

TEST_F(WebPagesTest, ResultsShowTitleDateSnippetAndFacetLinks) {
  EXPECT_EQ("r03 r04", Results("q=vacunacion&sort=date_asc"));
  const Page page = Get("/?q=vacunacion&sort=date_asc");
  EXPECT_TRUE(page.has("<strong>2 boletines</strong>"));
  EXPECT_TRUE(page.has("<time datetime=\"2021-01-15\">15 de enero de 2021</time>"));
  EXPECT_TRUE(page.has("<mark>"));
  // Officials and topics of a result link to the same search with that facet applied.
  EXPECT_TRUE(page.has("href=\"/?q=vacunacion&amp;official=hugo-lopez-gatell&amp;sort=date_asc\""));
  EXPECT_TRUE(page.has("href=\"/?q=vacunacion&amp;topic=covid-19&amp;sort=date_asc\""));
  // Facet panels: checkboxes named as the API's parameters, with counts.
  EXPECT_TRUE(page.has("name=\"official\" value=\"hugo-lopez-gatell\""));
  EXPECT_TRUE(page.has("Hugo López-Gatell Ramírez<span class=\"cuenta\">2</span>"));
  EXPECT_TRUE(page.has("<option value=\"date_asc\" selected>Más antiguos</option>"));
}

TEST_F(WebPagesTest, TickedFacetsNarrowAndShowAsRemovableChips) {
  EXPECT_EQ("r04 r03", Results("official=hugo-lopez-gatell"));
  const Page page = Get("/?official=hugo-lopez-gatell&state=sonora");
  EXPECT_EQ("r04", Results("official=hugo-lopez-gatell&state=sonora"));
  EXPECT_TRUE(page.has("value=\"hugo-lopez-gatell\" checked"));
  EXPECT_TRUE(page.has("Funcionario: Hugo López-Gatell Ramírez"));
  EXPECT_TRUE(page.has("href=\"/?state=sonora\" aria-label=\"Quitar filtro Funcionario"));
  EXPECT_TRUE(page.has("href=\"/?official=hugo-lopez-gatell\" aria-label=\"Quitar filtro Estado"));
}

TEST_F(WebPagesTest, HistogramBarsLinkToDateRanges) {
  const Page years = Get("/");
  EXPECT_TRUE(years.has("<svg"));
  EXPECT_TRUE(years.has("Boletines por año"));
  EXPECT_TRUE(years.has("href=\"/?date_from=2020-01-01&amp;date_to=2020-12-31\""));
  EXPECT_TRUE(years.has("aria-label=\"2022: 1 boletín\""));
  // Inside one year, months: from a ticked year or from a date range within one year.
  const Page ticked = Get("/?year=2021");
  EXPECT_TRUE(ticked.has("Boletines por mes en 2021"));
  EXPECT_TRUE(ticked.has("aria-label=\"junio de 2021: 1 boletín\""));
  const Page range = Get("/?date_from=2021-01-01&date_to=2021-12-31");
  EXPECT_TRUE(range.has("Boletines por mes en 2021"));
  EXPECT_TRUE(range.has("href=\"/?date_from=2021-01-01&amp;date_to=2021-01-31\""));
}

// A year's box carries the address that replaces the search's dates (fields or a phrase), for
// app.js to follow; without dates the form's own address does.
TEST_F(WebPagesTest, AYearsBoxCarriesTheAddressThatReplacesTheDates) {
  const Page dated = Get("/?date_from=2021-01-01&date_to=2021-03-31");
  EXPECT_TRUE(dated.has("value=\"2020\" data-href=\"/?year=2020\""));
  const Page phrase = Get("/?q=abasto+en+2023");
  EXPECT_TRUE(phrase.has("value=\"2020\" data-href=\"/?q=abasto&amp;year=2020\""));
  EXPECT_FALSE(Get("/").has("data-href"));
  EXPECT_FALSE(Get("/?year=2021&date_from=2021-01-01").has("value=\"2021\" checked data-href"));
}

TEST_F(WebPagesTest, SuggestionAndEmptyResults) {
  const Page suggestion = Get("/?q=oncolgia");
  EXPECT_TRUE(suggestion.has("¿Quiso decir <a href=\"/?q=oncologia\">oncologia</a>?"));
  const Page empty = Get("/?q=vacunacion&state=oaxaca");
  EXPECT_EQ(200, empty.status);
  EXPECT_TRUE(empty.has("No encontramos boletines para «vacunacion»"));
  EXPECT_TRUE(empty.has("Intente quitar alguno de los filtros activos"));
  EXPECT_TRUE(empty.has("href=\"/?q=vacunacion\">Buscar «vacunacion» sin filtros"));
}

TEST_F(WebPagesTest, ClientMistakesAreSpanishPagesWithTheirStatus) {
  for (const char* path : {"/?page=0", "/?colour=red", "/?date_from=2021-02-30", "/?q=abasto+AND",
                           "/exportar.csv?per_page=1000", "/feed.atom?sort=alfabetico"}) {
    const Page page = Get(path);
    EXPECT_EQ(400, page.status) << path;
    EXPECT_EQ("text/html; charset=utf-8", page.header("Content-Type")) << path;
    EXPECT_FALSE(page.header("Content-Security-Policy").empty()) << path;
  }
  EXPECT_TRUE(Get("/?q=abasto+AND").has("No pudimos hacer esta búsqueda"));
  EXPECT_TRUE(Get("/?q=abasto+AND").has("value=\"abasto AND\""));
  for (const char* path : {"/boletin/no-existe", "/funcionario/nadie", "/organizacion/nadie",
                           "/static/nada.js", "/no/hay/tal"}) {
    const Page page = Get(path);
    EXPECT_EQ(404, page.status) << path;
    EXPECT_TRUE(page.has("No encontramos esa página")) << path;
  }
  EXPECT_EQ("application/json", Get("/api/v1/nada").header("Content-Type").substr(0, 16));
}

// The reader is told the mistake in Spanish, where it is (counted in characters, accents
// included), and no English message.
TEST_F(WebPagesTest, AMistakeIsExplainedInSpanish) {
  const std::vector<std::pair<std::string, std::string>> explained = {
      {"/?q=abasto+AND", "«AND» (carácter 8) necesita una palabra después."},
      {"/?q=m%C3%A9dicos+OR+AND+salud",
       "«AND» (carácter 12) sigue a otro operador: escriba una palabra entre los dos"},
      {"/?q=OR+abasto", "«OR» (carácter 1) necesita una palabra antes."},
      {"/?q=fecha%3A2020-13", "Las fechas de «fecha:» se escriben AAAA, AAAA-MM o AAAA-MM-DD"},
      {"/?q=abasto&date_from=2020-05-01&date_to=2020-01-01",
       "La fecha «Desde» (1 de mayo de 2020) es posterior a la fecha «Hasta» (1 de enero de "
       "2020)"},
      {"/?date_to=2020-02-30",
       "La fecha «Hasta» se escribe AAAA-MM-DD (por ejemplo, "
       "2020-09-18), no «2020-02-30»."},
      {"/?q=abasto&color=azul", "un parámetro que este buscador no usa: «color»"},
      {"/exportar.csv?sort=alfabetico", "El valor «alfabetico» de «Ordenar por» no es válido."},
  };
  for (const auto& [path, explanation] : explained) {
    const Page page = Get(path);
    EXPECT_EQ(400, page.status) << path;
    EXPECT_TRUE(page.has(explanation)) << path << "\n" << page.text;
    EXPECT_FALSE(page.has("Detalle técnico")) << path;
  }
  // A mistake the page cannot name keeps the general hint and the technical detail.
  const Page other = Get("/?q=abasto&year=dosmil");
  EXPECT_EQ(400, other.status);
  EXPECT_TRUE(other.has("Detalle técnico"));
}

TEST_F(WebPagesTest, BulletinPageShowsWhatTheExtractorFound) {
  const Page page = Get("/boletin/r03");
  ASSERT_EQ(200, page.status);
  EXPECT_TRUE(page.has("<h1>Vacunación contra COVID-19 en Jalisco</h1>"));
  EXPECT_TRUE(page.has("15 de enero de 2021"));
  EXPECT_TRUE(page.has("<a href=\"/funcionario/hugo-lopez-gatell\">"));
  EXPECT_TRUE(page.has("Boletines relacionados"));
  EXPECT_TRUE(page.has("<h2>Cifras</h2>"));
  EXPECT_TRUE(page.has("href=\"/?state=Jalisco\""));
}

// A bulletin's page lists the sources of its other shapes too, as its search result counts
// them.
TEST_F(WebPagesTest, BulletinPageListsTheSourcesOfItsOtherShapes) {
  const Page page = Get("/boletin/r01");
  ASSERT_EQ(200, page.status);
  EXPECT_TRUE(page.has("<code>fixtures/r01.txt</code>"));
  EXPECT_TRUE(page.has("<code>fixtures/r02.pdf</code>"));
  EXPECT_FALSE(Get("/boletin/r03").has("fixtures/r02.pdf"));
}

TEST_F(WebPagesTest, OfficialAndOrganizationPages) {
  const Page official = Get("/funcionario/zoe-robledo");
  ASSERT_EQ(200, official.status);
  EXPECT_TRUE(official.has("<h1>Zoé Robledo</h1>"));
  EXPECT_TRUE(official.has("<strong>4 boletines</strong>"));  // r01+r02, r03, r08, r10
  EXPECT_TRUE(official.has("<strong>director general</strong>"));
  EXPECT_TRUE(official.has("del 11 de noviembre de 2019 al 14 de marzo de 2023"));
  EXPECT_TRUE(official.has("Aparece con"));
  EXPECT_TRUE(official.has("href=\"/funcionario/hugo-lopez-gatell\""));
  EXPECT_TRUE(official.has("href=\"/?official=zoe-robledo\">Buscar todos sus boletines"));
  EXPECT_TRUE(official.has("<svg"));
  const Page organization = Get("/organizacion/IMSS");
  ASSERT_EQ(200, organization.status);
  EXPECT_TRUE(organization.has("Instituto Mexicano del Seguro Social"));
  EXPECT_TRUE(organization.has("Funcionarios que aparecen"));
}

TEST_F(WebPagesTest, CsvExportHoldsTheResultSet) {
  const Page csv = Get("/exportar.csv?q=vacunacion&sort=date_asc&page=2");
  ASSERT_EQ(200, csv.status);
  EXPECT_EQ("text/csv; charset=utf-8", csv.header("Content-Type"));
  EXPECT_EQ("attachment; filename=\"hemeroteca.csv\"", csv.header("Content-Disposition"));
  const std::string expected =
      "\xEF\xBB\xBFid,fecha,numero,titulo,funcionarios,temas,fuentes,url\r\n"
      "r03,2021-01-15,,Vacunación contra COVID-19 en Jalisco,"
      "Zoé Robledo; Hugo López-Gatell Ramírez,COVID-19; Vacunación,fixtures/r03.txt,"
      "http://127.0.0.1:" +
      std::to_string(harness_->port()) + "/boletin/r03\r\n";
  EXPECT_EQ(expected, csv.text.substr(0, expected.size()));
  EXPECT_TRUE(csv.has("\r\nr04,2021-06-20,"));
  // Everything, duplicates once: ten records, r01 and r02 one bulletin.
  const Page all = Get("/exportar.csv");
  EXPECT_EQ(10, std::count(all.text.begin(), all.text.end(), '\n'));  // header + 9
}

TEST_F(WebPagesTest, JsonExportSaysItsCap) {
  const Page page = Get("/exportar.json?official=zoe-robledo&sort=date_desc");
  ASSERT_EQ(200, page.status);
  const auto json = nlohmann::json::parse(page.text);
  EXPECT_EQ(4, json["total"]);
  EXPECT_EQ(4, json["exported"]);
  EXPECT_EQ(1000, json["cap"]);
  EXPECT_FALSE(json["truncated"].get<bool>());
  // The search as made, not as the export pages through it.
  EXPECT_EQ("official=zoe-robledo&sort=date_desc", json["query"]);
  EXPECT_EQ("r08", json["results"][0]["id"]);
  EXPECT_EQ("Zoé Robledo", json["results"][0]["officials"][0]["label"]);
}

TEST_F(WebPagesTest, AtomFeedListsNewestFirst) {
  const Page feed = Get("/feed.atom?q=abasto");
  ASSERT_EQ(200, feed.status);
  EXPECT_EQ("application/atom+xml; charset=utf-8", feed.header("Content-Type"));
  EXPECT_TRUE(feed.has("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"es-MX\">"));
  EXPECT_TRUE(feed.has("<updated>2023-03-14T00:00:00Z</updated>"));
  const std::size_t newest = feed.text.find("/boletin/r08");
  const std::size_t oldest = feed.text.find("/boletin/r01");
  ASSERT_NE(std::string::npos, newest);
  ASSERT_NE(std::string::npos, oldest);
  EXPECT_LT(newest, oldest);
  EXPECT_TRUE(feed.has("&lt;mark&gt;abasto&lt;/mark&gt;"));  // the snippet, escaped once more
}

// A bulletin whose extraction found no title is still a link with text, a page with a title
// and a feed entry with one.
TEST(WebPagesUntitled, AnUntitledBulletinIsCalledSoEverywhere) {
  TempDir temp;
  const std::filesystem::path records =
      temp.write("records.json",
                 R"([{"id": "u01", "source": "u01.txt", "sources": ["u01.txt"], "format": "text",
          "title": "", "highlights": [], "body": ["Las finanzas del Instituto son sanas."],
          "place": "", "date": "2022-03-05", "date_source": "text", "number": "12/2022",
          "officials": [], "organizations": [], "states": [], "figures": [], "topics": [],
          "quotes": []}])");
  index_records(records, temp.path() / "index");
  ServerHarness server(temp.path() / "index");
  Poco::Net::HTTPClientSession session("127.0.0.1", server.port());
  const auto get = [&](const std::string& path) {
    Poco::Net::HTTPRequest request("GET", path, Poco::Net::HTTPMessage::HTTP_1_1);
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::stringstream text;
    text << session.receiveResponse(response).rdbuf();
    return text.str();
  };
  EXPECT_NE(std::string::npos, get("/?q=finanzas")
                                   .find("<h3><a href=\"/boletin/u01\">Boletín 12/2022 (sin "
                                         "título)</a></h3>"));
  EXPECT_NE(std::string::npos,
            get("/boletin/u01").find("<title>Boletín 12/2022 (sin título) · Hemeroteca</title>"));
  EXPECT_NE(std::string::npos,
            get("/feed.atom?q=finanzas").find("<title>Boletín 12/2022 (sin título)</title>"));
}

// Above the export's cap the page says how much of the result set an export holds.
TEST(WebPagesExportCap, ThePageSaysAnExportHoldsTheFirstThousand) {
  TempDir temp;
  nlohmann::json records = nlohmann::json::array();
  for (int i = 0; i < 1001; ++i) {
    records.push_back({{"id", "b" + std::to_string(i)},
                       {"source", "b" + std::to_string(i) + ".txt"},
                       {"title", "Boletín de prueba " + std::to_string(i)},
                       {"body", {"Texto del boletín."}},
                       {"date", "2022-03-05"}});
  }
  const std::filesystem::path file = temp.write("records.json", records.dump());
  index_records(file, temp.path() / "index");
  ServerHarness server(temp.path() / "index");
  Poco::Net::HTTPClientSession session("127.0.0.1", server.port());
  Poco::Net::HTTPRequest request("GET", "/?q=prueba", Poco::Net::HTTPMessage::HTTP_1_1);
  session.sendRequest(request);
  Poco::Net::HTTPResponse response;
  std::stringstream text;
  text << session.receiveResponse(response).rdbuf();
  EXPECT_NE(std::string::npos, text.str().find("(los primeros 1,000 de 1,001)"));
}

TEST_F(WebPagesTest, StaticFilesAreCompiledInAndCacheable) {
  const Page css = Get("/static/app.css");
  ASSERT_EQ(200, css.status);
  EXPECT_EQ("text/css; charset=utf-8", css.header("Content-Type"));
  EXPECT_EQ("nosniff", css.header("X-Content-Type-Options"));
  const std::string etag = css.header("ETag");
  ASSERT_GE(etag.size(), 3u);
  const std::string version = etag.substr(1, etag.size() - 2);
  EXPECT_TRUE(Get("/").has("href=\"/static/app.css?v=" + version + "\""));
  EXPECT_EQ("public, max-age=31536000, immutable",
            Get("/static/app.css?v=" + version).header("Cache-Control"));
  EXPECT_EQ(304, Get("/static/app.css", {{"If-None-Match", etag}}).status);
  const Page js = Get("/static/app.js");
  EXPECT_EQ("text/javascript; charset=utf-8", js.header("Content-Type"));
  EXPECT_TRUE(js.has("history.pushState"));
}

TEST(SpanishDates, AsMexicanReadersWriteThem) {
  EXPECT_EQ("18 de septiembre de 2020", spanish_date("2020-09-18"));
  EXPECT_EQ("1 de enero de 2021", spanish_date("2021-01-01"));
  EXPECT_EQ("2020-13-01", spanish_date("2020-13-01"));  // not a date: shown as stored
  EXPECT_EQ(29u, days_in_month(2020, 2));
  EXPECT_EQ(28u, days_in_month(2100, 2));
  EXPECT_EQ("12,345,678", spanish_count(12345678));
  EXPECT_EQ("1 boletín", counted(1, "boletín", "boletines"));
  EXPECT_EQ("0 boletines", counted(0, "boletín", "boletines"));
}

TEST(HtmlBuilder, EscapesTextAndAttributesButNotTrustedMarkup) {
  Html html;
  html.open("a", {{"href", "/?q=a&b=\"c\""}, flag("hidden", true), flag("checked", false)})
      .text("<b>")
      .trusted(TrustedHtml("<mark>x</mark>"))
      .close("a");
  EXPECT_EQ("<a href=\"/?q=a&amp;b=&quot;c&quot;\" hidden>&lt;b&gt;<mark>x</mark></a>", html.str());
}

TEST(SearchUrl, WritesWhatTheParserReads) {
  SearchRequest request;
  request.query = "abasto de medicamentos & más";
  request.officials = {"zoe-robledo"};
  request.years = {"2020"};
  request.sort = SortOrder::kDateDesc;
  request.page = 3;
  EXPECT_EQ(
      "q=abasto+de+medicamentos+%26+m%C3%A1s&official=zoe-robledo&year=2020&sort=date_desc"
      "&page=3",
      search_query_string(request));
  EXPECT_EQ("/",
            search_href(without_value(with_value(SearchRequest{}, FacetGroup::kState, "Sonora"),
                                      FacetGroup::kState, "sonora")));
  EXPECT_EQ(
      "/?date_from=2020-03-01&date_to=2020-03-31",
      search_href(with_dates(on_page(with_value(SearchRequest{}, FacetGroup::kYear, "2020"), 2),
                             "2020-03-01", "2020-03-31")));
  // A year or a range chosen replaces the request's range and its query's date phrase, which
  // would narrow the choice to nothing.
  SearchRequest dated;
  dated.query = "abasto en septiembre de 2020";
  dated.date_from = "2024-01-01";
  EXPECT_EQ("/?q=abasto&year=2020", search_href(with_value(dated, FacetGroup::kYear, "2020")));
  EXPECT_EQ("/?q=abasto&date_from=2020-01-01&date_to=2020-01-31",
            search_href(with_dates(dated, "2020-01-01", "2020-01-31")));
}

}  // namespace
}  // namespace hemeroteca::testing
