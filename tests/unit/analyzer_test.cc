#include "hemeroteca/schema/analyzer.h"

#include <gtest/gtest.h>

#include <bitset>

namespace hemeroteca {
namespace {

// The folded words of a text, joined by spaces.
std::string Words(std::string_view text) {
  Analyzer analyzer;
  std::string out;
  for (const Token& token : analyzer.tokenize(text)) {
    if (!out.empty()) out += ' ';
    out += token.folded;
  }
  return out;
}

std::string Stem(std::string_view word) {
  Analyzer analyzer;
  const std::vector<Token> tokens = analyzer.tokenize(word);
  return tokens.size() == 1 ? analyzer.stem(tokens[0]) : "<not one word>";
}

TEST(AnalyzerFold, RemovesAccentsAndCase) {
  EXPECT_EQ("oncologicos", Analyzer::fold("Oncológicos"));
  EXPECT_EQ("zoe robledo", Analyzer::fold("ZOÉ Robledo"));
  EXPECT_EQ("pinguino", Analyzer::fold("pingüino"));
}

TEST(AnalyzerFold, KeepsEnyeDistinct) {
  EXPECT_EQ("año", Analyzer::fold("AÑO"));
  EXPECT_NE(Analyzer::fold("año"), Analyzer::fold("ano"));
  EXPECT_EQ("ñandu", Analyzer::fold("Ñandú"));
}

TEST(AnalyzerFold, UnifiesCompatibilityForms) {
  EXPECT_EQ("oficina", Analyzer::fold("o\uFB01cina"));  // "ﬁ" ligature from PDFs
}

TEST(AnalyzerFold, ReadsMarksTypedApartFromTheirLetters) {
  EXPECT_EQ("zoe robledo", Analyzer::fold("Zoe\u0301 Robledo"));
  EXPECT_EQ("niños", Analyzer::fold("nin\u0303os"));
  EXPECT_EQ("Zoé", Analyzer::composed("Zoe\u0301"));
  EXPECT_EQ("plain text", Analyzer::composed("plain text"));
}

TEST(AnalyzerFold, DropsInvalidUtf8) {
  EXPECT_EQ("ab", Analyzer::fold("a\xFF"
                                 "b"));
}

TEST(AnalyzerTokenize, SplitsOnPunctuationAndBulletGlyphs) {
  EXPECT_EQ("se realizo una reunion", Words("\uF0B7 Se realizó una reunión."));
  EXPECT_EQ("no 641 2020", Words("No. 641/2020"));
  EXPECT_EQ("imss bienestar", Words("IMSS-Bienestar"));
}

TEST(AnalyzerTokenize, ReportsByteOffsetsOfOriginalWords) {
  Analyzer analyzer;
  const std::string text = "¿Qué Orgánica?";
  const std::vector<Token> tokens = analyzer.tokenize(text);
  ASSERT_EQ(2u, tokens.size());
  EXPECT_EQ("Orgánica", text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin));
  EXPECT_EQ("organica", tokens[1].folded);
  EXPECT_EQ("orgánica", tokens[1].lower);
}

TEST(AnalyzerTokenize, WordsRunAcrossAsciiAndAccentedLettersEitherWay) {
  // ASCII letters take a shorter path than the rest: a word may switch between them.
  Analyzer analyzer;
  const std::string text = "IMSS: 95 Médicos-Oncólogos\uF0B7ÉxitoX fin";
  const std::vector<Token> tokens = analyzer.tokenize(text);
  ASSERT_EQ(6u, tokens.size());
  const std::vector<std::string> folded = {"imss", "95", "medicos", "oncologos", "exitox", "fin"};
  const std::vector<std::string> lower = {"imss", "95", "médicos", "oncólogos", "éxitox", "fin"};
  const std::vector<std::string> original = {"IMSS", "95", "Médicos", "Oncólogos", "ÉxitoX", "fin"};
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    EXPECT_EQ(folded[i], tokens[i].folded) << i;
    EXPECT_EQ(lower[i], tokens[i].lower) << i;
    EXPECT_EQ(original[i], text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin)) << i;
  }
}

TEST(AnalyzerScan, FoldsOnlyWordsBeginningWithTheLettersAskedFor) {
  const std::string text = "Órgano, médico y Oncólogo: ÉXITO obra2024 OBRAS máso";
  std::bitset<256> first_letters;
  first_letters.set('o');  // folded: "Órgano" and "Oncólogo" begin with 'o'
  std::vector<Token> seen;
  Analyzer().scan(
      text, [&](const Token& token) { seen.push_back(token); }, Analyzer::Forms::kFolded,
      &first_letters);
  const std::vector<Token> all = Analyzer().tokenize(text);
  ASSERT_EQ(all.size(), seen.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(all[i].begin, seen[i].begin);
    EXPECT_EQ(all[i].end, seen[i].end);
    EXPECT_EQ(all[i].folded.front() == 'o' ? all[i].folded : "", seen[i].folded) << i;
  }
  EXPECT_EQ("organo", seen[0].folded);
  EXPECT_EQ("oncologo", seen[3].folded);
  EXPECT_EQ("obra2024", seen[5].folded);
  EXPECT_EQ("obras", seen[6].folded);
  EXPECT_EQ("máso", text.substr(seen[7].begin, seen[7].end - seen[7].begin));
}

TEST(AnalyzerStem, StemsSpanishPluralsToTheSingularStem) {
  EXPECT_EQ(Stem("medicamento"), Stem("medicamentos"));
  EXPECT_EQ(Stem("hospital"), Stem("hospitales"));
  EXPECT_EQ(Stem("oncológico"), Stem("oncológicos"));
  EXPECT_EQ(Stem("derechohabiente"), Stem("derechohabientes"));
}

TEST(AnalyzerStem, StemsTheAccentedFormThenFolds) {
  // Snowball needs the accent: folding first would leave "vacunacion" whole.
  EXPECT_EQ("vacun", Stem("vacunación"));
  EXPECT_EQ("vacunacion", Stem("vacunacion"));
}

TEST(AnalyzerVocabulary, RecordsAccentedStemsThatFoldingWouldLose) {
  Analyzer analyzer;
  const std::vector<Token> tokens = analyzer.tokenize("vacunación hospital");
  EXPECT_EQ("XSvacunacion:vacun", analyzer.vocabulary_term(tokens[0], "XS"));
  EXPECT_EQ("", analyzer.vocabulary_term(tokens[1], "XS"));
}

TEST(Slug, MakesKeywordValuesUrlSafe) {
  EXPECT_EQ("ciudad-de-mexico", slug("Ciudad de México"));
  EXPECT_EQ("imss-bienestar", slug(" IMSS-Bienestar "));
  EXPECT_EQ("641-2020", slug("641/2020"));
  EXPECT_EQ("año", slug("Año"));
}

}  // namespace
}  // namespace hemeroteca
