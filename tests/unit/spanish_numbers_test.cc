#include "hemeroteca/indexer/spanish_numbers.h"

#include <gtest/gtest.h>

#include <iomanip>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace hemeroteca {
namespace {

std::string Number(double value) {
  std::ostringstream out;
  out << std::setprecision(15) << value;
  return out.str();
}

// "value [the text read]", or "none".
std::string Read(std::string_view text, std::size_t at = 0) {
  const auto number = read_spanish_number(text, at);
  if (!number) return "none";
  return Number(number->value) + " [" +
         std::string(text.substr(number->begin, number->end - number->begin)) + "]";
}

// "value [text]; value [text]" for every number in the text.
std::string Find(std::string_view text) {
  std::string out;
  for (const SpanishNumber& number : find_spanish_numbers(text)) {
    if (!out.empty()) out += "; ";
    out += Number(number.value) + " [" +
           std::string(text.substr(number.begin, number.end - number.begin)) + "]";
  }
  return out;
}

using Cases = std::vector<std::pair<std::string, std::string>>;

void ExpectReads(const Cases& cases) {
  for (const auto& [text, expected] : cases) EXPECT_EQ(expected, Read(text)) << text;
}

TEST(ReadSpanishNumber, ReadsDigitsWithMexicanSeparators) {
  ExpectReads({
      {"1,500 becas", "1500 [1,500]"},
      {"1'500 becas", "1500 [1'500]"},
      {"1\u2019500 becas", "1500 [1\u2019500]"},
      {"2,750,000 dosis", "2750000 [2,750,000]"},
      {"1.500.000 dosis", "1500000 [1.500.000]"},
      {"3.5 por ciento", "3.5 [3.5]"},
      {"10.25 por ciento", "10.25 [10.25]"},
      {"1773 MDP", "1773 [1773]"},
      {"2,35 metros", "2 [2]"},
      {"en 2014.", "none"},
      {"2014. Después", "2014 [2014]"},
  });
}

TEST(ReadSpanishNumber, ReadsDigitsGroupedBySpacesAndDecimalCommasInPercents) {
  ExpectReads({
      {"2 162 535 nacimientos", "2162535 [2 162 535]"},
      {"5\u00A0055 fuentes", "5055 [5\u00A0055]"},
      {"125\u2009223 casos", "125223 [125\u2009223]"},
      {"50,9% son hombres", "50.9 [50,9]"},
      {"12,35 por ciento", "12.35 [12,35]"},
      // A year, or a group that is not three digits, groups nothing.
      {"2018 125 escuelas", "2018 [2018]"},
      {"15 20 personas", "15 [15]"},
      {"2,35 metros", "2 [2]"},
  });
}

TEST(ReadSpanishNumber, ReadsNumberWords) {
  ExpectReads({
      {"siete clínicas", "7 [siete]"},
      {"veintitrés estados", "23 [veintitrés]"},
      {"veintitres estados", "23 [veintitres]"},
      {"treinta y cinco delegaciones", "35 [treinta y cinco]"},
      {"treinta y un hospitales", "31 [treinta y un]"},
      {"Doscientas enfermeras", "200 [Doscientas]"},
      {"ciento veinte camas", "120 [ciento veinte]"},
      {"cien médicos", "100 [cien]"},
      {"Mil servidores", "1000 [Mil]"},
      {"novecientos noventa y nueve", "999 [novecientos noventa y nueve]"},
      {"DIECISÉIS PLANTELES", "16 [DIECISÉIS]"},
  });
}

TEST(ReadSpanishNumber, ReadsMixesOfDigitsWordsAndScales) {
  ExpectReads({
      {"nueve mil 400 millones de pesos", "9400000000 [nueve mil 400 millones]"},
      {"Seis mil 405 millones de pesos", "6405000000 [Seis mil 405 millones]"},
      {"NUEVE MIL 400 MILLONES DE PESOS", "9400000000 [NUEVE MIL 400 MILLONES]"},
      {"mil 700 millones de pesos", "1700000000 [mil 700 millones]"},
      {"65 mil millones de pesos", "65000000000 [65 mil millones]"},
      {"dos mil millones", "2000000000 [dos mil millones]"},
      {"cinco millones de consultas", "5000000 [cinco millones]"},
      {"44 millones de horas", "44000000 [44 millones]"},
      {"1.5 millones de vacunas", "1500000 [1.5 millones]"},
      {"un millón de dosis", "1000000 [un millón]"},
      {"medio millón de afiliados", "500000 [medio millón]"},
      {"un millón 200 mil recetas", "1200000 [un millón 200 mil]"},
      {"12 millones y medio de usuarios", "12500000 [12 millones y medio]"},
      {"un millon y media", "1500000 [un millon y media]"},
      {"14 mil 937 becas", "14937 [14 mil 937]"},
      {"doscientos mil pesos", "200000 [doscientos mil]"},
      {"un billón de pesos", "1000000000000 [un billón]"},
  });
}

TEST(ReadSpanishNumber, ReadsDecimalsSaidInWords) {
  EXPECT_EQ("0.13 [cero punto trece]", Read("cero punto trece por ciento"));
  EXPECT_EQ("5.04 [cinco punto cero cuatro]", Read("cinco punto cero cuatro casos"));
  EXPECT_EQ("2500000 [dos punto cinco millones]", Read("dos punto cinco millones de pesos"));
  // "punto" that no number follows, or after an article, is a word of the sentence.
  EXPECT_EQ("3 [tres]", Read("tres puntos"));
  EXPECT_EQ("none", Read("un punto de acuerdo"));
  EXPECT_EQ("none", Read("un punto dos veces discutido"));
}

TEST(ReadSpanishNumber, ReadsArticlesAsOneOnlyBeforeAScale) {
  ExpectReads({
      {"una videoconferencia", "none"},
      {"un solo equipo", "none"},
      {"uno de los retos", "none"},
      {"una mil", "1000 [una mil]"},
      {"un millón", "1000000 [un millón]"},
  });
}

TEST(ReadSpanishNumber, RejectsWhatIsNotAQuantity) {
  ExpectReads({
      {"primera vez", "none"},
      {"1o. de junio", "none"},
      {"1º de junio", "none"},
      {"3er informe", "none"},
      {"19a sesión", "none"},
      {"ciento de", "none"},
      {"medio ambiente", "none"},
      {"millones de personas", "none"},
      {"miles de personas", "none"},
      {"militares", "none"},
      {"", "none"},
  });
  EXPECT_EQ("none", Read("diecinueve", 4)) << "not at the start of a word";
  EXPECT_EQ("none", Read("COVID19", 5)) << "digits glued to letters";
  EXPECT_EQ("19 [19]", Read("COVID-19", 6));
}

TEST(ReadSpanishNumber, StopsBeforeTheNextNumber) {
  ExpectReads({
      {"2019 2020", "2019 [2019]"},
      {"mil mil", "1000 [mil]"},
      {"dos 400", "2 [dos]"},
      {"mil 2020", "1000 [mil]"},
      {"5 millones 300 millones", "5000000 [5 millones]"},
      {"treinta y", "30 [treinta]"},
  });
}

// Batch 45: Ecuador's, Spain's and Chile's figures, whose periods group thousands.
TEST(DecimalMarkOf, TellsTheCommasUsageOnlyByNumbersMexicoWouldNotWrite) {
  const auto mark = [](std::vector<std::string> texts) {
    return decimal_mark_of(texts) == DecimalMark::kComma ? "comma" : "point";
  };
  EXPECT_EQ("comma", mark({"Se intervinieron 38.721,72 hectáreas."}));
  EXPECT_EQ("comma", mark({"Llegó a 1.533.173 personas.", "Y a 65,4 millones."}));
  EXPECT_EQ("comma", mark({"Más de 80.000 familias y 7.500 millones de pesos."}));
  EXPECT_EQ("comma", mark({"El 9,4% de las solicitudes."}));
  // Money to thousandths is thousands grouped by periods.
  EXPECT_EQ("comma", mark({"Obras por valor de 514.630 euros y 152.096 euros."}));
  EXPECT_EQ("comma", mark({"Se pagaron 98.552 pesos."}));
  // Mexico's thousands or decimals anywhere keep the point.
  EXPECT_EQ("point", mark({"Más de 80.000 familias.", "Se invirtieron 1,500 pesos."}));
  EXPECT_EQ("point", mark({"Más de 80.000 familias y 3.5 millones de pesos."}));
  // A lone group of three tells nothing, nor do times and dates.
  EXPECT_EQ("point", mark({"Se recorrieron 1.852 kilómetros a las 10.30 horas del 18.09.2020."}));
  EXPECT_EQ("point", mark({}));
}

TEST(ReadSpanishNumber, ReadsPeriodsAsThousandsAndACommaAsDecimalsWhenTold) {
  const auto read = [](std::string_view text) {
    const auto number = read_spanish_number(text, 0, DecimalMark::kComma);
    return number ? Number(number->value) + " [" + std::string(text.substr(0, number->end)) + "]"
                  : "none";
  };
  EXPECT_EQ("38721.72 [38.721,72]", read("38.721,72 hectáreas"));
  EXPECT_EQ("1658 [1.658]", read("1.658 palmicultores"));
  EXPECT_EQ("1140900000 [1.140,9 millones]", read("1.140,9 millones de euros"));
  EXPECT_EQ("4644536 [4.644.536]", read("4.644.536 electores"));
  EXPECT_EQ("12 [12]", read("12. El siguiente punto"));
  // Spaces group thousands there too ("396 550 personas"), never commas.
  EXPECT_EQ("396550 [396 550]", read("396 550 personas"));
  EXPECT_EQ("6.5 [6,5]", read("6,5 por ciento"));
  EXPECT_EQ("12.5 [12,500]", read("12,500 personas"));
  // Mexico's usage, the default, reads the same text otherwise; but three zeros are never
  // decimals, nor three digits before the things counted.
  EXPECT_EQ("1658000 [1.658 millones]", Read("1.658 millones"));
  EXPECT_EQ("1.852 [1.852]", Read("1.852 kilómetros"));
  EXPECT_EQ("32000 [32.000]", Read("32.000 menores"));
  EXPECT_EQ("1658 [1.658]", Read("1.658 palmicultores"));
  EXPECT_EQ("3960 [3.960]", Read("3.960 personas"));
  EXPECT_EQ("19.875 [19.875]", Read("19.875 pesos por dólar"));
  EXPECT_EQ("2.345 [2.345]", Read("2.345 por ciento"));
  EXPECT_EQ("1.25 [1.25]", Read("1.25 metros"));
}

TEST(ReadSpanishNumber, ReadsAScaleGluedToItsDigits) {
  EXPECT_EQ("6430 [6mil 430]", Read("6mil 430 casillas"));
  EXPECT_EQ("12000000 [12millones]", Read("12millones de pesos"));
  EXPECT_EQ("none", Read("6miles"));
  EXPECT_EQ("none", Read("3milpas"));
}

TEST(FindSpanishNumbers, FindsEveryNumberAtWordStarts) {
  EXPECT_EQ("2014 [2014]; 600 [600]; 1500 [mil 500]",
            Find("En 2014 se dieron 600 apoyos y mil 500 préstamos a una persona."));
  EXPECT_EQ("641 [641]; 2020 [2020]; 19 [19]", Find("No. 641/2020 sobre COVID-19"));
  EXPECT_EQ("95 [95]", Find("el 95 por ciento"));
  EXPECT_EQ("", Find("por primera vez, uno de los retos, 1o. de junio"));
}

}  // namespace
}  // namespace hemeroteca
