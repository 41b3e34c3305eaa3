#include "hemeroteca/schema/gazetteer.h"

#include <gtest/gtest.h>

#include <map>

#include "hemeroteca/schema/error.h"
#include "test_support.h"

namespace hemeroteca {
namespace {

using testing::TempDir;

const Gazetteer& Shipped() {
  static const Gazetteer gazetteer = Gazetteer::load(testing::schema_dir());
  return gazetteer;
}

// The id of who held `role` at `organization` on `date`, or "-".
std::string Holder(const std::string& role, const std::string& organization,
                   const std::optional<std::string>& date) {
  const GazetteerOfficial* official = Shipped().official_for_role(role, organization, date);
  return official ? official->id : "-";
}

const std::map<std::string, std::string> kValidFiles = {
    {"organizations.xml",
     "<organizations>\n<organization id=\"IMSS\" name=\"Instituto Mexicano del Seguro Social\">\n"
     "<alias>IMSS</alias>\n</organization>\n</organizations>\n"},
    {"officials.xml",
     "<officials>\n<official id=\"ana-soto\" name=\"Ana Soto\">\n"
     "<role title=\"directora\" organization=\"IMSS\" "
     "from=\"2020\"/>\n</official>\n</officials>\n"},
    {"states.xml", "<states>\n<state name=\"Colima\"/>\n</states>\n"},
};

// Loads a gazetteer whose `file` is `xml` (the other files valid); returns "ok" or the error
// from the file name on.
std::string LoadError(const std::string& file, const std::string& xml) {
  TempDir dir;
  for (const auto& [name, content] : kValidFiles) {
    dir.write("gazetteer/" + name, name == file ? xml : content);
  }
  try {
    Gazetteer::load(dir.path());
    return "ok";
  } catch (const Error& e) {
    EXPECT_EQ(ErrorKind::kCorrupt, e.kind());
    const std::string message = e.what();
    return message.substr(message.find(file));
  }
}

TEST(GazetteerLoad, ReadsTheShippedFiles) {
  EXPECT_GE(Shipped().officials().size(), 40u);
  EXPECT_GE(Shipped().organizations().size(), 60u);
  EXPECT_EQ(32u, Shipped().states().size());
}

TEST(GazetteerLookup, FindsOfficialsByFoldedAlias) {
  EXPECT_EQ("zoe-robledo", Shipped().find_official("Zoé Robledo Aburto")->id);
  EXPECT_EQ("zoe-robledo", Shipped().find_official("ZOE  ROBLEDO")->id);
  EXPECT_EQ("marcos-bucio-mujica", Shipped().find_official("Marcos Bucio")->id);
  EXPECT_EQ(nullptr, Shipped().find_official("Robledo"));
}

TEST(GazetteerLookup, FindsOrganizationsByIdAliasOrName) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Seguro Social", "IMSS"},
      {"instituto mexicano del seguro social", "IMSS"},
      {"Hacienda", "SHCP"},
      {"Secretaría de Hacienda y Crédito Público", "SHCP"},
      {"IMSS Bienestar", "IMSS-Bienestar"},
      {"CONCANACO SERVYTUR", "CONCANACO-SERVYTUR"},
      {"Cofepris", "Cofepris"},
      {"Instituto", "-"},
      {"UMAE", "-"},
  };
  for (const auto& [name, id] : cases) {
    const GazetteerOrganization* found = Shipped().find_organization(name);
    EXPECT_EQ(id, found ? found->id : "-") << name;
  }
}

TEST(GazetteerLookup, FindsStatesByVariant) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"CDMX", "Ciudad de México"},
      {"Distrito Federal", "Ciudad de México"},
      {"D.F.", "Ciudad de México"},
      {"Edomex", "Estado de México"},
      {"Michoacán de Ocampo", "Michoacán"},
      {"Veracruz de Ignacio de la Llave", "Veracruz"},
      {"México", "-"},
      {"Ver.", "-"},
  };
  for (const auto& [variant, name] : cases) {
    const GazetteerState* found = Shipped().find_state(variant);
    EXPECT_EQ(name, found ? found->name : "-") << variant;
  }
}

TEST(GazetteerRoles, ResolvesAPostByDate) {
  EXPECT_EQ("german-martinez-cazares", Holder("director general", "IMSS", "2019-03-01"));
  EXPECT_EQ("zoe-robledo", Holder("director general", "IMSS", "2020-09-18"));
  EXPECT_EQ("zoe-robledo", Holder("titular", "Seguro Social", "2024-05-30"));
  EXPECT_EQ("zoe-robledo", Holder("Director", "IMSS", "2021-01-01"));
  EXPECT_EQ("sebastian-lerdo-de-tejada", Holder("Directora General", "ISSSTE", "2014-07-16"));
  EXPECT_EQ("enrique-pena-nieto", Holder("Presidente de la República", "", "2014-07-16"));
  EXPECT_EQ("claudia-sheinbaum-pardo", Holder("presidenta de la República", "", "2024-10-01"));
  EXPECT_EQ("andres-manuel-lopez-obrador", Holder("presidente de la República", "", "2024-09-30"));
  EXPECT_EQ("-", Holder("director general", "IMSS", "1990-01-01"));
  EXPECT_EQ("-", Holder("director general", "Nadie", "2020-01-01"));
}

TEST(GazetteerRoles, HandOverDayGoesToTheNewHolder) {
  EXPECT_EQ("zoe-robledo", Holder("director general", "IMSS", "2019-05-21"));
}

TEST(GazetteerRoles, WithoutADateOnlyAPostWithOneHolderResolves) {
  EXPECT_EQ("-", Holder("director general", "IMSS", std::nullopt));
  EXPECT_EQ("raquel-buenrostro-sanchez", Holder("oficial mayor", "SHCP", std::nullopt));
}

TEST(GazetteerVocabulary, NormalisesPostsAndKnowsItsWords) {
  EXPECT_EQ("director general", Shipped().canonical_role("Directora  General"));
  EXPECT_EQ("secretario tecnico", Shipped().canonical_role("secretaria técnica"));
  EXPECT_EQ("secretario", Shipped().role_word("secretaria"));
  EXPECT_EQ("", Shipped().role_word("secretaría"));
  EXPECT_EQ("oficial mayor", Shipped().role_word("oficial mayor"));
  EXPECT_TRUE(Shipped().is_honorific("Mtro."));
  EXPECT_TRUE(Shipped().is_honorific("doctora"));
  EXPECT_FALSE(Shipped().is_honorific("director"));
  EXPECT_TRUE(Shipped().is_given_name("Víctor"));
  EXPECT_TRUE(Shipped().is_given_name("victor"));
  EXPECT_TRUE(Shipped().is_given_name("MARÍA"));
  EXPECT_FALSE(Shipped().is_given_name("Victoria"));  // Ciudad Victoria
  EXPECT_FALSE(Shipped().is_given_name("Salud"));
  EXPECT_TRUE(Shipped().is_not_organization("UMAE"));
  EXPECT_FALSE(Shipped().is_not_organization("IMSS"));
}

TEST(GazetteerLabels, NameIdsOrEchoThem) {
  EXPECT_EQ("Zoé Robledo", Shipped().official_label("zoe-robledo"));
  EXPECT_EQ("Instituto Mexicano del Seguro Social", Shipped().organization_label("IMSS"));
  EXPECT_EQ("XYZ", Shipped().organization_label("XYZ"));
}

TEST(GazetteerLoad, NamesFileLineAndProblem) {
  const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
      {"officials.xml", "<officials>\n<official id=\"a\" name=\"A\">\n</officials>",
       "officials.xml:3: Start-end tags mismatch"},
      {"officials.xml", "<funcionarios/>", "officials.xml:1: the root element must be <officials>"},
      {"officials.xml", "<officials>\n<official name=\"Ana Soto\"/>\n</officials>",
       "officials.xml:2: <official> has no id attribute"},
      {"officials.xml", "<officials>\n<official id=\"Ana Soto\" name=\"Ana Soto\"/>\n</officials>",
       "officials.xml:2: official id \"Ana Soto\" must be a slug: lower-case letters, digits "
       "and '-'"},
      {"officials.xml",
       "<officials>\n<official id=\"a\" name=\"A\">\n"
       "<role title=\"directora\" organization=\"IMSS\" from=\"2020-13\"/>\n</official>\n"
       "</officials>",
       "officials.xml:3: date \"2020-13\" is not YYYY, YYYY-MM or YYYY-MM-DD"},
      {"officials.xml",
       "<officials>\n<official id=\"a\" name=\"A\">\n"
       "<role title=\"directora\" from=\"2020\" to=\"2019-12\"/>\n</official>\n</officials>",
       "officials.xml:3: role \"directora\" ends (2019-12) before it begins (2020)"},
      {"officials.xml",
       "<officials>\n<official id=\"a\" name=\"A\">\n"
       "<role title=\"directora\" organization=\"IMS\" from=\"2020\"/>\n</official>\n"
       "</officials>",
       "officials.xml:3: organization \"IMS\" is not an id in organizations.xml"},
      {"officials.xml",
       "<officials>\n<official id=\"a\" name=\"Ana Soto\"/>\n"
       "<official id=\"b\" name=\"Beatriz Soto\">\n<alias>ana soto</alias>\n</official>\n"
       "</officials>",
       "officials.xml:3: \"ana soto\" already names another official"},
      {"organizations.xml",
       "<organizations>\n<organization id=\"IMSS\" name=\"A\"/>\n"
       "<organization id=\"IMSS\" name=\"B\"/>\n</organizations>",
       "organizations.xml:3: organization id \"IMSS\" is used twice"},
      {"states.xml", "<states>\n<state name=\"Colima\">\n<variant/>\n</state>\n</states>",
       "states.xml:3: <variant> is empty"},
  };
  for (const auto& [file, xml, expected] : cases) EXPECT_EQ(expected, LoadError(file, xml));
}

TEST(GazetteerLoad, ReportsAMissingFolder) {
  try {
    Gazetteer::load("/nonexistent/schema");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(ErrorKind::kIo, e.kind());
    EXPECT_NE(std::string(e.what()).find("/nonexistent/schema/gazetteer/"), std::string::npos);
  }
}

}  // namespace
}  // namespace hemeroteca
