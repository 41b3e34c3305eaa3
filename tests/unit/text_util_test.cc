#include "hemeroteca/indexer/text_util.h"

#include <gtest/gtest.h>

namespace hemeroteca {
namespace {

std::string Sentences(std::string_view paragraph) {
  std::string out;
  for (const Sentence& sentence : split_sentences(paragraph))
    out += "[" + std::string(sentence.text) + "]";
  return out;
}

TEST(SplitSentences, SplitsAtFullStopsBeforeCapitals) {
  EXPECT_EQ("[Uno dos.][Tres cuatro.]", Sentences("Uno dos. Tres cuatro."));
  EXPECT_EQ("[¿Quién?][¡Nadie!]", Sentences("¿Quién? ¡Nadie!"));
}

TEST(SplitSentences, KeepsAbbreviationsAndInitials) {
  EXPECT_EQ("[El Dr. Pérez llegó a Xalapa, Ver. ayer.]",
            Sentences("El Dr. Pérez llegó a Xalapa, Ver. ayer."));
  EXPECT_EQ("[México, D.F. Ayer se informó.]", Sentences("México, D.F. Ayer se informó."));
  EXPECT_EQ("[El boletín No. 641 salió.]", Sentences("El boletín No. 641 salió."));
  EXPECT_EQ("[Llegó a Cd. Juárez ayer.]", Sentences("Llegó a Cd. Juárez ayer."));
  EXPECT_EQ("[Habló Ma. Elena Ruiz.]", Sentences("Habló Ma. Elena Ruiz."));
}

TEST(SplitSentences, KeepsClosingQuotesWithTheirSentence) {
  EXPECT_EQ("[Dijo: “es un logro.”][Después se fue.]",
            Sentences("Dijo: “es un logro.” Después se fue."));
}

TEST(SplitSentences, ReportsWhereEachSentenceBegins) {
  const std::string text = "Uno.  Dos.";
  const auto sentences = split_sentences(text);
  ASSERT_EQ(2u, sentences.size());
  EXPECT_EQ(6u, sentences[1].begin);
}

TEST(IsLinkLine, KnowsAddressesAndBareHostsButNotAbbreviations) {
  for (const char* address :
       {"https://www.gob.mx/imss", "http://x.mx", "www.imss.gob.mx", "channel1la.com",
        "gob.mx/imss/prensa", " imss.gob.mx ", "noticias.bbc.co.uk"}) {
    EXPECT_TRUE(is_link_line(address)) << address;
  }
  for (const char* text :
       {"B.C.", "D.F.", "S.A.", "etc.", "p.m.", "12.5", "Ver.", "Chih.", "visite imss.gob.mx",
        "No. 641/2020", "canal.tv.", "662.212.22.33", ""}) {
    EXPECT_FALSE(is_link_line(text)) << text;
  }
}

TEST(LastWord, IsWhatFollowsTheLastSpaceOrComma) {
  EXPECT_EQ("Ver.", last_word("Xalapa, Ver."));
  EXPECT_EQ("B.C.", last_word("Tijuana,B.C."));
  EXPECT_EQ("CDMX", last_word("CDMX"));
  EXPECT_EQ("", last_word("Oaxaca, "));
}

}  // namespace
}  // namespace hemeroteca
