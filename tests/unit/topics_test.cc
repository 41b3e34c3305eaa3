#include "hemeroteca/indexer/topics.h"

#include <gtest/gtest.h>

#include "hemeroteca/schema/error.h"
#include "test_support.h"

namespace hemeroteca {
namespace {

using testing::TempDir;

class TopicsTest : public ::testing::Test {
 protected:
  // Topic ids found, comma-joined, best first.
  std::string Topics(const std::string& title, const std::vector<std::string>& body) {
    std::string out;
    for (const Topic& topic : classifier_.classify(title, {}, body)) {
      out += (out.empty() ? "" : ",") + topic.id;
    }
    return out;
  }

  Taxonomy taxonomy_ = Taxonomy::load(testing::schema_dir() / "topics.xml");
  TopicClassifier classifier_{taxonomy_};
};

TEST_F(TopicsTest, FindsTopicsByStemsAccentInsensitively) {
  EXPECT_EQ("abasto-medicamentos",
            Topics("Garantiza el Instituto el ABASTO de Medicamento", {"Sin desabasto."}));
  EXPECT_EQ("oncologia", Topics("", {"Atención a pacientes oncologicos con cancer infantil."}));
}

TEST_F(TopicsTest, IsMultiLabelAndSortedByScore) {
  EXPECT_EQ("covid-19,finanzas",
            Topics("Finanzas sanas pese a la pandemia de COVID-19",
                   {"El costo de la pandemia fue de 65 mil millones de pesos.", "COVID-19."}));
}

TEST_F(TopicsTest, NeedsEnoughEvidence) {
  EXPECT_EQ("", Topics("Reunión de trabajo", {"Se habló de recursos."}));
}

TEST_F(TopicsTest, ScoresAreBetweenHalfAndOne) {
  for (const Topic& topic : classifier_.classify("Abasto de medicamentos", {}, {})) {
    EXPECT_GE(topic.score, 0.5);
    EXPECT_LT(topic.score, 1.0);
    EXPECT_EQ("Abasto de medicamentos", topic.label);
  }
}

TEST(TaxonomyLoad, NamesFileAndLineOfAnInvalidTopic) {
  TempDir dir;
  const auto file = dir.write("topics.xml",
                              "<taxonomy>\n<topic id=\"a\" label=\"A\">\n<term weight=\"20\">x"
                              "</term>\n</topic>\n</taxonomy>");
  try {
    Taxonomy::load(file);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_NE(std::string::npos, std::string(e.what()).find("topics.xml:3: term weight"));
  }
}

}  // namespace
}  // namespace hemeroteca
