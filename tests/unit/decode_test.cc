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

// A stored copy that a crawler once read in another encoding and wrote out as UTF-8 again.
TEST(Decode, RestoresUtf8MisreadAsWindows1252OrGbk) {
  const DecodedText latin = decode_text("La DiputaciÃ³n aprobÃ³ el aÃ±o â€œÃ­ntegroâ€\u009D.");
  EXPECT_EQ("La Diputación aprobó el año “íntegro”.", latin.text);
  EXPECT_EQ("utf-8", latin.encoding);
  EXPECT_EQ(std::vector<std::string>{"restored 5 run(s) of UTF-8 once misread as another "
                                     "encoding"},
            latin.warnings);
  EXPECT_EQ("La Diputación de Rosángela Peña",
            decode_text("La Diputaci贸n de Ros谩ngela Pe帽a").text);
  // Text that only looks so stays as it is: a capital Ã, Chinese, accents.
  for (const char* text : {"SÃO PAULO y São Paulo", "中文 y español", "Año, “Médico”, ÑANDÚ"}) {
    const DecodedText decoded = decode_text(text);
    EXPECT_EQ(text, decoded.text);
    EXPECT_TRUE(decoded.warnings.empty()) << text;
  }
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
