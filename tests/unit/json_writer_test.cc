// JsonWriter (the search answer's JSON text): valid JSON that reads back as written, the same
// escaping and replacement of bytes that are not UTF-8 as nlohmann's dump.
#include "json_writer.h"

#include <gtest/gtest.h>

#include <limits>
#include <nlohmann/json.hpp>

namespace hemeroteca {
namespace {

std::string Written(std::string_view text) { return JsonWriter().value(text).take(); }

TEST(JsonWriter, CommasGoBetweenMembersAndElementsOnly) {
  JsonWriter out;
  out.begin_object();
  out.key("a").begin_array().value(1).value(-2).begin_object().key("b").null().end_object();
  out.end_array();
  out.key("c").value(true).key("d").begin_array().end_array().key("e").begin_object().end_object();
  out.end_object();
  EXPECT_EQ(R"({"a":[1,-2,{"b":null}],"c":true,"d":[],"e":{}})", out.take());
}

TEST(JsonWriter, NumbersAsNlohmannWritesThem) {
  for (const double number : {1.5, 2.0, 0.0, -3.25, 12.345678, 1e-7, 123456789.0}) {
    EXPECT_EQ(nlohmann::json(number).dump(), JsonWriter().value(number).take()) << number;
  }
  EXPECT_EQ("null", JsonWriter().value(std::numeric_limits<double>::quiet_NaN()).take());
  EXPECT_EQ("null", JsonWriter().value(std::numeric_limits<double>::infinity()).take());
  EXPECT_EQ("4294967295", JsonWriter().value(4294967295u).take());
}

TEST(JsonWriter, StringsReadBackAsWritten) {
  for (const std::string& text :
       {std::string("Zoé Robledo, 95 por ciento"), std::string("<mark>\"IMSS\"</mark> \\ /"),
        std::string("línea\nsalto\r\ttab\b\f"), std::string("\x01\x1f\x7f", 3),
        std::string("\0nul", 4), std::string("año 🏥 ñ"), std::string()}) {
    const std::string written = Written(text);
    EXPECT_EQ(text, nlohmann::json::parse(written).get<std::string>()) << written;
    EXPECT_EQ(nlohmann::json(text).dump(), written);
  }
}

TEST(JsonWriter, BytesThatAreNotUtf8BecomeTheReplacementCharacter) {
  for (const std::string& text : {std::string("a\xFF"
                                              "b"),
                                  std::string("fin\xC3"),
                                  std::string("\xE2\x82"
                                              "x")}) {
    const std::string written = Written(text);
    EXPECT_EQ(nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
              written);
    EXPECT_NO_THROW(nlohmann::json::parse(written)) << written;
  }
}

TEST(JsonWriter, OptionalsAndListsOfStrings) {
  JsonWriter out;
  out.begin_array();
  out.value(std::optional<std::string>()).value(std::optional<std::string>("2020-09-18"));
  out.value(std::vector<std::string>{"a", "b"}).value(std::vector<std::string>{});
  out.end_array();
  EXPECT_EQ(R"([null,"2020-09-18",["a","b"],[]])", out.take());
}

}  // namespace
}  // namespace hemeroteca
