#include "hemeroteca/server/highlighter.h"

#include <gtest/gtest.h>

namespace hemeroteca {
namespace {

std::string Snippet(std::string_view text, std::vector<std::string> words,
                    std::vector<std::string> stems = {}, std::size_t max_bytes = 240) {
  Analyzer analyzer;
  return snippet(text, QueryTerms{std::move(words), std::move(stems), {}}, analyzer,
                 SnippetOptions{max_bytes});
}

TEST(Highlighter, MarksFoldedAndStemmedMatchesInTheOriginalText) {
  EXPECT_EQ("La Ley <mark>Orgánica</mark> y los <mark>medicamentos</mark>.",
            Snippet("La Ley Orgánica y los medicamentos.", {"organica"}, {"medicament"}));
}

TEST(Highlighter, EscapesEverythingElse) {
  EXPECT_EQ("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>abasto</mark> &amp; más",
            Snippet("<script>alert(\"x\")</script> abasto & más", {"abasto"}));
}

TEST(Highlighter, CutsAroundTheMatchesAtWordBoundaries) {
  const std::string text =
      "uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
      "dieciseis abasto diecisiete dieciocho diecinueve veinte";
  EXPECT_EQ(
      "…ocho nueve diez once doce trece catorce quince dieciseis <mark>abasto</mark> "
      "diecisiete dieciocho…",
      Snippet(text, {"abasto"}, {}, 90));
}

TEST(Highlighter, StartsAtTheBeginningWhenNothingMatches) {
  EXPECT_EQ("uno dos…", Snippet("uno dos tres", {"nada"}, {}, 8));
}

TEST(Highlighter, MarksEveryWordAWildcardStandsFor) {
  Analyzer analyzer;
  QueryTerms terms;
  terms.prefixes = {"medic"};
  EXPECT_EQ("Los <mark>Médicos</mark> y la atención <mark>médica</mark> en el remedio.",
            snippet("Los Médicos y la atención médica en el remedio.", terms, analyzer));
}

}  // namespace
}  // namespace hemeroteca
