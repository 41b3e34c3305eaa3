#include "hemeroteca/indexer/cleaner.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "block_letter.h"

namespace hemeroteca {
namespace {

// Blocks as compact lines: "H:" heading, "P:" paragraph, "B:" bullet, "E:" end mark, "*" when
// emphasized.
std::string Describe(const std::vector<Block>& blocks) {
  std::string out;
  for (const Block& block : blocks) {
    out += testing::BlockLetter(block.kind);
    if (block.emphasized) out += "*";
    out += ":" + block.text + "\n";
  }
  return out;
}

std::string Blocks(std::string_view text, bool markdown = false) {
  return Describe(blocks_from_text(text, markdown));
}

std::string PdfBlocks(std::string_view text) { return Describe(blocks_from_pdf_text(text)); }

TEST(Cleaner, ReflowsLinesBrokenMidSentence) {
  EXPECT_EQ("P:El Instituto y la Oficial Mayor de la Secretaría.\n",
            Blocks("El Instituto y la Oficial Mayor de la \nSecretaría. \n"));
}

// Past the header too, a dateline signing the story off and a share bar's line stand alone.
TEST(Cleaner, KeepsASignOffDatelineAndAShareLineApartDownThePage) {
  std::string text;
  for (int i = 1; i <= 10; ++i) text += "- Punto " + std::to_string(i) + " de la lista\n";
  EXPECT_TRUE(Blocks(text + "Asunción, 13 de septiembre de 2021\nCompartir esta noticia\n")
                  .ends_with("P:Asunción, 13 de septiembre de 2021\nP:Compartir esta noticia\n"))
      << Blocks(text + "Asunción, 13 de septiembre de 2021\nCompartir esta noticia\n");
}

// Up top, a title without its stop above a deck that opens like a sentence stand apart.
TEST(Cleaner, KeepsATitleApartFromTheDeckUnderIt) {
  EXPECT_EQ(
      "P:Estas son las colonias afectadas por el corte de agua programado\nP:Algunas "
      "colonias se quedarán sin agua este viernes.\n",
      Blocks("Estas son las colonias afectadas por el corte de agua programado\nAlgunas "
             "colonias se quedarán sin agua este viernes.\n"));
}

TEST(Cleaner, EndsALineInCapitalsWhereMixedCaseBegins) {
  EXPECT_EQ("P:APOYA SAGARPA A PRODUCTORES DE MAÍZ\nP:Se destinarán recursos en cinco entidades\n",
            Blocks("APOYA SAGARPA A PRODUCTORES\nDE MAÍZ\nSe destinarán recursos en cinco "
                   "entidades\n"));
  // Unless the line is unfinished.
  EXPECT_EQ("P:LA SECRETARÍA DE SALUD informó.\n", Blocks("LA SECRETARÍA DE SALUD\ninformó.\n"));
}

TEST(Cleaner, KeepsLinesApartInTextThatHoldsEachParagraphOnOneLine) {
  const std::string paragraph = "Texto " + std::string(230, 'x');
  const std::string text =
      "Entrega Gobierno de Oaxaca un hospital\nLa obra beneficiará a la Costa\n\n" + paragraph +
      ".\n\n" + paragraph + ".\n";
  EXPECT_EQ("P:Entrega Gobierno de Oaxaca un hospital\nP:La obra beneficiará a la Costa\nP:" +
                paragraph + ".\nP:" + paragraph + ".\n",
            Blocks(text));
  // An unfinished line still goes on; a PDF's lines are its layout's.
  EXPECT_EQ(
      "P:El director de la clínica atendió.\nP:" + paragraph + ".\nP:" + paragraph + ".\n",
      Blocks("El director de\nla clínica atendió.\n\n" + paragraph + ".\n\n" + paragraph + ".\n"));
  const std::string wrapped =
      "Entrega Gobierno de Oaxaca un hospital\nComunitario en la Costa\n\n" + paragraph + ".\n\n" +
      paragraph + ".\n";
  EXPECT_EQ("P:Entrega Gobierno de Oaxaca un hospital Comunitario en la Costa\nP:" + paragraph +
                ".\nP:" + paragraph + ".\n",
            PdfBlocks(wrapped));
}

TEST(Cleaner, KeepsReflowingAPdfsRunningText) {
  EXPECT_EQ("P:El gobernador Víctor Castro Cosío visitó Los Cabos para revisar la obra.\n",
            PdfBlocks("El gobernador Víctor Castro Cosío visitó\nLos Cabos para revisar la "
                      "obra.\n"));
}

TEST(Cleaner, EndsABulletAboveTheFirstSentence) {
  EXPECT_EQ(
      "B:La descentralización beneficiará a 2 mil trabajadores\nP:Como parte de la "
      "descentralización, Pemex comenzó el traslado.\n",
      Blocks("• La descentralización beneficiará a 2 mil trabajadores\nComo parte de la "
             "descentralización,\nPemex comenzó el traslado.\n"));
}

TEST(Cleaner, JoinsATitleInCapitalsSplitBeforeAPreposition) {
  EXPECT_EQ("P:EL IFT PRESENTA EL MONITOREO DE LA DISCAPACIDAD EN RADIO\n",
            Blocks("EL IFT PRESENTA EL MONITOREO\n\nDE LA DISCAPACIDAD EN RADIO\n"));
  EXPECT_EQ("P:TERCER INFORME DE GOBIERNO\nP:LA CASA AMANC RECONOCE SU LABOR\n",
            Blocks("TERCER INFORME DE GOBIERNO\n\nLA CASA AMANC RECONOCE SU LABOR\n"));
}

TEST(Cleaner, EndsATitleLineAboveTheFirstSentence) {
  EXPECT_EQ(
      "P:FGR obtiene vinculación a proceso\nP:La Fiscalía General informó que hubo avances.\n",
      Blocks("FGR obtiene vinculación a proceso\nLa Fiscalía General informó que hubo\n"
             "avances.\n"));
  EXPECT_EQ("P:Próxima publicación: 7 de julio\nP:ÍNDICE NACIONAL DE PRECIOS PRODUCTOR\n",
            Blocks("Próxima publicación: 7 de julio\nÍNDICE NACIONAL DE PRECIOS PRODUCTOR\n"));
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
  // The degree sign with a space after it; glued to a number it is a temperature.
  EXPECT_EQ("B:En septiembre se dará a conocer.\nP:\u00B0C fue la mínima.\n",
            Blocks("\u00B0 En septiembre se dará a conocer.\n\n\u00B0C fue la mínima.\n"));
}

TEST(Cleaner, ReadsAnAsteriskOrHyphenGluedToACapitalAsABullet) {
  EXPECT_EQ("B:SSG actualiza al personal.\nP:Énfasis al empezar.\nP:*minúscula sin cerrar.\n",
            Blocks("*SSG actualiza al personal.\n\n*Énfasis* al empezar.\n\n*minúscula sin "
                   "cerrar.\n"));
  EXPECT_EQ("B:Antes de febrero habrá casas\nP:-5 por ciento fue la baja.\n",
            Blocks("-Antes de febrero habrá casas\n\n-5 por ciento fue la baja.\n"));
  EXPECT_EQ("P:-Vamos a seguir, afirmó la gobernadora.\n",
            Blocks("-Vamos a seguir, afirmó la gobernadora.\n"));
  // Two or three marks for one bullet, unless they close again as Markdown's bold does.
  EXPECT_EQ(
      "B:Destacaron los hallazgos\nB:Agricultura y Bienestar coordinarán\nP:**Énfasis** "
      "al empezar.\n",
      Blocks("*** Destacaron los hallazgos\n++Agricultura y Bienestar coordinarán\n\n"
             "**Énfasis** al empezar.\n"));
}

// "…La muestra se compone…": an ellipsis glued to a capital marks a highlight; one that closes
// the line too, or one before lower case, goes on from something cut.
TEST(Cleaner, ReadsAnEllipsisGluedToACapitalAsABullet) {
  EXPECT_EQ(
      "B:La muestra se compone por obras de 20 artistas\nP:\u2026y así lo dijo.\n"
      "P:\u2026La muestra\u2026\n",
      Blocks("\u2026La muestra se compone por obras de 20 artistas\n\n\u2026y así lo "
             "dijo.\n\n\u2026La muestra\u2026\n"));
}

TEST(Cleaner, ANewsSitesSlashedFieldsStandAlone) {
  EXPECT_EQ(
      "P:Consejo General aprueba la designación\nP:Xalapa: / Bitácora del Golfo / "
      "Redacción\nP:Xalapa / 2025-05-27\n",
      Blocks("Consejo General aprueba la designación\nXalapa: / Bitácora del Golfo / "
             "Redacción\nXalapa / 2025-05-27\n"));
  // A slash between the words of a sentence goes on with it.
  EXPECT_EQ("P:El programa de becas y/o apoyos / con el municipio de Puebla sigue\n",
            Blocks("El programa de becas y/o apoyos\n/ con el municipio de Puebla sigue\n"));
}

TEST(Cleaner, TellsADialogueDashFromABulletDash) {
  EXPECT_EQ("P:—Comparen antes de cargar —señaló el procurador.\nB:Una viñeta.\nB:Otra.\n",
            Blocks("—Comparen antes de cargar —señaló el procurador.\n\n\u2014 Una viñeta.\n"
                   "\u2705 Otra.\n"));
}

TEST(Cleaner, ContinuesABulletAcrossABreakAfterAFunctionWord) {
  EXPECT_EQ("B:la Oficial Mayor de Hacienda, Raquel Buenrostro.\nB:Otro.\n",
            Blocks("\uF0B7 la Oficial Mayor de \n\nHacienda, Raquel Buenrostro. \n\uF0B7 Otro.\n"));
}

TEST(Cleaner, DoesNotJoinAHeaderLineToTheTitle) {
  EXPECT_EQ(
      "P:BOLETÍN DE PRENSA\nP:Coordina IMSS plan estratégico en materia de abasto\n",
      Blocks(" BOLETÍN DE PRENSA \n \n\nCoordina IMSS plan estratégico \nen materia de abasto \n"));
}

TEST(Cleaner, KeepsHeaderLinesApartWhenNoBlankLineSeparatesThem) {
  EXPECT_EQ(
      "P:“2020, Año de Leona Vicario”\nP:Ciudad de México, 14 de abril de 2020\nP:No. 142/2020\n"
      "P:Aplica la Secretaría de Salud 11 millones de vacunas\nP:El Instituto informó.\n",
      Blocks("“2020, Año de Leona Vicario”\nCiudad de México, 14 de abril de 2020\nNo. 142/2020\n"
             "Aplica la Secretaría de Salud\n11 millones de vacunas\n\nEl Instituto informó.\n"));
  EXPECT_EQ("P:BOLETÍN 045\nP:Mérida, Yucatán, 3 de marzo de 2019\nP:Inaugura hospital\n",
            Blocks("BOLETÍN 045\nMérida, Yucatán, 3 de marzo de 2019\nInaugura hospital\n"));
}

TEST(Cleaner, KeepsADatelineThatOpensWithALowerCaseWeekdayApart) {
  EXPECT_EQ("P:GOB\nP:miércoles, 5 de noviembre de 2025\nP:Recuperan vehículos en Manzanillo\n",
            Blocks("GOB\n\nmiércoles, 5 de noviembre de 2025\n\nRecuperan vehículos en "
                   "Manzanillo\n"));
}

TEST(Cleaner, StillReflowsDatesInsideSentences) {
  // A date that line breaks leave alone inside a sentence; a lead-in with the story after it.
  EXPECT_EQ("P:La campaña empezó el 14 de abril de 2021 y sigue.\n",
            Blocks("La campaña empezó el\n14 de abril de 2021\ny sigue.\n"));
  EXPECT_EQ("P:Mérida, Yuc., 4 de marzo de 2019.- La delegación inauguró una clínica.\n",
            Blocks("Mérida, Yuc., 4 de marzo de 2019.- La delegación\ninauguró una clínica.\n"));
}

TEST(Cleaner, ReadsMarkdownHeadingsBoldBulletsAndRules) {
  EXPECT_EQ(
      "H:BOLETÍN DE PRENSA\nB*:Se desarrollaron los trabajos.\nP:Texto.\n",
      Blocks("## BOLETÍN DE PRENSA\n\n- **Se desarrollaron los trabajos.**\n\n---\n\nTexto.\n",
             /*markdown=*/true));
}

// Markdown from a site's sources: a line in italics is the line; a photo carousel in HTML
// holds no text of the bulletin.
// Markdown's inline images read as their words, links as their words and address.
TEST(Cleaner, ReadsMarkdownLinksAndImagesAsTheirText) {
  EXPECT_EQ("P:RÍO GRANDE, ZAC.- La síndico informó.\n",
            Blocks("![](http://i.imgur.com/M5Lw3F2m.jpg)RÍO GRANDE, ZAC.- La síndico informó.\n",
                   /*markdown=*/true));
  EXPECT_EQ("P:Consulte el informe aquí (https://imss.gob.mx/informe) y la foto del acto.\n",
            Blocks("Consulte el informe [aquí](https://imss.gob.mx/informe \"Informe\") y la "
                   "![foto del acto](https://imss.gob.mx/a.jpg).\n",
                   /*markdown=*/true));
  // Brackets that open no link stay.
  EXPECT_EQ("P:El artículo [sic] dice (sic).\n",
            Blocks("El artículo [sic] dice (sic).\n", /*markdown=*/true));
}

TEST(Cleaner, DropsItalicMarksAndLinesOfHtmlMarkupInMarkdown) {
  EXPECT_EQ("P:Tecate, Baja California; 15 de febrero de 2022.\nP:Texto.\nP:Fin del texto.\n",
            Blocks("*Tecate, Baja California; 15 de febrero de 2022.*\n\nTexto.\n\n"
                   "<div class=\"carousel\">\n  <img src=\"/img/a.jpeg\" alt=\"Foto\">\n</div>\n\n"
                   "Fin del texto.\n",
                   /*markdown=*/true));
  // An autolink is no markup (review).
  EXPECT_EQ("P:<https://www.sonora.gob.mx/noticias>\n",
            Blocks("<https://www.sonora.gob.mx/noticias>\n", /*markdown=*/true));
  // Outside Markdown, a line in single asterisks is a chat's bold, which goes too.
  EXPECT_EQ("P:Tecate, 15 de febrero de 2022.\n", Blocks("*Tecate, 15 de febrero de 2022.*\n"));
}

TEST(Cleaner, KeepsAWebAddressOnALineOfItsOwn) {
  EXPECT_EQ("P:Guardia Nacional apoya a connacionales #Mexico\nP:channel1la.com\nP:12/19/2022\n",
            Blocks("Guardia Nacional apoya a connacionales #Mexico\n\nchannel1la.com\n\n"
                   "12/19/2022\n"));
}

TEST(Cleaner, DropsTheEmojiALineOpensWith) {
  EXPECT_EQ("P:Invierten 230 mdp en hospitales\nP:Hermosillo, Sonora.- El gobierno invirtió.\n",
            Blocks("\U0001F534Invierten 230 mdp en hospitales\n\n\U0001F4CD\uFE0F Hermosillo, "
                   "Sonora.- El gobierno invirtió.\n"));
  EXPECT_EQ("B:Se rehabilitaron 36 centros de salud.\n",
            Blocks("\u2705 Se rehabilitaron 36 centros de salud.\n"));
  // Emoji that list items are bullets, not decoration (review).
  EXPECT_EQ("P:El Gobierno informó:\nB:Entrega de 500 becas\nB:Inauguración de tres escuelas\n",
            Blocks("El Gobierno informó:\n\U0001F539 Entrega de 500 becas\n\U0001F449 "
                   "Inauguración de tres escuelas\n"));
}

TEST(Cleaner, DropsTheFontSizeButtonsALineOpensWith) {
  EXPECT_EQ("P:Orizaba, Ver.- La delegación informó.\nP:A nombre del Gobernador habló.\n",
            Blocks("A+ A- Orizaba, Ver.- La delegación informó.\n\nA nombre del Gobernador "
                   "habló.\n"));
  EXPECT_EQ("P:A- A+\n", Blocks("A- A+\n"));
}

TEST(Cleaner, ALineInLowerCaseAfterASemicolonGoesOnWithTheSentence) {
  EXPECT_EQ("P:Frontera Comalapa, Chiapas; a 5 de junio.- Ante las lluvias, el alcalde acudió.\n",
            Blocks("Frontera Comalapa, Chiapas;\na 5 de junio.- Ante las lluvias, el alcalde "
                   "acudió.\n"));
  EXPECT_EQ("P:;\nP:new.author\n", Blocks(";\nnew.author\n"));
}

TEST(Cleaner, DropsABarTheLayoutLeftAtALinesEndOrStartButNotATablesRow) {
  EXPECT_EQ("P:CONTINÚAN ERRADICANDO PLANTÍOS EN QUINTANA ROO\nP:| 2013 | 2012 |\n",
            Blocks("CONTINÚAN ERRADICANDO PLANTÍOS EN QUINTANA ROO |\n\n| 2013 | 2012 |\n"));
  // …or at its start.
  EXPECT_EQ("P:Hermosillo, Sonora, a 23 de marzo de 2012.- Con una inversión de más.\n",
            Blocks("|Hermosillo, Sonora, a 23 de marzo de 2012.- Con una inversión de más.\n"));
  EXPECT_EQ("P:| 2013 |\n", Blocks("| 2013 |\n"));
}

TEST(Cleaner, KeepsEndMarksAsMarksAndDropsRules) {
  EXPECT_EQ("P:Fin.\nE:---o0o---\nE:--- oOo ---\n", Blocks("Fin.\n\n---o0o---\n\n--- oOo ---\n"));
  for (const char* mark : {"-oo0oo-", "oooOooo", "-o0o-", "\u2014o0o\u2014", "000"}) {
    EXPECT_EQ(std::string("P:Fin.\nE:") + mark + "\n",
              Blocks(std::string("Fin.\n\n") + mark + "\n"))
        << mark;
  }
  for (const char* rule : {"* * *", "---", "***"}) {
    EXPECT_EQ("P:Fin.\n", Blocks(std::string("Fin.\n\n") + rule + "\n")) << rule;
  }
  EXPECT_EQ("P:Fin.\nP:oO\n", Blocks("Fin.\n\noO\n"));
}

TEST(Cleaner, TakesQuoteMarksOffQuotedLines) {
  EXPECT_EQ("P:El programa comenzó en la zona norte.\n",
            Blocks(">El programa comenzó en\n>la zona norte.\n"));
  EXPECT_EQ("P:Texto reenviado.\n", Blocks("> > Texto reenviado.\n", /*markdown=*/true));
  EXPECT_EQ("P:> 50 años es la edad.\n", Blocks("> 50 años es la edad.\n"));
}

TEST(Cleaner, AQuoteMarkGluedToACapitalOnALineAloneIsABullet) {
  // No quoted lines run: the page drew an arrow bullet with it, and the line wraps.
  EXPECT_EQ(
      "P:Jornada nacional contra el dengue\nB:Medidas focalizadas contra el mosquito.\n"
      "P:Xalapa, Ver., 23 de julio de 2025.- Veracruz está listo.\n",
      Blocks("Jornada nacional contra el dengue\n>Medidas\nfocalizadas contra el mosquito.\n"
             "Xalapa, Ver., 23 de julio de 2025.- Veracruz está listo.\n"));
}

TEST(Cleaner, TakesABracketClosedAtALinesStartOff) {
  EXPECT_EQ("P:CHILPANCINGO. 15 de junio de 2021.\nP:Gobierno de Guerrero.\n",
            Blocks("] CHILPANCINGO. 15 de junio de 2021.\n) Gobierno de Guerrero.\n"));
  EXPECT_EQ("P:a) El primer punto.\n", Blocks("a) El primer punto.\n"));
}

TEST(Cleaner, AHyphenGluedToACountIsABulletWherePagesGlueTheirBullets) {
  EXPECT_EQ(
      "B:20 bailarinas han realizado una coreografía\nB:El vídeo se completará en "
      "septiembre\nP:Arte y naturaleza unidos.\n",
      Blocks("-20 bailarinas han realizado una coreografía\n\n-El vídeo se completará en "
             "septiembre\n\nArte y naturaleza unidos.\n"));
  // Elsewhere it is a number below zero.
  EXPECT_EQ("P:-20 grados se registraron en la sierra.\n",
            Blocks("-20 grados se registraron en la sierra.\n"));
}

TEST(Cleaner, DropsPageBuildersShortcodesAndDotsAlone) {
  EXPECT_EQ("P:Comunicado 016.\nP:11 de marzo de 2017\n",
            Blocks("[et_pb_section admin_label=\u201Dsection\u201D][et_pb_row admin_label=\u201Drow"
                   "\u201D]\nComunicado 016.\n.\n.\n11 de marzo de 2017\n[/et_pb_text]\n"));
  EXPECT_EQ("P:[1] Fuente: INEGI.\nP:[Foto] El gobernador.\n",
            Blocks("[1] Fuente: INEGI.\n\n[Foto] El gobernador.\n"));
}

TEST(Cleaner, TakesAChatsBoldOffPlainTextLines) {
  EXPECT_EQ("P:COMUNICADO\nP:Xalapa, Ver., 20 de abril de 2021. El PRI se declara listo.\n",
            Blocks("*COMUNICADO*\n\n*Xalapa, Ver., 20 de abril de 2021.* El PRI se declara "
                   "listo.\n"));
  EXPECT_EQ("B:Hoy nos encontramos en un buen momento\n",
            Blocks("*- Hoy nos encontramos en un buen momento*\n"));
  // A bullet keeps its asterisk's meaning, and an asterisk that closes nothing stays.
  EXPECT_EQ("B:Entrega de becas\n", Blocks("* Entrega de becas\n"));
  EXPECT_EQ("P:*minúscula sin cerrar.\n", Blocks("*minúscula sin cerrar.\n"));
}

TEST(Cleaner, DropsTheBordersAndEmptyCellsOfATableDrawnInText) {
  EXPECT_EQ("P:Juntos haremos historia\n",
            Blocks("+----+--+--+\n| [] |  |  |\n+----+--+--+\n\nJuntos haremos historia\n"));
  // A table row with words keeps them.
  EXPECT_EQ("P:| Estado | Casos |\n", Blocks("| Estado | Casos |\n"));
}

// Text after strip_page_furniture, one line per '|'; blank lines kept as empty fields.
std::string Stripped(std::string_view text) {
  std::string out = strip_page_furniture(text);
  while (!out.empty() && out.back() == '\n') out.pop_back();
  std::replace(out.begin(), out.end(), '\n', '|');
  return out;
}

TEST(PageFurniture, DropsPageNumbersInEveryShape) {
  const struct {
    std::string_view text;
    std::string_view expected;
  } cases[] = {
      {"Uno.\nPágina 2 de 5\nDos.", "Uno.|Dos."},
      {"Uno.\nPÁGINA 2 DE 5\nDos.", "Uno.|Dos."},
      {"Uno.\nPág. 3\nDos.", "Uno.|Dos."},
      {"Uno.\n- 3 -\nDos.", "Uno.|Dos."},
      {"Uno.\n\u2013 4 \u2013\nDos.", "Uno.|Dos."},
      {"Uno.\n3/5\nDos.", "Uno.|Dos."},
      {"Uno.\n 3 de 5 \nDos.", "Uno.|Dos."},
      {"Uno.\n3\nDos.", "Uno.|3|Dos."},  // a bare number on a single page may be content
      {"Uno.\n12 de marzo\nDos.", "Uno.|12 de marzo|Dos."},
      {"Se entregaron 3/4 partes.", "Se entregaron 3/4 partes."},
  };
  for (const auto& c : cases) EXPECT_EQ(c.expected, Stripped(c.text)) << c.text;
}

// Batches 21 and 22 of the real bulletins: lines a page puts under its title without a blank
// line between.
TEST(Cleaner, AStorysPlaceOrDateWithItsDashStartsABlock) {
  EXPECT_EQ("P:Asegura Sedena 64 armas en Chiapas\nP:Chiapas.- La Secretaría informó.\n",
            Blocks("Asegura Sedena 64 armas en Chiapas\nChiapas.- La Secretaría informó.\n"));
  EXPECT_EQ("P:La lista de espera baja un 9,4%\nP:Jueves 24 de Abril de 2025- El número crece\n",
            Blocks("La lista de espera baja un 9,4%\nJueves 24 de Abril de 2025- El número "
                   "crece\n"));
  // Without its dash, a letterhead's town and postal code go on with the letterhead.
  EXPECT_EQ("P:Av. 5 Poniente #128, Centro Histórico Puebla, Pue. CP 72000\n",
            Blocks("Av. 5 Poniente #128, Centro Histórico\nPuebla, Pue. CP 72000\n"));
}

TEST(Cleaner, ReadsADoubleSpacedCopyAsWrappedLines) {
  EXPECT_EQ(
      "P:Ciudad de México, a 7 de noviembre de 2025.- El Instituto de Seguridad y Servicios "
      "Sociales de los Trabajadores del Estado, a cargo del director general, reconoce a la "
      "salud como prioridad y fortalece la infraestructura hospitalaria.\nP:En la "
      "actualidad se construye el nuevo hospital de Oaxaca, con una inversión de más de 3 "
      "mil millones de pesos en beneficio de 350 mil derechohabientes.\n",
      Blocks("Ciudad de México, a 7 de noviembre de 2025.- El Instituto de Seguridad y "
             "Servicios\n\nSociales de los Trabajadores del Estado, a cargo del director "
             "general, reconoce\n\na la salud como prioridad y fortalece la "
             "infraestructura\n\nhospitalaria.\n\nEn la actualidad se construye el nuevo "
             "hospital de\n\nOaxaca, con una inversión de más de 3 mil millones de pesos "
             "en\n\nbeneficio de 350 mil derechohabientes.\n"));
  // Paragraphs kept on one line each, parted by blank lines, are paragraphs still.
  EXPECT_EQ(
      "P:Obras por 26 millones de pesos en 16 Unidades\nP:0\nP:León, Gto., 16 de marzo de "
      "2023.- El IMSS invertirá 26 millones de pesos en la remodelación de 16 unidades de "
      "medicina familiar, con trabajos de adecuación según las necesidades de cada una de "
      "las unidades médicas del estado\nP:Los trabajos serán de remodelaciones y "
      "adecuaciones de acuerdo con las necesidades de cada una de las unidades médicas, "
      "informó el Instituto en un comunicado enviado a los medios locales del estado\n",
      Blocks("Obras por 26 millones de pesos en 16 Unidades\n\n0\n\nLeón, Gto., 16 de "
             "marzo de 2023.- El IMSS invertirá 26 millones de pesos en la remodelación de "
             "16 unidades de medicina familiar, con trabajos de adecuación según las "
             "necesidades de cada una de las unidades médicas del estado\n\nLos trabajos "
             "serán de remodelaciones y adecuaciones de acuerdo con las necesidades de cada "
             "una de las unidades médicas, informó el Instituto en un comunicado enviado a "
             "los medios locales del estado\n"));
}

TEST(Cleaner, StartsABlockAtANumberedItem) {
  EXPECT_EQ("P:1. No exponerse a los fuertes vientos\nP:2. No se exponga a los cambios bruscos\n",
            Blocks("1. No exponerse a los fuertes vientos\n2. No se exponga a los cambios "
                   "bruscos\n"));
}

TEST(Cleaner, JoinsALeadInsPlaceBrokenAcrossLines) {
  EXPECT_EQ("P:La Paz, Baja California Sur. - El Gobierno presentó los eventos.\n",
            Blocks("La Paz, Baja\nCalifornia Sur. - El Gobierno presentó los eventos.\n"));
  // A title above a lead-in stays apart.
  EXPECT_EQ("P:Entrega Gobierno obras en Baja\nP:California Sur. - El Gobierno entregó.\n",
            Blocks("Entrega Gobierno obras en Baja\nCalifornia Sur. - El Gobierno entregó.\n"));
}

TEST(Cleaner, ASlugOrATemplatesTagStandsAlone) {
  EXPECT_EQ("P:San Luis Potosí\nP:spot_img\nP:Por fin de semana largo llegan visitantes\n",
            Blocks("San Luis Potosí\nspot_img\n\nPor fin de semana largo llegan visitantes\n"));
  EXPECT_EQ(
      "P:88 eventos presentados en el Festival\nP:rueda-de-prensa-festival-de-octubre\n",
      Blocks("88 eventos presentados en el Festival\n\nrueda-de-prensa-festival-de-octubre\n"));
  // An image's file name glued to the line's first capital goes.
  EXPECT_EQ(
      "P:Mérida, Yucatán, a 18 de febrero de 2013.- La Conagua informó.\nP:tipo-2Nuevo "
      "caso.\n",
      Blocks("180213sequia-funcionarioMérida, Yucatán, a 18 de febrero de 2013.- La Conagua "
             "informó.\n\ntipo-2Nuevo caso.\n"));
}

TEST(Cleaner, BulletsPrintedOnOneLineOrOpenedByAnAsteriskAndADash) {
  EXPECT_EQ("B:Primera frase del resumen.\nB:Segunda frase del resumen.\n",
            Blocks("• Primera frase del resumen. • Segunda frase del resumen. |\n"));
  EXPECT_EQ("B:En Ocoyoacac, la secretaria entregó apoyos.\n",
            Blocks("*-En Ocoyoacac, la secretaria entregó apoyos.\n"));
  // A plus sign glued to a capital.
  EXPECT_EQ("B:La inversión es superior a los 4 millones.\n",
            Blocks("+La inversión es superior a los 4 millones.\n"));
  // The glyph twice.
  EXPECT_EQ("B:El Presidente participó en la Cumbre.\n",
            Blocks("  \u2022 \u2022 El Presidente participó en la Cumbre.\n"));
}

TEST(Cleaner, DropsACarouselsControls) {
  EXPECT_EQ(
      "P:\"Una Obra por Día\" llega a los barrios\nP:28 de julio de 2021. Los habitantes "
      "recibieron al alcalde.\n",
      Blocks("\"Una Obra por Día\" llega a los barrios\n\nprevious arrow\nnext arrow\n"
             "previous arrownext arrow\nSlider\n\n28 de julio de 2021. Los habitantes "
             "recibieron al alcalde.\n"));
}

TEST(Cleaner, ASharingBarsLabelPartsLinesAndLeaves) {
  EXPECT_EQ(
      "P:Compartir es bueno para todos\nP:Cali, 26 de noviembre de 2025. La Gobernación "
      "atendió al público.\n",
      Blocks("Compartir es bueno para todos\n\nCompartir en\nCali, 26 de noviembre de "
             "2025. La Gobernación atendió al público.\n"));
}

TEST(PageFurniture, DropsRunningHeadersAndBareNumbersAcrossFormFeeds) {
  EXPECT_EQ("Título|Texto que sigue||||en la otra página.|Fin.",
            Stripped("INSTITUTO\nTítulo\nTexto que sigue\n1\fINSTITUTO\nen la otra página.\n"
                     "Fin.\n2"));
}

TEST(PageFurniture, FindsPagesByBlankRunsWhenThereAreNoFormFeeds) {
  EXPECT_EQ("Título|Uno,||||dos.||||tres.",
            Stripped("Boletín 5\nTítulo\nUno,\n\n\n\nBoletín 5\ndos.\n\n\n\nBoletín 5\n"
                     "tres."));
}

TEST(PageFurniture, KeepsALineThatRepeatsOnFewPages) {
  // On two pages of five, less than half: text, not furniture.
  EXPECT_EQ("Aviso|Uno.||||Dos.||||Aviso|Tres.||||Cuatro.||||Cinco.",
            Stripped("Aviso\nUno.\fDos.\fAviso\nTres.\fCuatro.\fCinco."));
  EXPECT_EQ("Sola página", Stripped("Sola página"));
}

TEST(PageFurniture, ReflowsASentenceCutByAPage) {
  EXPECT_EQ("P:BOLETÍN\nP:El Instituto informó que la red de estancias crece.\n",
            PdfBlocks("IMSS\nBOLETÍN\n\nEl Instituto informó que la red de\nPágina 1 de 2\f"
                      "IMSS\nestancias crece.\nPágina 2 de 2\n"));
}

TEST(PageFurniture, CleansEmptyAndFurnitureOnlyText) {
  EXPECT_EQ("", PdfBlocks(""));
  EXPECT_EQ("", PdfBlocks("\f\f\n"));
  EXPECT_EQ("", PdfBlocks("IMSS\n1\fIMSS\n2"));
}

}  // namespace
}  // namespace hemeroteca
