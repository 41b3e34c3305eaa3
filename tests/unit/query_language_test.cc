#include <gtest/gtest.h>
#include <xapian.h>

#include "hemeroteca/schema/query_dates.h"
#include "hemeroteca/schema/query_mapper.h"
#include "hemeroteca/schema/spelling.h"
#include "hemeroteca/schema/synonyms.h"
#include "test_support.h"

namespace hemeroteca {
namespace {

// "from..to | remainder | phrase", or "none".
std::string DatePhraseOf(std::string_view query) {
  const auto phrase = extract_date_phrase(query);
  if (!phrase) return "none";
  return phrase->range.from.value_or("") + ".." + phrase->range.to.value_or("") + " | " +
         phrase->remainder + " | " + phrase->phrase;
}

TEST(QueryDates, MonthsYearsAndRanges) {
  EXPECT_EQ("2023-03-01..2023-03-31 | abasto | en marzo de 2023",
            DatePhraseOf("abasto en marzo de 2023"));
  EXPECT_EQ("2020-01-01..2020-12-31 | vacunas | durante 2020",
            DatePhraseOf("vacunas durante 2020"));
  EXPECT_EQ("2021-01-01.. | Robledo | desde enero de 2021",
            DatePhraseOf("Robledo desde enero de 2021"));
  EXPECT_EQ("2019-01-01..2021-12-31 |  | entre 2019 y 2021", DatePhraseOf("entre 2019 y 2021"));
  EXPECT_EQ("..2022-06-30 | x | hasta junio de 2022", DatePhraseOf("x hasta junio de 2022"));
  EXPECT_EQ("..2019-12-31 | x | antes de 2020", DatePhraseOf("x antes de 2020"));
  EXPECT_EQ("2020-01-01.. | x | después de 2019", DatePhraseOf("x después de 2019"));
  EXPECT_EQ("2024-02-01..2024-02-29 | x | en Febrero del 2024",
            DatePhraseOf("x en Febrero del 2024"));
  EXPECT_EQ("2019-01-01..2021-12-31 | x | entre 2021 y 2019", DatePhraseOf("x entre 2021 y 2019"));
}

TEST(QueryDates, DaysBareMonthsYearSpansAndSeveralPhrases) {
  EXPECT_EQ("2020-09-18..2020-09-18 | abasto | el 18 de septiembre de 2020",
            DatePhraseOf("abasto el 18 de septiembre de 2020"));
  EXPECT_EQ("2023-03-01..2023-03-31 | abasto | marzo de 2023",
            DatePhraseOf("abasto marzo de 2023"));
  EXPECT_EQ("2020-01-01..2020-12-31 | abasto | en el 2020", DatePhraseOf("abasto en el 2020"));
  EXPECT_EQ("..2020-08-31 | abasto | antes de septiembre de 2020",
            DatePhraseOf("abasto antes de septiembre de 2020"));
  EXPECT_EQ("2021-01-01.. | x | después del 31 de diciembre de 2020",
            DatePhraseOf("x después del 31 de diciembre de 2020"));
  EXPECT_EQ("2024-03-01..2024-05-31 | x | entre marzo y mayo de 2024",
            DatePhraseOf("x entre marzo y mayo de 2024"));
  EXPECT_EQ("2020-01-01..2024-12-31 | abasto | durante 2020-2024",
            DatePhraseOf("abasto durante 2020-2024"));
  EXPECT_EQ("2020-01-01..2021-12-31 | abasto | desde 2020 hasta 2021",
            DatePhraseOf("abasto desde 2020 hasta 2021"));
  // What is no date stays text: a year alone, a day that does not exist, a plan's number.
  EXPECT_EQ("none", DatePhraseOf("Plan 2023"));
  EXPECT_EQ("none", DatePhraseOf("el 31 de febrero de 2020"));
  EXPECT_EQ("none", DatePhraseOf("el 18 de los hospitales"));
}

// "en 2020 y 2024" means those two years, not the years between them.
TEST(QueryDates, YearsListedWithY) {
  const auto listed = extract_date_phrase("vacunas en 2020 y 2024");
  ASSERT_TRUE(listed);
  EXPECT_EQ("2020-01-01..2024-12-31 | vacunas | en 2020 y 2024",
            DatePhraseOf("vacunas en 2020 y 2024"));
  EXPECT_EQ((std::vector<std::string>{"2020", "2024"}), listed->range.years);
  const auto three = extract_date_phrase("abasto durante 2023, 2019 y 2021");
  ASSERT_TRUE(three);
  EXPECT_EQ("abasto", three->remainder);
  EXPECT_EQ((std::vector<std::string>{"2019", "2021", "2023"}), three->range.years);
  // A range and a single year keep no list; "y" before a word is the text's.
  EXPECT_TRUE(extract_date_phrase("entre 2019 y 2021")->range.years.empty());
  EXPECT_EQ("2020-01-01..2020-12-31 | y salud | en 2020", DatePhraseOf("en 2020 y salud"));
  EXPECT_TRUE(extract_date_phrase("en 2020 y salud")->range.years.empty());
}

TEST(QueryDates, MonthsListedWithY) {
  const auto two = extract_date_phrase("vacunas en marzo y mayo de 2024");
  ASSERT_TRUE(two);
  EXPECT_EQ("2024-03-01..2024-05-31 | vacunas | en marzo y mayo de 2024",
            DatePhraseOf("vacunas en marzo y mayo de 2024"));
  EXPECT_EQ((std::vector<std::string>{"2024-03", "2024-05"}), two->range.months);
  EXPECT_TRUE(two->range.years.empty());
  // A month without its year takes the next one's; the list is sorted.
  const auto across =
      extract_date_phrase("abasto durante noviembre, enero de 2024 y febrero de 2023");
  ASSERT_TRUE(across);
  EXPECT_EQ("abasto", across->remainder);
  EXPECT_EQ((std::vector<std::string>{"2023-02", "2024-01", "2024-11"}), across->range.months);
  // A range and a single month keep no list; "y" before a word is the text's; the last month
  // must carry its year.
  EXPECT_TRUE(extract_date_phrase("entre marzo y mayo de 2024")->range.months.empty());
  EXPECT_EQ("2024-03-01..2024-03-31 | y salud | en marzo de 2024",
            DatePhraseOf("en marzo de 2024 y salud"));
  EXPECT_TRUE(extract_date_phrase("en marzo de 2024 y salud")->range.months.empty());
  EXPECT_EQ("none", DatePhraseOf("en marzo y mayo"));
}

TEST(QueryDates, LeavesOrdinaryNumbersAlone) {
  EXPECT_EQ("none", DatePhraseOf("en 500 hospitales"));
  EXPECT_EQ("none", DatePhraseOf("en marzo"));
  EXPECT_EQ("none", DatePhraseOf("abasto"));
}

TEST(QueryDates, ValidatesIsoDates) {
  EXPECT_TRUE(is_iso_date("2024-02-29"));
  EXPECT_FALSE(is_iso_date("2023-02-29"));
  EXPECT_FALSE(is_iso_date("2023-13-01"));
  EXPECT_FALSE(is_iso_date("2023-1-01"));
}

TEST(Synonyms, ExpandsWordsAndPhrasesOutsideQuotesAndScopes) {
  const Synonyms synonyms = Synonyms::load(testing::schema_dir() / "synonyms.xml");
  EXPECT_EQ("abasto (imss OR \"instituto mexicano del seguro social\" OR \"seguro social\")",
            synonyms.expand("abasto imss"));
  EXPECT_EQ("(imss OR \"instituto mexicano del seguro social\" OR \"seguro social\") y mas",
            synonyms.expand("instituto mexicano del seguro social y mas"));
  EXPECT_EQ("\"imss sonora\"", synonyms.expand("\"imss sonora\""));
  EXPECT_EQ("organizacion:imss -imss imss-bienestar imss*",
            synonyms.expand("organizacion:imss -imss imss-bienestar imss*"));
}

// Xapian::Query::MatchAll is one object for the whole process with a reference count that is
// not atomic: searches running at once that copied it could free it under each other (the
// server crashed under load). Every query matching everything is made afresh.
TEST(QueryMatchAll, IsNeverTheSharedStaticQuery) {
  const Schema schema = Schema::load(testing::schema_dir() / "fields.xml");
  Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const QueryMapper mapper(schema, database);
  const auto* shared = Xapian::Query::MatchAll.internal.get();
  for (const Xapian::Query& query :
       {mapper.parse(""), mapper.parse("  "), mapper.keyword_filter(field::kState, {}),
        mapper.date_filter(std::nullopt, std::nullopt), match_all()}) {
    EXPECT_EQ(Xapian::Query::LEAF_MATCH_ALL, query.get_type()) << query.get_description();
    EXPECT_NE(shared, query.internal.get()) << query.get_description();
  }
}

TEST(QueryDiagnosis, SaysWhereTheQueryGoesWrong) {
  EXPECT_EQ("'AND' at position 8 has no term after it", diagnose_query("abasto AND"));
  EXPECT_EQ("'OR' at position 1 has no term before it", diagnose_query("OR abasto"));
  EXPECT_EQ("'AND' at position 11 follows another operator", diagnose_query("abasto OR AND x"));
  EXPECT_EQ("unmatched ')' at position 7", diagnose_query("abasto)"));
  EXPECT_EQ("unclosed quote at position 1", diagnose_query("\"abasto"));
  EXPECT_EQ("", diagnose_query("abasto AND salud"));
}

// A page in Spanish phrases the mistake from its parts, which the parser's error carries.
TEST(QueryDiagnosis, TheParsersErrorCarriesTheMistake) {
  const Schema schema = Schema::load(testing::schema_dir() / "fields.xml");
  Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const QueryMapper mapper(schema, database);
  const auto mistake_of = [&](std::string_view text) {
    try {
      mapper.parse(text);
    } catch (const QueryError& e) {
      return e.mistake();
    }
    ADD_FAILURE() << text << " was parsed";
    return QueryMistake{};
  };
  const QueryMistake after = mistake_of("médicos OR AND salud");
  EXPECT_EQ(QueryMistake::Kind::kOperatorAfterOperator, after.kind);
  EXPECT_EQ(13u, after.position);  // in bytes: "é" is two
  EXPECT_EQ("AND", after.word);
  EXPECT_EQ(QueryMistake::Kind::kBadDate, mistake_of("abasto fecha:2020-13").kind);
}

// An index of bulletins as the indexer leaves them: each folded word a term.
class QuerySuggestions : public ::testing::Test {
 protected:
  void SetUp() override {
    add("oncologia", 6);
    add("oncologica", 2);
    add("vacunacion", 9);
    add("vacunaciones", 3);
    add("españa", 4);
    database_.commit();
    dictionary_ = SpellingDictionary::read(database_);
  }
  void add(const std::string& word, int bulletins) {
    for (int i = 0; i < bulletins; ++i) {
      Xapian::Document document;
      document.add_posting(word, 1);
      document.add_term("Z" + word);  // prefixed terms are not words
      document.add_boolean_term("Q" + word + std::to_string(i));
      database_.add_document(document);
    }
  }
  const Schema schema_ = Schema::load(testing::schema_dir() / "fields.xml");
  const testing::TempDir dir_;
  Xapian::WritableDatabase database_{(dir_.path() / "index").string(), Xapian::DB_CREATE};
  SpellingDictionary dictionary_;
};

TEST_F(QuerySuggestions, ReadsTheIndexWordsAndCorrectsToTheNearestCommonerOne) {
  EXPECT_EQ(5u, dictionary_.size());
  EXPECT_EQ("oncologia", dictionary_.correct("oncolgia", 0));     // a letter missing
  EXPECT_EQ("oncologia", dictionary_.correct("onoclogia", 0));    // two letters swapped
  EXPECT_EQ("oncologia", dictionary_.correct("oncologica", 2));   // rarer than its neighbour
  EXPECT_EQ("", dictionary_.correct("oncologia", 6));             // nothing commoner near
  EXPECT_EQ("vacunacion", dictionary_.correct("bacunasion", 0));  // two edits
  EXPECT_EQ("", dictionary_.correct("bacunasiom", 0));            // three
  EXPECT_EQ("españa", dictionary_.correct("espana", 0));          // ñ typed as n
  EXPECT_EQ("", dictionary_.correct("xyz", 0));
}

TEST_F(QuerySuggestions, CorrectsQueryWordsTheArchiveLacksOrRarelyHas) {
  const QueryMapper mapper(schema_, database_);
  EXPECT_EQ("oncologia", mapper.suggest("oncolgia", dictionary_));  // absent
  EXPECT_EQ("", mapper.suggest("oncologia", dictionary_));
  EXPECT_EQ("oncologia", mapper.suggest("Oncológica", dictionary_, 3));  // rare
  // Common enough not to be a misspelling.
  EXPECT_EQ("", mapper.suggest("oncologica", dictionary_, 2));
  EXPECT_EQ("", mapper.suggest("Oncológica AND oncologia", dictionary_, 2));
  EXPECT_EQ("oncologia AND vacunacion", mapper.suggest("oncolgia AND vacunacion", dictionary_));
  EXPECT_EQ("\"vacunacion oncologia\"", mapper.suggest("\"vacunasion oncologia\"", dictionary_));
  // Field names, scoped words (quoted values too) and wildcards are left as typed.
  EXPECT_EQ("", mapper.suggest("titulo:oncolgia", dictionary_));
  EXPECT_EQ("", mapper.suggest("estado:\"oncolgia vacunasion\"", dictionary_));
  EXPECT_EQ("", mapper.suggest("oncolgi*", dictionary_));
  // The rest of the query stays as typed, accents included.
  EXPECT_EQ("Vacunación oncologia", mapper.suggest("Vacunación oncolgia", dictionary_));
}

}  // namespace
}  // namespace hemeroteca
