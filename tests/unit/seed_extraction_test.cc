// The five IMSS seed bulletins (corpus/) extracted field by field against records written by
// reading the texts (tests/fixtures/seeds/NNN.expected.json).
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "hemeroteca/indexer/extractor.h"
#include "hemeroteca/indexer/reader.h"
#include "test_support.h"

namespace hemeroteca {
namespace {

namespace fs = std::filesystem;

fs::path seed_file(const std::string& number) {
  for (const auto& entry : fs::directory_iterator(testing::corpus_dir())) {
    if (entry.path().filename().string().starts_with(number + "_")) return entry.path();
  }
  return {};
}

class SeedExtractionTest : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    knowledge_ = new ExtractorKnowledge(ExtractorKnowledge::load(testing::schema_dir()));
  }
  static void TearDownTestSuite() { delete knowledge_; }

  static nlohmann::json Extract(const std::string& number) {
    Extractor extractor(*knowledge_);
    const std::vector<ParsedDocument> documents = read_file(seed_file(number));
    EXPECT_EQ(1u, documents.size());
    return to_json(extractor.extract(documents.front()));
  }

  static ExtractorKnowledge* knowledge_;
};

ExtractorKnowledge* SeedExtractionTest::knowledge_ = nullptr;

TEST_P(SeedExtractionTest, EveryFieldAsReadByHand) {
  const std::string number = GetParam();
  std::ifstream in(testing::fixtures_dir() / "seeds" / (number + ".expected.json"));
  const nlohmann::json expected = nlohmann::json::parse(in);
  const nlohmann::json actual = Extract(number);
  for (const char* key : {"title", "highlights", "body", "place", "date", "date_source", "number",
                          "officials", "organizations", "states", "links", "quotes"}) {
    EXPECT_EQ(expected[key].dump(1), actual[key].dump(1)) << "field " << key;
  }
  nlohmann::json figures = nlohmann::json::array();
  for (const auto& figure : actual["figures"]) {
    figures.push_back(
        {{"value", figure["value"]}, {"unit", figure["unit"]}, {"text", figure["text"]}});
  }
  EXPECT_EQ(expected["figures"].dump(1), figures.dump(1)) << "field figures";
  nlohmann::json topics = nlohmann::json::array();
  for (const auto& topic : actual["topics"]) topics.push_back(topic["id"]);
  EXPECT_EQ(expected["topics"].dump(), topics.dump()) << "field topics";
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedExtractionTest,
                         ::testing::Values("000", "001", "002", "003", "004"));

TEST_F(SeedExtractionTest, TwoShapesOfOneBulletinShareTheDuplicateKeyAndNoOtherDoes) {
  std::map<std::string, std::string> keys;
  for (const char* number : {"000", "001", "002", "003", "004"}) {
    keys[number] = Extract(number)["duplicate_key"];
    EXPECT_EQ(16u, keys[number].size()) << number;
  }
  EXPECT_EQ(keys["000"], keys["001"]);
  std::set<std::string> distinct;
  for (const auto& [number, key] : keys) distinct.insert(key);
  EXPECT_EQ(4u, distinct.size());
}

TEST_F(SeedExtractionTest, NeverInventsADate) {
  for (const char* number : {"000", "001", "003"}) {
    const nlohmann::json record = Extract(number);
    EXPECT_TRUE(record["date"].is_null()) << number;
    EXPECT_EQ("none", record["date_source"]) << number;
  }
}

// A page that opens with the office's name and no headline: no title, but the office is
// among the organizations, and the bullet under it is a highlight.
TEST_F(SeedExtractionTest, ALetterheadWithoutATitleStillNamesThePublishingOffice) {
  const std::vector<ParsedDocument> documents = read_bytes(
      "Senado de la República\n\nCOORDINACIÓN DE COMUNICACIÓN SOCIAL\n\nCOMUNICADO-1560\n\n"
      "• En su mayoría los dictámenes se refieren a derechos humanos.\n\nLa Primera Comisión "
      "informó que presentará 139 proyectos de dictamen ante el Pleno.\n",
      "senado.txt");
  ASSERT_EQ(1u, documents.size());
  const Record record = Extractor(*knowledge_).extract(documents.front());
  EXPECT_EQ("", record.title);
  EXPECT_EQ(
      std::vector<std::string>{"En su mayoría los dictámenes se refieren a derechos humanos."},
      record.highlights);
  ASSERT_FALSE(record.body.empty());
  EXPECT_TRUE(record.body.front().starts_with("La Primera Comisión")) << record.body.front();
  std::vector<std::string> organizations;
  for (const Organization& organization : record.organizations) {
    organizations.push_back(organization.id);
  }
  EXPECT_NE(organizations.end(), std::find(organizations.begin(), organizations.end(), "Senado"));
}

}  // namespace
}  // namespace hemeroteca
