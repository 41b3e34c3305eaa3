// The three ways run_search_pass() can rank a relevance page — the matcher's top-k filtered by
// a boolean query, the matcher's top-k filtered by the columns, and every match weighted and
// ranked in the columns — must give the same page and the same counts.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>

#include "hemeroteca/indexer/importer.h"
#include "hemeroteca/schema/analyzer.h"
#include "hemeroteca/schema/document_mapper.h"
#include "hemeroteca/schema/query_mapper.h"
#include "hemeroteca/server/facet_index.h"
#include "match_set.h"
#include "test_support.h"

namespace hemeroteca {
namespace {

const std::vector<std::string> kWords = {"abasto",    "hospital", "vacuna",    "clínica",
                                         "médico",    "insumos",  "urgencias", "pensiones",
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
    // More officials than a group keeps value bitmaps for: counted from their column.
    const std::string official = "Funcionario " + std::to_string(i * 7 % 80);
    record.officials = {{slug(official), official, "director", "IMSS", 1}};
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
  bool figures = false;
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

// Every count of a pass, as text: total, undated, each group's values, the months.
std::string counts_of(const SearchPass& pass) {
  std::string out = "total " + std::to_string(pass.counts.total) + " undated " +
                    std::to_string(pass.counts.undated);
  for (const auto& group : pass.counts.groups) {
    out += " |";
    for (const FacetCount& count : group) {
      out += " " + count.value + "=" + std::to_string(count.count) + (count.selected ? "*" : "");
    }
  }
  for (const FacetCount& month : pass.counts.months) {
    out += " " + month.value + "=" + std::to_string(month.count);
  }
  return out;
}

std::vector<Xapian::docid> ids(const SearchPass& pass) {
  std::vector<Xapian::docid> docids;
  for (const PageHit& hit : pass.page) docids.push_back(hit.docid);
  return docids;
}

TEST_F(SearchPassTest, TopKFilteredByQueryOrColumnsRanksAsWeighingEveryMatch) {
  const QueryMapper mapper(schema_, database_);
  MatchSetCache phrases(8);
  QueryMatchesCache query_matches(64);
  const auto state_slugs = [](std::vector<std::string> names) {
    for (std::string& name : names) name = slug(name);
    return names;
  };
  std::vector<Case> cases;
  for (const std::string query :
       {"abasto", "abasto hospital", "vacuna OR clinica", "\"abasto de\"", "medico -cirugia",
        "\"hospital de\" OR \"vacuna clinica\" -\"de cirugia\""}) {
    cases.push_back({query, {}, {}, {}, {}, {}});
    cases.push_back({query, {}, {}, {}, {"Sonora"}, {}});
    cases.push_back({query, {}, {}, {}, {"Sonora", "Yucatán"}, {"2019"}});
    cases.push_back({query, {}, "2019-03-01", "2020-06-30", {}, {}});
    cases.push_back({query, {}, {}, {}, {"Jalisco"}, {"sin-fecha"}});
    cases.push_back({query, {}, {}, {}, {}, {"2020"}});
    cases.push_back({query, {}, {}, {}, {"Oaxaca"}, {}, true});
    cases.push_back({query, {}, {}, {}, {}, {}, true});
  }
  for (Case& c : cases) {
    c.selection.values[static_cast<std::size_t>(FacetGroup::kState)] = state_slugs(c.states);
    c.selection.values[static_cast<std::size_t>(FacetGroup::kYear)] = c.years;
    c.selection.require_figures = c.figures;
    if (c.date_from)
      c.selection.date_from = std::stoul(c.date_from->substr(0, 4) + c.date_from->substr(5, 2) +
                                         c.date_from->substr(8, 2));
    if (c.date_to)
      c.selection.date_to =
          std::stoul(c.date_to->substr(0, 4) + c.date_to->substr(5, 2) + c.date_to->substr(8, 2));
    std::vector<Xapian::Query> filters;
    if (!c.states.empty()) filters.push_back(mapper.keyword_filter(field::kState, c.states));
    if (!c.years.empty()) filters.push_back(mapper.keyword_filter(field::kYear, c.years));
    if (c.date_from) filters.push_back(mapper.date_filter(c.date_from, c.date_to));
    if (c.figures) filters.push_back(mapper.keyword_filter(field::kHasFigures, {"1"}));
    std::optional<Xapian::Query> filter;
    if (!filters.empty())
      filter = Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end());

    const Xapian::Query query = mapper.parse(c.query);
    const auto collapse = schema_.field(field::kDuplicateKey).slot;
    for (const PageRequest page : {PageRequest{0, 10}, PageRequest{10, 10}, PageRequest{0, 100}}) {
      const std::string what = c.query + " states " + std::to_string(c.states.size()) + " years " +
                               std::to_string(c.years.size()) + " figures " +
                               std::to_string(c.figures) + " from " + c.date_from.value_or("-") +
                               " first " + std::to_string(page.first);
      const SearchPass weighed_all =
          run_search_pass(*snapshot_, database_, query, c.selection, page, 50);
      const SearchPass by_columns =
          run_search_pass(*snapshot_, database_, query, c.selection, page, 50, collapse);
      const SearchPass by_query =
          run_search_pass(*snapshot_, database_, query, c.selection, page, 50, collapse, filter);
      const SearchPass with_phrase_sets = run_search_pass(*snapshot_, database_, query, c.selection,
                                                          page, 50, collapse, filter, &phrases);
      // Searched twice: the second page is cut from the query's remembered best hits.
      std::array<SearchPass, 2> remembered;
      for (SearchPass& pass : remembered) {
        pass = run_search_pass(*snapshot_, database_, query, c.selection, page, 50, collapse,
                               filter, &phrases, &query_matches);
      }
      for (const SearchPass& pass : remembered) {
        EXPECT_EQ(ids(weighed_all), ids(pass)) << what;
        EXPECT_EQ(counts_of(weighed_all), counts_of(pass)) << what;
      }
      EXPECT_EQ(ids(weighed_all), ids(by_columns)) << what;
      EXPECT_EQ(ids(weighed_all), ids(by_query)) << what;
      EXPECT_EQ(ids(weighed_all), ids(with_phrase_sets)) << what;
      // The weighed pass visits every match through the matcher; the others count from the
      // match set with the snapshot's bitmaps and columns.
      EXPECT_EQ(counts_of(weighed_all), counts_of(by_columns)) << what;
      EXPECT_EQ(counts_of(weighed_all), counts_of(by_query)) << what;
      EXPECT_EQ(counts_of(weighed_all), counts_of(with_phrase_sets)) << what;
      if (page.first == 0) {
        EXPECT_FALSE(weighed_all.page.empty()) << what;
      }
    }
  }
}

// A relevance page is asked of the matcher without a sort key or collapsing, then put in id
// order and collapsed: the same pages as weighing every match, deep ones and ties at the
// page's edges included. Here on an index where no bulletin has a duplicate (the main test
// above has them).
TEST_F(SearchPassTest, PagesWithoutDuplicatesRankAsWeighingEveryMatch) {
  testing::TempDir folder;
  {
    Xapian::WritableDatabase writable(folder.path().string(), Xapian::DB_CREATE_OR_OPEN);
    DocumentMapper mapper(schema_);
    for (Record record : generated_records(600)) {
      record.duplicate_key = "only-" + record.id;
      store_record(writable, mapper, record);
    }
    writable.commit();
  }
  const Xapian::Database database(folder.path().string());
  const auto snapshot = FacetSnapshot::build(database, schema_);
  const QueryMapper mapper(schema_, database);
  const auto collapse = schema_.field(field::kDuplicateKey).slot;
  // The last matches by date alone: every weight ties, and the sorted path ranks them.
  for (const char* text : {"abasto", "abasto hospital", "vacuna OR clinica", "medico -cirugia",
                           "fecha:2019-01-01..2019-12-31"}) {
    const Xapian::Query query = mapper.parse(text);
    for (const std::string state : {"", "sonora"}) {
      FacetSelection selection;
      if (!state.empty()) selection.values[static_cast<std::size_t>(FacetGroup::kState)] = {state};
      for (std::size_t first = 0; first < 60; first += 7) {
        const PageRequest page{first, 10};
        const std::string what =
            std::string(text) + " " + state + " first " + std::to_string(first);
        const SearchPass weighed_all =
            run_search_pass(*snapshot, database, query, selection, page, 50);
        const SearchPass by_matcher =
            run_search_pass(*snapshot, database, query, selection, page, 50, collapse);
        EXPECT_EQ(ids(weighed_all), ids(by_matcher)) << what;
        EXPECT_EQ(counts_of(weighed_all), counts_of(by_matcher)) << what;
      }
    }
  }
}

// Counted by hand: each bulletin (or duplicate group, by its member of lowest id) once per
// state it names, however many times it names it, with and without a state selected.
TEST_F(SearchPassTest, ABulletinCountsOncePerValueItNames) {
  const QueryMapper mapper(schema_, database_);
  const Xapian::Query query = mapper.parse("abasto");
  std::map<std::string, const Record*> counted;  // unit (id or duplicate key) -> member
  const std::vector<Record> records = generated_records(600);
  for (const Record& record : records) {
    const auto words = Analyzer().tokenize(record.title + " " + record.body.front());
    if (std::none_of(words.begin(), words.end(),
                     [](const Token& t) { return t.folded == "abasto"; }))
      continue;
    const std::string unit = record.duplicate_key.empty() ? record.id : record.duplicate_key;
    auto [it, added] = counted.emplace(unit, &record);
    if (!added && record.id < it->second->id) it->second = &record;
  }
  std::map<std::string, Xapian::doccount> by_hand;
  for (const auto& [unit, record] : counted) {
    for (const std::string& state :
         std::set<std::string>(record->states.begin(), record->states.end()))
      ++by_hand[slug(state)];
  }
  ASSERT_GT(by_hand["sonora"], 0u);
  for (const bool selecting : {false, true}) {
    FacetSelection selection;
    if (selecting) selection.values[static_cast<std::size_t>(FacetGroup::kState)] = {"sonora"};
    const SearchPass pass = run_search_pass(*snapshot_, database_, query, selection, {0, 10}, 50,
                                            schema_.field(field::kDuplicateKey).slot);
    std::map<std::string, Xapian::doccount> counts;
    for (const FacetCount& count : pass.counts.groups[static_cast<std::size_t>(FacetGroup::kState)])
      counts[count.value] = count.count;
    EXPECT_EQ(by_hand, counts) << (selecting ? "sonora selected" : "nothing selected");
  }
}

TEST_F(SearchPassTest, MatchSetsFromPostingListsAreWhatTheMatcherMatches) {
  const QueryMapper mapper(schema_, database_);
  std::vector<Xapian::Query> queries;
  for (const char* text :
       {"abasto", "abasto hospital", "abasto OR vacuna", "abasto -hospital", "abasto XOR vacuna",
        "\"abasto de\"", "medic*", "abasto AND (vacuna OR clinica) NOT cirugia", "titulo:abasto",
        "abasto fecha:2019-01-01..2019-12-31", "palabraausente", ""}) {
    queries.push_back(mapper.parse(text));
  }
  queries.push_back(Xapian::Query(Xapian::Query::OP_FILTER, mapper.parse("vacuna"),
                                  mapper.date_filter("2019-03-01", "2020-06-30")));
  queries.push_back(
      Xapian::Query(Xapian::Query::OP_AND_MAYBE, mapper.parse("hospital"), mapper.parse("abasto")));
  queries.push_back(Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, mapper.parse("clinica"), 2.0));
  queries.push_back(match_all());
  for (const Xapian::Query& query : queries) {
    Xapian::Enquire enquire(database_);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    const Xapian::MSet matches = enquire.get_mset(0, database_.get_doccount());
    std::vector<Xapian::docid> expected(matches.begin(), matches.end());
    std::vector<Xapian::docid> actual;
    const MatchSet set = MatchSet::of(database_, query);
    set.for_each([&](Xapian::docid docid) { actual.push_back(docid); });
    EXPECT_EQ(expected, actual) << query.get_description();
    EXPECT_EQ(expected.size(), set.size()) << query.get_description();
  }
}

// Highlighting asks which query terms index each hit: stepping posting lists must answer as
// the matcher's get_matching_terms does (as a set: the order is not kept).
TEST_F(SearchPassTest, MatchingTermsFromPostingListsAreTheMatchersOwn) {
  const QueryMapper mapper(schema_, database_);
  std::vector<Xapian::docid> every;
  for (Xapian::docid docid = 1; docid <= database_.get_lastdocid(); ++docid) every.push_back(docid);
  for (const char* text :
       {"abasto", "abasto hospital", "abasto OR vacuna OR palabraausente", "abasto -hospital",
        "\"abasto de\"", "medic*", "titulo:abasto", "clínica AND (vacuna OR cirugia)", ""}) {
    const Xapian::Query query = mapper.parse(text);
    Xapian::Enquire enquire(database_);
    enquire.set_query(query);
    auto local = matching_terms(database_, /*remote=*/false, query, every);
    auto asked = matching_terms(database_, /*remote=*/true, query, every);
    std::size_t with_terms = 0;
    for (Xapian::docid docid : every) {
      std::vector<std::string> expected(enquire.get_matching_terms_begin(docid),
                                        enquire.get_matching_terms_end(docid));
      std::sort(expected.begin(), expected.end());
      std::sort(local[docid].begin(), local[docid].end());
      std::sort(asked[docid].begin(), asked[docid].end());
      EXPECT_EQ(expected, local[docid]) << text << " #" << docid;
      EXPECT_EQ(expected, asked[docid]) << text << " #" << docid;
      if (!expected.empty()) ++with_terms;
    }
    // Neither lists a wildcard's expansions (Xapian 1.4); every other query here matches.
    if (*text && !std::string_view(text).ends_with('*')) {
      EXPECT_GT(with_terms, 0u) << text;
    }
  }
}

TEST_F(SearchPassTest, PhrasesFilteredByTheirSetsWeighAsPhrases) {
  const QueryMapper mapper(schema_, database_);
  MatchSetCache phrases(4);  // fewer than the phrases below: some are found twice
  for (const char* text :
       {"\"abasto de\"", "\"hospital de\" OR vacuna", "\"vacuna clinica\" \"de cirugia\"",
        "abasto -\"de insumos\"", "abasto NEAR vacuna", "\"abasto de\" OR \"hospital de\"",
        "\"medico de\" \"clinica de\""}) {
    const Xapian::Query query = mapper.parse(text);
    for (int round = 0; round < 2; ++round) {
      Xapian::Enquire plain(database_);
      plain.set_query(query);
      const Xapian::MSet expected = plain.get_mset(0, 50);
      Xapian::Enquire checked(database_);
      checked.set_query(with_positions_checked(query, database_, phrases));
      const Xapian::MSet actual = checked.get_mset(0, 50);
      ASSERT_EQ(expected.size(), actual.size()) << text;
      EXPECT_EQ(expected.get_matches_estimated() == 0, actual.size() == 0) << text;
      for (Xapian::doccount i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(*expected[i], *actual[i]) << text << " rank " << i;
        EXPECT_DOUBLE_EQ(expected[i].get_weight(), actual[i].get_weight()) << text;
      }
      const MatchSet from_cache = MatchSet::of(database_, query, &phrases);
      EXPECT_EQ(MatchSet::of(database_, query).size(), from_cache.size()) << text;
    }
  }
}

// Values as many bulletins name are listed as a reader orders names, accents and case aside.
TEST(FacetCountOrder, MostFirstThenByLabelAsReadersOrderIt) {
  std::vector<FacetCount> counts = {{"victor", "Víctor Ruiz", 2, false},
                                    {"alvaro", "Álvaro Velarca", 2, false},
                                    {"zoe", "Zoé Robledo", 5, false},
                                    {"beatriz", "beatriz Gómez", 2, false},
                                    {"ana", "Ana Ruiz", 1, false}};
  sort_facet_counts(counts);
  std::string order;
  for (const FacetCount& count : counts) order += count.value + " ";
  EXPECT_EQ("zoe alvaro beatriz victor ana ", order);
}

}  // namespace
}  // namespace hemeroteca
