#include "hemeroteca/indexer/cleaner.h"

#include <gtest/gtest.h>

namespace hemeroteca {
namespace {

// Blocks as compact lines: "H:" heading, "P:" paragraph, "B:" bullet, "*" when emphasized.
std::string Blocks(std::string_view text, bool markdown = false) {
  std::string out;
  for (const Block& block : blocks_from_text(text, markdown)) {
    out += block.kind == BlockKind::kHeading ? "H" : block.kind == BlockKind::kBullet ? "B" : "P";
    if (block.emphasized) out += "*";
    out += ":" + block.text + "\n";
  }
  return out;
}

TEST(Cleaner, ReflowsLinesBrokenMidSentence) {
  EXPECT_EQ("P:El Instituto y la Oficial Mayor de la Secretaría.\n",
            Blocks("El Instituto y la Oficial Mayor de la \nSecretaría. \n"));
}

TEST(Cleaner, JoinsAParagraphSplitByAPageGap) {
  EXPECT_EQ("P:se estableció dar seguimiento permanente y trabajar.\n",
            Blocks("se estableció dar seguimiento \n\n\n\n \n\n \n\npermanente y trabajar.\n"));
}

TEST(Cleaner, KeepsParagraphsApartAfterAFullStop) {
  EXPECT_EQ("P:Primero.\nP:segundo.\n", Blocks("Primero.\n\nsegundo.\n"));
}

TEST(Cleaner, JoinsHyphenatedWords) {
  EXPECT_EQ("P:la transferencia de IMSS-Bienestar.\n",
            Blocks("la trans-\nferencia de IMSS-\nBienestar.\n"));
}

TEST(Cleaner, RecognisesBulletGlyphs) {
  EXPECT_EQ("B:Uno.\nB:Dos.\nB:Tres.\nB:Cuatro.\nB:Cinco.\n",
            Blocks("\uF0B7 Uno.\n\u2022 Dos.\n\u00B7 Tres.\n- Cuatro.\n* Cinco.\n"));
}

TEST(Cleaner, ContinuesABulletAcrossABreakAfterAFunctionWord) {
  EXPECT_EQ("B:la Oficial Mayor de Hacienda, Raquel Buenrostro.\nB:Otro.\n",
            Blocks("\uF0B7 la Oficial Mayor de \n\nHacienda, Raquel Buenrostro. \n\uF0B7 Otro.\n"));
}

TEST(Cleaner, DoesNotJoinAHeaderLineToTheTitle) {
  EXPECT_EQ("P:BOLETÍN DE PRENSA\nP:Coordina IMSS plan estratégico en materia de abasto\n",
            Blocks(" BOLETÍN DE PRENSA \n \n\nCoordina IMSS plan estratégico \nen materia de abasto \n"));
}

TEST(Cleaner, ReadsMarkdownHeadingsBoldBulletsAndRules) {
  EXPECT_EQ("H:BOLETÍN DE PRENSA\nB*:Se desarrollaron los trabajos.\nP:Texto.\n",
            Blocks("## BOLETÍN DE PRENSA\n\n- **Se desarrollaron los trabajos.**\n\n---\n\nTexto.\n",
                   /*markdown=*/true));
}

TEST(Cleaner, DropsEndMarks) {
  EXPECT_EQ("P:Fin.\n", Blocks("Fin.\n\n---o0o---\n\n--- oOo ---\n"));
}

}  // namespace
}  // namespace hemeroteca
