#include "hemeroteca/schema/schema.h"

#include <gtest/gtest.h>

#include "hemeroteca/schema/error.h"
#include "test_support.h"

namespace hemeroteca {
namespace {

using testing::TempDir;

// Loads a schema file with `fields` inside <schema>; returns "ok" or the error message.
std::string LoadError(const std::string& xml) {
  TempDir dir;
  try {
    Schema::load(dir.write("fields.xml", xml));
    return "ok";
  } catch (const Error& e) {
    const std::string message = e.what();
    return message.substr(message.find("fields.xml"));
  }
}

TEST(SchemaLoad, ReadsTheShippedSchema) {
  const Schema schema = Schema::load(testing::schema_dir() / "fields.xml");
  EXPECT_EQ("Q", schema.field(field::kId).prefix);
  EXPECT_EQ("S", schema.field(field::kTitle).prefix);
  EXPECT_EQ(3u, schema.field(field::kTitle).weight);
  EXPECT_EQ(FieldType::kDate, schema.field(field::kDate).type);
  EXPECT_TRUE(schema.field(field::kOfficial).facet);
  ASSERT_TRUE(schema.field(field::kOfficial).slot.has_value());
  EXPECT_EQ((std::vector<std::string>{"titulo", "title"}), schema.field(field::kTitle).aliases);
}

TEST(SchemaLoad, NamesFileLineAndProblemOfMalformedXml) {
  EXPECT_EQ("fields.xml:3: Start-end tags mismatch",
            LoadError("<schema>\n<field name=\"id\" type=\"keyword\" prefix=\"Q\">\n</schema>"));
}

TEST(SchemaLoad, RejectsAnUnknownType) {
  EXPECT_EQ("fields.xml:2: type \"blob\" is not one of text, keyword, date, number, stored",
            LoadError("<schema>\n<field name=\"id\" type=\"blob\" prefix=\"Q\"/>\n</schema>"));
}

TEST(SchemaLoad, RejectsADuplicateSlot) {
  EXPECT_EQ("fields.xml:3: value slot 1 of field \"b\" is already used by another field",
            LoadError("<schema>\n<field name=\"a\" type=\"keyword\" prefix=\"XA\" slot=\"1\"/>\n"
                      "<field name=\"b\" type=\"keyword\" prefix=\"XB\" slot=\"1\"/>\n</schema>"));
}

TEST(SchemaLoad, RejectsAMissingRequiredField) {
  EXPECT_EQ("fields.xml:1: required field \"title\" is missing",
            LoadError("<schema>\n<field name=\"id\" type=\"keyword\" prefix=\"Q\" "
                      "slot=\"9\"/>\n</schema>"));
}

TEST(SchemaLoad, RejectsAFieldReadBySlotWithoutOne) {
  EXPECT_EQ(
      "fields.xml:2: field \"id\" needs a value slot: results are sorted, filtered or "
      "grouped by it",
      LoadError("<schema>\n<field name=\"id\" type=\"keyword\" prefix=\"Q\"/>\n</schema>"));
}

TEST(SchemaLoad, RejectsAStoredFieldWithoutSlot) {
  EXPECT_EQ("fields.xml:2: stored field \"s\" needs a value slot",
            LoadError("<schema>\n<field name=\"s\" type=\"stored\" prefix=\"\"/>\n</schema>"));
}

TEST(SchemaLoad, RejectsAFacetWithoutSlot) {
  EXPECT_EQ("fields.xml:2: facet field \"x\" needs a value slot",
            LoadError("<schema>\n<field name=\"x\" type=\"keyword\" prefix=\"XX\" "
                      "facet=\"true\"/>\n</schema>"));
}

TEST(SchemaLoad, ReportsAMissingFile) {
  try {
    Schema::load("/nonexistent/fields.xml");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(ErrorKind::kIo, e.kind());
    EXPECT_NE(std::string(e.what()).find("/nonexistent/fields.xml"), std::string::npos);
  }
}

}  // namespace
}  // namespace hemeroteca
