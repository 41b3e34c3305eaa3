#include "hemeroteca/indexer/figures.h"

#include <gtest/gtest.h>

#include <iomanip>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace hemeroteca {
namespace {

// "value unit | text" for each figure of one paragraph.
std::vector<std::string> Figures(const std::string& paragraph) {
  std::vector<std::string> out;
  for (const Figure& figure : extract_figures({paragraph})) {
    std::ostringstream line;
    line << std::setprecision(15) << figure.value << " " << figure.unit << " | " << figure.text;
    out.push_back(line.str());
  }
  return out;
}

// All the figures of a paragraph on one line, "; "-separated.
std::string All(const std::string& paragraph) {
  std::string out;
  for (const std::string& figure : Figures(paragraph)) out += (out.empty() ? "" : "; ") + figure;
  return out;
}

using Cases = std::vector<std::pair<std::string, std::string>>;

void ExpectFigures(const Cases& cases) {
  for (const auto& [paragraph, expected] : cases) EXPECT_EQ(expected, All(paragraph)) << paragraph;
}

TEST(ExtractFigures, ReadsMoney) {
  ExpectFigures({
      {"La obra costará 65 mil millones de pesos.", "65000000000 pesos | 65 mil millones de pesos"},
      {"Seis mil 405 millones de pesos irán a pensiones.",
       "6405000000 pesos | Seis mil 405 millones de pesos"},
      {"Se destinan 130 mdp a obra.", "130000000 pesos | 130 mdp"},
      {"UNA INVERSIÓN DE MÁS DE 14 MMDP EN SALUD", "14000000000 pesos | 14 MMDP"},
      {"Recibió un apoyo de 2,500 pesos.", "2500 pesos | 2,500 pesos"},
      {"Cada beca es de $1,500 al mes.", "1500 pesos | $1,500"},
      // Dollars by their sign or by the currency's code.
      {"Se invirtieron US$ 3 millones.", "3000000 dólares | US$ 3 millones"},
      {"Se invirtieron USD 5 millones.", "5000000 dólares | USD 5 millones"},
      // Peru's soles, their sign glued before the amount; a code's slash is no sign.
      {"Se invierten S/950 millones en obras.", "950000000 soles | S/950 millones"},
      {"Costó S/.120 mil.", "120000 soles | S/.120 mil"},
      {"El expediente SS/950 sigue abierto.", ""},
      // Costa Rica's colones, either sign.
      {"La UCR destinará ¢150 millones al fondo.", "150000000 colones | ¢150 millones"},
      {"Cada beca es de ₡2.500.", "2500 colones | ₡2.500"},
      {"Se obtuvo un crédito de 3 mdd.", "3000000 dólares | 3 mdd"},
      {"Donó 20 mil dólares.", "20000 dólares | 20 mil dólares"},
  });
}

TEST(ExtractFigures, ReadsPercentages) {
  ExpectFigures({
      {"El abasto llegó al 95 por ciento.", "95 por ciento | 95 por ciento"},
      {"El abasto llegó al 95%.", "95 por ciento | 95%"},
      {"El abasto llegó al 95 % del total.", "95 por ciento | 95 %"},
      {"Con una tasa anual del 10.25 por ciento.", "10.25 por ciento | 10.25 por ciento"},
  });
}

TEST(ExtractFigures, ReadsTheCountedNounPhrase) {
  ExpectFigures({
      {"Se sumaron siete Hospitales Generales Regionales al plan.",
       "7 hospitales generales regionales | siete Hospitales Generales Regionales"},
      {"Asistieron los 35 representantes delegacionales del país.",
       "35 representantes delegacionales | 35 representantes delegacionales"},
      {"El pago cubre a 46 mil pensionados y jubilados del estado.",
       "46000 pensionados y jubilados | 46 mil pensionados y jubilados"},
      {"Se entregaron 600 créditos personales, según el informe.",
       "600 créditos personales | 600 créditos personales"},
      {"Hay que acudir dos veces al año a la ventanilla.", "2 veces al año | dos veces al año"},
      {"Operan 25 Unidades Médicas de Alta Especialidad.",
       "25 unidades médicas | 25 Unidades Médicas"},
      {"Mil trabajadores estudian el bachillerato.", "1000 trabajadores | Mil trabajadores"},
      {"Hay convenio con 40 universidades e institutos de todo el país.",
       "40 universidades e institutos | 40 universidades e institutos"},
      {"Se abrirán 10 mil nuevas plazas por parte de Hacienda.",
       "10000 nuevas plazas | 10 mil nuevas plazas"},
      {"Se perdieron 44 millones de días laborables.",
       "44000000 días laborables | 44 millones de días laborables"},
      {"Van 12 millones y medio de afiliados en el registro.",
       "12500000 afiliados | 12 millones y medio de afiliados"},
      {"Votaron 11 de los equipos de zona.", "11 equipos | 11 de los equipos"},
      {"Llevan 18 meses con el programa.", "18 meses | 18 meses"},
      {"Se pavimentaron 120 km de carretera.", "120 km | 120 km"},
      {"Se entregaron motores de 30 HP.", "30 hp | 30 HP"},
      // An earthquake's magnitude, its unit before it; not a year.
      {"Se registró un sismo de magnitud 7.7 en la costa.", "7.7 magnitud | magnitud 7.7"},
      {"Fue de magnitud de 5.2 según el SSN.", "5.2 magnitud | magnitud de 5.2"},
      {"La magnitud 2020 fue otra.", ""},
      // A symbol takes no adjective after it, in capitals or not.
      {"Entregó un motor de 30 HP nuevo.", "30 hp | 30 HP"},
      {"ENTREGA UN MOTOR DE 30 HP FUERA DE BORDA", "30 hp | 30 HP"},
      {"Se atendió a 2000 personas.", "2000 personas | 2000 personas"},
  });
}

// A rate's fall, its minus glued before it and spaced from the word before.
TEST(ExtractFigures, ReadsARatesMinusSign) {
  ExpectFigures({
      {"El índice varió -0,1% en el mes.", "-0.1 por ciento | -0,1%"},
      {"Cayó (-)0.02% en el año.", "-0.02 por ciento | (-)0.02%"},
      {"Bajó -1.5 puntos porcentuales.", "-1.5 puntos porcentuales | -1.5 puntos porcentuales"},
      // A dash spaced from the number parts phrases.
      {"Subió en el año - 5% según el informe.", "5 por ciento | 5%"},
  });
}

// Degrees Celsius, the sign glued to its letter.
TEST(ExtractFigures, ReadsDegreesCelsius) {
  ExpectFigures({
      {"Se espera una temperatura de 45°C en la ciudad.", "45 °C | 45°C"},
      {"La sensación térmica llegó a 47 °C ayer.", "47 °C | 47 °C"},
  });
}

TEST(ExtractFigures, ReadsASymbolsPowerAndRate) {
  ExpectFigures({
      {"Se retiraron 15 m3 de arena.", "15 m³ | 15 m3"},
      {"Se retiraron 20 m³ de grava.", "20 m³ | 20 m³"},
      {"Se construyeron 1,200 m2 de vivienda.", "1200 m² | 1,200 m2"},
      {"La cuenca mide 500 km² en total.", "500 km² | 500 km²"},
      // Water authorities write millions of cubic metres "Mm3"; "Mm" alone is millimetres.
      {"La presa guarda 21.96 Mm3 de agua.", "21960000 m³ | 21.96 Mm3"},
      {"Cayeron 50 mm de lluvia.", "50 mm | 50 mm"},
      {"El embalse guarda 300 hm3.", "300 hm³ | 300 hm3"},
      {"El río lleva 3 m3/s de caudal.", "3 m³/s | 3 m3/s"},
      {"Se esperan vientos de 60 km/h y rachas de 80 km/hr.",
       "60 km/h | 60 km/h; 80 km/h | 80 km/hr"},
  });
}

TEST(ExtractFigures, EndsTheNounPhraseAtVerbsAndMismatchedWords) {
  ExpectFigures({
      {"Unos 300 médicos cursan el diplomado.", "300 médicos | 300 médicos"},
      {"El gasto fue de cinco mil pesos en dos años producto de la crisis.",
       "5000 pesos | cinco mil pesos; 2 años | dos años"},
      {"Se dieron 500 consultas y se atendieron urgencias.", "500 consultas | 500 consultas"},
      {"Se otorgaron 80 becas IMSS a estudiantes.", "80 becas | 80 becas"},
      {"Ya son 20 el total.", ""},
  });
}

TEST(ExtractFigures, LeavesHedgesOutOfTheText) {
  ExpectFigures({
      {"Lo vio un auditorio aproximado de 800 personas.", "800 personas | 800 personas"},
      {"Beneficia a cerca de medio millón de derechohabientes sonorenses.",
       "500000 derechohabientes | medio millón de derechohabientes sonorenses"},
      {"La obra suma más de 187 millones de pesos.", "187000000 pesos | 187 millones de pesos"},
      {"Llegaron alrededor de 150 directivos.", "150 directivos | 150 directivos"},
  });
}

TEST(ExtractFigures, FillsInUnitsSpanishLeavesOut) {
  ExpectFigures({
      {"Se invertirán 130 millones de pesos, así como 20 millones adicionales para equipo.",
       "130000000 pesos | 130 millones de pesos; 20000000 pesos | 20 millones"},
      {"Se abrirán de 10 a 20 consultorios.",
       "10 consultorios | 10; 20 consultorios | 20 consultorios"},
      {"Bajaron entre 5 y 8 por ciento.", "5 por ciento | 5; 8 por ciento | 8 por ciento"},
      {"Se vacunó a niños de entre 5 y 11 años.", "5 años | 5; 11 años | 11 años"},
      // Batch 53: the "de" between the scale and the currency left out.
      {"El presupuesto es de alrededor de 22 millones pesos.",
       "22000000 pesos | 22 millones pesos"},
  });
}

TEST(ExtractFigures, ABareAmountInARangeTakesTheScaleOfTheOther) {
  ExpectFigures({
      {"El déficit pasó de 24.3 a 22.7 millones de pesos.",
       "24300000 pesos | 24.3; 22700000 pesos | 22.7 millones de pesos"},
      {"Costará entre 60 y 65 mil millones de pesos.",
       "60000000000 pesos | 60; 65000000000 pesos | 65 mil millones de pesos"},
      {"Atenderá de 3 a 5 millones y medio de personas.",
       "3000000 personas | 3; 5500000 personas | 5 millones y medio de personas"},
      // An amount with its own scale keeps it.
      {"Subió de 800 mil a 1.2 millones de usuarios.",
       "800000 usuarios | 800 mil; 1200000 usuarios | 1.2 millones de usuarios"},
  });
}

TEST(ExtractFigures, APartOfWhatWasJustCountedTakesItsNoun) {
  ExpectFigures({
      {"De los 187 casos, 115 de ellos son leves.", "187 casos | 187 casos; 115 casos | 115"},
      {"Atendió 4 mil 512 quejas, de las cuales 312 fueron por racismo.",
       "4512 quejas | 4 mil 512 quejas; 312 quejas | 312"},
      {"Construirá seis clínicas y 16 más.", "6 clínicas | seis clínicas; 16 clínicas | 16"},
      {"Ganó en 14 de los 300 distritos.", "14 distritos | 14; 300 distritos | 300 distritos"},
  });
}

TEST(ExtractFigures, ACountAfterADashThatOpensAnAside) {
  ExpectFigures({
      {"Llevaban siete armas artesanales -6 fusiles y un arma corta- en el auto.",
       "7 armas artesanales | siete armas artesanales; 6 fusiles | 6 fusiles"},
      // A code's dash, glued to the word before it, and a temperature's minus stay out.
      {"El COVID-19 sigue y se esperan -5 grados.", ""},
  });
}

TEST(ExtractFigures, APartAfterARelativePronounAndItsVerbTakesTheNoun) {
  ExpectFigures({
      {"La meta es de 20 mil hectáreas, de las cuales llevan 12 mil 310.",
       "20000 hectáreas | 20 mil hectáreas; 12310 hectáreas | 12 mil 310"},
      {"Suman 900 casos en el mundo, en los que 420 son en Europa.",
       "900 casos | 900 casos; 420 casos | 420"},
      // And the other part, joined to it.
      {"Se contaron 7.500.000 personas, de las que 7.100.000 tienen empleo y 400.000 no lo "
       "tienen.",
       "7500000 personas | 7.500.000 personas; 7100000 personas | 7.100.000; 400000 personas | "
       "400.000"},
      // After "y", a bare count with its own complement counts what the count before it did;
      // after a comma it may be anything ("el 5 de la lista").
      {"Tendrá 10 consultorios de atención médica y cinco de atención preventiva.",
       "10 consultorios | 10 consultorios; 5 consultorios | cinco"},
      {"Tendrá 10 consultorios, el 5 de la lista.", "10 consultorios | 10 consultorios"},
      // And the parts that commas list after it.
      {"Vuelven 50,029 docentes, de los cuales 32,671 corresponden a educación básica, 7,629 a "
       "media superior, 10,728 al nivel superior.",
       "50029 docentes | 50,029 docentes; 32671 docentes | 32,671; 7629 docentes | 7,629; 10728 "
       "docentes | 10,728"},
      // Or semicolons.
      {"Serán atendidos 3 mil alumnos, de los cuales 1,923 son de educación inicial; 1,617 de "
       "educación especial; 49 de preescolar.",
       "3000 alumnos | 3 mil alumnos; 1923 alumnos | 1,923; 1617 alumnos | 1,617; 49 alumnos | 49"},
      // A number after a comma is no part: "de las que" is too far behind it.
      {"Hay 30 escuelas, de las que se cerraron muchas, en 2024 y 12 aulas.",
       "30 escuelas | 30 escuelas; 12 aulas | 12 aulas"},
  });
}

TEST(ExtractFigures, CountsNounsAfterDeInQuotesAndAfterAName) {
  ExpectFigures({
      {"Logró 118 solicitudes de patente y 14 de diseños industriales.",
       "118 solicitudes | 118 solicitudes; 14 diseños industriales | 14 de diseños "
       "industriales"},
      {"Se otorgaron 3 mil 412 “palomitas” a gasolineras.",
       "3412 palomitas | 3 mil 412 “palomitas”"},
      {"Silao suma 116 casos, San Miguel de Allende 28 reportes y Celaya 18 casos.",
       "116 casos | 116 casos; 28 reportes | 28 reportes; 18 casos | 18 casos"},
      {"Llegaron a México 6 millones 911 mil turistas.",
       "6911000 turistas | 6 millones 911 mil turistas"},
      // An acronym before a scale word and "de" the noun: "VIH" names nothing here.
      {"En el mundo vivían con VIH 39 millones de personas.",
       "39000000 personas | 39 millones de personas"},
      {"Se prevé Cozumel 85 por ciento; Los Cabos 95%.",
       "85 por ciento | 85 por ciento; 95 por ciento | 95%"},
      // A list of names and bare counts after one that named its noun: the same noun.
      {"Valles Centrales suma mil casos, Costa 448 casos y tres decesos, Istmo 247, Tuxtepec 69 "
       "y la Sierra 64.",
       "1000 casos | mil casos; 448 casos | 448 casos; 3 decesos | tres decesos; 247 casos | 247; "
       "69 casos | 69; 64 casos | 64"},
      {"Se reportan 448 casos en la Costa, Istmo 247.", "448 casos | 448 casos"},
      {"Recorrió la Línea 12, la Línea 3 y la Zona 2.", ""},
      // A name before a number that counts nothing still names it.
      {"Se inauguró el Hospital General de Zona 2 en Tijuana.", ""},
      {"Estudian en la Escuela Secundaria Técnica 15 de Los Mochis.", ""},
      {"La Línea 12 apenas reabrió.", ""},
      {"La Región 4 Valles Centrales recibió apoyo.", ""},
      {"Se crearon 15 de Aguascalientes.", ""},
      {"Apenas 12 de los 3 millones de contribuyentes declararon.",
       "12 contribuyentes | 12; 3000000 contribuyentes | 3 millones de contribuyentes"},
  });
}

TEST(ExtractFigures, SkipsDatesYearsTimesAndCodes) {
  ExpectFigures({
      {"Ciudad de México, viernes 18 de septiembre de 2020", ""},
      {"El estatuto entró en vigor el 18 de junio pasado.", ""},
      {"En 2014 la inversión creció.", ""},
      {"Desde 2019 opera la clínica.", ""},
      {"Como lo ordena la reforma de 2011.", ""},
      {"La norma de 1997 establece el pago.", ""},
      {"El plan 2019-2024 sigue.", ""},
      {"La sesión inició a las 18:10 horas.", ""},
      {"La reunión fue a las 10 horas.", ""},
      {"Boletín No. 641/2020.", ""},
      {"Según el artículo 4 de la ley.", ""},
      {"Inicia la etapa 2 del programa.", ""},
      {"Lo atendió el Hospital General de Zona No. 2 de la ciudad.", ""},
      {"Acudió a la UMF 20 del norte.", ""},
      {"Tras la pandemia de COVID-19 hubo cambios.", ""},
      {"La campaña Salud-2000 y el plan IMSS-veinte siguen.", ""},
      {"El 1o. de junio inició el programa.", ""},
      {"Por primera vez se realizó una videoconferencia.", ""},
      {"Fue uno de los logros del año.", ""},
      {"Cero rezago en estancias.", ""},
      {"Disminuyeron de 14 a 3.", ""},
  });
}

// After a day and its month, a number that is neither a day nor a year is a quantity; right
// after the month, a day or a year is the date's.
TEST(ExtractFigures, AQuantityAfterADayAndItsMonth) {
  ExpectFigures({
      {"Distribuirá este miércoles 9 de junio 631 690 dosis de vacunas.",
       "631690 dosis | 631 690 dosis"},
      {"El acuerdo se firmó en junio 2014 ante notario.", ""},
      {"El acuerdo se firmó en junio 9 ante notario.", ""},
  });
}

// A list's items before its last take the last one's noun, comma by comma.
TEST(ExtractFigures, AListsItemsTakeTheLastOnesNoun) {
  EXPECT_EQ(
      "3 primeros lugares | tres primeros lugares; 10000 pesos | 10 mil; 7000 pesos | siete "
      "mil; 5000 pesos | cinco mil pesos",
      All("Se premiará a los tres primeros lugares con 10 mil, siete mil y cinco mil "
          "pesos."));
}

// A list of names and their counts parted by semicolons counts what one of its items names;
// a list that names nothing, or numbers without names, stay bare.
TEST(ExtractFigures, AListOfNamesAndCountsTakesTheUnitOneItemNames) {
  ExpectFigures({
      {"Se enviarán a las regiones: Cusco, 39 780; La Libertad, 58 500; Lambayeque, 51 480 "
       "dosis; y Piura, 87 750.",
       "39780 dosis | 39 780; 58500 dosis | 58 500; 51480 dosis | 51 480 dosis; 87750 dosis | "
       "87 750"},
      {"Se enviarán a las regiones: Cusco, 39 780; La Libertad, 58 500.", ""},
      {"Los resultados: 39 780; 58 500; 51 480 dosis.", "51480 dosis | 51 480 dosis"},
  });
  // Adverbs end the counted noun phrase.
  EXPECT_EQ("5500000 personas | 5.5 millones de personas",
            All("Se propuso vacunar a 5.5 millones de personas antes de julio."));
}

TEST(ExtractFigures, ReadsAQuantityAfterALabelWord) {
  EXPECT_EQ("2300 trabajadores | 2 mil 300 trabajadores",
            All("Se trasladarán en una primera etapa 2 mil 300 trabajadores a la ciudad."));
}

TEST(ExtractFigures, KeepsTheFirstOfEqualFiguresWithItsSentence) {
  const std::vector<Figure> figures =
      extract_figures({"SE INVIERTEN SEIS MIL 405 MILLONES DE PESOS",
                       "Para pensiones. Se invierten seis mil 405 "
                       "millones de pesos en 2014."});
  ASSERT_EQ(1u, figures.size());
  EXPECT_EQ("SEIS MIL 405 MILLONES DE PESOS", figures[0].text);
  EXPECT_EQ("SE INVIERTEN SEIS MIL 405 MILLONES DE PESOS", figures[0].sentence);

  const std::vector<Figure> second = extract_figures({"Para pensiones. Se dan 30 becas."});
  ASSERT_EQ(1u, second.size());
  EXPECT_EQ("Se dan 30 becas.", second[0].sentence);
}

TEST(ExtractFigures, KeepsFiguresWithDifferentUnits) {
  EXPECT_EQ("35 representantes | 35 representantes; 35 jefes | 35 jefes",
            All("Llegaron 35 representantes y 35 jefes de servicio."));
}

TEST(ExtractFigures, ReadsBanxicosMillionsOfDollarsAndPesos) {
  EXPECT_EQ("226465000000 dólares | 226,465 m.d.; 3078526000000 pesos | 3,078,526 m.p.",
            All("El saldo fue de 226,465 m.d. y la base de 3,078,526 m.p. al cierre."));
}

TEST(ExtractFigures, ReadsBarrelsADayInThousandsAndMillions) {
  EXPECT_EQ("1661000 barriles diarios | 1,661 Mbd; 1600000 barriles diarios | 1.6 MMbd",
            All("La producción fue de 1,661 Mbd; la meta es de 1.6 MMbd."));
}

// An amount in millions after one in pesos is in pesos too, even when it ends in "mil".
TEST(ExtractFigures, AnAmountInMillionsAfterPesosIsInPesos) {
  ExpectFigures({
      {"Aportó 81 millones 513 mil pesos el estado y 20 millones 549 mil la UdeG.",
       "81513000 pesos | 81 millones 513 mil pesos; 20549000 pesos | 20 millones 549 mil"},
      // Not an amount the sentence does not join to the first: people, here (review 4).
      {"El costo fue de 10 millones de pesos y se atendió a 2 millones 300 mil en el estado.",
       "10000000 pesos | 10 millones de pesos"},
      // "antes" is no unit.
      {"La meta es vacunar a 1 millón 500 mil antes de junio.", ""},
  });
}

// "ha" after a number is hectares, unless a participle makes it the verb.
TEST(ExtractFigures, HaIsHectaresUnlessItIsTheVerb) {
  ExpectFigures({
      {"Cubren una superficie afectada de 27 mil 459 ha.", "27459 ha | 27 mil 459 ha"},
      {"Se reforestaron 120 ha de bosque.", "120 ha | 120 ha"},
      {"La cifra de 300 ha aumentado este año.", ""},
      // Review 4: the verb before an infinitive or an adverb, and after a year.
      {"Cada uno de los 10 ha de atender a sus vecinos.", ""},
      {"A partir de 2021 ha de aplicarse la norma.", ""},
      {"De los 5 ha también atendido a otros.", ""},
      {"Se reforestan 500 ha cada año.", "500 ha | 500 ha"},
  });
}

// Batch 28: years and days a blog's theme or a speaker writes next to words a figure could
// count; a year of four digits counting a noun stays a figure.
TEST(ExtractFigures, YearsAndDaysThatCountNothing) {
  ExpectFigures({
      {"Publicado en noviembre - 6 - 2012 Comentarios desactivados.", ""},
      {"El 2025 viernes llegó.", ""},
      {"Durante este 2025 estaremos dando seguimiento.", ""},
      // Batch 65: a goal's year.
      {"La meta para 2015 de mastografías es alta.", ""},
      {"Conforme a los Calendarios Escolares 2018 – 2019 marcados por la SEP.", ""},
      {"Hoy 1925 académicos forman el claustro.", "1925 académicos | 1925 académicos"},
  });
}

// Seizure reports weigh in kilos, grams and milligrams at once: one weight in kilos.
TEST(ExtractFigures, ATextWhosePeriodsGroupThousands) {
  EXPECT_EQ("38721.72 hectáreas | 38.721,72 hectáreas; 1658 palmicultores | 1.658 palmicultores",
            All("Se intervinieron 38.721,72 hectáreas y se benefició a 1.658 palmicultores."));
  // Where nothing tells, Mexico's usage: "1.852 kilómetros" is a nautical mile; but no one
  // counts people to three decimals.
  EXPECT_EQ("1.852 kilómetros | 1.852 kilómetros", All("Una milla son 1.852 kilómetros."));
  EXPECT_EQ("3750 pensiones al año | 3.750 pensiones al año; 3960 personas | 3.960 personas",
            All("La meta es otorgar 3.750 pensiones al año y se atendió a 3.960 personas."));
}

TEST(ExtractFigures, TheThreeOrdersOfGovernmentCountNothing) {
  ExpectFigures({
      {"Se coordinan los tres órdenes de gobierno.", ""},
      {"con la participación de los tres niveles de gobierno y 40 elementos",
       "40 elementos | 40 "
       "elementos"},
      {"Se emitieron tres órdenes de aprehensión.", "3 órdenes | tres órdenes"},
  });
}

TEST(ExtractFigures, AWeightInKilosGramsAndMilligramsIsOne) {
  ExpectFigures({
      {"Se destruyeron 854 kilos 933 gramos 800 miligramos de marihuana y 12 kilos de cocaína.",
       "854.9338 kilos | 854 kilos 933 gramos 800 miligramos; 12 kilos | 12 kilos"},
      {"Se aseguraron 3 kilos 200 gramos de cristal.", "3.2 kilos | 3 kilos 200 gramos"},
      // Tons too, in kilos.
      {"Pesaban 5 toneladas 500 kilos.", "5500 kilos | 5 toneladas 500 kilos"},
      {"Pesaban 5 toneladas de maíz.", "5 toneladas | 5 toneladas"},
      // Apart, they are two figures.
      {"Se aseguraron 3 kilos de cristal y 200 gramos de heroína.",
       "3 kilos | 3 kilos; 200 gramos | 200 gramos"},
  });
}

// A text that lost its periods is one long sentence: each figure keeps the words around it,
// not a copy of it all (which took gigabytes on a 600 KB text).
TEST(ExtractFigures, AFigureOfAVeryLongSentenceKeepsTheWordsAroundIt) {
  std::string sentence;
  for (int i = 1; i <= 2000; ++i) {
    sentence += "el instituto abrió " + std::to_string(i) + " clínicas y ";
  }
  const std::vector<Figure> figures = extract_figures({sentence + "nada más."});
  ASSERT_EQ(2000u, figures.size());
  for (const Figure& figure : figures) {
    ASSERT_LE(figure.sentence.size(), 2000u);
    ASSERT_NE(std::string::npos, figure.sentence.find(figure.text)) << figure.text;
  }
  EXPECT_EQ("La obra costó 5 millones de pesos.",
            extract_figures({"La obra costó 5 millones de pesos."}).front().sentence);
}

TEST(ExtractFigures, ANumberRepeatedInWordsIsOneFigure) {
  ExpectFigures({
      {"Se tienen registrados 20,933,050 (veinte millones novecientos treinta y tres mil "
       "cincuenta) puestos de trabajo.",
       "20933050 puestos | 20,933,050 (veinte millones novecientos treinta y tres mil "
       "cincuenta) puestos"},
      // The digits are the figure, even where the words are misspelt.
      {"Se crearon 1,159,318 (un millón ciento cincuenta y nueve mil trecientos dieciocho) "
       "puestos.",
       "1159318 puestos | 1,159,318 (un millón ciento cincuenta y nueve mil trecientos "
       "dieciocho) puestos"},
      {"El 86.8% (ochenta y seis punto ocho por ciento) son permanentes.",
       "86.8 por ciento | 86.8% (ochenta y seis punto ocho por ciento)"},
      // A parenthesis that goes on in words of its own is no repetition.
      {"Se destinaron 40 millones de pesos (cuarenta por ciento del presupuesto anual).",
       "40000000 pesos | 40 millones de pesos; 40 por ciento | cuarenta por ciento"},
  });
}

// The items of a list that open with a bare count count what its lead-in's last figure
// counts; the list ends at a paragraph that does not open with a number.
TEST(ExtractFigures, AListsBareCountsTakeTheLeadInsNoun) {
  std::string out;
  for (const Figure& figure : extract_figures(
           {"Hoy fueron confirmados 30 nuevos casos de COVID-19:", "9 en Provincia de Buenos Aires",
            "5 en Córdoba", "2 Neuquén", "Las autoridades revisan el caso.", "7 en Salta"})) {
    out += std::to_string(static_cast<int>(figure.value)) + " " + figure.unit + "; ";
  }
  EXPECT_EQ("30 nuevos casos; 9 nuevos casos; 5 nuevos casos; 2 nuevos casos; ", out);
}

}  // namespace
}  // namespace hemeroteca
