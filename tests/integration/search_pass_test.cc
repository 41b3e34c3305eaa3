// The three ways run_search_pass() can rank a relevance page — the matcher's top-k filtered by
// a boolean query, the matcher's top-k filtered by the columns, and every match weighted and
// ranked in the columns — must give the same page and the same counts.
#include <gtest/gtest.h>

#include <random>

#include "hemeroteca/indexer/importer.h"
#include "hemeroteca/schema/document_mapper.h"
#include "hemeroteca/schema/query_mapper.h"
#include "hemeroteca/server/facet_index.h"
#include "test_support.h"

namespace hemeroteca {
namespace {

const std::vector<std::string> kWords = {"abasto",   "hospital", "vacuna",   "clínica",
                                         "médico",   "insumos",  "urgencias", "pensiones",
                                         "guardería", "cirugía"};
const std::vector<std::string> kStates = {"Sonora", "Jalisco", "Oaxaca", "Yucatán"};

// Records with words repeated at random (so weights differ), some sharing a duplicate key,
// some without a date.
std::vector<Record> generated_records(std::size_t count) {
  std::mt19937 random(7);
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
  std::vector<Record> records;
  for (std::size_t i = 0; i < count; ++i) {
    Record record;
    record.id = "r" + std::to_string(i);
    record.sources = {record.id + ".txt"};
    record.title = kWords[pick(kWords.size())] + " " + kWords[pick(kWords.size())];
    std::string paragraph;
    for (std::size_t w = 0, words = 5 + pick(40); w < words; ++w) {
      paragraph += kWords[pick(kWords.size())] + (pick(4) == 0 ? " de " : " ");
    }
    record.body = {paragraph};
    if (pick(6) != 0) {
      record.date = std::to_string(2018 + pick(4)) + "-0" + std::to_string(1 + pick(9)) + "-1" +
                    std::to_string(pick(10));
    }
    record.states = {kStates[pick(kStates.size())]};
    if (pick(3) == 0) record.states.push_back(kStates[pick(kStates.size())]);
    if (pick(4) == 0) record.duplicate_key = "dup-" + std::to_string(pick(count / 6));
    if (pick(2) == 0) record.figures = {{95, "por ciento", "95 por ciento", "El 95 por ciento."}};
    records.push_back(std::move(record));
  }
  return records;
}

struct Case {
  std::string query;
  FacetSelection selection;
  std::optional<std::string> date_from;
  std::optional<std::string> date_to;
  std::vector<std::string> states;
  std::vector<std::string> years;
};

class SearchPassTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Xapian::WritableDatabase writable(folder_.path().string(), Xapian::DB_CREATE_OR_OPEN);
    DocumentMapper mapper(schema_);
    for (const Record& record : generated_records(600)) store_record(writable, mapper, record);
    writable.commit();
    database_ = Xapian::Database(folder_.path().string());
    snapshot_ = FacetSnapshot::build(database_, schema_);
  }

  testing::TempDir folder_;
  Schema schema_ = Schema::load(testing::schema_dir() / "fields.xml");
  Xapian::Database database_;
  std::shared_ptr<const FacetSnapshot> snapshot_;
};

std::vector<Xapian::docid> ids(const SearchPass& pass) {
  std::vector<Xapian::docid> docids;
  for (const PageHit& hit : pass.page) docids.push_back(hit.docid);
  return docids;
}

TEST_F(SearchPassTest, TopKFilteredByQueryOrColumnsRanksAsWeighingEveryMatch) {
  const QueryMapper mapper(schema_, database_);
  const auto state_slugs = [](std::vector<std::string> names) {
    for (std::string& name : names) name = slug(name);
    return names;
  };
  std::vector<Case> cases;
  for (const std::string query : {"abasto", "abasto hospital", "vacuna OR clinica",
                                  "\"abasto de\"", "medico -cirugia"}) {
    cases.push_back({query, {}, {}, {}, {}, {}});
    cases.push_back({query, {}, {}, {}, {"Sonora"}, {}});
    cases.push_back({query, {}, {}, {}, {"Sonora", "Yucatán"}, {"2019"}});
    cases.push_back({query, {}, "2019-03-01", "2020-06-30", {}, {}});
    cases.push_back({query, {}, {}, {}, {"Jalisco"}, {"sin-fecha"}});
  }
  for (Case& c : cases) {
    c.selection.values[static_cast<std::size_t>(FacetGroup::kState)] = state_slugs(c.states);
    c.selection.values[static_cast<std::size_t>(FacetGroup::kYear)] = c.years;
    if (c.date_from) c.selection.date_from = std::stoul(c.date_from->substr(0, 4) +
                                                        c.date_from->substr(5, 2) +
                                                        c.date_from->substr(8, 2));
    if (c.date_to) c.selection.date_to = std::stoul(c.date_to->substr(0, 4) +
                                                    c.date_to->substr(5, 2) +
                                                    c.date_to->substr(8, 2));
    std::vector<Xapian::Query> filters;
    if (!c.states.empty()) filters.push_back(mapper.keyword_filter(field::kState, c.states));
    if (!c.years.empty()) filters.push_back(mapper.keyword_filter(field::kYear, c.years));
    if (c.date_from) filters.push_back(mapper.date_filter(c.date_from, c.date_to));
    std::optional<Xapian::Query> filter;
    if (!filters.empty()) filter = Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end());

    const Xapian::Query query = mapper.parse(c.query);
    const auto collapse = schema_.field(field::kDuplicateKey).slot;
    for (const PageRequest page : {PageRequest{0, 10}, PageRequest{10, 10}, PageRequest{0, 100}}) {
      const std::string what = c.query + " states " + std::to_string(c.states.size()) +
                               " years " + std::to_string(c.years.size()) + " from " +
                               c.date_from.value_or("-") + " first " + std::to_string(page.first);
      const SearchPass weighed_all =
          run_search_pass(*snapshot_, database_, query, c.selection, page, 50);
      const SearchPass by_columns =
          run_search_pass(*snapshot_, database_, query, c.selection, page, 50, collapse);
      const SearchPass by_query =
          run_search_pass(*snapshot_, database_, query, c.selection, page, 50, collapse, filter);
      EXPECT_EQ(ids(weighed_all), ids(by_columns)) << what;
      EXPECT_EQ(ids(weighed_all), ids(by_query)) << what;
      EXPECT_EQ(weighed_all.counts.total, by_query.counts.total) << what;
      EXPECT_EQ(weighed_all.counts.undated, by_query.counts.undated) << what;
      if (page.first == 0) EXPECT_FALSE(weighed_all.page.empty()) << what;
    }
  }
}

}  // namespace
}  // namespace hemeroteca
