#include <algorithm>

#include "http_server_fixture.h"

namespace hemeroteca::testing {
namespace {

// Sorts the comma-separated results and the '+'-joined shapes inside each of them.
std::string Sorted(std::string csv) {
  std::vector<std::string> parts;
  std::stringstream stream(csv);
  for (std::string part; std::getline(stream, part, ',');) {
    std::vector<std::string> shapes;
    std::stringstream inner(part);
    for (std::string shape; std::getline(inner, shape, '+');) shapes.push_back(shape);
    std::sort(shapes.begin(), shapes.end());
    part.clear();
    for (const auto& shape : shapes) part += (part.empty() ? "" : "+") + shape;
    parts.push_back(part);
  }
  std::sort(parts.begin(), parts.end());
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : ",") + part;
  return out;
}

TEST_F(HttpServerTest, HealthzCountsTheDocuments) {
  const HttpAnswer answer = Get("/healthz");
  EXPECT_EQ(200, answer.status);
  EXPECT_EQ("ok", answer.body["status"]);
  EXPECT_EQ(5, answer.body["documents"]);
}

TEST_F(HttpServerTest, AccentlessQueryFindsTheOncologyBulletins) {
  // 000 and 001 are one bulletin in two shapes: one result listing both sources.
  EXPECT_EQ("000+001,004", Sorted(SeedsFound("q=oncologicos")));
  EXPECT_EQ(Sorted(SeedsFound("q=oncol%C3%B3gicos")), Sorted(SeedsFound("q=oncologicos")));
}

TEST_F(HttpServerTest, SupplyQueryFindsTheSupplyBulletins) {
  EXPECT_EQ("000+001,002,003,004", Sorted(SeedsFound("q=abasto")));
}

TEST_F(HttpServerTest, SearchAnswersTheDocumentedShape) {
  const HttpAnswer answer = Get("/api/v1/search?q=oncologicos&per_page=2");
  ASSERT_EQ(200, answer.status);
  EXPECT_EQ(2, answer.body["total"]);  // bulletins, not files: 000 and 001 count once
  EXPECT_EQ(1, answer.body["page"]);
  EXPECT_EQ(2, answer.body["per_page"]);
  ASSERT_EQ(2u, answer.body["results"].size());
  EXPECT_TRUE(answer.body["took_ms"].is_number());
  for (const auto& result : answer.body["results"]) {
    for (const char* key : {"id", "title", "date", "snippet", "score"}) {
      EXPECT_TRUE(result.contains(key)) << key;
    }
    EXPECT_NE(std::string::npos, result["snippet"].get<std::string>().find("<mark>"));
  }
}

TEST_F(HttpServerTest, QueryWithoutMatchesReturnsTotalZero) {
  const HttpAnswer answer = Get("/api/v1/search?q=zzxqwv");
  EXPECT_EQ(200, answer.status);
  EXPECT_EQ(0, answer.body["total"]);
  EXPECT_TRUE(answer.body["results"].empty());
}

TEST_F(HttpServerTest, EmptyQueryListsEverything) {
  const HttpAnswer answer = Get("/api/v1/search?q=");
  EXPECT_EQ(4, answer.body["total"]);  // five files, four bulletins
  // Newest first, the undated ones after the dated.
  EXPECT_EQ("641/2020", answer.body["results"][1]["number"]);
  EXPECT_EQ("257/2024", answer.body["results"][0]["number"]);
}

// Field scopes key their value as the index does: a number in each written form, a part of
// an official's id.
TEST_F(HttpServerTest, FieldScopesFindNumbersAndOfficialsAsTyped) {
  for (const char* query : {"numero%3A641%2F2020", "numero%3A0641-20", "numero%3A641"}) {
    const HttpAnswer answer = Get(std::string("/api/v1/search?q=") + query);
    ASSERT_EQ(200, answer.status) << query;
    ASSERT_EQ(1, answer.body["total"]) << query;
    EXPECT_EQ("641/2020", answer.body["results"][0]["number"]) << query;
  }
  EXPECT_EQ(0, Get("/api/v1/search?q=numero%3A2020").body["total"]);
  EXPECT_LE(1, Get("/api/v1/search?q=funcionario%3Arobledo").body["total"]);
}

TEST_F(HttpServerTest, BadPerPageIsABadRequestThatSaysWhy) {
  const HttpAnswer answer = Get("/api/v1/search?q=abasto&per_page=1000");
  EXPECT_EQ(400, answer.status);
  EXPECT_EQ("parameter per_page must be a whole number from 1 to 100, not \"1000\"",
            answer.body["error"]);
  EXPECT_EQ(400, Get("/api/v1/search?q=abasto&per_page=-1").status);
  EXPECT_EQ(400, Get("/api/v1/search?page=abc").status);
}

TEST_F(HttpServerTest, UnreadableQueryIsABadRequest) {
  const HttpAnswer answer = Get("/api/v1/search?q=%22abasto");
  EXPECT_TRUE(answer.status == 200 || answer.status == 400);  // Xapian accepts an open quote
  EXPECT_EQ(400, Get("/api/v1/search?q=abasto%20AND").status);
}

TEST_F(HttpServerTest, BulletinByIdServesTheStoredRecord) {
  const HttpAnswer search = Get("/api/v1/search?q=%22plan%20estrat%C3%A9gico%22");
  ASSERT_EQ(1u, search.body["results"].size());
  const std::string id = search.body["results"][0]["id"];
  const HttpAnswer record = Get("/api/v1/bulletins/" + id);
  EXPECT_EQ(200, record.status);
  EXPECT_EQ(id, record.body["id"]);
  EXPECT_EQ(
      "Coordina IMSS plan estratégico en materia de abasto de medicamentos oncológicos a "
      "nivel nacional",
      record.body["title"]);
}

TEST_F(HttpServerTest, UnknownIdIsNotFound) {
  const HttpAnswer answer = Get("/api/v1/bulletins/0000000000000000");
  EXPECT_EQ(404, answer.status);
  EXPECT_EQ("no bulletin with id 0000000000000000", answer.body["error"]);
}

TEST_F(HttpServerTest, UnknownPathAndMethodAreJsonErrors) {
  EXPECT_EQ(404, Get("/api/v1/nothing").status);
  EXPECT_EQ(405, http_request(port(), "DELETE", "/api/v1/search").status);
}

}  // namespace
}  // namespace hemeroteca::testing
