#include "hemeroteca/indexer/structure.h"

#include <gtest/gtest.h>

#include "hemeroteca/indexer/cleaner.h"

namespace hemeroteca {
namespace {

std::string Number(std::string_view line) { return find_bulletin_number(line).value_or("none"); }

// The structure of a plain-text bulletin.
BulletinStructure StructureOf(std::string_view text) {
  ParsedDocument document;
  document.format = "text";
  document.blocks = blocks_from_text(text, /*markdown=*/false);
  return read_structure(document);
}

// The date a plain-text bulletin's structure gives, or "-".
std::string DateOf(std::string_view text) { return StructureOf(text).dateline_date.value_or("-"); }

// "title | number | place | date" of a plain-text bulletin.
std::string Header(std::string_view text) {
  const BulletinStructure structure = StructureOf(text);
  return structure.title + " | " + structure.number.value_or("-") + " | " + structure.place +
         " | " + structure.dateline_date.value_or("-");
}

// "Comunicado de Prensa /14 de mayo de 2020": the kind of text labels the date after it; no
// place, no highlight.
TEST(ReadStructure, TheKindOfTextAsTheLabelOfItsDate) {
  for (const char* line :
       {"Comunicado de Prensa /14 de mayo de 2020", "Boletín de prensa, 14 de mayo de 2020",
        "Comunicado de Prensa / 14 de mayo de 2020"}) {
    const BulletinStructure structure =
        StructureOf("Anuncio de Política Monetaria\n\n" + std::string(line) +
                    "\n\nLa Junta de Gobierno decidió disminuir en 50 puntos base el objetivo.\n");
    EXPECT_EQ(
        "Anuncio de Política Monetaria |  | 2020-05-14",
        structure.title + " | " + structure.place + " | " + structure.dateline_date.value_or("-"))
        << line;
    EXPECT_TRUE(structure.highlights.empty()) << line;
  }
}

// A sidebar's list of short bullets above a title is the page's, not the bulletin's
// highlights; bullets above a dateline that opens the story, with no title, are highlights.
TEST(ReadStructure, ASidebarsListAboveTheTitle) {
  const BulletinStructure structure = StructureOf(
      "- 12 de Mayo | Día Internacional de la enfermería\n- 13 de Mayo | Sahuaripa recibe "
      "título de ciudad\n- 15 de Mayo | Día del maestro (México)\n\nLlama Gobierno de Sonora a "
      "vacunarse contra influenza\n\nLa Secretaría de Salud hace un llamado a la población para "
      "que acuda a vacunarse.\n");
  EXPECT_EQ("Llama Gobierno de Sonora a vacunarse contra influenza", structure.title);
  EXPECT_TRUE(structure.highlights.empty());
  const BulletinStructure highlighted = StructureOf(
      "• Se registran 18 incendios forestales activos en 10 estados del país.\n• No se reportan "
      "incendios de atención especial.\n• Trabajan 460 combatientes.\n\nZapopan, Jalisco, 27 de "
      "febrero de 2021.- La Comisión Nacional Forestal informa la situación de los incendios.\n");
  EXPECT_EQ(3U, highlighted.highlights.size());
}

// Another story's teaser on top of the page, its headline, its summary cut short and its
// date, is not the bulletin's.
TEST(ReadStructure, AnotherStorysTeaserOnTop) {
  EXPECT_EQ(
      " | - |  | 2020-04-13",
      Header("Baja en la edad de imputabilidad: una jueza dijo que nada cambiará\n\nLo aseguró "
             "Roxana Monti, titular del juzgado. Dijo que hoy el problema más ...\n\n27 DE "
             "FEBRERO DE 2026\n\nPublicado el 13 DE ABRIL DE 2020\n\nEl Ministerio de Salud "
             "informa que la "
             "tercera etapa de la campaña de vacunación se realizará desde el martes.\n"));
}

// "Pasar al contenido principal", a skip link, is no title; an office's code with its number
// and year before a title flattened onto the dateline's line is the number.
TEST(ReadStructure, ASkipLinkAndACodedNumberBeforeTheTitle) {
  EXPECT_EQ("Resuelve el Pleno 108 recursos | - |  | -",
            Header("Pasar al contenido principal\n\nResuelve el Pleno 108 recursos\n\nEl Pleno "
                   "del Instituto resolvió un total de 108 medios de impugnación.\n"));
  EXPECT_EQ(
      "EL ACCESO A LA INFORMACIÓN ESTÁ SOCIALIZADO: PESCHARD | IFAI/021/10 | México, D.F. | "
      "2010-02-18",
      Header("México, D.F., 18 de febrero de 2010 IFAI/021/10 EL ACCESO A LA INFORMACIÓN ESTÁ "
             "SOCIALIZADO: PESCHARD Los funcionarios deben entender que la información no es suya, "
             "dijo la comisionada.\n"));
}

// A short title in Title Case right above the dateline that opens the story is the title, not
// a label over the story's first sentence.
TEST(ReadStructure, AShortTitleAboveTheDatelineThatOpensTheStory) {
  EXPECT_EQ("Sesiona Diputación Permanente | - | Hermosillo, Sonora | 2006-09-14",
            Header("sep 14 2006\n\nSesiona Diputación Permanente\n\nHermosillo, Sonora, 14 de "
                   "septiembre de 2006.- La Diputación Permanente de la LVII Legislatura de "
                   "Sonora se reunió para atender diversos asuntos.\n\nEl diputado informó.\n"));
}

// "Publicado el" and the date, alone or beside a byline whose label wide spaces parted.
TEST(ReadStructure, PublishedOnAndItsDate) {
  for (const char* line : {"Publicado el 23 de mayo de 2016", "Publicado el 23/05/2016",
                           "Por  Staff Puebla On Line | Publicado el 23-05-2016"}) {
    EXPECT_EQ("Instalan refugio temporal ante lluvias | - |  | 2016-05-23",
              Header("Instalan refugio temporal ante lluvias\n\n" + std::string(line) +
                     "\n\nEl encargado reportó saldo blanco tras las precipitaciones.\n"))
        << line;
  }
}

// A theme's date badge, month, day and year on lines of their own, dates the page; three
// short lines that are no date stay.
TEST(ReadStructure, AThemesDateBadge) {
  EXPECT_EQ("Wilfrido atiende a grupo social | - |  | 2014-07-17",
            Header("Wilfrido atiende a grupo social\n\nJUL\n17\n2014\n\nEl presidente municipal "
                   "atendió a un grupo social que solicitó audiencia.\n"));
  EXPECT_EQ("Wilfrido atiende a grupo social | - |  | -",
            Header("Wilfrido atiende a grupo social\n\nJUL\n\n32\n\n2014\n\nEl presidente "
                   "municipal atendió a un grupo social que solicitó audiencia.\n"));
}

// The date first, then the number, on one line: both read, the line out of the text.
TEST(ReadStructure, ADateThenTheNumberOnOneLine) {
  EXPECT_EQ(" | 763/08 |  | 2008-09-18",
            Header("PGR INFORMA\n\nJueves, 18 de Septiembre de 2008 Boletín 763/08\n\n"
                   "COMUNICADO\n\nLa Procuraduría General de la República informa que se "
                   "constató que no tienen ningún vínculo.\n"));
}

TEST(FindBulletinNumber, ReadsNumbersWithTheirYear) {
  EXPECT_EQ("641/2020", Number("No. 641/2020"));
  EXPECT_EQ("26/2014", Number("Boletín núm. 26/2014"));
  EXPECT_EQ("012/2022", Number("Comunicado de prensa 012/2022"));
  EXPECT_EQ("257/2024", Number("No. 257/2024."));
  EXPECT_EQ("096/2024", Number("DCS/boletín informativo 096/2024"));
}

TEST(FindBulletinNumber, KeepsTheNumberAsTheOfficePrintsIt) {
  EXPECT_EQ("123", Number("Boletín SEP No. 123"));
  EXPECT_EQ("AA 242/2025", Number("Comunicado AA 242/2025"));
  EXPECT_EQ("242/2025", Number("Comunicado aa 242/2025"));  // no code in lower case
  EXPECT_EQ("123/21", Number("Boletín 123/21"));
  EXPECT_EQ("45/98", Number("Comunicado No. 45/98"));
  EXPECT_EQ("0512-23", Number("Comunicado No. 0512-23"));
  EXPECT_EQ("449/15", Number("No. 449 / 15"));
  EXPECT_EQ("INAI/005/24", Number("INAI/005/24"));
  EXPECT_EQ("2606", Number("Comunicado N.° 2606"));
  EXPECT_EQ("1035", Number("Boletín-1035"));
  EXPECT_EQ("UNAM-DGCS-536", Number("Boletín UNAM-DGCS-536"));
  EXPECT_EQ("CAMPAÑA-030", Number("BOLETÍN CAMPAÑA-030"));
  EXPECT_EQ("1133a/10", Number("BOLETIN 1133a/10/ MÉXICO, D.F./ JUE-30-SEP/"));
  EXPECT_EQ("365 de 2012", Number("Comunicado de Prensa No. 365 de 2012"));
  EXPECT_EQ("195-DC-2017", Number("BOLETÍN DE PRENSA FGE NO. 195-DC-2017"));
  // A number with its year and no label, alone: three digits or a zero first.
  EXPECT_EQ("029-2016", Number("029-2016"));
  EXPECT_EQ("061/2015", Number(". 061/2015"));
  EXPECT_EQ("none", Number("10/2015"));
  EXPECT_EQ("none", Number("2015-2018"));
  EXPECT_EQ("none", Number("el boletín 45-de-2017"));  // a code in lower case is none
  EXPECT_EQ("none", Number("el boletín 45 de 20 páginas"));
  EXPECT_EQ("BUAP-C-087/2020", Number("Boletín BUAP-C-087/2020"));
  EXPECT_EQ("COFECE-001-2020", Number("COFECE-001-2020"));
  EXPECT_EQ("COFECE-001-2020", Number("Comunicado No. COFECE-001-2020"));
  EXPECT_EQ("none", Number("Boletín 3-5"));
  EXPECT_EQ("none", Number("Campaña de vacunación COVID-19/2021"));
}

TEST(FindBulletinNumber, ReadsANumberWithoutAYearOnlyOnALineOfItsOwn) {
  EXPECT_EQ("142", Number("Comunicado 142"));
  EXPECT_EQ("142", Number("COMUNICADO No. 142"));
  EXPECT_EQ("045", Number("Boletín 045."));
  EXPECT_EQ("12", Number("No. 12"));
  EXPECT_EQ("1222", Number("Fotonota 1222"));
  EXPECT_EQ("37", Number("Tarjeta informativa No. 37"));
  EXPECT_EQ("015/2023", Number("Nota Informativa 015/2023"));
  EXPECT_EQ("372", Number("Número: 372"));
  EXPECT_EQ("none", Number("el boletín 45 del Instituto"));
  EXPECT_EQ("none", Number("Comunicado 142 sobre vacunas"));
  EXPECT_EQ("none", Number("No 12"));  // "no" is a word; the period marks the abbreviation
}

TEST(FindBulletinNumber, ReadsAnOfficesCodeAndThreeDigitsAlone) {
  EXPECT_EQ("CGCS-089", Number("CGCS-089"));
  EXPECT_EQ("none", Number("COVID-19"));
  EXPECT_EQ("none", Number("La CGCS-089 informó"));
}

// An office's code in slashed parts, the number last, alone on its line; a number between
// parentheses after its word.
TEST(FindBulletinNumber, ReadsASlashedCodeAloneAndANumberInParentheses) {
  EXPECT_EQ("SOP/COM2017/243", Number("SOP/COM2017/243"));
  EXPECT_EQ("DCS/COM/45", Number("DCS/COM/45"));
  EXPECT_EQ("none", Number("y/o 243"));
  EXPECT_EQ("none", Number("La SOP/COM2017/243 dice"));
  EXPECT_EQ("1127/2020", Number("Comunicado de Prensa (1127/2020)"));
  EXPECT_EQ("DCS 56/2011", Number("DCS  56/2011"));
  EXPECT_EQ("none", Number("las 56/2011"));
  EXPECT_EQ("none", Number("no (2019/20)"));
}

TEST(FindBulletinNumber, ReadsPerusNotaDePrensaAndItsOrdinalSign) {
  EXPECT_EQ("174-2025", Number("NOTA DE PRENSA n.º 174-2025/ORR.0PP.II/MPCH"));
  EXPECT_EQ("12", Number("Nota de prensa N.º 12"));
  EXPECT_EQ("none", Number("la nota de prensa 12 del Instituto"));
}

// "Nro.", as South America abbreviates "número", and Argentina's "Reporte diario".
TEST(FindBulletinNumber, ReadsNroAndADailyReportsNumber) {
  EXPECT_EQ("16", Number("REPORTE DIARIO NRO 16"));
  EXPECT_EQ("45", Number("Comunicado Nro. 45"));
  EXPECT_EQ("45/2020", Number("Comunicado Nro. 45/2020"));
  EXPECT_EQ("16", Number("Nro. 16"));
  EXPECT_EQ("none", Number("el reporte diario de 16 hospitales"));
}

// "highlight; highlight || first body paragraph" of a plain-text bulletin.
std::string HighlightsAndStory(std::string_view text) {
  const BulletinStructure structure = StructureOf(text);
  std::string out;
  for (const std::string& highlight : structure.highlights) {
    out += (out.empty() ? "" : "; ") + highlight;
  }
  return out + " || " + (structure.body.empty() ? "-" : structure.body.front());
}

// A headline that opens with an office's name and goes on with a verb is the title, not a
// letterhead, above a deck without its period; an office's name with an area in lower case is
// a letterhead still.
TEST(ReadStructure, AHeadlineThatOpensWithAnOfficesName) {
  for (const char* headline :
       {"Secretaría de Salud llama a vacunarse", "Gobierno de Sonora entrega apoyos a familias",
        "Instituto Electoral aprobó lineamientos del PREP"}) {
    EXPECT_EQ(std::string(headline) + " | Se impulsa la construcción de 5 hospitales", [&] {
      const BulletinStructure structure =
          StructureOf(std::string(headline) +
                      "\n\nSe impulsa la construcción de 5 hospitales\n\n28 "
                      "de julio de 2024\n\nEn su mensaje, la presidenta señaló que sí.\n");
      return structure.title + " | " +
             (structure.highlights.empty() ? "-" : structure.highlights.front());
    }()) << headline;
  }
  EXPECT_EQ("Se impulsa la construcción de 5 hospitales",
            StructureOf("Dirección de comunicación social\n\nSe impulsa la construcción de 5 "
                        "hospitales\n\n28 de julio de 2024\n\nEn su mensaje, la presidenta "
                        "señaló que sí.\n")
                .title);
}

// Without a dateline, "este lunes 7 de mayo de 2018" in the story's first paragraph dates it;
// a date without "este" or "hoy", or further down, does not.
TEST(ReadStructure, TheStorysOpeningDatesItself) {
  EXPECT_EQ("2018-05-07",
            DateOf("Inaugura IMSS unidad en Tláhuac\n\nLa unidad médica inaugurada este "
                   "lunes 7 de mayo de 2018 es la número 16.\n"));
  EXPECT_EQ("-", DateOf("Inaugura IMSS unidad en Tláhuac\n\nLa unidad abrió el lunes 7 de "
                        "mayo de 2018 y es la número 16.\n"));
  EXPECT_EQ("-", DateOf("Inaugura IMSS unidad en Tláhuac\n\nLa unidad es la número "
                        "16.\n\nFue inaugurada este lunes 7 de mayo de 2018.\n"));
}

// "Redacción / Guanajuato, Gto.": a newsroom's byline gives the place it writes from, when no
// dateline does; an outlet's name after the slash is no place.
TEST(ReadStructure, APlaceAfterANewsroomsByline) {
  const std::string story =
      "\nLa Comisión de Gobernación del Congreso local aprobó la metodología de dos "
      "iniciativas.\n";
  EXPECT_EQ("Guanajuato, Gto.", StructureOf("Redacción / Guanajuato, Gto." + story).place);
  EXPECT_EQ("", StructureOf("Redacción Web/La Voz de Michoacán." + story).place);
  EXPECT_EQ("León, Gto.",
            StructureOf("Redacción / Guanajuato, Gto.\n\nLeón, Gto., 3 de mayo de 2024.- La "
                        "Comisión aprobó la metodología de dos iniciativas.\n")
                .place);
}

// "Política07 de abril de 2025Leticia Aguayo Soto": a theme's section, date and byline glued
// together date the post; a line that goes on in lower case is no such stamp.
TEST(ReadStructure, ASectionDateAndBylineGluedTogether) {
  EXPECT_EQ("Realizó IMSS 22 procuraciones | - |  | 2025-04-07",
            Header("Realizó IMSS 22 procuraciones\n\nPolítica07 de abril de 2025Leticia Aguayo "
                   "SotoLeticia Aguayo Soto\n\nDurante el primer trimestre, el IMSS realizó 22 "
                   "procuraciones.\n"));
  EXPECT_EQ("Realizó IMSS 22 procuraciones | - |  | -",
            Header("Realizó IMSS 22 procuraciones\n\nDesde el 7 de abril de 2025 se informó\n\n"
                   "Durante el primer trimestre, el IMSS realizó 22 procuraciones.\n"));
}

// "19 febrero, 2023Foto: Internet. …": the page's date glued to a caption dates the page; the
// caption leaves the date behind.
TEST(ReadStructure, APageDateGluedToACaption) {
  const BulletinStructure structure = StructureOf(
      "DURANTE 118 AÑOS, EL HOSPITAL GENERAL HA SIDO PARTE DEL SISTEMA\n\n19 febrero, "
      "2023Foto: Internet. Uno de los mejores formadores de profesionales.\n\nCiudad "
      "de México, 19 de febrero. -Durante 118 años, el Hospital ha contribuido.\n");
  EXPECT_EQ("2023-02-19", structure.dateline_date.value_or("-"));
  for (const std::string& highlight : structure.highlights) {
    EXPECT_EQ(std::string::npos, highlight.find("2023")) << highlight;
  }
}

// A logo's name in spaced letters ("T R A J Í N") is the site's, not the title.
TEST(ReadStructure, ALogoInSpacedLettersIsNoTitle) {
  EXPECT_EQ("Termina el periodo de sesiones del Senado | - |  | 2024-04-28",
            Header("28 abril 2024\n\nT R A J Í N\n\nTermina el periodo de sesiones del "
                   "Senado\n\nLa Cámara de Senadores concluyó este miércoles sus trabajos.\n"));
}

// Highlights that open the page above its date and a title are no sidebar's list: long
// sentences, not a sidebar's short lines.
TEST(ReadStructure, LongBulletsAboveATitleAreHighlightsStill) {
  const std::string bullet =
      "- El presidente avanza que la Comunidad dispondrá de la flota más extensa de vehículos de "
      "emergencias de toda España, con 6 nuevos helicópteros\n";
  const BulletinStructure structure =
      StructureOf(bullet + bullet + bullet +
                  "26 de marzo de 2025\nCastilla y León |\nDurante su "
                  "cuarto Debate de Política General, el presidente anunció medidas.\n");
  EXPECT_EQ(1U, structure.highlights.size());  // three equal bullets, printed once
}

// An office's acronym alone and a blog's archive label above the date and the title are the
// page's furniture: no place, no highlights.
TEST(ReadStructure, AnOfficesAcronymAndAnArchiveLabelAboveTheTitle) {
  const BulletinStructure structure = StructureOf(
      "CEIEG.\n\n\nArchivo de la categoría \"Nota SAGARPA\"\n\nJueves, 3 de diciembre de "
      "2020\n\nCrece en México el consumo y producción de nopal: Agricultura\n\nEn los últimos "
      "10 años, la superficie sembrada de nopal creció 2.6 por ciento.\n");
  EXPECT_EQ(
      "Crece en México el consumo y producción de nopal: Agricultura | | 2020-12-03",
      structure.title + " |" + structure.place + " | " + structure.dateline_date.value_or("-"));
  EXPECT_TRUE(structure.highlights.empty());
}

// Two short labels stacked above a headline are the page's; a short title above its short
// deck and a long line of story is the title still.
TEST(ReadStructure, TwoShortLabelsStackedAboveAHeadline) {
  EXPECT_EQ(
      "Llama Gobierno de Sonora a vacunarse contra influenza y covid-19 antes del 28 de "
      "marzo | - |  | -",
      Header("Acciones de Gobierno\n\nSonora tierra de oportunidades\n\nLlama Gobierno de "
             "Sonora a vacunarse contra influenza y covid-19 antes del 28 de marzo\n\nLa "
             "Secretaría de Salud hace un llamado a la población para que acuda a "
             "vacunarse.\n"));
  EXPECT_EQ("Inauguran hospital en Tula | - |  | -",
            Header("Inauguran hospital en Tula\n\nCon 120 camas y ocho quirófanos\n\nEl "
                   "gobernador inauguró el hospital general de Tula con una inversión de 900 "
                   "millones de pesos.\n"));
}

// A deck between the title and a post's stamp right under it, the story below, is a
// highlight; a picture's credit there is none.
TEST(ReadStructure, ADeckAboveAPostsStampUnderTheTitle) {
  EXPECT_EQ(
      "Fueron realizadas en los Hospitales Generales de Zona No. 2 y No. 21. || Durante el "
      "primer trimestre, el IMSS realizó 22 procuraciones.",
      HighlightsAndStory("Realizó IMSS Guanajuato 22 procuraciones\n\nFueron realizadas "
                         "en los Hospitales Generales de Zona No. 2 y No. 21.\n\nPolítica07 "
                         "de abril de 2025Leticia Aguayo Soto\n\nDurante el primer "
                         "trimestre, el IMSS realizó 22 procuraciones.\n"));
  EXPECT_EQ(" || Durante el primer trimestre, el IMSS realizó 22 procuraciones.",
            HighlightsAndStory("Realizó IMSS Guanajuato 22 procuraciones\n\nFoto publicada en "
                               "agenciasanluis.com\n\n7 de abril de 2025\n\nDurante el primer "
                               "trimestre, el IMSS realizó 22 procuraciones.\n"));
}

// Without a title, the lines above the dateline that opens the story are its highlights.
TEST(ReadStructure, HighlightsAboveTheDatelineWithoutATitle) {
  const std::string first =
      "En la Conmemoración del Día Internacional del Trabajo, el mandatario estatal retomó la "
      "cercanía con sindicatos y trabajadores poblanos al marchar este 1o de Mayo; escuchó las "
      "demandas y consignas de la clase obrera.";
  EXPECT_EQ(first +
                "; Destacó la importancia del diálogo con el magisterio. || En su paso por el "
                "Senado, el gobernador se comprometió a impulsar una auditoría.",
            HighlightsAndStory("Comunicado AA 242/2025\n\n-" + first +
                               "\n\n-Destacó la importancia del diálogo con el magisterio.\n\n"
                               "CIUDAD DE PUEBLA, Pue.- En su paso por el Senado, el gobernador se "
                               "comprometió a impulsar una auditoría.\n"));
}

// "Nota de prensaSe impulsa…": a page's label glued to the deck leaves it.
TEST(ReadStructure, AKindLabelGluedToTheDeck) {
  EXPECT_EQ(
      "Se impulsa la construcción de 5 hospitales de alta complejidad || En su mensaje, "
      "la presidenta señaló que se destrabaron 57 obras.",
      HighlightsAndStory("Destraban 57 obras paralizadas en salud\n\nNota de "
                         "prensaSe impulsa la construcción de 5 hospitales de alta "
                         "complejidad\n\n28 de julio de 2024\n\nEn su mensaje, la "
                         "presidenta señaló que se destrabaron 57 obras.\n"));
}

TEST(ReadStructure, TakesTheNumberPrintedBeforeTheTitle) {
  EXPECT_EQ(
      "Con capacitación, el Hospital Juárez fortalece la farmacovigilancia | 165 |  | "
      "2025-05-03",
      Header("165. Con capacitación, el Hospital Juárez fortalece la farmacovigilancia\n\n"
             "Secretaría de Salud | 3 de mayo de 2025\n\nEl Hospital capacitó a 300.\n"));
  EXPECT_EQ("Aplica Salud 11 millones de vacunas | 142 |  | -",
            Header("Comunicado 142. Aplica Salud 11 millones de vacunas\n\nEl texto.\n"));
  // A congress's term between the number and the date.
  EXPECT_EQ("Aprueban Comisiones Unidas dictamen en materia de prevención | 1596 |  | 2024-04-29",
            Header("Aprueban Comisiones Unidas dictamen en materia de prevención\n\nCOMUNICADO "
                   "1596 LXIV LEGISLATURA 29 DE ABRIL 2024\n\nAprueban Comisiones Unidas "
                   "dictamen en materia de prevención\n\nEn el Salón Rojo, las comisiones "
                   "aprobaron.\n"));
  // A page's copy of the title with the number, then the title again under the dateline.
  EXPECT_EQ("El SNTE llama a fortalecer la unidad nacional | 63 | Puebla, Pue. | 2025-11-21",
            Header("Comunicado 63. El SNTE llama a fortalecer la unidad nacional\n\nPuebla, Pue., "
                   "21 de noviembre de 2025\n\nEl SNTE llama a fortalecer la unidad nacional\n\n"
                   "El texto.\n"));
  EXPECT_EQ("Emite Mesa Directiva declaratoria de publicidad de la minuta | 10755 |  | -",
            Header("Nota N°. 10755 Emite Mesa Directiva declaratoria de publicidad de la minuta"
                   "\n\nEl texto.\n"));
  // After "No." a number of four digits is the number, whatever year it looks like.
  EXPECT_EQ("Elige Pleno a Javier Bolaños Aguilar como presidente de la Cámara | 1937 |  | -",
            Header("Boletín N°. 1937 Elige Pleno a Javier Bolaños Aguilar como presidente de la "
                   "Cámara\n\nEl texto.\n"));
  // A chat's bold and emoji around a title; a story whose lead lost its period.
  const std::string chat =
      "\U0001F534Invierten 230 mdp en mejorar infraestructura hospitalaria*\n\nCiudad Victoria, "
      "Tamaulipas.- El Gobierno rehabilitó 36 centros de salud\n\nLa inversión supera los 230 "
      "millones de pesos.\n";
  EXPECT_EQ(
      "Invierten 230 mdp en mejorar infraestructura hospitalaria | - | Ciudad Victoria, "
      "Tamaulipas | -",
      Header(chat));
  EXPECT_EQ(" || El Gobierno rehabilitó 36 centros de salud", HighlightsAndStory(chat));
  // A number line wins; a year is no number; a title too short once cut stays whole.
  EXPECT_EQ("165. Con capacitación, el Hospital Juárez | 12/2025 |  | -",
            Header("No. 12/2025\n\n165. Con capacitación, el Hospital Juárez\n\nEl texto.\n"));
  EXPECT_EQ("1999. El año en que todo cambió | - |  | -",
            Header("1999. El año en que todo cambió\n\nEl texto.\n"));
  EXPECT_EQ("7. Otra cosa | - |  | -", Header("7. Otra cosa\n\nEl texto.\n"));
}

TEST(ReadStructure, LeavesTheYearsMottoOutOfTheTitle) {
  EXPECT_EQ("Abre el Instituto una clínica | 045 | Ciudad de México | 2020-05-03",
            Header("“2020, Año de Leona Vicario, Benemérita Madre de la Patria”\n"
                   "Ciudad de México, 3 de mayo de 2020\nBOLETÍN No. 045\n"
                   "Abre el Instituto una clínica\n\nEl Instituto informó algo nuevo hoy.\n"));
}

TEST(ReadStructure, NeitherATeaserNorALeadWithoutItsPeriodIsTheTitle) {
  EXPECT_EQ(" | - |  | -",
            Header("El Rector General de la Universidad, doctor Ricardo Villanueva Lomelí, "
                   "inauguró este jueves el Laboratorio de Biomedicina, el cual realizará "
                   "hasta 30...\n\nEl Rector General inauguró este jueves el laboratorio.\n"));
  EXPECT_EQ(" | - |  | -",
            Header("Con las características y perfil de las mejores de México, la Feria "
                   "Tamaulipas 2008 fue inaugurada por el Gobernador Eugenio Hernández Flores, en "
                   "un hecho que confirma la identidad económica y cultural del Estado, rescata "
                   "una de sus tradiciones más arraigadas con la participación de los 43 "
                   "municipios y proyecta a la Entidad como una sólida área de oportunidad\n\n"
                   "El mandatario recorrió la feria.\n"));
  // A court's long title strings no clauses with commas.
  const std::string court =
      "CONFIRMA LA SALA REGIONAL TOLUCA DEL TRIBUNAL ELECTORAL DEL PODER JUDICIAL DE LA "
      "FEDERACIÓN LAS SENTENCIAS EMITIDAS POR EL TRIBUNAL ELECTORAL DEL ESTADO DE MÉXICO RESPECTO "
      "DE LAS ELECCIONES DE DIVERSOS AYUNTAMIENTOS DEL ESTADO Y DE SUS DISTRITOS LOCALES";
  EXPECT_EQ(court + " | - |  | -", Header(court + "\n\nLa Sala Regional resolvió hoy.\n"));
}

TEST(ReadStructure, ANumberLinesDateWinsOverThePagesDateAbove) {
  EXPECT_EQ("Un Tamaulipas fuerte une a victorenses | 0141 | VICTORIA, Tamaulipas | 2011-04-25",
            Header("martes, 26 de abril de 2011\n\nUn Tamaulipas fuerte une a victorenses\n\n"
                   "COMUNICADO DE PRENSA  0141 \u2013 ABRIL 25, 2011\n\nVICTORIA, Tamaulipas.- "
                   "El Gobernador se reunió este lunes con empresarios.\n"));
}

TEST(ReadStructure, ANewsSitesDateAndBylineLineIsHeader) {
  EXPECT_EQ("Cumplirá la UNAM con la beca Elisa Acuña | - |  | 2023-04-14",
            Header("Cumplirá la UNAM con la beca Elisa Acuña\n\n14 abril, 2023\u2022By Adalberto "
                   "Villasana Miranda\n\nLa UNAM reitera que existen los recursos.\n\nLa "
                   "Universidad ha informado en días recientes que cubrirá las becas.\n"));
  EXPECT_TRUE(StructureOf("Cumplirá la UNAM con la beca Elisa Acuña\n\n14 abril, 2023 | Por "
                          "Redacción\n\nLa Universidad ha informado que cubrirá las becas.\n")
                  .highlights.empty());
}

TEST(ReadStructure, ASentenceTitleAboveASummaryRunOnIntoTheDateline) {
  const std::string page =
      "imagen_2023-09-18_171556292\n\nSSG actualiza panorama de dengue, confirma 187 casos.\n\n"
      "SSG actualiza al personal médico ante los cambios. Guanajuato, Guanajuato. 24 de julio "
      "de 2024.- La Secretaría de Salud actualiza el panorama estatal.\n";
  EXPECT_EQ(
      "SSG actualiza panorama de dengue, confirma 187 casos. | - | Guanajuato, Guanajuato | "
      "2024-07-24",
      Header(page));
  EXPECT_EQ(std::vector<std::string>{"SSG actualiza al personal médico ante los cambios."},
            StructureOf(page).highlights);
}

// Batch 19 and 20 of the real bulletins: a page's furniture above the headline.
TEST(ReadStructure, ALetterheadsAddressAndTelephoneAreNoTitle) {
  const std::string page =
      "H. Congreso del Estado Libre y Soberano de Puebla - LXI Legislatura\nPrimer año de "
      "Ejercicio Constitucional\nAv. 5 Poniente #128, Centro Histórico\nPuebla, Pue. CP "
      "72000\nTeléfono 222 372 11 00\n\nAprueba LX Legislatura Cinco Concejos Municipales\n\n"
      "15 de octubre, 2018\n\n  • Se notifica al Titular del Ejecutivo\n\nLuego de que el "
      "Tribunal remitiera los oficios, el Congreso integró los concejos.\n";
  EXPECT_EQ("Aprueba LX Legislatura Cinco Concejos Municipales | - |  | 2018-10-15", Header(page));
  const BulletinStructure structure = StructureOf(page);
  ASSERT_EQ(1u, structure.letterheads.size());  // still read for its office and state
  EXPECT_TRUE(structure.letterheads[0].starts_with("H. Congreso del Estado"));
  EXPECT_EQ(std::vector<std::string>{"Se notifica al Titular del Ejecutivo"}, structure.highlights);
}

TEST(ReadStructure, ASectionsLabelOrASitesBannerIsNoTitle) {
  EXPECT_EQ("Garantiza la SEP cumplir a cabalidad el ciclo escolar | - |  | 2009-04-27",
            Header("27 de abril de 2009\n\nNoticia de Ultimo Momento\n\n\nGarantiza la SEP "
                   "cumplir a cabalidad el ciclo escolar\n\nPor instrucciones de la Secretaría "
                   "de Salud se suspenden las clases.\n"));
  EXPECT_EQ("EN 2007, CASI 60 MILLONES DE PESOS EN BECAS | - |  | 2008-01-16",
            Header("Boletines informativos de la Universidad de Colima\n\n16 de Enero de "
                   "2008\n\nEN 2007, CASI 60 MILLONES DE PESOS EN BECAS\n\n\nEn 2007, la "
                   "Universidad de Colima entregó 10 mil 356 becas.\n"));
  EXPECT_EQ("Funcionarios de la UAS sostienen encuentro con autoridades | - |  | 2024-12-26",
            Header("DIRECCIÓN GENERAL DE COMUNICACIÓN SOCIAL\n\nImage Image\n\n  Universidad "
                   "Autonoma de Sinaloa\n\nCOMPARTE ESTA NOTICIA Responsive image\n\n"
                   "Diciembre 26, 2024\n\nFuncionarios de la UAS sostienen encuentro con "
                   "autoridades\n\nDos horas después, el Encargado del Despacho fue atendido.\n"));
  EXPECT_EQ(" | - |  | -",
            Header("logo gov\n\nDr. James Padilla García, Alcalde del Municipio de Armenia | "
                   "Última actualización del sitio: Noviembre 27 de 2024, 10:03 am\n\nMapa del "
                   "sitio web\n\nCon el fin de aumentar las coberturas de vacunación, la "
                   "Secretaría de Salud realizó la estrategia.\n"));
}

// A blog's post title above the bulletin's number and dateline, and the bulletin's own
// headline in capitals with its bullets under them.
TEST(ReadStructure, TheHeadlineUnderTheNumberAndDatelineWinsOverAPostTitleAbove) {
  const std::string page =
      "7 oct 2024\n\nSesión del pleno de la SCJN, lunes 7 de octubre\n\nNo. 324/2024\n\n"
      "Ciudad de México, a 07 de octubre de 2024\n\nDETERMINA EL PLENO EL TRÁMITE DE SEIS "
      "SOLICITUDES\n\n• Se trata de consultas para que el Tribunal Pleno determine el "
      "trámite\n\nEl Pleno de la Suprema Corte llevó a cabo el análisis de seis consultas.\n";
  EXPECT_EQ(
      "DETERMINA EL PLENO EL TRÁMITE DE SEIS SOLICITUDES | 324/2024 | Ciudad de México | "
      "2024-10-07",
      Header(page));
  EXPECT_EQ(std::vector<std::string>{"Se trata de consultas para que el Tribunal Pleno "
                                     "determine el trámite"},
            StructureOf(page).highlights);
}

// A news site's edition and section on top, the title, and a byline that parts place and
// date with " / " (or " | ").
TEST(ReadStructure, ADatelinePartedByBarsOrSlashes) {
  EXPECT_EQ(
      "Cita FGE a alcalde electo de Xalapa | - | Xalapa, Ver. | 2017-12-12",
      Header("Veracruz, Ver.\n\n     \nESTATAL\n\n\nCita FGE a alcalde electo de Xalapa\n\n\n\n"
             "Redacción PV / Xalapa, Ver. / Martes 12 de diciembre del 2017\n\nA través de un "
             "comunicado la Fiscalía anunció la cita.\n\nLo anterior, debido a un audio.\n"));
  EXPECT_EQ(" | - | Ixtaczoquitlán, Ver. | 2025-04-15",
            Header("Ixtaczoquitlán, Ver. | 15 abril 2025\nTribuna Libre.- Esta mañana de lunes, "
                   "autoridades municipales entregaron una obra.\n"));
  // An office before the bar is still no place.
  EXPECT_EQ(" | - |  | 2021-04-14",
            Header("Secretaría de Salud | 14 de abril de 2021\n\nLa Secretaría de Salud "
                   "informó que la vacunación continúa.\n"));
}

TEST(ReadStructure, AFlattenedHeaderWithTheHourOfRelease) {
  EXPECT_EQ(
      "EN REGIONES DE PUEBLA Y CHIAPAS SE PRONOSTICAN TORMENTAS INTENSAS | 660-16 | Ciudad de "
      "México | 2016-10-09",
      Header("Comunicado de Prensa No. 660-16 Ciudad de México, 9 de octubre de 2016 10:30 h EN "
             "REGIONES DE PUEBLA Y CHIAPAS SE PRONOSTICAN TORMENTAS INTENSAS Prevalece el "
             "descenso de temperaturas en el norte del país, con lluvias en el sur y el "
             "sureste.\n"));
}

TEST(ReadStructure, ASitesMenuBreadcrumbAndWidgetsAreNoTitle) {
  EXPECT_EQ("APOYO DE LA ARMADA A UNA EMBARCACIÓN | 034/2007 | México, D.F. | 2007-03-30",
            Header("| Contacto | Mapa del Sitio | Canal RSS | English |\n\nInicio - Sala de Prensa "
                   "- Comunicados de Prensa 2012\n\nComunicado de Prensa 034/2007\n\nAPOYO DE LA "
                   "ARMADA A UNA EMBARCACIÓN\n\nMéxico, D.F., 30 de marzo de 2007.- La Secretaría "
                   "de Marina informó.\n"));
  EXPECT_EQ("88 eventos presentados en el Festival de Octubre | - |  | -",
            Header("Home / ARTS & CULTURE / 88 eventos presentados en el Festival de Octubre\n\n88 "
                   "eventos presentados en el Festival de Octubre\n\nrueda-de-prensa-festival\n\n"
                   "El Instituto de Cultura anunció el festival. Habrá 88 eventos.\n"));
  // The weather, the site's date beside it and a date no bulletin writes are widgets.
  EXPECT_EQ("Entrega DIF Estatal apoyos invernales a familias | - |  | -",
            Header("17.8 C\nZacatecas\njueves, 16 mayo, 2024\nspot_img\n\nEntrega DIF Estatal "
                   "apoyos invernales a familias\n\nEl DIF Estatal continúa con la entrega.\n"));
  EXPECT_EQ(" | - | Ocoyoacac, Estado de México | -",
            Header("Sáb. Sep 7th, 2024\n\nOcoyoacac, Estado de México.- El gobernador pidió "
                   "continuar los proyectos. Luego entregó dos órdenes de pago.\n"));
  // One word under a dash is a section's label; a title follows it.
  EXPECT_EQ("Asegura Sedena 64 armas de fuego en Chiapas | - | Chiapas | -",
            Header("- Seguridad\nAsegura Sedena 64 armas de fuego en Chiapas\nChiapas.- La "
                   "Secretaría de la Defensa Nacional informó.\n"));
  EXPECT_TRUE(StructureOf("- Seguridad\nAsegura Sedena 64 armas de fuego en Chiapas\nChiapas.- "
                          "La Secretaría de la Defensa Nacional informó.\n")
                  .highlights.empty());
}

// A table's header row has the shape of a menu: below the story's start it stays text.
TEST(ReadStructure, ATablesRowsInTheStoryAreNoMenu) {
  const BulletinStructure structure = StructureOf(
      "Regreso a clases el 7 de enero\n\nLa Secretaría informó el regreso.\n\nLas "
      "escuelas abren el lunes.\n\nESCUELAS | ESTUDIANTES | DOCENTES |\n\n13,682 | "
      "1’727,548 | 77,049 |\n");
  ASSERT_EQ(4u, structure.body.size());
  EXPECT_EQ("ESCUELAS | ESTUDIANTES | DOCENTES |", structure.body[2]);
}

TEST(ReadStructure, AListsLeadInAndAnUpdateStampAreNoHighlights) {
  const BulletinStructure structure = StructureOf(
      "Suspenden el servicio de agua\n\nActualizado: 10 de septiembre de 2021\n\nCuernavaca, "
      "Morelos, 4 de mayo de 2021.- Derivado de la falta de agua, el SAPAC informa a la "
      "ciudadanía:\n\nQue la CFE suspendió el servicio en tres pozos.\n");
  EXPECT_TRUE(structure.highlights.empty());
  EXPECT_EQ("2021-05-04", structure.dateline_date.value_or("-"));
}

// Batch 23: a subtitle above the bullets; a byline with the post's date; an outlet's tag in the
// lead-in; a lead-in's box-drawing dash; a crawler's month alone.
TEST(ReadStructure, ASubtitleAboveBulletsABylinesDateAndAnOutletsLeadIn) {
  const BulletinStructure sedesol = StructureOf(
      "Será permanente la inscripción al Programa\n\nLas ventanillas recibirán a interesados\n\n"
      "  • Deben presentar comprobante de domicilio\n\nAnte la demanda, el Secretario instruyó "
      "a las delegaciones. La atención sigue.\n");
  EXPECT_EQ((std::vector<std::string>{"Las ventanillas recibirán a interesados",
                                      "Deben presentar comprobante de domicilio"}),
            sedesol.highlights);
  const std::string gaceta =
      "Alumnos recibirán útiles gratis en México\n\nPor La Gaceta.me 06 Agosto 2018\n\nSerán "
      "entregados al inicio del ciclo escolar\n\nMéxico (La Gaceta.me).- Más de tres millones "
      "de niños recibirán útiles. Se entregarán en agosto.\n";
  EXPECT_EQ("Alumnos recibirán útiles gratis en México | - | México | 2018-08-06", Header(gaceta));
  EXPECT_EQ(std::vector<std::string>{"Serán entregados al inicio del ciclo escolar"},
            StructureOf(gaceta).highlights);
  EXPECT_EQ("Inicia Sagarpa censo en programa Procampo | - | YUCATÁN, MÉXICO | -",
            Header("Inicia Sagarpa censo en programa Procampo\n\nYUCATÁN, MÉXICO.─ La "
                   "delegación inició un censo.\n"));
  // The section's label in capitals before the byline, the outlet's name glued to the date:
  // neither is the title.
  EXPECT_EQ(
      "Presidente Orsi recibió a Madres y Familiares de Uruguayos | - |  | 2025-04-22",
      Header("NACIONALES Por: Infopaís22/04/2025\n\nPresidente Orsi recibió a Madres y "
             "Familiares de Uruguayos\n\nEl presidente recibió este lunes 21 a las madres.\n"));
  EXPECT_EQ("Suman 122 municipios con Leyes de Ingresos | - |  | -",
            Header(" date 2022-01 Suman 122 municipios con Leyes de Ingresos\n\nEl Congreso "
                   "aprobó las leyes.\n"));
}

// Batch 24: a section's label above a title that ends with its period.
TEST(ReadStructure, ASectionsLabelAboveAOneSentenceTitle) {
  EXPECT_EQ(
      "Día del Politécnico; IPN celebra su 84 aniversario. | - | Ciudad de México | "
      "2020-05-21",
      Header("Noticias Generales\n\nDía del Politécnico; IPN celebra su 84 aniversario.\n\n"
             "Ciudad de México, 21 de mayo del 2020.- El Instituto celebra su aniversario. "
             "El director dio un mensaje.\n"));
}

// Batch 24: INEGI's header line, the date before the place and the page's label after them.
TEST(ReadStructure, INEGIsHeaderLineWithThePagesLabel) {
  EXPECT_EQ(" | 258/17 | AGUASCALIENTES, AGS. | 2017-06-08",
            Header("COMUNICADO DE PRENSA NÚM. 258/17 8 DE JUNIO DE 2017 AGUASCALIENTES, AGS. "
                   "PÁGINA 1/2\n\nEl Instituto informa que durante mayo el índice subió. Fue "
                   "mayor.\n"));
  // A PDF's text flattened to one line, its page's number first (batch 55): the text after
  // the label goes on.
  const std::string flattened =
      "CUENTA SATÉLITE DE LA CULTURA\n\n1 COMUNICADO DE PRENSA NÚM. 274/17 30 DE JUNIO DE 2017 "
      "AGUASCALIENTES, AGS. PÁGINA 1/2 El Instituto presenta la Cuenta Satélite de la Cultura.\n";
  EXPECT_EQ("CUENTA SATÉLITE DE LA CULTURA | 274/17 | AGUASCALIENTES, AGS. | 2017-06-30",
            Header(flattened));
  const BulletinStructure structure = StructureOf(flattened);
  ASSERT_FALSE(structure.body.empty());
  EXPECT_EQ("El Instituto presenta la Cuenta Satélite de la Cultura.", structure.body.front());
}

TEST(ReadStructure, ACrawlersDateAheadOfThePageIsThePagesDate) {
  EXPECT_EQ(
      "Acciones coordinadas ante bajas temperaturas | - | Saltillo, Coahuila de Zaragoza | "
      "2025-12-29",
      Header(" date 2025-12-31 Acciones coordinadas ante bajas temperaturas\n\nSaltillo, "
             "Coahuila de Zaragoza; 29 de diciembre de 2025.- La Secretaría informó.\n"));
  EXPECT_EQ("Aprueba el Consejo informes | - |  | 2025-08-30",
            Header(" date 2025-08-30 agosto 30, 2025\n\nAprueba el Consejo informes\n\nEl "
                   "Consejo General llevó a cabo la sesión.\n"));
}

TEST(ReadStructure, APagesLabelledDateIsNoTitle) {
  EXPECT_EQ(" | 096/2024 | Guadalajara, Jalisco | 2024-08-28",
            Header("Fecha: agosto 28, 2024\nGuadalajara, Jalisco a 28 de agosto de 2024\n"
                   "DCS/boletín informativo 096/2024\nEl Consejo General llevó a cabo la octava "
                   "sesión ordinaria.\n"));
  EXPECT_EQ("Aprueba el Consejo informes | - |  | 2024-08-28",
            Header("Fecha: 28 de agosto de 2024\n\nAprueba el Consejo informes\n\nEl Consejo "
                   "General llevó a cabo la octava sesión ordinaria.\n"));
  // Its hour after a dash, and the update's stamp beside it.
  EXPECT_EQ("Cabildo del municipio B | - |  | 2024-04-27",
            Header("Publicado: 27.04.2024 - 15:46 | Última actualización: 29.04.2024 - 13:57\n\n"
                   "Cabildo del municipio B\n\nLa Intendencia presentó las acciones realizadas "
                   "en el municipio B.\n"));
}

TEST(ReadStructure, TheTitleAboveALabelAndOneSentenceAboveTheDateline) {
  EXPECT_EQ("Gobierno Regional ejecutará obras en Caravelí | - |  | 2023-03-23",
            Header("Gobierno Regional ejecutará obras en Caravelí\n\nNota de prensa\n\n23 de "
                   "marzo de 2023\n\nEl gobernador regional llegó hasta el distrito de Chala.\n"));
  EXPECT_EQ(
      "El dengue se ha convertido en una preocupación mundial. | - | México, Distrito "
      "Federal | 2008-01-18",
      Header("El dengue se ha convertido en una preocupación mundial.\n\nMéxico, Distrito "
             "Federal\nViernes 18 de Enero de 2008.\n\nEl dengue representa una "
             "preocupación mundial, afirmó el Secretario de Salud.\n"));
}

TEST(ReadStructure, ReadsANumberAndADatelineOnOneLine) {
  EXPECT_EQ("Inicia la SEP el registro a becas | 123 | Ciudad de México | 2021-05-03",
            Header("Boletín No. 123, Ciudad de México, 3 de mayo de 2021\n\n"
                   "Inicia la SEP el registro a becas\n\nLa SEP informó.\n"));
}

TEST(ReadStructure, TakesTheNumberThatOpensTheStory) {
  EXPECT_EQ("Reforma aprobada | 2606 | Palacio Legislativo de San Lázaro | 2025-10-27",
            Header("Reforma aprobada\n\nPalacio Legislativo de San Lázaro, a 27 de octubre de "
                   "2025. Comunicado N.° 2606.- La directora informó que la reforma avanza.\n"));
}

TEST(ReadStructure, LeavesLetterheadsOutOfTheTitle) {
  EXPECT_EQ("CFE, pilar estratégico de la soberanía nacional | - | Ciudad de México | 2024-03-18",
            Header("Comisión Federal de Electricidad\n\nCoordinación de Comunicación Corporativa"
                   "\n\nCiudad de México, 18 de marzo de 2024\n\nCFE, pilar estratégico de la "
                   "soberanía nacional\n\n• Se garantiza el abasto.\n\nLa CFE informó.\n"));
  // A title that opens with an office's name stays the title.
  EXPECT_EQ(
      "Secretaría de Salud informa sobre el dengue | - |  | -",
      Header("Secretaría de Salud informa sobre el dengue\n\n• Hay 300 casos.\n\nEl texto.\n"));
}

TEST(ReadStructure, ReadsAPlaceOnALineOfItsOwnAndSkipsTheTime) {
  EXPECT_EQ("Lluvias intensas en el país | 449-15 | México, D.F. | 2015-07-07",
            Header("Comunicado de Prensa No. 449-15\nMéxico, D.F., julio 07 de 2015\n19:00 h."
                   "\n\nLluvias intensas en el país\n\nEl SMN pronosticó lluvias.\n"));
  EXPECT_EQ("Meta de PUMAGUA | UNAM-DGCS-536 | Ciudad Universitaria | 2022-07-06",
            Header("Boletín UNAM-DGCS-536\nCiudad Universitaria.\n10:00 hs. 6 de julio de 2022"
                   "\n\nMeta de PUMAGUA\n\nLa UNAM informó.\n"));
  EXPECT_EQ("Índice de precios | 258/17 | AGUASCALIENTES, AGS. | 2017-06-08",
            Header("COMUNICADO DE PRENSA NÚM. 258/17\n8 DE JUNIO DE 2017\nAGUASCALIENTES, AGS."
                   "\n\nÍndice de precios\n\nEl INEGI informa.\n"));
  // An office's name beside the date is who speaks, not where.
  EXPECT_EQ("Aplica Salud 11 millones de vacunas | - |  | 2021-04-14",
            Header("Secretaría de Salud\n\n14 de abril de 2021\n\nAplica Salud 11 millones "
                   "de vacunas\n\nEl texto.\n"));
}

TEST(ReadStructure, TakesThePlaceFromALaterDatelineOfTheSameDate) {
  EXPECT_EQ("Presenta el IMSS un plan | - | Ciudad de México | 2024-08-13",
            Header("Presenta el IMSS un plan\n\n13 de agosto de 2024\n\nCiudad de México, a 13 "
                   "de agosto de 2024.- Con el objetivo de consolidar la atención, el IMSS "
                   "presentó un plan.\n"));
  // Of another date, the dateline with its place is the bulletin's; the first, the page's.
  EXPECT_EQ("Presenta el IMSS un plan | - | Ciudad de México | 2024-08-02",
            Header("Presenta el IMSS un plan\n\n13 de agosto de 2024\n\nCiudad de México, a 2 "
                   "de agosto de 2024.- El IMSS presentó un plan.\n"));
}

TEST(ReadStructure, ReadsThePlaceOfAStoryWithoutADate) {
  ParsedDocument document;
  document.blocks = blocks_from_text(
      "Despliega la Marina buques en el Golfo\n\nCiudad de México.- La Secretaría de Marina "
      "informó que desplegó tres buques.\n",
      /*markdown=*/false);
  const BulletinStructure structure = read_structure(document);
  EXPECT_EQ("Ciudad de México", structure.place);
  EXPECT_FALSE(structure.dateline_date);
  EXPECT_EQ((std::vector<std::string>{"La Secretaría de Marina informó que desplegó tres buques."}),
            structure.body);
}

TEST(ReadStructure, TakesLongTitlesAndLeavesMoreLetterheadsOut) {
  const std::string title =
      "La Primera Sala determina que las autoridades deben garantizar el acceso a la justicia de "
      "las personas adultas mayores que reclaman el pago de sus pensiones, con base en las "
      "obligaciones internacionales del Estado mexicano y en la interpretación conforme de los "
      "derechos humanos reconocidos en la Constitución: Primera Sala";
  ASSERT_GT(title.size(), 320u);
  EXPECT_EQ(title + " | 45/2022 |  | -", Header("No. 45/2022\n\n" + title + "\n\nEl texto.\n"));
  EXPECT_EQ("Investigadores de la BUAP desarrollan un biofiltro | BUAP-C-087/2020 |  | -",
            Header("Benemérita Universidad Autónoma de Puebla\n\nBoletín BUAP-C-087/2020\n\n"
                   "Investigadores de la BUAP desarrollan un biofiltro\n\nEl texto.\n"));
}

TEST(ReadStructure, KeepsTheStoryThatFollowsTheDateline) {
  ParsedDocument document;
  document.blocks = blocks_from_text(
      "Inaugura el IMSS una clínica en Mérida\n\n"
      "Mérida, Yuc., 4 de marzo de 2019.- La delegación inauguró una clínica.\n\n"
      "El director asistió.\n",
      /*markdown=*/false);
  const BulletinStructure structure = read_structure(document);
  EXPECT_EQ("Mérida, Yuc.", structure.place);
  EXPECT_EQ("2019-03-04", structure.dateline_date.value_or("-"));
  EXPECT_EQ(
      (std::vector<std::string>{"La delegación inauguró una clínica.", "El director asistió."}),
      structure.body);
}

// A share bar's line under the story ends it: the site's teasers after it are none of the
// bulletin, and the dateline above it signs the story off.
TEST(ReadStructure, AShareLineUnderTheStoryEndsIt) {
  std::string text = "Llega lote de vacunas\n\n";
  for (int i = 1; i <= 10; ++i) text += "Párrafo " + std::to_string(i) + " del boletín.\n\n";
  const BulletinStructure structure =
      StructureOf(text +
                  "Asunción, 13 de septiembre de 2021\n\nCompartir esta noticia\n\nEl "
                  "ministro entregó un informe a la embajada.\n\nVer MásEn el marco de la "
                  "celebración, el presidente recibió a los cónsules.\n");
  EXPECT_EQ("2021-09-13", structure.dateline_date.value_or("-"));
  EXPECT_EQ("Asunción", structure.place);
  ASSERT_FALSE(structure.body.empty());
  EXPECT_EQ("Párrafo 10 del boletín.", structure.body.back());
}

TEST(ReadStructure, ReadsADatelineThatSignsTheBulletinOff) {
  std::string text = "Inicia la SEP el registro a becas\n\n";
  for (int i = 1; i <= 14; ++i) text += "Párrafo " + std::to_string(i) + " del boletín.\n\n";
  EXPECT_EQ("Inicia la SEP el registro a becas | - | Ciudad de México | 2021-05-03",
            Header(text + "Ciudad de México, a 3 de mayo de 2021.\n\nAtentamente\n"));
  // Only at the very end, and only a dateline alone.
  EXPECT_EQ("Inicia la SEP el registro a becas | - |  | -",
            Header(text + "Ciudad de México, a 3 de mayo de 2021.\n\nUno.\n\nDos.\n\nTres.\n"));
}

TEST(ReadStructure, TakesHighlightsPrintedWithoutBullets) {
  // Between the title and a dateline that opens the story.
  EXPECT_EQ("Torruco informó que crecieron 12 por ciento || El secretario habló.",
            HighlightsAndStory("Turismo deja divisas\n\nTorruco informó que crecieron 12 por "
                               "ciento\n\nCiudad de México, 13 de junio de 2022.- El secretario "
                               "habló.\n\nOtro párrafo.\n"));
  EXPECT_EQ(
      "Torruco informó que el ingreso de divisas creció 12 por ciento de enero a abril || "
      "El secretario habló.",
      HighlightsAndStory("Turismo internacional deja a México divisas\n\nTorruco informó que "
                         "el ingreso de divisas creció 12 por ciento de enero a abril\n\n"
                         "Ciudad de México, 13 de junio de 2022.- El secretario habló.\n"));
  // Unfinished lines under a dateline of their own, before the story.
  EXPECT_EQ("La oferta incluye tamales; Habrá 36 tortillerías || La Jefa de Gobierno inauguró.",
            HighlightsAndStory("Inaugura la Feria del Maíz\n\nCiudad de México, 26 de septiembre "
                               "de 2025\n\nLa oferta incluye tamales\n\nHabrá 36 tortillerías\n\n"
                               "La Jefa de Gobierno inauguró.\n\nOtro párrafo.\n"));
  // The story's own paragraphs before a dateline alone, which signs the bulletin off.
  EXPECT_EQ(" || La SEP informó que el registro inicia hoy.",
            HighlightsAndStory("Inicia la SEP el registro\n\nLa SEP informó que el registro "
                               "inicia hoy.\n\nEstará abierto un mes.\n\nCiudad de México, a 3 "
                               "de mayo de 2021.\n"));
}

TEST(ReadStructure, TakesTheSubtitleUnderTheTitleAsAHighlight) {
  EXPECT_EQ("La obra beneficiará a la Costa || Con una inversión de 480 millones se entregó.",
            HighlightsAndStory("Entrega Gobierno de Oaxaca un hospital\n\nLa obra beneficiará a la "
                               "Costa\n\nCon una inversión de 480 millones se entregó.\n"));
}

TEST(ReadStructure, LeavesTheLastLineOfALetterheadOut) {
  EXPECT_EQ("Piden redoblar esfuerzos en comisiones | 1035 | Ciudad de México | 2020-02-13",
            Header("Senado de la República\n\nLXIV Legislatura\n\nBoletín-1035\n\nCiudad de "
                   "México, a 13 de febrero de 2020\n\nPiden redoblar esfuerzos en comisiones\n\n"
                   "El Senado sesionó.\n"));
}

TEST(ReadStructure, PrefersTheDatelineWithAPlaceToThePagesDate) {
  EXPECT_EQ("Ejército Mexicano localiza un túnel en Tijuana, B.C. | - | Tijuana, B.C. | 2011-08-12",
            Header("13 de agosto de 2011\n\nEjército Mexicano localiza un túnel en Tijuana, "
                   "B.C.\n\nTijuana, B.C., a 12 agosto de 2011.- La Secretaría informa.\n"));
  EXPECT_EQ("Más turismo para el Mezquital | - | Durango, Durango | 2025-05-03",
            Header("sábado 3, mayo, 2025\n\nMás turismo para el Mezquital\n\nDurango, Durango.- "
                   "Con el objetivo de impulsar el turismo se construyó.\n"));
}

TEST(ReadStructure, LeavesSectionLabelsAboveTheTitleOut) {
  EXPECT_EQ(
      "Arranca Rubén Rocha trabajos de nuevo malecón en Badiraguato | - | Badiraguato, "
      "Sinaloa | 2023-04-14",
      Header("Noticias Estatales\n\nArranca Rubén Rocha trabajos de nuevo malecón en "
             "Badiraguato\n\n"
             "Badiraguato, Sinaloa, a 14 de abril de 2023.- El gobernador inauguró.\n"));
  EXPECT_EQ("EL IFT PRESENTA EL MONITOREO DE LA DISCAPACIDAD | - | Ciudad de México | 2021-11-16",
            Header("Atajo de Navegación:\n\nCiudad de México, a 16 de noviembre de 2021.\n\nEL IFT "
                   "PRESENTA EL MONITOREO DE LA DISCAPACIDAD\n\nEl Instituto presentó el "
                   "monitoreo.\n"));
  EXPECT_EQ(
      "Recuperan vehículos y detienen a tres personas en Manzanillo | - |  | 2025-11-05",
      Header("Carrusel Img\n\nGOB\n\nmiércoles, 5 de noviembre de 2025\n\nRecuperan "
             "vehículos y detienen a tres personas en Manzanillo\n\nLa Dirección informó.\n"));
  // A short title stays the title above its subtitle, under a letterhead too.
  EXPECT_EQ("Reabre el Museo de Arte Moderno | - | Ciudad de México | 2023-05-03",
            Header("Reabre el Museo de Arte Moderno\n\nTras dos años de remodelación, el recinto "
                   "presenta una nueva museografía\n\nCiudad de México, 3 de mayo de 2023.- El "
                   "museo abrió.\n"));
  EXPECT_EQ("Inaugura Durazo hospital | - |  | -",
            Header("GOBIERNO DEL ESTADO DE SONORA\n\nInaugura Durazo hospital\n\nCon una "
                   "inversión de 300 millones se beneficiará a 50 mil habitantes\n\nEl gobernador "
                   "inauguró.\n"));
  EXPECT_EQ("REABRE EL MUSEO DE ARTE | - |  | -",
            Header("REABRE EL MUSEO DE ARTE\n\nTras dos años de remodelación, el recinto presenta "
                   "una nueva museografía\n\nEl museo abrió.\n"));
  // A short title above the story stays the title.
  EXPECT_EQ(
      "Anuncio de Política Monetaria | - |  | -",
      Header("Anuncio de Política Monetaria\n\nLa Junta de Gobierno decidió bajar la tasa.\n"));
}

// Batch 34: a headline in capitals that an asterisk made a bullet, over an agency's tag.
TEST(ReadStructure, AStarredHeadlineInCapitalsAloneIsTheTitle) {
  const std::string page =
      "martes, 3 de febrero de 2009\n\nBOLETIN INFORMATIVO\n\n*EN PROCESO DE ELECCIÓN INTERNA EN "
      "EL CEN DEL PRI\n\nPor: Angélica Beltrán\n\n(AGENCIA NOTISIFA).-\n\nEn reunión en el CEN del "
      "PRI, la dirigente deseó suerte a los precandidatos.\n";
  EXPECT_EQ("EN PROCESO DE ELECCIÓN INTERNA EN EL CEN DEL PRI | - |  | 2009-02-03", Header(page));
  EXPECT_EQ(" || En reunión en el CEN del PRI, la dirigente deseó suerte a los precandidatos.",
            HighlightsAndStory(page));
  // Among other bullets, it is a highlight still.
  EXPECT_EQ(
      "EN PROCESO DE ELECCIÓN INTERNA EN EL CEN; SE REGISTRAN CINCO ASPIRANTES || En "
      "reunión, la dirigente habló.",
      HighlightsAndStory("* EN PROCESO DE ELECCIÓN INTERNA EN EL CEN\n* SE REGISTRAN CINCO "
                         "ASPIRANTES\n\nEn reunión, la dirigente habló.\n"));
}

TEST(ReadStructure, LeavesWebPagesFurnitureOut) {
  EXPECT_EQ("Román Meyer anuncia proyectos en Morelia | - | Morelia, Michoacán | 2019-04-06",
            Header("Category: NOTAS\n\nMenú\n\nComunicados\n\nDescargar\n\nPor: Redacción\n\n"
                   "Fotografía: Ana Ruiz\n\nRomán "
                   "Meyer anuncia proyectos en Morelia\n\n"
                   "Morelia, Michoacán 6 de abril 2019.- El titular habló.\n"));
  // A blog's ticker of other posts' headlines above the post, whose byline names its title.
  const std::string ticker =
      "4\n\nJul,2025\n\nviernes\n\nINCINERAN MÁS DE 33 KILOGRAMOS DE MARIHUANA\n\nRECONOCEN A "
      "ZACATECAS EN ESTRATEGIA DE SEGURIDAD\n\nPEPE SALDÍVAR GESTIONA CERTEZA JURÍDICA\n\nAlcaldes "
      "de Loreto y Villa García trabajan por la seguridad\n\nTransportistas bloquean la carretera "
      "federal 45\n\nEXPLOSIÓN POR ACUMULACIÓN DE GAS ARROJA CUATRO LESIONADOS\n\nArchivos de la "
      "categoría ‘Local’\n\nPROMUEVEN INMUZA E IEMAZ EL CUIDADO DE LA FLORA\n\nPublicado por "
      "ZACATECASWEBNEWS en noviembre - 6 - 2012 Comentarios desactivados en PROMUEVEN INMUZA E "
      "IEMAZ EL CUIDADO DE LA FLORA\n\nGuadalupe, Zac.- El INMUZA realizó el Congreso.\n";
  EXPECT_EQ("PROMUEVEN INMUZA E IEMAZ EL CUIDADO DE LA FLORA | - | Guadalupe, Zac. | 2012-11-06",
            Header(ticker));
  // A ticker longer than the header's ten blocks, and the number line under the byline.
  std::string long_ticker;
  for (int k = 1; k <= 14; ++k) {
    long_ticker += "TITULAR NÚMERO " + std::to_string(k) + " DE OTRA NOTA DEL SITIO\n\n";
  }
  long_ticker +=
      "PROMUEVEN INMUZA E IEMAZ EL CUIDADO DE LA FLORA\n\nPublicado por ZACATECASWEBNEWS en "
      "noviembre - 6 - 2012 Comentarios desactivados en PROMUEVEN INMUZA E IEMAZ EL CUIDADO DE "
      "LA FLORA\n\nBoletín No. 045\n\nGuadalupe, Zac.- El INMUZA realizó el Congreso.\n";
  EXPECT_EQ("PROMUEVEN INMUZA E IEMAZ EL CUIDADO DE LA FLORA | 045 | Guadalupe, Zac. | 2012-11-06",
            Header(long_ticker));
  EXPECT_EQ(" || El INMUZA realizó el Congreso.", HighlightsAndStory(ticker));
  // A blog's date above the bulletin's number, place and date, each on its own line.
  EXPECT_EQ(" | 028/2015 | México, D.F. | 2015-03-19",
            Header("domingo, 22 de marzo de 2015\n\nComunicado de Prensa 028/2015\nMéxico, D.F.\n"
                   "19 de marzo de 2015\n\nLa Secretaría de Marina informa que evacuó a 15 "
                   "personas.\n"));
  // A site's notice, a syndication service's header, a template's banner and logo.
  EXPECT_EQ("Confirma Salud Sonora mil 311 casos | - |  | -",
            Header("Actualmente estamos en proceso de migración al nuevo Portal Sonora. Para ir "
                   "al nuevo sitio web, haz clic aquí\n\nConfirma Salud Sonora mil 311 casos\n\n"
                   "Este día la Secretaría de Salud confirmó los casos.\n"));
  // The syndication service's stamp dates the release.
  EXPECT_EQ("“Operativo Tabasco Seguro”: 103 detenidos | - |  | 2024-04-18",
            Header("04/18/2024 | Press release | Distributed by Public on 04/18/2024 18:35\n\n"
                   "“Operativo Tabasco Seguro”: 103 detenidos\n\nLas acciones siguen.\n"));
  // A menu of links above the title printed twice, and a date with the time to the second.
  EXPECT_EQ("Aplicarán 22 mil 317 vacunas en III SNS 2015 | - |  | 2015-10-13",
            Header("Inicio  http://twitter.com/leecolima   http://www.facebook.com/pages/leecolima/"
                   "  | Pad Noticias\nAplicarán 22 mil 317 vacunas en III SNS 2015\n\nAplicarán 22 "
                   "mil 317 vacunas en III SNS 2015\n\n13 de octubre de 2015 13:22:33 horas\n\n"
                   "La Secretaría puso en marcha la Semana Nacional de Salud.\n"));
  // A release's label with the office's acronym, above the deck and the story.
  EXPECT_EQ("El secretario habló de los mercados. || El secretario de Agricultura habló.",
            HighlightsAndStory("Refrendan Sader y la AMSDA trabajar a favor del campo\n\nBOLETÍN "
                               "DE PRENSA SADER.\n\nEl secretario habló de los mercados.\n\n"
                               "CIUDAD DE MÉXICO. El secretario de Agricultura habló.\n"));
  // A page's sharing buttons on one line.
  EXPECT_EQ(" | - |  | -", Header("Compartir ! tweet\n\nEl Instituto informa que las unidades "
                                  "abren antes.\n"));
  EXPECT_EQ("Evalúan obras | - |  | -",
            Header("Cabeza logo\n\nheader ads\n\nBanner principal (agosto 2012)\n\nEvalúan obras"
                   "\n\nLa presidenta recorrió las juntas auxiliares.\n"));
  // A blog's line of categories, whose date is the post's.
  EXPECT_EQ(" | - |  | 2018-11-30",
            Header("Categorías: Notas de prensa  —  Etiquetas: ,   —  Servicio de Comunicación  —"
                   "  30 noviembre 2018 16:14\n\nLa Corporación ha dado visto bueno definitivo al "
                   "proyecto.\n"));
  // A breadcrumb's label; "Publicado:" above the date; a picture's file name and caption.
  const std::string anep =
      "Usted está aquí\n\nANEP adoptó resolución en consonancia con MSP\n\nPublicado: \n"
      "15/06/2022\n\ncomunicado 2021 v2.jpg\n\nYum Balam, Isla Grande de Holbox\n\nEn Uruguay "
      "existe una transmisión comunitaria sostenida.\n";
  EXPECT_EQ("ANEP adoptó resolución en consonancia con MSP | - |  | 2022-06-15", Header(anep));
  EXPECT_EQ(" || En Uruguay existe una transmisión comunitaria sostenida.",
            HighlightsAndStory(anep));
  // A slider's buttons.
  EXPECT_EQ("Sequía podría aumentar en el país | - | Mérida, Yucatán | 2013-02-18",
            Header("Diapositiva anterior\nDiapositiva siguiente\n\nSequía podría aumentar en el "
                   "país\n\nMérida, Yucatán, a 18 de febrero de 2013.- La Conagua informó.\n"));
  // A blog's date above a wire's lead-in that gives its day and month only.
  EXPECT_EQ(" | - | San José | 2009-10-29",
            Header("viernes, 30 de octubre de 2009\n\nComunicado de prensa\n\nSan José, Jueves 29 "
                   "de Octubre. El Ministro de la Presidencia afirmó hoy que no.\n"));
  // A wire's lead-in with its date in short.
  EXPECT_EQ(
      "Para consolidar el Sistema Público de Salud | - | Caracas | 2017-01-12",
      Header("Para consolidar el Sistema Público de Salud\nCaracas, 12.01.17 (Cortesía Prensa "
             "MPPS).– Este jueves, la ministra sostuvo una reunión de trabajo.\nDurante el "
             "encuentro exhortó a los presentes.\n"));
  // Without a page's date, the story's own full date of that day and month.
  EXPECT_EQ(" | - | Bogotá | 2010-08-07",
            Header("Bogotá, 7 ago (SIG). Un llamado a la Unidad Nacional marcaron este sábado 7 "
                   "de agosto de 2010 la posesión del Presidente.\n"));
  // A blog theme's post meta with an empty date.
  EXPECT_EQ(
      "Aplica Gobierno de Nayarit medidas contra el coronavirus | - | Tepic, Nayarit | "
      "2020-03-18",
      Header("Imprimir\n\nAplica Gobierno de Nayarit medidas contra el coronavirus\n\non . "
             "Posted in Nayarit\n\nTepic, Nayarit; 18 de marzo de 2020.- El Gobernador "
             "visitó las radiodifusoras.\n"));
  // A photo's caption with its credit: no highlight, no story.
  EXPECT_EQ(
      " || El Senasica vigila 941 casos.",
      HighlightsAndStory("Vigilan 941 casos de gusano barrenador\n\nSenasica avanza hacia la "
                         "erradicación. Cortesía\n\nMéxico.- El Senasica vigila 941 casos.\n\n"
                         "La Procuraduría inmovilizó 756 bombas. Foto: Cortesía\n"));
  // Its credit between parentheses at its end: no title either.
  EXPECT_EQ("En Michoacán, suman 617 mil vacunas aplicadas a adultos mayores",
            StructureOf("La Secretaría de Salud de Michoacán llama a no bajar la guardia (Foto "
                        "gob.mx)\n\nEn Michoacán, suman 617 mil vacunas aplicadas a adultos "
                        "mayores\n\nMorelia, Michoacán.- La Secretaría de Salud informa que se "
                        "han aplicado 617 mil dosis.\n")
                .title);
  // A byline alone, with "Por" or a period: no title, no highlight.
  EXPECT_EQ(" | - | Cd. Victoria, Tamaulipas | -",
            Header("Por Redacción\n\nCd. Victoria, Tamaulipas.- La Procuraduría obtuvo auto de "
                   "formal prisión.\n"));
  EXPECT_EQ("MÁS DE 440 DETENIDOS EN AGOSTO | - | Hermosillo, Sonora | 2025-09-01",
            Header("MÁS DE 440 DETENIDOS EN AGOSTO\n\nCompartir\n\nRedacción.\n\nEn Hermosillo, "
                   "Sonora; 1 de septiembre de 2025.- La SSP detuvo a 447 personas.\n"));
  EXPECT_EQ(
      " || La SSP detuvo a 447 personas.",
      HighlightsAndStory("MÁS DE 440 DETENIDOS EN AGOSTO\n\nRedacción.\n\nEn Hermosillo, "
                         "Sonora; 1 de septiembre de 2025.- La SSP detuvo a 447 personas.\n"));
  EXPECT_EQ("ÍNDICE NACIONAL DE PRECIOS PRODUCTOR | 258/17 | AGUASCALIENTES, AGS. | 2017-06-08",
            Header("COMUNICADO DE PRENSA NÚM. 258/17\n8 DE JUNIO DE 2017\nAGUASCALIENTES, AGS.\n"
                   "Próxima publicación: 7 de julio\nÍNDICE NACIONAL DE PRECIOS PRODUCTOR\n"
                   "El INEGI informa que el índice subió.\n"));
}

TEST(ReadStructure, ScrapsAboveTheTitleLeaveTitleAndHighlightsInPlace) {
  const std::string page =
      "regresar\n\nEntregan el Premio Universitario a la Innovación Dental\n\n"
      "descarga para medios\n\n• Los universitarios fueron los galardonados\n\n"
      "El rector entregó el premio.\n";
  EXPECT_EQ("Entregan el Premio Universitario a la Innovación Dental | - |  | -", Header(page));
  EXPECT_EQ("Los universitarios fueron los galardonados || El rector entregó el premio.",
            HighlightsAndStory(page));
  EXPECT_EQ("Acuerdan gobernadores acciones de seguridad | - | Villahermosa, Tabasco | 2020-04-01",
            Header("Tabasco\n\nAcuerdan gobernadores acciones de seguridad\n\n"
                   "Villahermosa, Tabasco; 01 de abril de 2020.- El gobernador participó.\n"));
  // A news site's theme, in English, around a repost.
  const std::string repost =
      "Connect with us\n\nChihuahua\n\nEntrega Estado apoyos a familias migrantes\n\n"
      "Published\n\non\n\nPor: La Redacción.\n\nChihuahua, Chih., a 24 de enero del 2024.- "
      "La Secretaría entregó cobijas.\n\nLa funcionaria habló con las familias.\n\n"
      "Advertisement\n\nContinue Reading\n\nEl Estado abre un albergue en Juárez.\n";
  EXPECT_EQ("Entrega Estado apoyos a familias migrantes | - | Chihuahua, Chih. | 2024-01-24",
            Header(repost));
  EXPECT_EQ(" || La Secretaría entregó cobijas.", HighlightsAndStory(repost));
}

TEST(ReadStructure, ATitleInCapitalsMayEndInAPeriod) {
  EXPECT_EQ("PUESTOS DE TRABAJO AFILIADOS AL SEGURO SOCIAL. | - |  | -",
            Header("PUESTOS DE TRABAJO AFILIADOS AL SEGURO SOCIAL.\n\nAl 30 de noviembre se "
                   "tienen registrados 20 millones de puestos.\n"));
}

TEST(ReadStructure, SplitsATitleRunOnIntoItsDateline) {
  EXPECT_EQ(
      "Sesiona el Pleno de la Legislatura | - | Santiago de Querétaro, Qro. | 2019-11-28",
      Header("Sesiona el Pleno de la Legislatura. Santiago de Querétaro, Qro., 28 de "
             "noviembre de 2019.- En sesión de Pleno, los diputados aprobaron el dictamen.\n"));
  // An abbreviation's period ends no title.
  EXPECT_EQ(
      "Inaugura el gobernador la sede del DIF en Cd. Victoria | - | Cd. Victoria, Tam. | "
      "2019-11-28",
      Header("Inaugura el gobernador la sede del DIF en Cd. Victoria. Cd. Victoria, Tam., "
             "28 de noviembre de 2019.- El gobernador inauguró la sede.\n"));
  // A first sentence that no dateline follows stays in the story.
  EXPECT_EQ(" | - |  | -", Header("Sesiona el Pleno de la Legislatura. Los diputados aprobaron "
                                  "el dictamen el 28 de noviembre de 2019.\n"));
}

TEST(ReadStructure, SplitsAHighlightRunOnIntoTheDatelineUnderTheTitle) {
  const std::string page =
      "Emite COFEPRIS alerta por brote de Salmonella en duraznos\n\n"
      "La COFEPRIS ordenó inmovilizar los duraznos. Ciudad de México; 10 de septiembre de "
      "2020.- El pasado 4 de septiembre, la Comisión alertó a la Central de Abasto.\n";
  EXPECT_EQ(
      "Emite COFEPRIS alerta por brote de Salmonella en duraznos | - | Ciudad de México | "
      "2020-09-10",
      Header(page));
  EXPECT_EQ(
      "La COFEPRIS ordenó inmovilizar los duraznos. || El pasado 4 de septiembre, la Comisión "
      "alertó a la Central de Abasto.",
      HighlightsAndStory(page));
  // Sentences that mention a date further on stay in the story.
  EXPECT_EQ(
      " || La COFEPRIS ordenó inmovilizar los duraznos. El 10 de septiembre de 2020 se "
      "supo.",
      HighlightsAndStory("Emite COFEPRIS alerta por brote de Salmonella\n\nLa COFEPRIS "
                         "ordenó inmovilizar los duraznos. El 10 de septiembre de 2020 se "
                         "supo.\n"));
}

TEST(ReadStructure, LeavesASocialMenuAndATownOnlyDatelineOut) {
  const std::string page =
      "log in\n\nTwitter\nTwitter\nFacebook\nYoutube\nInstagram\nSoundcloud\nCentro\n"
      "Atencion ciudadano\nUp\n\nEn los próximos doce días entrarán en funcionamiento 130 "
      "nuevas camas de UCI en Antioquia\n\nBoletín de Prensa\n\nMedellín 30 de junio de 2020\n\n"
      "- Así lo informó este martes el gobernador.\n\n"
      "El gobernador encargado dijo este martes que se mejorará.\n";
  EXPECT_EQ(
      "En los próximos doce días entrarán en funcionamiento 130 nuevas camas de UCI en "
      "Antioquia | - | Medellín | 2020-06-30",
      Header(page));
  EXPECT_EQ(
      "Así lo informó este martes el gobernador. || El gobernador encargado dijo este "
      "martes que se mejorará.",
      HighlightsAndStory(page));
}

// A page that lost every line break: kicker, number, dateline, a title in capitals and the
// story on one line, and the next bulletin run on after it.
TEST(ReadStructure, SplitsTheHeaderOfABulletinThatLostItsLineBreaks) {
  const BulletinStructure structure = StructureOf(
      "Comunicados Suprema Corte de Justicia de la Nación Octubre 2012 No. 211/2012 México D.F., "
      "a 1 de octubre de 2012 MINISTRO PARDO REBOLLEDO, PRESIDENTE DE LA PRIMERA SALA PARA EL "
      "PERIODO 2012-2014 El Pleno de la Primera Sala eligió hoy a su Presidente. El Ministro fue "
      "elegido por cuatro votos. Comunicados Suprema Corte de Justicia de la Nación Octubre 2012 "
      "No. 212/2012 México D.F., a 3 de octubre de 2012 INTERESES USURARIOS EN MATERIA "
      "MERCANTIL Al resolver la Contradicción de Tesis, la Sala determinó.\n");
  EXPECT_EQ("MINISTRO PARDO REBOLLEDO, PRESIDENTE DE LA PRIMERA SALA PARA EL PERIODO 2012-2014",
            structure.title);
  EXPECT_EQ("211/2012", structure.number.value_or("-"));
  EXPECT_EQ("México D.F.", structure.place);
  EXPECT_EQ("2012-10-01", structure.dateline_date.value_or("-"));
  ASSERT_EQ(1u, structure.body.size());
  EXPECT_EQ(
      "El Pleno de la Primera Sala eligió hoy a su Presidente. El Ministro fue elegido por "
      "cuatro votos.",
      structure.body[0]);
  // Without a number, from the dateline that opens the line.
  EXPECT_EQ("NUEVAS CLÍNICAS EN EL NORTE DEL PAÍS | - | Ciudad de México | 2021-03-05",
            Header("Ciudad de México, 5 de marzo de 2021 NUEVAS CLÍNICAS EN EL NORTE DEL PAÍS "
                   "El Instituto inauguró hoy tres clínicas en Sonora y otras dos en Sinaloa, "
                   "con una inversión de 400 millones de pesos.\n"));
  // An agency's tag or a comma after the date: the lead-in is read as before.
  EXPECT_EQ("2018-11-15",
            DateOf("Ciudad de México a 15 de noviembre de 2018 (CONADE).-  El titular de la "
                   "Comisión pidió a los directores de los Institutos del Deporte del país que "
                   "trabajen de la mano con la próxima directora.\n"));
  const BulletinStructure comma = StructureOf(
      "Monterrey, Nuevo León, 25 de noviembre 2019, El subdirector de Cultura Física y el "
      "director general encabezaron la presentación oficial de los Nacionales.\n");
  EXPECT_EQ("Monterrey, Nuevo León", comma.place);
  ASSERT_FALSE(comma.body.empty());
  EXPECT_TRUE(comma.body[0].starts_with("El subdirector")) << comma.body[0];
}

// A title without a final stop above a dateline that opens the story; a letterhead whose
// "Honorable" is abbreviated; a web page's date above a dateline without a place.
TEST(ReadStructure, HeaderLinesThatRunOnOrLackAPlace) {
  EXPECT_EQ("Entrega Fausto pavimentación en Torreón Nuevo | - | MORELIA, Mich. | 2011-05-15",
            Header("Entrega Fausto pavimentación en Torreón Nuevo\nMORELIA, Mich., 15 de mayo de "
                   "2011.- Este domingo Torreón Nuevo se vistió de fiesta.\n"));
  EXPECT_EQ(
      "Concluye acreditación de diputadas y diputados electos | - | San Raymundo Jalpan, "
      "Oax. | 2016-11-09",
      Header("H. CONGRESO DEL ESTADO\n\nH. CONGRESO DEL ESTADO DE OAXACA / LXII "
             "LEGISLATURA\n\nConcluye acreditación de diputadas y diputados electos\n\n"
             "San Raymundo Jalpan, Oax., 09 de noviembre de 2016.- En apego a lo "
             "establecido por la Ley, los legisladores concluyeron el registro.\n"));
  EXPECT_EQ("ENTREGÓ EL PRESIDENTE MUNICIPAL APOYO ECONÓMICO | - |  | 2008-04-16",
            Header("22 abril 2008\n\nENTREGÓ EL PRESIDENTE MUNICIPAL APOYO ECONÓMICO\n\n"
                   "Por: Patricia C. Ponce.\n\n16 de Abril de 2008.- Las corporaciones de "
                   "emergencia recibieron el apoyo.\n"));
}

// A page that opens with notices: the title is the line right above the dateline.
TEST(ReadStructure, TheTitleRightAboveTheDatelineWhenThePageOpensWithSomethingElse) {
  const std::string notice =
      "El contenido de esta página será temporalmente modificado en atención a las "
      "disposiciones legales y normativas establecidas en el artículo 209.\n\n";
  const BulletinStructure structure =
      StructureOf(notice + ". . .\n\n" + notice + notice +
                  "Implementó SSP dispositivo en “Acatrina Fest 2021”\n\nAcapulco, Gro., 02 de "
                  "noviembre de 2021.- Para brindar seguridad, elementos de la Secretaría "
                  "implementaron un dispositivo vial.\n\nEl titular informó del dispositivo.\n");
  EXPECT_EQ("Implementó SSP dispositivo en “Acatrina Fest 2021”", structure.title);
  EXPECT_EQ("Acapulco, Gro.", structure.place);
  ASSERT_EQ(2u, structure.body.size());  // the notices are the page's
  EXPECT_TRUE(structure.body[0].starts_with("Para brindar seguridad")) << structure.body[0];
}

// A web page's header line of parts: number, byline, a dateline without its comma.
TEST(ReadStructure, AHeaderLineOfPartsGivesItsNumberAndDateline) {
  EXPECT_EQ(
      " | DCS/030/18 | Ciudad de México | 2018-05-22",
      Header("Boletín: DCS/030/18/ Publicado por: Dirección de Comunicación Social / Ciudad de "
             "México 22 de mayo de 2018\n\nLa comisionada informó que continúa sin recibir "
             "comunicación oficial.\n"));
}

// A table's cells parted by spaces: "No.:" and a date's label without "de"; an election's notice
// and the social networks' call above; the deck the story prints again under the header.
TEST(ReadStructure, AHeaderLinesCellsAndADeckTheStoryPrintsAgain) {
  const std::string congress =
      "Con fundamento en el artículo 209 de la Ley General de Instituciones y Procedimientos "
      "Electorales y con motivo del Proceso Electoral concurrente 2023-2024, el contenido de esta "
      "página ha sido modificado temporalmente.\nSíguenos en nuestras redes sociales ...\n"
      "Boletín de Prensa\nRegresa Legislatura 65 a periodo ordinario\nEl Congreso iniciará este "
      "sábado su periodo de sesiones.\nComunicado No.: 3483  Fecha publicación: jueves, 13 de "
      "enero de 2022\n\nEl Congreso iniciará este sábado su periodo de sesiones.\n\nLa sesión "
      "será solemne.\n";
  EXPECT_EQ("Regresa Legislatura 65 a periodo ordinario | 3483 |  | 2022-01-13", Header(congress));
  EXPECT_EQ(
      "El Congreso iniciará este sábado su periodo de sesiones. || El Congreso iniciará "
      "este sábado su periodo de sesiones.",
      HighlightsAndStory(congress));
  // A paragraph the story repeats with nothing between is no deck.
  EXPECT_EQ(" || La sesión será solemne.",
            HighlightsAndStory("Regresa Legislatura 65 a periodo ordinario\n\nLa sesión será "
                               "solemne.\n\nLa sesión será solemne.\n"));
}

// A news site's fields under the title, parted by slashes: its town, outlet and byline, then its
// stamp; the story's lead-in gives a month and year without the day.
TEST(ReadStructure, ANewsSitesSlashedFieldsUnderTheTitle) {
  EXPECT_EQ(
      "Consejo General del OPLE Veracruz aprueba la designación | - | Xalapa, Veracruz | "
      "2025-05-28",
      Header("28 de Mayo de 2025\nConsejo General del OPLE Veracruz aprueba la designación\n"
             "Xalapa: / Bitácora del Golfo / Redacción\nBitácora del Golfo / Redacción\n"
             "Xalapa / 2025-05-27\n\nXalapa, Veracruz, mayo de 2025.- El Consejo General "
             "aprobó la designación.\n"));
  // The office and its press address beside the date, the cells spaced wide; a news centre's
  // name and a label above.
  EXPECT_EQ(
      " | - |  | 2020-12-17",
      Header("Centro de Noticias\n\nCOMUNICADO\n\n17/12/2020   |   Tribunal Superior de "
             "Justicia   |   prensa@pjenl.gob.mx\n\nEl Poder Judicial del Estado informa a la "
             "sociedad.\n"));
  // A blog's author account is a byline.
  EXPECT_EQ("Sugiere Gobernador nombrar el tramo carretero | - | Colima | 2011-03-17",
            Header("Sugiere Gobernador nombrar el tramo carretero\n\nAdministrador Colimapm | "
                   "Colima | 17/03/2011\n\nEn el kilómetro 77 arrancó la obra.\n"));
  // Without a byline, an outlet's name is no header part.
  EXPECT_EQ(
      "Bitácora del Golfo | Nueva Sede | - |  | -",
      Header("Bitácora del Golfo | Nueva Sede\n\nEl Consejo General aprobó la designación.\n"));
}

// A one-sentence headline with its period that the story's lead says again at more length.
TEST(ReadStructure, ASentenceTitleTheStorysLeadSaysAgain) {
  EXPECT_EQ(
      "En Atoyac, gran inauguración de la Calle El Roble de la Colonia Lagunilla. | - |  | "
      "2012-01-11",
      Header("miércoles, 11 de enero de 2012\n\nEn Atoyac, gran inauguración de la Calle El "
             "Roble de la Colonia Lagunilla.\n\nEl H. Ayuntamiento que preside el Ing. "
             "Santiago Mollinedo llevó a cabo la inauguración de la Calle El Roble de la "
             "Colonia Lagunilla.\n"));
  // A sentence tied to one before it is no headline, though the dateline follows it.
  EXPECT_EQ(" | - | Lima | 2025-09-25",
            Header("De esta manera, el MIDAGRI trabaja a favor de los productores.\n\n(Lima, 25 "
                   "de setiembre de 2025). – Comprometidos con el agro, el Gobierno prioriza la "
                   "atención del sector.\n"));
  // A first sentence the story does not say again is the story's.
  EXPECT_EQ(" | - |  | 2012-01-11",
            Header("miércoles, 11 de enero de 2012\n\nEn Atoyac hubo una gran fiesta popular.\n\n"
                   "El H. Ayuntamiento que preside el Ing. Santiago Mollinedo llevó a cabo la "
                   "inauguración de la Calle El Roble de la Colonia Lagunilla.\n"));
}

// A section's one word above a headline printed twice, each copy with its period: the first
// copy is the title, the second leaves the highlights; the office's bullet stays one.
TEST(ReadStructure, ASectionsWordAboveAHeadlinePrintedTwice) {
  const BulletinStructure structure = StructureOf(
      "ALCALDÍAS\n\nEntregan obras de movilidad y servicios en colonia Cerro de la "
      "Campana.\n\nEntregan obras de movilidad y de servicios en la colonia Cerro de la "
      "Campana.\n\n• Son trabajos para mejorar la calidad de vida en el sector.\n\nComo parte "
      "del programa, el Gobierno de la ciudad entregó este lunes una nueva red de agua potable "
      "en la colonia Cerro de La Campana.\n\nEl alcalde acudió a inaugurar las obras.\n");
  EXPECT_EQ("Entregan obras de movilidad y servicios en colonia Cerro de la Campana.",
            structure.title);
  EXPECT_EQ(std::vector<std::string>{"Son trabajos para mejorar la calidad de vida en el sector."},
            structure.highlights);
}

// A photo's caption that names someone the headline names too is neither the title nor a
// highlight; nor is a byline between title and story.
TEST(ReadStructure, ANameCaptionOrABylineUnderTheTitle) {
  const std::string sct =
      "Cumplirá SCT con entregar un país mejor, dice Jorge Arganis Díaz-Leal en Hidalgo\n\nJorge "
      "Arganis Díaz-Leal\n\nMéxico.- El sector de la construcción será detonador de la "
      "economía.\n\nAcompañado por el subsecretario habló.\n";
  EXPECT_EQ(
      "Cumplirá SCT con entregar un país mejor, dice Jorge Arganis Díaz-Leal en Hidalgo | - "
      "| México | -",
      Header(sct));
  EXPECT_EQ(" || El sector de la construcción será detonador de la economía.",
            HighlightsAndStory(sct));
  EXPECT_EQ(" || El Centro celebró su aniversario.",
            HighlightsAndStory("Reconocen la excelencia científica del noroeste\n\nPor Susana "
                               "Paz\n\nEl Centro celebró su aniversario.\n"));
}

// A story that names its office as the kicker does is no next bulletin (review 3).
TEST(ReadStructure, AFlattenedStoryThatNamesItsOfficeKeepsItsText) {
  const BulletinStructure structure = StructureOf(
      "Secretaría de Salud del Estado de Sonora Boletín No. 123/2021 Hermosillo, Son., a 3 de "
      "marzo de 2021 REFUERZA SALUD VACUNACIÓN EN ESCUELAS La Secretaría de Salud del Estado de "
      "Sonora informó que se aplicaron 20 mil dosis en escuelas. La Secretaría de Salud del "
      "Estado de Sonora seguirá la campaña.\n");
  EXPECT_EQ("REFUERZA SALUD VACUNACIÓN EN ESCUELAS", structure.title);
  ASSERT_EQ(1u, structure.body.size());
  EXPECT_TRUE(structure.body[0].ends_with("seguirá la campaña.")) << structure.body[0];
}

// Header lines of parts are read only when every part is a number, a byline or a dateline, and
// a dateline without its comma needs a place of capitalised words (review 3).
TEST(ReadStructure, AHeaderLineOfPartsMustHoldOnlyHeaderParts) {
  EXPECT_EQ("Boletín 045/2021 | Inaugura Gobernador el Hospital General de Tepic",
            StructureOf("Boletín 045/2021 | Inaugura Gobernador el Hospital General de Tepic\n\n"
                        "El gobernador inauguró hoy el hospital.\n")
                .title);
  EXPECT_EQ("", StructureOf("Boletín 045 / Publicado el 22 de mayo de 2018\n\nInaugura el "
                            "gobernador el hospital\n\nEl gobernador inauguró hoy el hospital.\n")
                    .place);
}

// Above the dateline, only the page's furniture makes way for the title: a title that ends in
// a period stays in the text, and "H. Congreso aprueba…" is a title, not a letterhead.
TEST(ReadStructure, NoTitleAboveTheDatelineOverTheStorysOwnLines) {
  const BulletinStructure structure = StructureOf(
      "Inaugura Gobernador el Hospital General de Tepic.\n\nLa obra tuvo una "
      "inversión de 200 millones de pesos\n\nTepic, Nay., 3 de marzo de 2021.- El "
      "gobernador inauguró hoy el hospital.\n");
  // The title with its period is the title (a short sentence a few blocks above the dateline),
  // its subtitle a highlight; neither is lost as the page's furniture.
  EXPECT_EQ("Inaugura Gobernador el Hospital General de Tepic.", structure.title);
  EXPECT_EQ(std::vector<std::string>{"La obra tuvo una inversión de 200 millones de pesos"},
            structure.highlights);
  ASSERT_FALSE(structure.body.empty());
  EXPECT_EQ("El gobernador inauguró hoy el hospital.", structure.body[0]);
  EXPECT_EQ("H. Congreso aprueba la Ley de Ingresos 2022 del Estado",
            StructureOf("H. Congreso aprueba la Ley de Ingresos 2022 del Estado\n\nCon 25 votos "
                        "a favor se aprobó la ley para el ejercicio fiscal\n\nTepic, Nay., 3 de "
                        "diciembre de 2021.- El Pleno aprobó por unanimidad la ley.\n")
                .title);
}

// A page flattened from a PDF may print a date without its place right after the number, and
// its page label and office before the title; a line in capitals that opens with "A" is a
// subtitle of its own, not the title's next line (review 4).
TEST(ReadStructure, AFlattenedHeaderWithoutAPlaceAndTitlesInCapitals) {
  EXPECT_EQ("INAUGURA GOBERNADOR HOSPITAL GENERAL EN TAPACHULA",
            StructureOf("INAUGURA GOBERNADOR HOSPITAL GENERAL EN TAPACHULA\n\nA PARTIR DEL LUNES "
                        "ATENDERÁ A 300 MIL HABITANTES\n\nEl gobernador inauguró el hospital.\n")
                .title);
  // Only a communication office's name is furniture there, not an institution's.
  EXPECT_EQ("INSTITUTO MEXICANO DEL SEGURO SOCIAL OTORGA 300 MIL CONSULTAS | 12/21 |  | 2021-03-30",
            Header("COMUNICADO DE PRENSA NÚM. 12/21 30 DE MARZO DE 2021 INSTITUTO MEXICANO DEL "
                   "SEGURO SOCIAL OTORGA 300 MIL CONSULTAS El Instituto informó hoy las cifras "
                   "del trimestre.\n"));
  EXPECT_EQ(
      "CARACTERÍSTICAS DE LOS NACIMIENTOS REGISTRADOS EN MÉXICO DURANTE 2018 | 473/19 |  | "
      "2019-09-30",
      Header("21 COMUNICADO DE PRENSA NÚM. 473/19 30 DE SEPTIEMBRE DE 2019 PÁGINA 1/2 "
             "COMUNICACIÓN SOCIAL CARACTERÍSTICAS DE LOS NACIMIENTOS REGISTRADOS EN MÉXICO DURANTE "
             "2018 Los 2 162 535 nacimientos registrados presentan una disminución de 3.3%.\n"));
}

// A story whose first long sentence opens with the date of what it tells ("El 29 de noviembre
// de 2011 la Comisión de Cambios anunció…") has no dateline: "El" is no place, and the date is
// not the bulletin's.
TEST(ReadStructure, AFirstSentenceThatOpensWithADateIsNoDateline) {
  const BulletinStructure structure = StructureOf(
      "El 29 de noviembre de 2011 la Comisión de Cambios anunció el establecimiento de un "
      "mecanismo mediante el cual el Banco de México subasta a la venta diariamente 400 millones "
      "de dólares a un tipo de cambio mínimo dos por ciento superior.\n\nEsto es, la subasta "
      "genera asignaciones únicamente cuando las solicitudes lo superan.\n");
  EXPECT_EQ("", structure.place);
  EXPECT_FALSE(structure.dateline_date);
  ASSERT_EQ(2u, structure.body.size());
  EXPECT_TRUE(structure.body[0].starts_with("El 29 de noviembre de 2011 la Comisión"))
      << structure.body[0];
}

// Above the headline, a section's name with its words abbreviated, one of three words in
// sentence case, and a weather widget's label with its town are the page's, not the title.
TEST(ReadStructure, AbbreviatedAndSentenceCaseSectionsAndAWeatherLabelAreNoTitle) {
  EXPECT_EQ("Mejorar la atención a la población siempre será prioridad de este gobierno",
            StructureOf("Int. del Edo. Municipal\n\nMejorar la atención a la población siempre "
                        "será prioridad de este gobierno\n\nLa secretaria de Salud visitó el "
                        "hospital comunitario de Sabancuy.\n")
                .title);
  EXPECT_EQ("La comarca de Valdejalón invierte más de 350.000 euros del Fondo de Desarrollo",
            StructureOf("Territorio y comarcas\nLa comarca de Valdejalón invierte más de 350.000 "
                        "euros del Fondo de Desarrollo\nEl Consejero de Política Territorial ha "
                        "visitado los proyectos de inversión.\n")
                .title);
  EXPECT_EQ("Obras de mejora en Valdelagrana y Sudamérica por valor de 514.630 euros",
            StructureOf("El tiempo en: Ronda\n\nEl Puerto\n\nObras de mejora en Valdelagrana y "
                        "Sudamérica por valor de 514.630 euros\n\nEl alcalde anuncia que ya se "
                        "han aprobado los informes previos.\n")
                .title);
  // A news site's bar of the weather and the dollar's price.
  EXPECT_EQ("Mantiene Ayuntamiento de Hermosillo operativo ante altas temperaturas",
            StructureOf("CLIMA EN HERMOSILLO: 35 C.            Hermosillo, Sonora, México       "
                        "      DOLAR:12.68\n\nMantiene Ayuntamiento de Hermosillo operativo ante "
                        "altas temperaturas\n\nEl Ayuntamiento trabaja de manera permanente.\n")
                .title);
}

// Above the story, a date alone under the heading of a sidebar of teasers is its ticker's,
// not the bulletin's.
TEST(ReadStructure, ADateUnderASidebarsHeadingIsItsTickers) {
  EXPECT_EQ("Se reportan más de 56 mil visitantes | - |  | -",
            Header("Se reportan más de 56 mil visitantes\n\nÚltimas Noticias\n\nviernes, "
                   "abril 26, 2024\n\nLa Secretaría de Turismo informa que llegaron "
                   "visitantes.\n\nLa ocupación creció.\n"));
}

// A photo's caption with its outlet's credit opening the page is no title.
TEST(ReadStructure, ACaptionWithItsOutletsCreditIsNoTitle) {
  EXPECT_EQ("", StructureOf("Calderón destacó la labor de la Cruz Roja. (El Universal)\nAl "
                            "comenzar la Colecta Anual 2009 de la Cruz Roja, el presidente "
                            "convocó a la solidaridad.\nAcompañado de su esposa, depositó su "
                            "cooperación.\n")
                    .title);
}

// A headline that opens with an office's word and gives who said it after a colon is no
// letterhead, whatever line stands under it.
TEST(ReadStructure, AHeadlineWithItsSpeakerAfterAColonIsNoLetterhead) {
  EXPECT_EQ("Poder Judicial suspende labores: Rutilio Escandón",
            StructureOf("Poder Judicial suspende labores: Rutilio Escandón\n\nComunicado\n\n"
                        "Tuxtla Gutiérrez\n\nTras una sesión extraordinaria, el magistrado "
                        "presidente informó que se suspenden labores.\n")
                .title);
}

// A teaser cut with "[…]" under a headline in capitals that opens with an office's word is
// no title: the headline is.
TEST(ReadStructure, ATeaserCutWithBracketedEllipsisIsNoTitle) {
  EXPECT_EQ(
      "CONSEJO REGIONAL APRUEBA MÁS DE 680 MILLONES DE PESOS PARA 99 INICIATIVAS",
      StructureOf("CONSEJO REGIONAL APRUEBA MÁS DE 680 MILLONES DE PESOS PARA 99 INICIATIVAS\n\nEl "
                  "presidente del Consejo dijo que tenían 99 iniciativas, y el intendente "
                  "[\u2026]\n\nEl presidente del Consejo dijo que tenían 99 iniciativas, y el "
                  "intendente acogió la solicitud.\n")
          .title);
}

// A town and its state alone on the story's first line are its place, the story under them;
// a place beside a dateline stays the dateline's (LeavesWebPagesFurnitureOut).
TEST(ReadStructure, ATownAndItsStateAloneAboveTheStoryAreItsPlace) {
  const BulletinStructure structure = StructureOf(
      "Guadalajara, Jalisco.\nEn un comunicado la Universidad de Guadalajara expresó su rechazo "
      "a las amenazas del Gobernador.\nLos hechos ocurrieron en el Centro Universitario.\n");
  EXPECT_EQ("Guadalajara, Jalisco", structure.place);
  EXPECT_FALSE(structure.dateline_date);
  ASSERT_EQ(2u, structure.body.size());
  EXPECT_TRUE(structure.body[0].starts_with("En un comunicado")) << structure.body[0];
}

// A theme's list of the post's details, its byline and its date as bullets, is no highlight,
// and the title under it is found.
TEST(ReadStructure, APostsBylineAsABulletIsNoHighlight) {
  const BulletinStructure structure = StructureOf(
      "\u2022 Por admin\n  \u2022 11 marzo, 2020\n\nMinisterio de Salud reitera que Nicaragua no "
      "cuenta con casos de Coronavirus\n\nEste martes 10 de marzo el Ministerio de Salud informó "
      "al pueblo que no hay casos.\n\nEl Ministerio pidió no difundir noticias falsas.\n");
  EXPECT_EQ("Ministerio de Salud reitera que Nicaragua no cuenta con casos de Coronavirus",
            structure.title);
  EXPECT_TRUE(structure.highlights.empty());
  EXPECT_EQ("2020-03-11", structure.dateline_date.value_or("-"));
  const BulletinStructure stamped = StructureOf(
      "\u2022 Diario Digital | viernes, 26 de abril de 2024\n  \u2022 Actualizado "
      "13:28\n\nSocial\n\n"
      "Seguro Social entregará hospitales de Apopa y de San Miguel este año\n\nEl director del "
      "ISSS adelantó que este año se entregarán los dos nuevos hospitales.\n");
  EXPECT_EQ("Seguro Social entregará hospitales de Apopa y de San Miguel este año", stamped.title);
  EXPECT_TRUE(stamped.highlights.empty());
}

// The office's name alone on top is a letterhead, not a title, even with no title under it.
TEST(ReadStructure, AnOfficesNameAloneIsNoTitle) {
  const BulletinStructure structure = StructureOf(
      "Senado de la República\n\n• Los dictámenes se refieren a derechos humanos.\n\n"
      "La Comisión presentará 139 proyectos de dictamen.\n");
  EXPECT_EQ("", structure.title);
  EXPECT_EQ(std::vector<std::string>{"Senado de la República"}, structure.letterheads);
  EXPECT_EQ(std::vector<std::string>{"Los dictámenes se refieren a derechos humanos."},
            structure.highlights);
  EXPECT_EQ("Secretaría de Salud lanza la campaña de vacunación",
            StructureOf("Secretaría de Salud lanza la campaña de vacunación\n\nLa Secretaría "
                        "inició hoy la campaña.\n")
                .title);
  // Headlines in capitals or in Title Case that open with an office's name (review 4).
  for (const char* title : {"SECRETARÍA DE SALUD INICIA CAMPAÑA DE VACUNACIÓN CONTRA INFLUENZA",
                            "Universidad Autónoma de Nuevo León Gana Premio Nacional"}) {
    const BulletinStructure headline =
        StructureOf(std::string(title) + "\n\nLa institución informó hoy los detalles.\n");
    EXPECT_EQ(title, headline.title);
    EXPECT_TRUE(headline.letterheads.empty());
  }
}

// A news site's page: the weather, the section, the page's date glued to a theme's word, a
// sidebar's heading, advertising marks and the byline around the title and the bullets.
TEST(ReadStructure, LeavesANewsSitesFurnitureAroundTitleAndBulletsOut) {
  const std::string page =
      "17.8 C\n\nZacatecas\n\nJueves, 16 mayo, 2024 spot_img\n\nEntrega DIF Estatal apoyos "
      "invernales a familias de Trancoso\n\nMás Leídas\n\n- Publicidad -\n\nPor: REDACCIÓN "
      "•\n\n■ Distribuyeron cobijas y juguetes\n\n- Publicidad -\n\n■ Los sistemas municipales "
      "aportaron la mitad\n\nEl DIF Estatal continúa con la entrega de apoyos invernales.\n\n"
      // Paragraphs on lines of their own: the page's short lines are lines, not a wrapped one.
      "La presidenta honorífica del DIF Estatal encabezó los actos de entrega en los municipios "
      "junto con autoridades de los ayuntamientos y del DIF local, y destacó el esfuerzo.\n";
  EXPECT_EQ("Entrega DIF Estatal apoyos invernales a familias de Trancoso | - |  | -",
            Header(page));
  EXPECT_EQ(
      "Distribuyeron cobijas y juguetes; Los sistemas municipales aportaron la mitad || El DIF "
      "Estatal continúa con la entrega de apoyos invernales.",
      HighlightsAndStory(page));
}

// The title printed in capitals with the number glued on, then as written: the latter.
TEST(ReadStructure, ATitleInCapitalsWithItsNumberAndThenAsWritten) {
  const BulletinStructure structure = StructureOf(
      "032 – CONAPRED RESPONDE A LA FRACCIÓN DEL PRI EN EL SENADO\n\nConapred responde a la "
      "fracción del PRI en el Senado\n\nBoletín de prensa 032/2016\n\nCiudad de México, de 8 de "
      "agosto de 2016\n\nEn días pasados, la fracción exhortó al Consejo.\n");
  EXPECT_EQ("Conapred responde a la fracción del PRI en el Senado", structure.title);
  EXPECT_EQ("032/2016", structure.number.value_or("-"));
  EXPECT_EQ("Ciudad de México", structure.place);
  EXPECT_TRUE(structure.highlights.empty());
}

// An office's name with its state's, right above the dateline that opens the story, and a
// letterhead broken into one word a line: neither is a title.
TEST(ReadStructure, NeitherAnOfficeAboveTheDatelineNorOneWordIsATitle) {
  const BulletinStructure office = StructureOf(
      "Secretaría de Salud del Estado de Guanajuato\nCelaya; Guanajuato. 19 de octubre del "
      "2015.- El Hospital Materno de Celaya fue la sede estatal.\nEl secretario informó.\n");
  EXPECT_EQ("", office.title);
  EXPECT_EQ("Celaya; Guanajuato", office.place);
  const std::string page =
      "Comunicación\nSocial\n\nBoletín número 146\n\nToluca, Estado de México, 24 de mayo de "
      "2024\n\n  • Se realizaron dos encuentros.\n\nEl Instituto llevó a cabo los debates.\n";
  EXPECT_EQ(" | 146 | Toluca, Estado de México | 2024-05-24", Header(page));
  EXPECT_EQ("Se realizaron dos encuentros. || El Instituto llevó a cabo los debates.",
            HighlightsAndStory(page));
}

// A blog's page of releases dated without a place: the next one, under its own title, ends the
// first.
TEST(ReadStructure, ASecondBulletinDatedWithoutAPlaceEndsTheFirst) {
  const BulletinStructure structure = StructureOf(
      "22 abril 2008\n\nENTREGÓ EL PRESIDENTE MUNICIPAL APOYO A CORPORACIONES\n\nPor: Patricia C. "
      "Ponce.\n\n16 de Abril de 2008.- Las corporaciones recibieron el apoyo.\n\nEl alcalde pidió "
      "a los grupos de auxilio mantenerse alertas.\n\nEN SESIÓN DE CABILDO SE APRUEBA INCREMENTO "
      "DEL PRESUPUESTO\n\nPor: Patricia C. Ponce.\n\n15 de Abril de 2008.- En sesión ordinaria "
      "de cabildo se aprobó el presupuesto.\n");
  EXPECT_EQ("2008-04-16", structure.dateline_date.value_or("-"));
  EXPECT_EQ(
      (std::vector<std::string>{"Las corporaciones recibieron el apoyo.",
                                "El alcalde pidió a los grupos de auxilio mantenerse alertas."}),
      structure.body);
}

// Batch 24: a blog that prints the bulletin twice; the first copy's last paragraph, a list of
// those present ending in its period, stays its own, not the second copy's title.
TEST(ReadStructure, TheStorysLastParagraphIsNoTitleOfTheCopyBelow) {
  const BulletinStructure structure = StructureOf(
      "* En breve se liberarán los caminos afectados\n\nXalapa, Ver., 20 de septiembre de 2011.- "
      "Lograr la comunicación es el reto.\n\nEl funcionario explicó los trabajos.\n\n"
      "Presentes: Iván Juárez Dorantes, subdirector técnico; Antonio Valdés Vargas, subdirector "
      "de Construcción; Francisco López Castellanos, enlace administrativo; Gerardo García "
      "González, enlace del Fonden así como Mireya Guerra Cuevas, asistente jurídico.\n\n* En "
      "breve se liberarán los caminos afectados\n\nXalapa, Ver., 20 de septiembre de 2011.- "
      "Lograr la comunicación es el reto.\n");
  ASSERT_EQ(3u, structure.body.size());
  EXPECT_TRUE(structure.body[2].starts_with("Presentes: Iván Juárez Dorantes"));
}

TEST(ReadStructure, HighlightsUnderAScrapOrGluedToAHyphen) {
  EXPECT_EQ("Continúan las detenciones en las ocho regiones || El vocero presentó los avances.",
            HighlightsAndStory("Anuncio\n\n\u25AA\uFE0FContinúan las detenciones en las ocho "
                               "regiones\n\nChilpancingo, Gro., a 10 de noviembre del 2025.- El "
                               "vocero presentó los avances.\n"));
  EXPECT_EQ("El Fiscal General rindió cuentas del periodo. || El Fiscal presentó su informe.",
            HighlightsAndStory("Entrega el Fiscal General su tercer informe de resultados\n\n-El "
                               "Fiscal General rindió cuentas del periodo.\n\nOaxaca de Juárez, "
                               "Oax., 27 de octubre de 2020.- El Fiscal presentó su informe.\n"));
}

TEST(ReadStructure, ATitleThePagePrintsTwiceWithItsOwnWordsGluedOn) {
  const std::string glued_before =
      "Imagen de Seguiré cumpliendo hasta el final: LN 1\n\nSeguiré cumpliendo hasta el final: "
      "LN\n\nSeguiré cumpliendo hasta el final: LN\n\n• Atenderá el compromiso.\n\nEl "
      "Presidente Municipal anunció que se mantendrá al frente.\n";
  EXPECT_EQ("Seguiré cumpliendo hasta el final: LN | - |  | -", Header(glued_before));
  EXPECT_EQ(
      "Atenderá el compromiso. || El Presidente Municipal anunció que se mantendrá al "
      "frente.",
      HighlightsAndStory(glued_before));
  EXPECT_EQ("Asiste la alcaldesa a la instalación del Cabildo | - |  | -",
            Header("Asiste la alcaldesa a la instalación del Cabildo\nAlcaldías\n\nAsiste la "
                   "alcaldesa a la instalación del Cabildo\n\nLa edil habló.\n"));
}

// Batch 20, once the hour after a date was read: the page's stamp and the bulletin's date line
// say the same day; neither is a highlight.
TEST(ReadStructure, TheSameDateTwiceLeavesTheText) {
  const std::string text =
      "Aprueba LX Legislatura Cinco Concejos\n\nLunes, 15 Octubre 2018 05:53\n\n15 de octubre, "
      "2018\n\n\u2022 Tras la anulación el Congreso integra los concejos\n\nLuego de que el "
      "Tribunal remitiera los oficios, la Legislatura aprobó.\n";
  EXPECT_EQ("Aprueba LX Legislatura Cinco Concejos | - |  | 2018-10-15", Header(text));
  EXPECT_EQ(
      "Tras la anulación el Congreso integra los concejos || Luego de que el Tribunal remitiera "
      "los oficios, la Legislatura aprobó.",
      HighlightsAndStory(text));
}

TEST(ReadStructure, LeavesAPagesSkipLinkAndTitleLabelOut) {
  EXPECT_EQ("Resulta electo el nuevo Magistrado del Tribunal | - |  | -",
            Header("Skip to main content\n\nResulta electo el nuevo Magistrado del Tribunal\n\n"
                   "El pleno aprobó el dictamen.\n"));
  EXPECT_EQ("Potenciarán el área de las Comunicaciones del Senado | - |  | 2012-01-04",
            Header("Click acá para ir directamente al contenido\n\n  Potenciarán el área de las "
                   "Comunicaciones del Senado\n\n4 de enero de 2012\n\nEl senador habló.\n"));
  // A template's placeholder; a title about a content is no skip link.
  EXPECT_EQ("Miercoles de Comisarias: Alcalde | - |  | -",
            Header("Lorem ipsum dolor\n\nMiercoles de Comisarias: Alcalde\n\nEl alcalde "
                   "recorrió las comisarías.\n"));
  // A site's menu, one item per line (four at least), and the dateline it hid from the header.
  EXPECT_EQ(
      "Reprograman diputados reunión con comisionados | - | Palacio Legislativo | 2012-02-22",
      Header("Histórico Comunicación Social\n\nBoletines\n\nAgencia de Noticias\n\nMonitoreo "
             "de Medios\n\nEntrevistas\n\nGalerias\n\nPrensa Extranjera\n\nReprograman diputados "
             "reunión con comisionados\n\nPalacio Legislativo 22-02-2012 (Notilegis).- La "
             "Comisión suspendió la comparecencia.\n"));
  // A theme's menu in bullets, printed twice with its search box's messages between, and the
  // site's clock above: the dateline far below still dates the story.
  EXPECT_EQ("Atenderá IMSS las urgencias | - | Morelia, Michoacán | 2021-09-15",
            Header("miércoles, marzo 11, 2026\n\n• Inicio\n• Política\n• Municipios\n• "
                   "Estatales\n• Nacionales\n• Opinión\n\nNo hay resultados\n\nVer todos los "
                   "resultados\n\n• Inicio\n• Política\n• Municipios\n• Estatales\n• "
                   "Nacionales\n• Opinión\n\nCerrar X\n\nAtenderá IMSS las urgencias\n\nMorelia, "
                   "Michoacán a 15 de septiembre de 2021.- El IMSS informó que estará abierto.\n"));
  EXPECT_EQ("Entrega Gobernador obras | - | Xalapa, Ver. | 2014-07-16",
            Header("Entrega Gobernador obras\n\nXalapa, Ver., 16 de julio de 2014.- El Gobernador "
                   "entregó las obras.\n\nAsistieron\n\nFuncionarios\n\nVecinos\n\nAlumnos\n"));
  // Under a crawler's date, a place's lead-in with an outlet's tag: the rest of its line is the
  // story, no highlight.
  const std::string tagged =
      " date 2026-02-13 Publicidad\n\nOrganismo mantiene operativos en agua potable.\n\nCiudad "
      "Juárez, Chih. (ADN/Staff) – La Junta informó que atendió 4 mil 460 reportes.\n\nDe "
      "acuerdo con el organismo, hubo fugas.\n";
  EXPECT_EQ(
      "Organismo mantiene operativos en agua potable. | - | Ciudad Juárez, Chih. | 2026-02-13",
      Header(tagged));
  EXPECT_EQ(" || La Junta informó que atendió 4 mil 460 reportes.", HighlightsAndStory(tagged));
  // PGR's header line: the number, the place and a date without its year, parted by '/'.
  EXPECT_EQ(" | 1133a/10 | MÉXICO, D.F. | -",
            Header("BOLETIN 1133a/10/ MÉXICO, D.F./ JUE-30-SEP/\n\nEl procurador informó hoy que "
                   "se detuvo a diez personas.\n"));
  // A place's lead-in that ends its line: the story is the next block.
  EXPECT_EQ(
      "Denuncia el Defensor hostigamiento | - | Cochabamba | -",
      Header("Denuncia el Defensor hostigamiento\n\nCochabamba, junio 3 (UCOM/DPB). –\n\nTras "
             "el segundo día de hostigamiento, el Defensor habló.\n"));
  // A serial alone under the label, which the title joined; a byline's lead-in under a date.
  EXPECT_EQ("Arranca Gobernador Padrés rehabilitación de caminos | 111271 |  | -",
            Header("COMUNICADO DE PRENSA\n111271\nArranca Gobernador Padrés rehabilitación de "
                   "caminos\n\nSe rehabilitaron los caminos.\n"));
  EXPECT_EQ(" || 15000 Familias recibieron apoyos.",
            HighlightsAndStory("Entregan apoyos\n\nXalapa, Ver., 3 de mayo de 2020.- 15000 "
                               "Familias recibieron apoyos.\n"));
  EXPECT_EQ(" || A través de un comunicado, la CFE informó.",
            HighlightsAndStory("CFE restablece el suministro\n\n19 septiembre, 2022 7:22 pm\n\n"
                               "Redacción.-A través de un comunicado, la CFE informó.\n\n  \u2022 "
                               "Los afectados son el 8%.\n"));
  // A blog's stamp of a day without its year.
  EXPECT_EQ("Concluye Junta Universitaria con entrevista de aspirantes | - |  | -",
            Header("martes, marzo 31\n\nConcluye Junta Universitaria con entrevista de "
                   "aspirantes\n\nEn la última fase del proceso trabaja la Junta.\n"));
  // A page's counters.
  EXPECT_EQ(" || La toma fue detectada ayer.",
            HighlightsAndStory("Detecta Pemex fuga clandestina\n\n| | 215 lecturas | 0 "
                               "comentarios\n\n520 Vistas\n\nVisitas: 62,756\n\nLa toma fue "
                               "detectada ayer.\n"));
  // A breadcrumb that cut the title short.
  EXPECT_EQ("Alista IMSS Chiapas Plan de Mejora al Hospital No. 2 | - |  | -",
            Header("InicioSección PoliticaEstatalAlista IMSS Chiapas Plan de Mejora al Hospital "
                   "No....\n\nAlista IMSS Chiapas Plan de Mejora al Hospital No. 2\n\nEl titular "
                   "informó el arranque del plan.\n"));
  EXPECT_EQ("Proponen cambios al contenido | - |  | -",
            Header("Proponen cambios al contenido\n\nEl pleno aprobó el dictamen.\n"));
  EXPECT_EQ("SS|SESVER amplía fechas de la Gran Vacunatón | - | Xalapa, Ver. | 2024-06-13",
            Header("BOLETÍN | SS|SESVER amplía fechas de la Gran Vacunatón\n\nXalapa, Ver., 13 "
                   "de junio de 2024.- Bajo el lema de la campaña, se amplían las fechas.\n"));
  EXPECT_EQ(
      " | 27-2020 | Ciudad de México | 2020-03-24",
      Header("Comunicación Social\nINPI COMUNICADO 27- 2020\n\nCiudad de México, 24 de "
             "marzo de 2020.\n\nCon relación a las cartas públicas, el Instituto informa.\n"));
}

// The body paragraphs of a plain-text bulletin, " / "-separated.
std::string Story(std::string_view text) {
  std::string out;
  for (const std::string& paragraph : StructureOf(text).body) {
    out += (out.empty() ? "" : " / ") + paragraph;
  }
  return out;
}

TEST(ReadStructure, EndsTheStoryWhereThePagesTeasersOrTheClosingMarkBegin) {
  EXPECT_EQ(
      "La jornada de vacunación se realizó en Palacio de Gobierno con el personal de los "
      "Servicios de Salud. / Siguió en Cuautla y en Jojutla durante toda la semana.",
      Story("Ver más\n\nRealiza el Ejecutivo jornada de vacunación\n\nLa jornada de "
            "vacunación se realizó en Palacio de Gobierno con el personal de los Servicios "
            "de Salud.\n\nSiguió en Cuautla y en Jojutla durante toda la semana.\n\nVer "
            "más\n\nIntegran 13 pugilistas la selección estatal.\n"));
  EXPECT_EQ(
      "El IMSS informó las cifras del empleo formal de todo el año en curso. / Hubo "
      "aumentos en todos los sectores.",
      Story("Informa el IMSS cifras de empleo\n\nEl IMSS informó las cifras del empleo "
            "formal de todo el año en curso.\n\nHubo aumentos en todos los sectores.\n\n"
            "-o0o-\n\nOtra nota del sitio sobre el clima.\n"));
  EXPECT_EQ(
      "El IMSS informó las cifras del empleo formal de todo el año en curso. / Hubo "
      "aumentos en todos los sectores de la economía y en todas las entidades del país, "
      "según el reporte mensual del Instituto, que se publicó esta mañana en su portal.",
      Story("Informa el IMSS cifras de empleo\n\nEl IMSS informó las cifras del empleo "
            "formal de todo el año en curso.\n\nHubo aumentos en todos los sectores de la "
            "economía y en todas las entidades del país, según el reporte mensual del "
            "Instituto, que se publicó esta mañana en su portal.\n\nDeja una respuesta\n\n"
            "Tu dirección de correo no será publicada.\n"));
  // Batches 60, 63 and 64: a site's latest posts and its "see also" teaser.
  for (const char* heading : {"Últimas Publicaciones", "Mira También", "Últimas noticias"}) {
    EXPECT_EQ("El alcalde invitó a votar este domingo. / Dijo que la elección es importante.",
              Story(std::string("Invita alcalde a votar\n\nEl alcalde invitó a votar este "
                                "domingo.\n\nDijo que la elección es importante.\n\n") +
                    heading + "\n\nH. Ayuntamiento de Juárez\nAv. Francisco Villa 950 N.\n"))
        << heading;
  }
  // Under a lead alone, a share bar is still the page's top.
  EXPECT_EQ("La obra costó 300 millones.",
            Story("Gobierno inaugura hospital en Cajeme\n\nEl gobernador inauguró el hospital."
                  "\n\nCompartir en:\n\nCajeme, Sonora.- La obra costó 300 millones.\n"));
  EXPECT_EQ("La Secretaría entregó cobijas. / La funcionaria habló con las familias.",
            Story("Entrega Estado apoyos a familias migrantes\n\nChihuahua, Chih., a 24 de enero "
                  "del 2024.- La Secretaría entregó cobijas.\n\nLa funcionaria habló con las "
                  "familias.\n\nAdvertisement\n\nContinue Reading\n\nEl Estado abre un albergue."
                  "\n\nClick to comment\n"));
  // A second bulletin further down the page, with its title and bullets: not this story.
  const std::string two =
      "Continuaremos el trabajo por Guanajuato\n\n• Revisa el Gobernador los planes.\n\n"
      "Silao, Gto. 17 de enero de 2020.- El Gobernador presidió la reunión.\n\n"
      "Se revisaron programas y estrategias.\n\nSe revisaron avances de dependencias.\n\n"
      "Destina Gobierno del Estado 57.6 millones de pesos a Apaseo El Alto.\n\n"
      "• En beneficio de 4 mil habitantes, entrega el Gobernador la unidad.\n\n"
      "Apaseo El Alto, Gto. 17 de enero 2020.- La Administración Estatal invierte.\n\n"
      "Lo anterior lo dijo el Gobernador.\n";
  EXPECT_EQ(
      "El Gobernador presidió la reunión. / Se revisaron programas y estrategias. / Se "
      "revisaron avances de dependencias.",
      Story(two));
  EXPECT_EQ("Revisa el Gobernador los planes. || El Gobernador presidió la reunión.",
            HighlightsAndStory(two));
  // A blog prints each title again, run on into its dateline.
  const std::string blog =
      "Permanecerán abiertas las Agencias Fiscales\n\nPermanecerán abiertas las Agencias "
      "Fiscales Hermosillo, Sonora, diciembre 17 de 2018.- Las 26 agencias abrirán.\n\n"
      "Atenderán de 8 a 15 horas.\n\nTendrá Prodeama personal de guardia\n\nTendrá Prodeama "
      "personal de guardia Hermosillo, Sonora, diciembre 17 de 2018.- Habrá guardias.\n";
  EXPECT_EQ("Permanecerán abiertas las Agencias Fiscales | - | Hermosillo, Sonora | 2018-12-17",
            Header(blog));
  EXPECT_EQ("Las 26 agencias abrirán. / Atenderán de 8 a 15 horas.", Story(blog));
  // A later dateline without a title of its own above it is this bulletin's: a digest's next
  // item, a list's lead-in (review 2).
  EXPECT_EQ(
      "El plan contempla los siguientes ejes: / Salud. / Empleo. / Morelia, Michoacán, a "
      "3 de mayo de 2021.- Con esta presentación concluyó.",
      Story("Presenta el Gobernador su plan de trabajo\n\nMorelia, Michoacán, a 3 de mayo "
            "de 2021.- El Gobernador presentó el plan.\n\nEl plan contempla los "
            "siguientes ejes:\n\n• Salud.\n\n• Empleo.\n\nMorelia, Michoacán, a 3 de "
            "mayo de 2021.- Con esta presentación concluyó.\n")
          .substr(std::string("El Gobernador presentó el plan. / ").size()));
  // "Noticias" may label a section of the bulletin itself (review): the story goes on.
  EXPECT_EQ(
      "La alcaldía reabrió las canchas del parque. / Se beneficiará a 500 vecinos. / La "
      "obra siguió en la colonia Nápoles.",
      Story("Reabre la alcaldía canchas públicas\n\nLa alcaldía reabrió las canchas del "
            "parque.\n\nSe beneficiará a 500 vecinos.\n\nNoticias\n\nLa obra siguió en la "
            "colonia Nápoles.\n"));
  // A plain rule parts sections; it does not end the story.
  EXPECT_EQ("Primera parte del informe anual. / Segunda parte del informe anual.",
            Story("Informe anual del Instituto\n\nPrimera parte del informe anual.\n\n* * *"
                  "\n\nSegunda parte del informe anual.\n"));
}

// Batches 53 and 54.
TEST(ReadStructure, ABulletAfterItsTitleOrBelowTheStoryIsNoHighlight) {
  // The bullet a page set after its headline leaves the title.
  EXPECT_EQ("SLP EJEMPLO INTERNACIONAL CON PROGRAMA DE CULTURA | - |  | -",
            Header("SLP EJEMPLO INTERNACIONAL CON PROGRAMA DE CULTURA\u2022\n\nLa Secretaría de "
                   "Cultura reconoció el trabajo del Gobierno del Estado en el programa.\n"));
  // A bold's opening asterisks under the story's last paragraph: no story follows, so neither
  // they nor the short paragraphs above are highlights.
  const std::string story =
      "Se le dictó vinculación a proceso por delito de peculado agravado, con un plazo de dos "
      "meses.\nEl juez consideró suficientes los elementos de prueba del Ministerio Público.\n"
      "**De acuerdo con las leyes vigentes, el imputado se presume inocente.\nBoletín "
      "informativo.\n";
  EXPECT_EQ(
      " || Se le dictó vinculación a proceso por delito de peculado agravado, con un "
      "plazo de dos meses.",
      HighlightsAndStory(story));
  // Bullets above a dateline whose story the excerpt cut short stay highlights.
  EXPECT_EQ(
      "El número de personas atendidas crece 7,6%; El 62% son mujeres || El Ministerio "
      "informó.",
      HighlightsAndStory("La dependencia alcanza cifras récord\n\n- El número de personas "
                         "atendidas crece 7,6%\n- El 62% son mujeres\n\nMadrid, 24 de "
                         "abril de 2025.- El Ministerio informó.\n"));
}

TEST(ReadStructure, ABulletOfAFewCapitalisedWordsIsAPagesLabel) {
  EXPECT_EQ(
      "Agricultura y Bienestar coordinarán entrega de órdenes de pago || Este 29 de julio, "
      "el programa iniciará la entrega.",
      HighlightsAndStory("- Linda Zavala\n- Categoría: AGRARIAS\n++Agricultura y Bienestar "
                         "coordinarán entrega de órdenes de pago\nCiudad de México.-Este 29 "
                         "de julio, el programa iniciará la entrega.\n"));
}

TEST(ReadStructure, APagesReadingTimeIsFurniture) {
  EXPECT_EQ("El legislador acompañó a la gobernadora. || La Legislatura informó del evento.",
            HighlightsAndStory("Transfieren unidades médicas al IMSS\n\n1 Min. de lectura\n\n- El "
                               "legislador acompañó a la gobernadora.\n\nLa Legislatura "
                               "informó del evento.\n"));
  EXPECT_EQ(" || La Intendencia presentó las acciones.",
            HighlightsAndStory("Cabildo del municipio B\n\nTiempo de lectura: 27 minutos\n\nLa "
                               "Intendencia presentó las acciones.\n"));
}

TEST(ReadStructure, AWordCountAndAnAuthorsLineWithTheHourAreFurniture) {
  EXPECT_EQ(" | - | Mérida, Yucatán | 2015-01-31",
            Header("323 palabras\nMérida, Yucatán, a 31 de enero de 2015.- Los estudiantes de "
                   "la Universidad recibirán facilidades.\n"));
  EXPECT_EQ(" | - | Querétaro, Querétaro | 2026-01-15",
            Header("Autor: Redacción / Noventa Grados | Fecha: 15 de Enero de 2026 a las "
                   "07:21:54\n\nQuerétaro, Querétaro, 15 de enero del 2026.- La titular de la "
                   "Secretaría de Salud encabezó la reunión.\n"));
  EXPECT_EQ("Cabildo del municipio B | - |  | 2026-01-15",
            Header("Fecha: 15 de Enero de 2026 a las 07:21\n\nCabildo del municipio B\n\nLa "
                   "Intendencia presentó las acciones.\n"));
}

// Batch 67: a blog's "no category", and a news site's byline run on into the dateline.
TEST(ReadStructure, ABlogsNoCategoryAndANewsroomsBylineAreFurniture) {
  EXPECT_EQ("Premia CONADE al IDEA | - | Aguascalientes | 2017-12-11",
            Header("Sin categoría\n\nPremia CONADE al IDEA\n\nAguascalientes, Diciembre 11 "
                   "(2017).-Durante la sesión se dio a conocer el reconocimiento.\n"));
  EXPECT_EQ(" | - | Morelia, Michoacán | 2014-02-15",
            Header("Redacción Web/La Voz de Michoacán. Morelia, Michoacán, a 15 de febrero de "
                   "2014.- Las descalificaciones del dirigente estatal ponen en evidencia su "
                   "desconocimiento.\n"));
  EXPECT_EQ("El IMSS informó del empleo. || La Secretaría dijo más.",
            HighlightsAndStory("Informa el IMSS cifras\n\n- El IMSS informó del empleo.\n\n"
                               "Redacción Círculo Rojo\n\nLa Secretaría dijo más.\n"));
  // A title about drafting stays one.
  EXPECT_EQ("Redacción de la nueva ley avanza | - |  | -",
            Header("Redacción de la nueva ley avanza\n\nEl Congreso revisó el texto.\n"));
}

// Batch 69: a print link, a link to the office's site, a joint release's label; a date's label
// on a line of its own without its colon.
TEST(ReadStructure, APrintLinkASitesLinkAndAJointReleasesLabelAreFurniture) {
  EXPECT_EQ("CINVESTAV, 62 años de aportaciones científicas | - |  | 2023-04-26",
            Header("Imprimir esta página\n\nCINVESTAV, 62 años de aportaciones científicas\n\n"
                   "Abr 26, 2023\n\nEl Centro celebra sus primeros 62 años.\n"));
  EXPECT_EQ("Nace un nuevo campus de la UdeG | - |  | -",
            Header("Enlace al sitio de la Universidad de Guadalajara\n\nNace un nuevo campus de "
                   "la UdeG\n\nEste miércoles nació un nuevo plantel universitario.\n"));
  EXPECT_EQ("Asume la doctora la Presidencia de El Colegio | - |  | 2025-09-22",
            Header("Fecha de publicación\n22 de septiembre de 2025\nComunicado conjunto\n\n"
                   "Asume la doctora la Presidencia de El Colegio\n\nLa ceremonia se realizó "
                   "esta mañana.\n"));
}

// Batch 70: the page's date under the story.
TEST(ReadStructure, APagesLabelledDateUnderTheStory) {
  EXPECT_EQ("Seguirán lluvias fuertes en Chiapas | - |  | 2016-12-21",
            Header("Seguirán lluvias fuertes en Chiapas\n\nAutoridades de Protección Civil dieron "
                   "a conocer el pronóstico.\n\nSe exhorta a la población a mantenerse "
                   "informada.\n\nEsta nota fue publicada el día: 21, diciembre, 2016\n"));
}

// Batch 68: a news site's disclaimer on top; the site's name after the title, which the page
// prints without it too; an outlet's tag under a dateline that placed the story.
TEST(ReadStructure, ADisclaimerASitesNameAndAnOutletsTagUnderTheDateline) {
  EXPECT_EQ("La sala regional cumplirá su compromiso | - | Monterrey, Nuevo León | 2018-01-26",
            Header("La expresión de los columnistas y colaboraciones, es criterio y "
                   "responsabilidad personal de quien los firma. Más no el sentir de Tribuna "
                   "Libre Noticias\n\nLa sala regional cumplirá su compromiso\n\nMonterrey, "
                   "Nuevo León | 26 enero de 2018\nTribuna Libre.- La Sala Regional está lista "
                   "para impartir justicia.\n"));
  EXPECT_EQ(" || La Sala Regional está lista para impartir justicia.",
            HighlightsAndStory("La sala regional cumplirá su compromiso\n\nMonterrey, Nuevo León "
                               "| 26 enero de 2018\nTribuna Libre.- La Sala Regional está lista "
                               "para impartir justicia.\n"));
  EXPECT_EQ("Aprueba INE distribución del financiamiento público | - |  | -",
            Header("Instituto Nacional Electoral INE Comunicado: Aprueba INE distribución del "
                   "financiamiento público\n\nAprueba INE distribución del financiamiento "
                   "público  - Central Electoral\n\nEl Consejo General aprobó la distribución.\n"));
  // A title whose last words follow a dash is left whole.
  EXPECT_EQ("Inaugura hospital el IMSS - Jalisco | - |  | -",
            Header("Inaugura hospital el IMSS - Jalisco\n\nEl Instituto abrió el hospital.\n"));
  // A site's name of any length, where the headline alone follows: no title, no highlight.
  const BulletinStructure page = StructureOf(
      "ENTREGA CAEM 34 MILLONES DE METROS CÚBICOS DE AGUA – Edoméx Informa | Noticias del Estado "
      "de México\n\nENTREGA CAEM 34 MILLONES DE METROS CÚBICOS DE AGUA\n\nToluca, México, 19 "
      "de enero del 2016.\n\nCada mes 34 millones de metros cúbicos de agua son entregados.\n");
  EXPECT_EQ("ENTREGA CAEM 34 MILLONES DE METROS CÚBICOS DE AGUA", page.title);
  EXPECT_TRUE(page.highlights.empty());
}

// Batches 63 and 64.
TEST(ReadStructure, APostsShortNameOrTwoLabelsAboveTheHeadline) {
  EXPECT_EQ(
      "Declaración Conjunta de los Presidentes de México y EUA | CGCS-089 | Washington "
      "D.C., EUA | 2010-05-19",
      Header("19 may 2010\n\nDeclaración conjunta\n\nDeclaración Conjunta de los "
             "Presidentes de México y EUA\n\n2010-05-19\nWashington D.C., EUA\nCGCS-089\n"
             "El Presidente Felipe Calderón y el Presidente Barack Obama reafirmaron la "
             "asociación.\n"));
  EXPECT_EQ("Invita alcalde a juarenses a votar | - |  | 2025-05-31",
            Header("Sala de Prensa Comunicación Social\n\nInvita alcalde a juarenses a votar\n\n"
                   "Sábado 31 de Mayo del 2025\n\nEl Presidente Municipal invita a votar.\n"));
}

TEST(ReadStructure, ATitlePrintedAgainUnderThePagesStamp) {
  const BulletinStructure structure = StructureOf(
      "Noticias y notas\n\nAquí encontrara lo mejor de las noticias nacionales.\n\n14 mil "
      "personas adultas mayores beneficiadas con pensiones\n\nMinisterio de la Presidencia. el "
      "30-03-2017, 01:10 (UTC)\n\n14 mil personas adultas mayores beneficiadas con pensiones\n\n"
      "Estrategia Puente al Desarrollo.\n\nMás de 14 mil personas reciben el beneficio.\n");
  EXPECT_EQ("14 mil personas adultas mayores beneficiadas con pensiones", structure.title);
  EXPECT_EQ("2017-03-30", structure.dateline_date.value_or("-"));
  ASSERT_EQ(1U, structure.letterheads.size());
  EXPECT_EQ("Ministerio de la Presidencia. el", structure.letterheads.front());
  ASSERT_FALSE(structure.body.empty());
  EXPECT_EQ("Estrategia Puente al Desarrollo.", structure.body.front());
}

TEST(ReadStructure, ALongFirstLinesDatelineWithADashBeforeTheStory) {
  EXPECT_EQ(
      "Esta mañana, en las instalaciones de la Cámara Nacional de Comercio, Servicios y Turismo "
      "de Chihuahua, se realizó la asamblea de cierre de gestión del Consejo Directivo.",
      Story("Chihuahua, Chihuahua \u2013 jueves 27 de marzo de 2025 \u2013 Esta mañana, en las "
            "instalaciones de la Cámara Nacional de Comercio, Servicios y Turismo de Chihuahua, se "
            "realizó la asamblea de cierre de gestión del Consejo Directivo.\n"));
}

TEST(ReadStructure, ADeckPrintedTwiceIsOneHighlight) {
  EXPECT_EQ(
      "Con 4 nuevas tiendas, la paraestatal dispone de 18 puntos de venta || Para "
      "mejorar la calidad de vida, Diconsa abrió cuatro tiendas.",
      HighlightsAndStory("Diconsa amplía su red de abasto social en Jiquipilco\nCon 4 nuevas "
                         "tiendas, la paraestatal dispone de 18 puntos de venta\nCon 4 "
                         "nuevas tiendas, la paraestatal dispone de 18 puntos de venta\n"
                         "Mérida, Yucatán 21 de octubre 2018.- Para mejorar la calidad de "
                         "vida, Diconsa abrió cuatro tiendas.\n"));
}

TEST(ReadStructure, AnOfficeThatSignsTheReleaseDatesItWithoutAPlace) {
  EXPECT_EQ("Comunicado a la opinión pública | - |  | 2020-07-31",
            Header("Instagram\nSoundcloud\nCentro\nAtencion ciudadano\nUp\nComunicado a la "
                   "opinión pública\nLa Gobernación de Antioquia informa que el gobernador "
                   "encargado del departamento fue internado preventivamente en un centro "
                   "médico.\nEl gobernador permanece consciente y en buen estado. En la jornada "
                   "de hoy será sometido a varios exámenes.\nLa agenda será asumida por los "
                   "secretarios de despacho de las áreas comprometidas.\nArchivo para descarga: "
                   "Comunicado en PDF\n\nOficina Comunicaciones\nJulio 31 de 2020\n"));
}

TEST(ReadStructure, ACookieBannerOrAnArchivedSitesNoticeIsNoTitle) {
  EXPECT_EQ("La ministra de Industria visita Bolivia y Paraguay | 112 |  | 2016-05-03",
            Header("Este sitio web utiliza cookies propias y de terceros para mejorar su "
                   "navegación. Más información en nuestra política de cookies\nNOTA DE PRENSA "
                   "112\nLa ministra de Industria visita Bolivia y Paraguay\n3 de mayo de 2016\n"
                   "La ministra realizará una gira por ambos países del 8 al 11 de mayo.\nEn La "
                   "Paz se reunirá con su homólogo.\n"));
  EXPECT_EQ("Hacienda coloca bonos por 900 millones de dólares | - | Santiago | 2017-03-06",
            Header("Usted está navegando por una versión inactiva del sitio web, ofrecida "
                   "únicamente con propósitos de archivo.\nLunes, marzo 6 de 2017\nHacienda "
                   "coloca bonos por 900 millones de dólares\nSantiago, 6 de marzo de 2017.- El "
                   "ministro presentó la emisión.\nFue la mayor del año.\n"));
}

TEST(ReadStructure, ALogosAlternativeTextOrANewspapersMastheadIsNoTitle) {
  EXPECT_EQ("Reabren el museo de la ciudad | - | Mérida, Yuc. | 2019-04-02",
            Header("Logo Secretaría de Cultura del Estado de Yucatán\n\nReabren el museo de la "
                   "ciudad\n\nMérida, Yuc., 2 de abril de 2019.- El museo abrió sus puertas.\n\n"
                   "Acudieron cien personas.\n"));
  EXPECT_EQ(" | - |  | -", Header("El Sol de Tampico\nLa Secretaría de Salud entregó equipo al "
                                  "hospital de la ciudad.\nEl equipo costó diez millones de "
                                  "pesos.\n"));
  EXPECT_EQ("Consolida la gobernadora sus proyectos | - | Chilpancingo, Gro. | 2025-09-17",
            Header("La voz de Zihuatanejo\n\nConsolida la gobernadora sus proyectos\n\n"
                   "Chilpancingo, Gro., 17 de septiembre de 2025.- La gobernadora sostuvo una "
                   "reunión.\n"));
}

TEST(ReadStructure, TheLabelOfTheHoursIssueIsNoTitle) {
  EXPECT_EQ("COMUNICADO SOBRE LA CALIDAD DEL AIRE | - |  | -",
            Header("Boletín 18:00 horas\nCOMUNICADO SOBRE LA CALIDAD DEL AIRE\nLa Comisión "
                   "informa que el sistema de alta presión se mantiene.\nSe recomienda evitar "
                   "actividades.\n"));
}

TEST(ReadStructure, TheDateAboveASitesWeatherIsTodaysNotTheBulletins) {
  EXPECT_EQ("Inauguran la biblioteca central de Apodaca | - | Apodaca, N.L. | 2024-01-10",
            Header("martes 4 de marzo de 2025\nMonterrey\n21.35°C - nublado\nEl Norte\nmartes 4 "
                   "de marzo de 2025\nInauguran la biblioteca central de Apodaca\n10 de enero de "
                   "2024 18:30\nApodaca, N.L.- El Ayuntamiento inauguró la biblioteca.\nAcudieron "
                   "doscientas personas.\n"));
}

TEST(ReadStructure, TheMonthACrawlerStoredThePageUnderGivesAYearlessDatelineItsYear) {
  EXPECT_EQ("2021-03-15", DateOf(" date 2021-03 Toluca, 15 de marzo. El Consejo General "
                                 "aprobó el calendario.\nLa sesión duró dos horas.\n"));
  // Another month's stamp says nothing of the day's year.
  EXPECT_EQ("-", DateOf(" date 2021-04 Toluca, 15 de marzo. El Consejo General aprobó el "
                        "calendario.\nLa sesión duró dos horas.\n"));
}

TEST(ReadStructure, ADateAfterABylinesSlashOrBeforeThePapersPage) {
  EXPECT_EQ("Sube la inflación en mayo | - |  | 2019-06-03",
            Header("/ lunes 3 de junio de 2019\n Sube la inflación en mayo\nLa inflación subió en "
                   "mayo, informó el instituto.\nFue la mayor del año.\n"));
  EXPECT_EQ("Baja la inversión extranjera | - |  | 2013-06-04",
            Header("Baja la inversión extranjera\nMartes 4 de junio de 2013, p. 12\nLa inversión "
                   "extranjera bajó en el trimestre, informó la secretaría.\nFue la menor en "
                   "años.\n"));
}

TEST(ReadStructure, TheStorysLeadInPlacesTheBulletinWhereANewsSitesStampNamedTheOutlet) {
  EXPECT_EQ("Reabren el teatro de la ciudad | - | Cuernavaca, Mor. | 2025-06-18",
            Header("Reabren el teatro de la ciudad\nEl Mercurio | 18/06/2025 | 13:59\n"
                   "Cuernavaca, Mor.- La Secretaría de Cultura reabrió el teatro.\nAcudieron "
                   "cien personas.\n"));
}

TEST(ReadStructure, ADateLabelWithoutItsColon) {
  EXPECT_EQ("El banco aprueba un préstamo para Ecuador | - | QUITO | 2019-07-04",
            Header("Publicado 04/07/2019 10:53\n\nEl banco aprueba un préstamo para Ecuador\n\n"
                   "QUITO, 4 Jul. (Agencia) -\n\nEl banco aprobó un préstamo de 300 millones de "
                   "dólares.\n\nEl ministro lo celebró.\n"));
}

// An office's letterhead, its long name over three lines, straight above the number and the
// highlights: the page left the headline out, so there is no title, and the highlights stay.
TEST(ReadStructure, ALetterheadAboveTheHighlightsIsNoTitle) {
  const BulletinStructure structure = StructureOf(
      "Instituto de Transparencia, Acceso a la Información Pública,\nProtección de Datos "
      "Personales y Rendición de Cuentas\nde la Ciudad de México\n\nDCS/164/2025\n\n•    La "
      "Comisionada Presidenta informó que se han resuelto más de 4 mil medios de "
      "impugnación.\n•    Se aprobaron cuatro dictámenes de la tercera evaluación.\n\nEl Pleno "
      "del Instituto resolvió un total de 108 medios de impugnación durante la sesión.\n");
  EXPECT_EQ("", structure.title);
  EXPECT_EQ("DCS/164/2025", structure.number.value_or("-"));
  EXPECT_EQ(2u, structure.highlights.size());
}

// A document mirror's stamps: its viewer's page and its file's counters are no title and
// count nothing; the number line under its teaser, of the same day, gives number and place.
TEST(ReadStructure, ADocumentMirrorsStamps) {
  EXPECT_EQ("BCRP MANTUVO LA TASA DE INTERÉS DE REFERENCIA EN 2,75%",
            StructureOf("Está en la página 1de 1\n\nBCRP MANTUVO LA TASA DE INTERÉS DE "
                        "REFERENCIA EN 2,75%\n\n1. El Directorio del Banco Central acordó "
                        "mantener la tasa de interés.\n")
                .title);
  EXPECT_EQ("Índices de Precios de Exportación",
            StructureOf("Вы находитесь на странице: 1из 13\n\nÍndices de Precios de "
                        "Exportación\n\nLa tasa de variación anual del IPRIX se sitúa en el "
                        "1,1%.\n")
                .title);
  const BulletinStructure mirrored = StructureOf(
      "Índice Nacional de Precios Productor\n\n8 jun. 2017 - El Instituto informa que durante "
      "mayo el índice ...\n198KB Größe 8 Downloads 67 vistas\nCOMUNICADO DE PRENSA NÚM. 258/17 "
      "8 DE JUNIO DE 2017 AGUASCALIENTES, AGS. PÁGINA 1/2\n\nEl Instituto informa que durante "
      "mayo el índice presentó un aumento.\n");
  EXPECT_EQ("258/17", mirrored.number.value_or("-"));
  EXPECT_EQ("AGUASCALIENTES, AGS.", mirrored.place);
  for (const std::string& paragraph : mirrored.body) {
    EXPECT_EQ(std::string::npos, paragraph.find("Downloads")) << paragraph;
  }
}

// Under a dateline alone, the office and the town on lines of their own above the bullets are
// letterhead and place, no highlights.
TEST(ReadStructure, AnOfficeAndATownUnderTheDateAreNoHighlights) {
  const BulletinStructure structure = StructureOf(
      "Sismo de 7.2 grados en Mexicali, Baja California\n\nlunes, 5 de abril de 2010\n\n"
      "Comunicado 143\n\nSecretaría de Gobernación\n\nCiudad de México\n\n• Diversos daños "
      "provoca el sismo\n• Se reporta una persona fallecida\n\nLa Coordinación General de "
      "Protección Civil informa que se registró un sismo.\n");
  EXPECT_EQ("Ciudad de México", structure.place);
  EXPECT_EQ((std::vector<std::string>{"Diversos daños provoca el sismo",
                                      "Se reporta una persona fallecida"}),
            structure.highlights);
  EXPECT_EQ("143", structure.number.value_or("-"));
}

// A page's date beside a section's label or a town, and the hour it was posted.
TEST(ReadStructure, APagesDateBesideALabelAndAnHour) {
  const std::string story =
      "\n\nEn consideración a los pronósticos, la Dirección Regional declara alerta.\n";
  EXPECT_EQ("2015-06-11",
            DateOf("Se forma la tormenta tropical Carlos\n\nJueves, 11 de Junio del 2015 | Nota "
                   "Principal" +
                   story));
  EXPECT_EQ("2011-04-19",
            DateOf("Alerta temprana por sistema frontal\n\n19/04/2011 | 10:00 | Santiago" + story));
  // Not beside a headline's words.
  EXPECT_EQ("-", DateOf("Alerta temprana por sistema frontal\n\n19/04/2011 | Inaugura el "
                        "gobernador el nuevo hospital general de la ciudad" +
                        story));
}

// A dateline and the number with its year after it, no label: both.
TEST(ReadStructure, ADatelineAndABareNumberAfterIt) {
  EXPECT_EQ("Se publica información del sector | 061/2015 | México D.F. | 2015-07-10",
            Header("Se publica información del sector\n\nMéxico D.F., a 10 de julio de 2015. "
                   "061/2015\n\nLos activos totales del sector presentaron un incremento.\n"));
}

// A reporter's byline, the job after a comma, and letterheads straight above the story's first
// paragraph: no title, and neither is in the story.
TEST(ReadStructure, AReportersBylineAndLetterheadsAboveTheStory) {
  const BulletinStructure structure = StructureOf(
      "Por Gregorio Almazán Hernández, REPORTERO\n\nMIERCOLES, 02, DICIEMBRE, 2020, 10:29, "
      "hrs.\n\nSECTUR FEDERAL\n\nGOBIERNO DE MEXICO\n\nEl "
      "secretario de Turismo del Gobierno de México presidió esta mañana la ceremonia en que se "
      "anunció el nombramiento de once nuevos Pueblos Mágicos, los primeros de la presente "
      "administración federal.\n");
  EXPECT_EQ("", structure.title);
  ASSERT_FALSE(structure.body.empty());
  EXPECT_TRUE(structure.body.front().starts_with("El secretario de Turismo"));
  // A title that opens with "Por" is a title.
  EXPECT_EQ("Por un campo más productivo, entregan apoyos",
            StructureOf("Por un campo más productivo, entregan apoyos\n\nEl secretario entregó "
                        "los apoyos a los productores.\n")
                .title);
}

// "Calendario 04/09/2025": a calendar widget's label over the post's date, no place; the
// story's lead-in places it, the outlet's tag of handles between the place and its period.
TEST(ReadStructure, ACalendarsDateAndALeadInTaggedWithHandles) {
  EXPECT_EQ("Los retos del Ministerio de Agricultura | - | Bogotá, D.C. | 2025-09-04",
            Header("SALA DE PRENSA\nCalendario 04/09/2025\n\nLos retos del Ministerio de "
                   "Agricultura\n\nBogotá, D.C., (@Minagricultura, @UPRAColombia). El agro ha "
                   "sido una de las banderas del presidente.\n"));
}

TEST(ReadStructure, AnAgencysPictureCaptionPrintedTwiceLeavesTheText) {
  const BulletinStructure structure = StructureOf(
      "El banco aprueba un préstamo para Ecuador\n\nVisitors walk past a screen in "
      "Panama City\n\nVisitors walk past a screen in Panama City - REUTERS / CARLOS "
      "JASSO - Archivo\n\nQUITO, 4 Jul. 2019 (Agencia) -\n\nEl banco aprobó un "
      "préstamo de 300 millones de dólares.\n\nEl ministro lo celebró.\n");
  EXPECT_TRUE(structure.highlights.empty());
  ASSERT_FALSE(structure.body.empty());
  EXPECT_EQ("El banco aprobó un préstamo de 300 millones de dólares.", structure.body.front());
}

TEST(ReadStructure, AGluedBreadcrumbAndTheThemesDateAboveItLeaveTheHeader) {
  EXPECT_EQ("La SCT repara la carretera federal 15 | - |  | -",
            Header("domingo, noviembre 30, 2025\n\nMas...\n\nInicioNacionalLa SCT repara la "
                   "carretera federal 15\n\nLa SCT repara la carretera federal 15\n\nLa "
                   "Secretaría destinará 40 millones de pesos a la obra.\n\nLos trabajos "
                   "durarán seis meses.\n"));
}

TEST(ReadStructure, APagesOwnTitleNamingItsGovernmentIsNoHeadline) {
  EXPECT_EQ("La Superintendencia supervisa el pago de las pensiones | - |  | -",
            Header("Superintendencia de Pensiones - Gobierno de Chile\n\nLa Superintendencia "
                   "supervisa el pago de las pensiones\n\nDesde la semana pasada, el instituto "
                   "paga las pensiones de manera directa.\n\nSe estima que recibirán el pago "
                   "unas 727.000 personas.\n"));
}

TEST(ReadStructure, AnInlineTeaserPictureLinksAndALabelWithNoDateAreNoHighlights) {
  const BulletinStructure structure = StructureOf(
      "Fecha de publicación:\n\n15:22\n\nReabre la clínica familiar de San Diego\n\nfoto1\n\nfoto "
      "2\n\nLa clínica abrió de nuevo sus puertas para acercar los servicios a la población.\n\n"
      "Te recomendamos Diputada pide agilizar recursos para hospitales\n\nLa reapertura "
      "beneficiará a cerca de 5 mil personas.\n");
  EXPECT_EQ("Reabre la clínica familiar de San Diego", structure.title);
  EXPECT_TRUE(structure.highlights.empty());
  ASSERT_EQ(2U, structure.body.size());
  EXPECT_EQ("La reapertura beneficiará a cerca de 5 mil personas.", structure.body.back());
}

TEST(ReadStructure, ASitesLabelledClockIsNoTitle) {
  EXPECT_EQ("Abre sus puertas el hospital regional de Ciudad Juárez | - |  | 2024-08-12",
            Header("Hoy es: Nov 26, 2024\nCiudad Juárez\n\nAbre sus puertas el hospital regional "
                   "de Ciudad Juárez\n\n12 de agosto de 2024\n\nEl hospital atenderá a 315 mil "
                   "derechohabientes de cinco unidades.\n\nContará con 264 camas.\n"));
}

TEST(ReadStructure, ATitleInTitleCaseEndingInAPeriod) {
  EXPECT_EQ(
      "Puebla Amplía Los Apoyos Para Familias Vulnerables: Informe Del Secretario. | - |  | "
      "-",
      Header("GOBIERNO\n\nPuebla Amplía Los Apoyos Para Familias Vulnerables: Informe Del "
             "Secretario.\n\nJuan Pérez López, secretario de Bienestar, compareció ante la "
             "Legislatura. Durante su intervención, resaltó las acciones.\n\nEl secretario "
             "informó.\n"));
}

TEST(ReadStructure, AHyphenedSentenceUnderADateAloneIsAHighlight) {
  const BulletinStructure structure = StructureOf(
      "Abre sus puertas el hospital regional de Ciudad Juárez\n\n12 de agosto de 2024\n\n"
      "-Trabajará por etapas; atenderá a 315 mil derechohabientes.\n\nEl hospital comenzó este "
      "lunes con el servicio de consulta externa.\n\nContará con 264 camas.\n");
  ASSERT_EQ(1U, structure.highlights.size());
  EXPECT_EQ("Trabajará por etapas; atenderá a 315 mil derechohabientes.",
            structure.highlights.front());
  ASSERT_FALSE(structure.body.empty());
  EXPECT_EQ("El hospital comenzó este lunes con el servicio de consulta externa.",
            structure.body.front());
}

TEST(ReadStructure, AShortLabelPrintedTwiceAboveTheTitleIsNoTitle) {
  EXPECT_EQ(
      "Encabeza el gobernador la mesa de seguridad del estado | - |  | -",
      Header("Elecciones 2024\n\nElecciones 2024\n\nEncabeza el gobernador la mesa de seguridad "
             "del estado\n\nEl gobernador encabezó la mesa con autoridades civiles y "
             "militares.\n\nSe acordó reforzar la estrategia.\n"));
}

TEST(ReadStructure, ACoatOfArmsFollowLinksFontControlsAndALabelThatLostItsDate) {
  const BulletinStructure structure = StructureOf(
      "Escudo de la República de Colombia\nA- A A+\n\nConéctate con nosotros\n\nCierra el museo "
      "de la ciudad por la pandemia\n\nPublicado\n\nel\n\nFoto: Internet\n\nMéxico.- La "
      "Secretaría de Cultura informa que el museo cierra desde este domingo.\n\nAbrirá en "
      "enero.\n");
  EXPECT_EQ("Cierra el museo de la ciudad por la pandemia", structure.title);
  EXPECT_TRUE(structure.highlights.empty());
  ASSERT_FALSE(structure.body.empty());
  EXPECT_EQ("La Secretaría de Cultura informa que el museo cierra desde este domingo.",
            structure.body.front());
}

TEST(ReadStructure, APopupsCloseButtonAndASearchFormAreFurniture) {
  EXPECT_EQ("El instituto vigila el plazo de sus resoluciones | - |  | -",
            Header("cerrar× CAT: 01 800 821 04 41\ncerrar×\n\nFormulario de búsqueda\n\nEl "
                   "instituto vigila el plazo de sus resoluciones\n\nEl comisionado presidente "
                   "habló a favor del cobro de derechos.\n\nLa sesión terminó a mediodía.\n"));
}

TEST(ReadStructure, ADateThenASlashAndThePlaceAndABoldDeckOverTwoLines) {
  const BulletinStructure structure = StructureOf(
      "Tlaxcala es de los estados mejor comunicados\n\n01 Junio 2014/ Tlaxcala, Tlax. ( "
      "Redaccion)\n\n– *Apuntala el gobierno la rehabilitación de las vías\nde 900 kilómetros "
      "estatales*\n\nTlaxcala se convirtió en uno de los estados mejor conectados del país.\n\n"
      "Spread the love\n\nVersión para impresiónVersión PDF\n\nLo dijo el gobernador.\n");
  EXPECT_EQ("2014-06-01", structure.dateline_date.value_or("-"));
  EXPECT_EQ("Tlaxcala, Tlax.", structure.place);
  ASSERT_EQ(1U, structure.highlights.size());
  EXPECT_EQ("Apuntala el gobierno la rehabilitación de las vías de 900 kilómetros estatales",
            structure.highlights.front());
  EXPECT_EQ(2U, structure.body.size());
}

TEST(ReadStructure, ATitlesBoldTagNumberDateAndCounterLeaveIt) {
  const auto title = [](std::string_view first_line) {
    return StructureOf(std::string(first_line) +
                       "\n\nCiudad de México, 3 de mayo de 2021.- La comisión informó que "
                       "atendió las quejas.\n\nEl informe se entregó al Congreso.\n")
        .title;
  };
  EXPECT_EQ("La comisión rechaza los señalamientos", title("*La comisión rechaza los "
                                                           "señalamientos**"));
  EXPECT_EQ("Arranca la gira navideña del municipio", title("#Colón | Arranca la gira navideña "
                                                            "del municipio"));
  EXPECT_EQ("Crece el empleo en el estado", title("Crece el empleo en el estado abril 11, 2017 | "
                                                  "110 vistas"));
  const BulletinStructure numbered = StructureOf(
      "Nota N°. 8621 | Espera el rector que la universidad no sea escenario de campañas |\n\n"
      "Palacio Legislativo, 04-12-2017 (Notilegis).- El rector expresó su expectativa.\n\nLo "
      "dijo ante los diputados.\n");
  EXPECT_EQ("Espera el rector que la universidad no sea escenario de campañas", numbered.title);
  EXPECT_EQ("8621", numbered.number.value_or("-"));
}

TEST(ReadStructure, ALaterDateInTheHeaderWinsOverTheSitesDateAboveTheTitle) {
  EXPECT_EQ("Presenta la comisión su informe anual | 66/2024 |  | 2024-06-20",
            Header("jueves , 21 noviembre 2024\n\nPresenta la comisión su informe anual\n\n"
                   "Boletín 66/2024\n20 de junio de 2024\n\nDesde el trabajo territorial, la "
                   "comisión tiene la fuerza y la legitimidad para exigir el respeto de los "
                   "derechos de todas las personas que habitan la ciudad.\n"));
  EXPECT_EQ(
      "Encabeza el gobernador la reunión del consejo | - | Saltillo, Coahuila de Zaragoza | "
      "2014-02-18",
      Header("Ciudad Acuña, Coahuila, México | 19 de Abril del 2024\n\nEncabeza el "
             "gobernador la reunión del consejo\n\nSaltillo, Coahuila de Zaragoza. 18 de "
             "febrero del 2014.- El Gobernador encabezó la sesión ordinaria del consejo.\n\n"
             "El secretario expuso el panorama.\n"));
  // Past the story's first paragraph a date is the story's or another's.
  EXPECT_EQ("2021-11-17",
            DateOf("17 de noviembre de 2021\n\nDesde la Comuna informaron que ayer a la "
                   "mañana la secretaria de Obras Públicas constató los trabajos que realiza "
                   "la gestión con mano de obra municipal en los lotes del barrio.\n\n24 de "
                   "diciembre de 2025\n\nOtra nota del día sobre otro asunto.\n"));
}

// A site's section of its releases and its telephone line above the title; a caption in a
// name's capitals and a letterhead's contact line are no deck.
TEST(ReadStructure, ASectionOfReleasesAndItsTelephoneAboveTheTitle) {
  const BulletinStructure lorca = StructureOf(
      "NOTICIAS DEL AYUNTAMIENTO DE LORCA\n\nTelf: +34 968 47 97 42 · email: "
      "prensa.ayuntamiento@lorca.es\n\nEl Concejal de Educación entrega el Bono Libro "
      "Municipal a centros educativos\n\nLa convocatoria extraordinaria, destinada a alumnos de "
      "Primaria, finalizará el 15 de septiembre\n\nJosé Joaquín Peñarrubia, Concejal de "
      "Educación, ha realizado la entrega del Bono Libro Municipal.\n");
  EXPECT_EQ("El Concejal de Educación entrega el Bono Libro Municipal a centros educativos",
            lorca.title);
  EXPECT_EQ(std::vector<std::string>{"La convocatoria extraordinaria, destinada a alumnos de "
                                     "Primaria, finalizará el 15 de septiembre"},
            lorca.highlights);
  EXPECT_TRUE(StructureOf("El Ayuntamiento de Málaga licita las obras de los distritos\n\nJunta "
                          "de Gobierno Local de Málaga./Ayto. de Málaga\n\nPor un importe máximo "
                          "total de 75,4 millones de euros en cuatro años\n\nMÁLAGA- La Junta "
                          "de Gobierno Local ha dado luz verde a dos contratos.\n")
                  .highlights.empty());
}

// A government site's banner and a radio's player above the title are the page's; a lead-in
// that ends with a colon opens the story, and the bullets under it are its list.
TEST(ReadStructure, ASitesBannerAndAListUnderALeadIn) {
  EXPECT_EQ("Expresiones autorizadas del gobernador sobre la pandemia",
            StructureOf("Portal oficial del Gobierno de Puerto Rico\nUn sitio web oficial .pr.gov "
                        "pertenece a una organización oficial del Gobierno de Puerto Rico\nLos "
                        "sitios web seguros .pr.gov usan HTTPS\n\nExpresiones autorizadas del "
                        "gobernador sobre la pandemia\n\nEl Departamento de Salud continúa el "
                        "proceso de vacunación sin pausa en toda la Isla.\n")
                .title);
  const BulletinStructure cuba = StructureOf(
      "🎧 Escúchenos en audio real\n\nNota Informativa del Ministerio de Educación\n\nAnte el "
      "impacto inminente del huracán, el Ministerio insta a las familias a cumplir las medidas de "
      "la Defensa Civil:\n\n📌 El curso escolar tendrá interrupciones en las provincias.\n\n📌 "
      "Desde mañana recesa la actividad docente en todos los niveles.\n");
  EXPECT_EQ("Nota Informativa del Ministerio de Educación", cuba.title);
  EXPECT_TRUE(cuba.highlights.empty());
}

// A court's header: the date, then the office's name and the number with its year, parted by
// slashes; the town and its state on the next line, without a period.
TEST(ReadStructure, ACourtsHeaderWithTheNumberAfterTheOfficesName) {
  EXPECT_EQ(
      "CONFIRMA LA SALA TOLUCA DEL TEPJF SENTENCIAS EMITIDAS POR EL TEEM. | 72/2015 | "
      "Toluca de Lerdo, Estado de México | 2015-10-01",
      Header("CONFIRMA LA SALA TOLUCA DEL TEPJF SENTENCIAS EMITIDAS POR EL TEEM.\n\n1 "
             "/octubre /2015 / Sala Regional Toluca 72/2015\n\nToluca de Lerdo, Estado de "
             "México\n\nEn el estudio de los asuntos, los integrantes del pleno determinaron "
             "infundados los agravios.\n"));
  // A part that ends with a number and year but holds more than an office's name is no number.
  EXPECT_EQ("-", StructureOf("Título del boletín de prueba\n\n1 /octubre /2015 / se aprobó la "
                             "ley 72/2015\n\nEl pleno determinó infundados los agravios del "
                             "actor en el juicio.\n")
                     .number.value_or("-"));
}

// A summary set in guillemets above the dateline of an untitled page: the highlight, without
// the marks; a line that quotes twice keeps them.
TEST(ReadStructure, ASummaryInGuillemets) {
  const std::string dateline =
      "Apatzingán, Michoacán De Ocampo, México. 21 de Julio del 2023. Durante el recorrido por "
      "las Localidades, la Presidente del Sistema DIF indicó que la distribución continúa.\n";
  const std::string summary =
      "Como parte del compromiso del Ayuntamiento, en esta ocasión, se hizo la entrega de "
      "despensas en el poblado El Alcalde; con lo que se beneficia y aligeran los gastos "
      "económicos de los núcleos sociales vulnerables";
  EXPECT_EQ(std::vector<std::string>{summary},
            StructureOf("«" + summary + "».\n" + dateline).highlights);
  const std::string quotes = "«Vamos por más» y «no nos detendremos»: " + summary + ".";
  EXPECT_EQ(std::vector<std::string>{quotes}, StructureOf(quotes + "\n" + dateline).highlights);
}

// A press kit's links between the date and the highlights: their labels open no story, and
// their text stays in the body for who they name.
TEST(ReadStructure, APressKitsLinksAboveTheHighlights) {
  const BulletinStructure structure = StructureOf(
      "Listo Gobierno de Guadalajara para cuidar a fieles este 12 de Diciembre\n\nmartes, 10 de "
      "diciembre de 2024\n\nLas imágenes pueden consultarse en el siguiente link:\n\n"
      "https://we.tl/t-8qKHsgFZhL\n\nVideo, Secretario General del Gobierno de Guadalajara, "
      "Manuel Romo\n\nhttps://we.tl/t-coUhQm5nl6\n\n• En el operativo participarán más de un "
      "centenar de elementos.\n\nPara garantizar la seguridad de los fieles, el Gobierno "
      "desplegará un operativo.\n");
  EXPECT_EQ(std::vector<std::string>{"En el operativo participarán más de un centenar de "
                                     "elementos."},
            structure.highlights);
  ASSERT_EQ(3u, structure.body.size());
  EXPECT_EQ("Video, Secretario General del Gobierno de Guadalajara, Manuel Romo",
            structure.body[1]);
  EXPECT_EQ(2u, structure.links.size());
}

// A deck of three sentences without their periods, one a line, between title and story: the
// highlights. Short lines there are labels or captions, not a deck.
TEST(ReadStructure, ADeckOfSentencesWithoutPeriods) {
  const std::string title =
      "Un investigador del IRNASA-CSIC participa en el descubrimiento de un nuevo hábitat\n\n";
  const std::string story =
      "En los desiertos, las condiciones ambientales son tan extremas que la vida encuentra en "
      "las rocas a excelentes aliados.\n";
  const std::vector<std::string> deck = {
      "Este nuevo hábitat se ha descrito en el pavimento pedregoso del desierto del Namib",
      "Los investigadores han hallado diferencias en la composición de las comunidades "
      "microbianas",
      "El trabajo ha sido liderado por el Museo Nacional de Ciencias Naturales (MNCN)"};
  EXPECT_EQ(deck,
            StructureOf(title + deck[0] + "\n\n" + deck[1] + "\n\n" + deck[2] + "\n\n" + story)
                .highlights);
  EXPECT_TRUE(StructureOf(title +
                          "Montevideo en Cabildos - Municipio B\n\nCabildo del municipio "
                          "B en el Espacio Colabora\n\n" +
                          story)
                  .highlights.empty());
}

// A page's label and its period before the title leave it.
TEST(ReadStructure, ALabelAndItsPeriodBeforeTheTitle) {
  EXPECT_EQ("Índice Nacional de Precios Productor",
            StructureOf("Comunicado de Prensa. Índice Nacional de Precios Productor\n\nEl "
                        "Instituto informa que durante mayo el índice presentó un aumento.\n")
                .title);
}

// A deck of one sentence that points back at the title, above a story's longer first
// paragraph; a story's own first sentence is none.
TEST(ReadStructure, ADeckOfOneSentenceThatPointsBackAtTheTitle) {
  const std::string lead =
      "\n\nEl Ministerio de Vivienda y Urbanismo informó la selección de 261 familias de la "
      "región de Magallanes como beneficiarias del subsidio de mejoramiento habitacional, "
      "correspondiente al llamado nacional 2024 del Programa DS27, con una inversión total de "
      "varios miles de millones de pesos.\n";
  EXPECT_EQ(std::vector<std::string>{"Estos beneficios del Minvu permitirán financiar "
                                     "reparaciones y aislación térmica de las viviendas."},
            StructureOf("261 FAMILIAS DE MAGALLANES ACCEDEN A SUBSIDIOS\n\nEstos beneficios del "
                        "Minvu permitirán financiar reparaciones y aislación térmica de las "
                        "viviendas." +
                        lead)
                .highlights);
  EXPECT_TRUE(StructureOf("261 FAMILIAS DE MAGALLANES ACCEDEN A SUBSIDIOS\n\nEl Minvu respalda "
                          "el llamado de la Presidenta a la unidad nacional de las familias." +
                          lead)
                  .highlights.empty());
}

// A page's counters between the title and its subtitle ("0" / "367") are no line of a deck.
TEST(ReadStructure, ASubtitleUnderAPagesCounters) {
  EXPECT_EQ(std::vector<std::string>{"Presentó el organismo modificaciones a las reglas de "
                                     "operación en beneficio de labriegos"},
            StructureOf("Garantiza Segalmex pagos a productores de maíz\n\n0\n367\n\nPresentó "
                        "el organismo modificaciones a las reglas de operación en beneficio de "
                        "labriegos\n\nFue publicado en el Diario Oficial de la Federación el "
                        "primer acuerdo modificatorio a las Reglas de Operación.\n")
                .highlights);
}

// A page's tags above the headline, in lower case as no headline opens.
TEST(ReadStructure, APagesTagsInLowerCaseAboveTheTitle) {
  EXPECT_EQ("Invierten más de 9 millones en imagen urbana de Puebla capital | - |  | -",
            Header("teatro del pueblo\n\n911\n\nPublicado enPuebla\n\nInvierten más de 9 millones "
                   "en imagen urbana de Puebla capital\n\nCon una inversión de 9 millones de "
                   "pesos, el Gobierno de la Ciudad rehabilita la imagen urbana.\n"));
}

// A theme's sharing buttons, one network a line, leave the page whichever networks they name.
TEST(ReadStructure, ShareButtonsOneNetworkALine) {
  const BulletinStructure structure = StructureOf(
      "Share on facebook\nShare on twitter\nShare on whatsapp\nShare on telegram\nShare on "
      "linkedin\nCiudad de México.- Esta mañana, el Secretario de Marina rindió el informe "
      "mensual de los resultados de las operaciones.\n");
  EXPECT_EQ("", structure.title);
  EXPECT_EQ("Ciudad de México", structure.place);
  EXPECT_EQ(1u, structure.body.size());
}

// gob.mx's header line under the highlights, its section's word and a slash gluing the story
// on: the date, no place (the office signs it), the highlights whole and the story apart.
TEST(ReadStructure, AHeaderLineGluedToTheStory) {
  const BulletinStructure structure = StructureOf(
      "*Este padecimiento es la tercera causa de muerte por enfermedad en México\n*Entre los "
      "avances se han incorporado terapias dirigidas e inmunoterapia\nSecretaría de Salud | 04 de "
      "febrero de 2026 | Nacional/ En el Día Mundial contra el Cáncer,\nque se conmemora cada 4 "
      "de febrero, el Instituto Nacional de Cancerología impulsa la prevención.\n");
  EXPECT_EQ("2026-02-04", structure.dateline_date.value_or("-"));
  EXPECT_EQ("", structure.place);
  EXPECT_EQ(std::vector<std::string>(
                {"Este padecimiento es la tercera causa de muerte por enfermedad en México",
                 "Entre los avances se han incorporado terapias dirigidas e inmunoterapia"}),
            structure.highlights);
  ASSERT_FALSE(structure.body.empty());
  EXPECT_TRUE(structure.body.front().starts_with("En el Día Mundial contra el Cáncer, que se "))
      << structure.body.front();
  EXPECT_EQ(std::vector<std::string>{"Secretaría de Salud"}, structure.letterheads);
}

// A date glued to the story's last sentence signs it off; one inside the sentence does not.
TEST(ReadStructure, ADateGluedAfterTheLastSentence) {
  const std::string story =
      "El IMSS actualiza información sobre impactos del SISMO\n\nEn relación con el sismo de "
      "esta tarde, el Instituto informa que da servicio.\n\nPara mayores informes se habilitó "
      "el call center 01 800 623 2323.";
  EXPECT_EQ("2017-09-19", DateOf(story + " 19/09/2017\n"));
  EXPECT_EQ("-", DateOf(story + " Abrirá el 19/09/2017\n"));
}

TEST(ReadStructure, ASidebarsHeadingsAboveTheStoryAreNoTitle) {
  EXPECT_EQ(
      "La Secretaría del Trabajo realiza 420 inspecciones. | - |  | -",
      Header("Top 5 esta semana\n\nRelacionadas\n\nLa Secretaría del Trabajo realiza 420 "
             "inspecciones.\n\nLa Secretaría del Trabajo ha realizado 420 inspecciones a "
             "centros de empleo durante este año.\n\nSe revisaron las medidas de higiene.\n"));
}

TEST(ReadStructure, ATeasersDateAfterTheStoryIsNotTheBulletins) {
  EXPECT_EQ("2022-10-10",
            DateOf("• 10 de octubre de 2022\n\nTamaulipas concluyó la jornada de este lunes "
                   "con diez casos de COVID-19, informó el secretario de Salud, luego de "
                   "pedir a la sociedad protegerse y cuidar a los más vulnerables.\n\nSalud, "
                   "prioridad del gobierno del estado\n\n• 14 de enero de 2026\n\n• Prensa, "
                   "Secretaría de Salud\n"));
  // The same date signing the story off still places it.
  EXPECT_EQ(
      "Huacho",
      StructureOf("3 de diciembre de 2021 - 9:40 p. m.\n\nEn la capital de la Eterna "
                  "Primavera, el gobernador regional sostuvo reuniones técnicas bilaterales "
                  "durante el Gore Ejecutivo para analizar las problemáticas de la región.\n\n"
                  "Huacho, 3 de diciembre de 2021\n")
          .place);
}

// A site's banner and label above a title the page prints again under its header, whose
// office line carries the number: the title, the number, and neither copy nor office is a
// highlight.
TEST(ReadStructure, ATitlePrintedAboveAndBelowItsHeader) {
  const std::string header =
      "Presentación del Sistema de Información Energética Estatal\n\nSecretaría de Ecología y "
      "Medio Ambiente. Comunicado 051.\n\nChetumal, Quintana Roo. Junio 15 de 2022.\n\n"
      "Presentación del Sistema de Información Energética Estatal\n\nChetumal. La Secretaría "
      "presentará el Sistema de Información Energética Estatal en el Instituto Tecnológico.\n";
  const BulletinStructure structure = StructureOf(
      "En Quintana Roo #JuntosSaldremosAdelante ante el COVID-19\n\nNoticias\n\n" + header);
  EXPECT_EQ(
      "Presentación del Sistema de Información Energética Estatal | 051 | Chetumal, Quintana Roo "
      "| 2022-06-15",
      Header("En Quintana Roo #JuntosSaldremosAdelante ante el COVID-19\n\nNoticias\n\n" + header));
  EXPECT_TRUE(structure.highlights.empty());
  // The office's name is no number: "Secretaría de Ecología. Comunicado" alone is none.
  EXPECT_EQ("-", StructureOf("Presentación del Sistema de Información Energética Estatal\n\n"
                             "Secretaría de Ecología. Comunicado de la semana\n\nChetumal. La "
                             "Secretaría presentará el Sistema en el Instituto Tecnológico.\n")
                     .number.value_or("-"));
}

}  // namespace
}  // namespace hemeroteca
