#include "hemeroteca/schema/document_mapper.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "hemeroteca/schema/error.h"
#include "hemeroteca/schema/query_mapper.h"
#include "test_support.h"

namespace hemeroteca {
namespace {

Record SampleRecord() {
  Record record;
  record.id = "b1";
  record.title = "Abasto de medicamentos oncológicos";
  record.body = {"La vacunación avanza en Sonora.", "Otro párrafo."};
  record.date = "2020-09-18";
  record.date_source = DateSource::kText;
  record.number = "641/2020";
  record.officials = {{"zoe-robledo", "Zoé Robledo", "director general", "IMSS", 3}};
  record.organizations = {{"IMSS", "Instituto Mexicano del Seguro Social", 2}};
  record.states = {"Ciudad de México"};
  record.figures = {{95, "por ciento", "95 por ciento", "Un abasto del 95 por ciento."}};
  return record;
}

bool HasTerm(const Xapian::Document& document, const std::string& term) {
  Xapian::TermIterator it = document.termlist_begin();
  it.skip_to(term);
  return it != document.termlist_end() && *it == term;
}

// The document ids (in an in-memory database, 1, 2…) that `text` finds, in match order: "12".
std::string IdsFound(const Xapian::Database& database, const QueryMapper& queries,
                     const std::string& text) {
  Xapian::Enquire enquire(database);
  enquire.set_query(queries.parse(text));
  std::string found;
  const Xapian::MSet matches = enquire.get_mset(0, 10);
  for (auto it = matches.begin(); it != matches.end(); ++it) found += std::to_string(*it);
  return found;
}

class DocumentMapperTest : public ::testing::Test {
 protected:
  Schema schema_ = Schema::load(testing::schema_dir() / "fields.xml");
};

TEST_F(DocumentMapperTest, WritesIdWordStemFieldAndKeywordTerms) {
  DocumentMapper mapper(schema_);
  const Xapian::Document document = mapper.to_document(SampleRecord());
  for (const char* term : {"Qb1", "oncologicos", "Zoncolog", "Soncologicos", "ZSoncolog",
                           "XSvacunacion:vacun", "D20200918", "Y2020", "M202009", "XN641-2020",
                           "XOzoe-robledo", "XGimss", "XEciudad-de-mexico", "XC1"}) {
    EXPECT_TRUE(HasTerm(document, term)) << term;
  }
  EXPECT_EQ("20200918", document.get_value(*schema_.field(field::kDate).slot));
  EXPECT_EQ("Ciudad de México", document.get_value(*schema_.field(field::kState).slot));
}

Xapian::termcount WdfOf(const Xapian::Document& document, const std::string& term) {
  Xapian::TermIterator it = document.termlist_begin();
  it.skip_to(term);
  return it != document.termlist_end() && *it == term ? it.get_wdf() : 0;
}

// Stems are summed over the whole document before they reach Xapian: each occurrence still
// counts with its field's weight, and the document's length is the sum of every term's wdf.
TEST_F(DocumentMapperTest, WeighsEveryOccurrenceOfAStemByItsField) {
  Record record;
  record.id = "b2";
  record.title = "Vacunación";                                 // title: weight 3
  record.highlights = {"Vacunación y vacunas"};                // highlights: weight 2
  record.body = {"La vacunación avanza.", "Más vacunación."};  // body: weight 1
  DocumentMapper mapper(schema_);
  const Xapian::Document document = mapper.to_document(record);
  EXPECT_EQ(3u + 2 + 1 + 1, WdfOf(document, "vacunacion"));
  EXPECT_EQ(3u + 2 + 2 + 1 + 1, WdfOf(document, "Zvacun"));  // "vacunas" shares the stem
  EXPECT_EQ(1u, WdfOf(document, "ZSvacun"));
  EXPECT_EQ(2u, WdfOf(document, "ZXHvacun"));
  EXPECT_EQ(2u, WdfOf(document, "XHvacunacion") + WdfOf(document, "XHvacunas"));
  EXPECT_TRUE(HasTerm(document, "XSvacunacion:vacun"));
  EXPECT_EQ(0u, WdfOf(document, "XSvacunacion:vacun"));  // boolean
  Xapian::termcount length = 0;
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
    length += it.get_wdf();
  }
  Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const Xapian::docid docid = database.add_document(document);
  EXPECT_EQ(length, database.get_doclength(docid));
}

TEST_F(DocumentMapperTest, StoresTheRecordForLaterReading) {
  DocumentMapper mapper(schema_);
  const Record back = DocumentMapper::to_record(mapper.to_document(SampleRecord()));
  EXPECT_EQ(to_json(SampleRecord()), to_json(back));
}

TEST_F(DocumentMapperTest, KeepsTheSnippetTextOutOfTheCompressedData) {
  // Xapian compresses document data; a result's snippet reads its text from a value slot of
  // its own instead, so that a page of results does not inflate ten whole records.
  DocumentMapper mapper(schema_);
  const Record record = SampleRecord();
  const Xapian::Document document = mapper.to_document(record);
  const std::string data = document.get_data();
  const std::string text = document.get_value(*schema_.field(field::kSnippetText).slot);
  ASSERT_FALSE(record.body.empty());
  for (const std::string& paragraph : record.body) {
    EXPECT_EQ(std::string::npos, data.find(paragraph)) << paragraph;
    EXPECT_NE(std::string::npos, text.find(paragraph)) << paragraph;
  }
  EXPECT_EQ(snippet_text(record), DocumentMapper::to_summary(schema_, document).text);
}

TEST_F(DocumentMapperTest, ReadsDocumentsStoredWithTheirTextFirst) {
  // The layout of indexes written in November 2026: highlights and body ahead of the JSON.
  Record record = SampleRecord();
  record.highlights = {"Abasto al 95 por ciento", "Sin faltantes."};
  auto sized = [](const std::string& part) { return std::to_string(part.size()) + ":" + part; };
  std::string data = "\x02" + sized(std::to_string(record.highlights.size()));
  for (const std::string& highlight : record.highlights) data += sized(highlight);
  data += sized(std::to_string(record.body.size()));
  for (const std::string& paragraph : record.body) data += sized(paragraph);
  nlohmann::json rest = to_json(record);
  rest.erase("highlights");
  rest.erase("body");
  data += rest.dump();
  Xapian::Document earlier;
  earlier.set_data(data);
  const Xapian::valueno summary_slot = *schema_.field(field::kSummary).slot;
  earlier.add_value(summary_slot,
                    DocumentMapper(schema_).to_document(record).get_value(summary_slot));
  EXPECT_EQ(to_json(record), to_json(DocumentMapper::to_record(earlier)));
  EXPECT_EQ(snippet_text(record), DocumentMapper::to_summary(schema_, earlier).text);
}

TEST_F(DocumentMapperTest, StoresAHitSummaryAheadOfTheRecord) {
  DocumentMapper mapper(schema_);
  Record record = SampleRecord();
  record.highlights = {"Abasto al 95 por ciento", "Sin faltantes."};
  record.topics = {{"abasto", "Abasto de medicamentos", 1.0}};
  record.sources = {"boletin-641.pdf"};
  record.duplicate_key = "k1";
  const Xapian::Document document = mapper.to_document(record);
  const HitSummary summary = DocumentMapper::to_summary(schema_, document);
  EXPECT_EQ("b1", summary.id);
  EXPECT_EQ(record.title, summary.title);
  EXPECT_EQ("2020-09-18", summary.date.value_or(""));
  EXPECT_EQ("641/2020", summary.number.value_or(""));
  ASSERT_EQ(1u, summary.officials.size());
  EXPECT_EQ("zoe-robledo", summary.officials[0].id);
  EXPECT_EQ("Zoé Robledo", summary.officials[0].label);
  ASSERT_EQ(1u, summary.topics.size());
  EXPECT_EQ("Abasto de medicamentos", summary.topics[0].label);
  EXPECT_EQ(record.sources, summary.sources);
  EXPECT_EQ("k1", summary.duplicate_key);
  // A highlight without a full stop gets one so that it does not run into the next sentence.
  EXPECT_EQ(
      "Abasto al 95 por ciento. Sin faltantes. La vacunación avanza en Sonora.\n\nOtro párrafo.",
      summary.text);
  EXPECT_EQ(snippet_text(record), summary.text);
  const HitSummary without_text =
      DocumentMapper::to_summary(schema_, document, DocumentMapper::SummaryText::kWithout);
  EXPECT_EQ("b1", without_text.id);
  EXPECT_EQ(record.sources, without_text.sources);
  EXPECT_TRUE(without_text.text.empty());
}

TEST_F(DocumentMapperTest, ReadsDocumentsStoredAsTheRecordAlone) {
  // The layout of indexes written before hit summaries: the record's JSON is the whole data.
  Xapian::Document legacy;
  legacy.set_data(to_json(SampleRecord()).dump());
  EXPECT_EQ(to_json(SampleRecord()), to_json(DocumentMapper::to_record(legacy)));
  const HitSummary summary = DocumentMapper::to_summary(schema_, legacy);
  EXPECT_EQ("b1", summary.id);
  EXPECT_EQ(snippet_text(SampleRecord()), summary.text);
}

TEST_F(DocumentMapperTest, UnreadableDataIsReportedAsCorrupt) {
  for (const std::string& data : {std::string("not json"),
                                  std::string("\x02"
                                              "99:{}"),
                                  std::string("\x02"
                                              "x:"),
                                  std::string("\x02"
                                              "1:91:x"),
                                  std::string("\x03"
                                              "x:{}"),
                                  std::string("\x03"
                                              "2:11{}")}) {  // no text in slot 11
    Xapian::Document document;
    document.set_data(data);
    EXPECT_THROW(DocumentMapper::to_record(document), Error) << data;
    EXPECT_THROW(DocumentMapper::to_summary(schema_, document), Error) << data;
  }
  DocumentMapper mapper(schema_);
  Xapian::Document bad_summary = mapper.to_document(SampleRecord());
  bad_summary.add_value(*schema_.field(field::kSummary).slot, "{\"id\": 3}");
  EXPECT_THROW(DocumentMapper::to_summary(schema_, bad_summary), Error);
}

TEST_F(DocumentMapperTest, PhrasesDoNotSpanParagraphs) {
  Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
  DocumentMapper mapper(schema_);
  database.add_document(mapper.to_document(SampleRecord()));
  QueryMapper queries(schema_, database);
  Xapian::Enquire enquire(database);
  enquire.set_query(queries.parse("\"avanza en sonora\""));
  EXPECT_EQ(1u, enquire.get_mset(0, 10).size());
  enquire.set_query(queries.parse("\"sonora otro\""));
  EXPECT_EQ(0u, enquire.get_mset(0, 10).size());
}

// The accent-less query must find exactly what the accented one finds.
TEST_F(DocumentMapperTest, AccentlessQueriesMatchAccentedText) {
  Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
  DocumentMapper mapper(schema_);
  database.add_document(mapper.to_document(SampleRecord()));
  Record other;
  other.id = "b2";
  other.title = "Distribución de vacunas";
  other.body = {"Las vacunaciones y la distribucion."};
  database.add_document(mapper.to_document(other));
  QueryMapper queries(schema_, database);
  auto count = [&](const std::string& text) {
    Xapian::Enquire enquire(database);
    enquire.set_query(queries.parse(text));
    return enquire.get_mset(0, 10).size();
  };
  EXPECT_EQ(2u, count("vacunación"));
  EXPECT_EQ(count("vacunación"), count("vacunacion"));
  EXPECT_EQ(count("distribución"), count("distribucion"));
  EXPECT_EQ(1u, count("oncologicos"));
  EXPECT_EQ(1u, count("ONCOLÓGICO"));
  EXPECT_EQ(1u, count("titulo:abasto"));
  EXPECT_EQ(0u, count("titulo:sonora"));
  // Accents typed as marks apart from their letters (NFD), as some keyboards send them.
  EXPECT_EQ(2u, count("vacunacio\u0301n"));
  EXPECT_EQ(1u, count("oncolo\u0301gicos"));
}

// A query of excluded words alone excludes them from everything; "fecha:" with one year, month
// or day is that period; a date that is none is an error, not an empty answer.
TEST_F(DocumentMapperTest, ExcludedWordsAloneAndOneDateInAScope) {
  Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
  DocumentMapper mapper(schema_);
  database.add_document(mapper.to_document(SampleRecord()));
  Record other;
  other.id = "b2";
  other.title = "Distribución de vacunas";
  other.body = {"Las vacunas llegaron en mayo."};
  other.date = "2024-05-02";
  database.add_document(mapper.to_document(other));
  QueryMapper queries(schema_, database);
  auto ids = [&](const std::string& text) { return IdsFound(database, queries, text); };
  EXPECT_EQ("2", ids("-abasto"));
  EXPECT_EQ("", ids("-abasto -vacunas"));
  EXPECT_EQ("1", ids("-\"distribución de vacunas\""));
  EXPECT_EQ("1", ids("abasto -distribución"));
  EXPECT_EQ("2", ids("fecha:2024"));
  EXPECT_EQ("2", ids("fecha:2024-05"));
  EXPECT_EQ("1", ids("fecha:2020-09-18"));
  EXPECT_EQ("", ids("fecha:2020-09-19"));
  EXPECT_EQ("1", ids("fecha:2020..2021"));
  EXPECT_EQ("1", ids("abasto fecha:2020"));
  EXPECT_EQ("2", ids("(fecha:2024)"));
  EXPECT_THROW(queries.parse("fecha:abc"), Error);
}

// A keyword prefix finds the value however it is typed: numbers in each way offices write
// them, names with their spaces and accents.
TEST_F(DocumentMapperTest, KeywordPrefixesMatchTheValueAsTheIndexKeysIt) {
  Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
  DocumentMapper mapper(schema_);
  database.add_document(mapper.to_document(SampleRecord()));
  Record printed = SampleRecord();
  printed.id = "b2";
  printed.number = "INAI/005/24";
  database.add_document(mapper.to_document(printed));
  QueryMapper queries(schema_, database);
  auto ids = [&](const std::string& text) { return IdsFound(database, queries, text); };
  EXPECT_EQ("1", ids("numero:641/2020"));
  EXPECT_EQ("1", ids("numero:641-2020"));
  EXPECT_EQ("1", ids("número:0641/20"));
  EXPECT_EQ("2", ids("numero:INAI/005/24"));
  EXPECT_EQ("2", ids("numero:5/2024"));
  EXPECT_EQ("1", ids("numero:641"));  // a part of the number
  EXPECT_EQ("", ids("numero:642"));
  EXPECT_EQ("", ids("numero:2020"));  // a year is no part of a number
  EXPECT_EQ("12", ids("funcionario:robledo"));
  EXPECT_EQ("12", ids("estado:\"Ciudad de México\""));
  EXPECT_EQ("12", ids("funcionario:zoe-robledo"));
}

TEST(BulletinNumberKey, ReadsEachWayOfficesWriteANumber) {
  EXPECT_EQ("641-2020", bulletin_number_key("641/2020"));
  EXPECT_EQ("512-2023", bulletin_number_key("0512-23"));
  EXPECT_EQ("45-1998", bulletin_number_key("45/98"));
  EXPECT_EQ("5-2024", bulletin_number_key("INAI/005/24"));
  EXPECT_EQ("87-2020", bulletin_number_key("BUAP-C-087/2020"));
  EXPECT_EQ("536", bulletin_number_key("UNAM-DGCS-536"));
  EXPECT_EQ("30", bulletin_number_key("CAMPAÑA-030"));
  EXPECT_EQ("365-2012", bulletin_number_key("365 de 2012"));
  EXPECT_EQ("1133-2010", bulletin_number_key("1133a/10"));
  EXPECT_EQ("45", bulletin_number_key("045"));
  EXPECT_EQ("sin-numero", bulletin_number_key("Sin número"));
}

TEST_F(DocumentMapperTest, WildcardPrefixesAreFoldedAndTakenOutsidePhrasesOnly) {
  EXPECT_EQ((std::vector<std::string>{"medica", "hosp", "niñ"}),
            QueryMapper::wildcard_prefixes("Médica* OR titulo:hosp* AND Niñ* -x"));
  EXPECT_EQ(std::vector<std::string>{}, QueryMapper::wildcard_prefixes("\"medica* salud\" 3 * 4"));
}

TEST_F(DocumentMapperTest, QueryFoldingKeepsOperators) {
  EXPECT_EQ("zoe AND vacunacion NOT año", QueryMapper::fold_query("Zoé AND Vacunación NOT Año"));
}

}  // namespace
}  // namespace hemeroteca
