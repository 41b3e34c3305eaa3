#include "hemeroteca/indexer/decode.h"

#include <gtest/gtest.h>

namespace hemeroteca {
namespace {

TEST(Decode, KeepsUtf8AndDropsTheBom) {
  const DecodedText decoded = decode_text(
      "\xEF\xBB\xBF"
      "Boletín");
  EXPECT_EQ("Boletín", decoded.text);
  EXPECT_EQ("utf-8-bom", decoded.encoding);
  EXPECT_TRUE(decoded.warnings.empty());
}

TEST(Decode, ConvertsWindows1252) {
  const DecodedText decoded = decode_text(
      "Bolet\xEDn de prensa \x93"
      "IMSS\x94 a\xF1o");
  EXPECT_EQ("Boletín de prensa “IMSS” año", decoded.text);
  EXPECT_EQ("windows-1252", decoded.encoding);
  EXPECT_EQ(std::vector<std::string>{"converted from windows-1252"}, decoded.warnings);
}

TEST(Decode, RepairsAFewBrokenBytesInUtf8) {
  const DecodedText decoded = decode_text("Año, Médico, Oncología \xFF fin");
  EXPECT_EQ("Año, Médico, Oncología \uFFFD fin", decoded.text);
  EXPECT_EQ("utf-8-repaired", decoded.encoding);
  ASSERT_EQ(1u, decoded.warnings.size());
}

TEST(Decode, NormalisesLineEndingsAndComposesAccents) {
  EXPECT_EQ("a\nb\nc", decode_text("a\r\nb\rc").text);
  EXPECT_EQ("Zoé", decode_text("Zoe\xCC\x81").text);  // e + combining acute -> é
}

}  // namespace
}  // namespace hemeroteca
