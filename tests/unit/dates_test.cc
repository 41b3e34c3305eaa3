#include "hemeroteca/indexer/dates.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace hemeroteca {
namespace {

// "2020-09-18 [viernes 18 de septiembre de 2020] weekday; …", or "" when none.
std::string Dates(std::string_view text) {
  std::string out;
  for (const DateMention& date : find_dates(text)) {
    if (!out.empty()) out += "; ";
    out += date.iso + " [" + std::string(text.substr(date.begin, date.end - date.begin)) + "]";
    if (date.has_weekday) out += " weekday";
  }
  return out;
}

// "place | iso", or "none".
std::string Dateline(std::string_view line) {
  const auto dateline = parse_dateline(line);
  return dateline ? dateline->place + " | " + dateline->iso : "none";
}

std::string FromName(std::string_view name) { return date_from_filename(name).value_or("none"); }

using Cases = std::vector<std::pair<std::string, std::string>>;

TEST(FindDates, ReadsSpelledDates) {
  const Cases cases = {
      {"el viernes 18 de septiembre de 2020 en la sede",
       "2020-09-18 [viernes 18 de septiembre de 2020] weekday"},
      {"desde el 30 de mayo del 2024.", "2024-05-30 [30 de mayo del 2024]"},
      {"el 1o. de junio de 2021", "2021-06-01 [1o. de junio de 2021]"},
      {"el 1º de junio de 2021", "2021-06-01 [1º de junio de 2021]"},
      {"el 1° de junio de 2021", "2021-06-01 [1° de junio de 2021]"},
      {"el 1er de junio de 2021", "2021-06-01 [1er de junio de 2021]"},
      {"Domingo 1ro de enero de 2017", "2017-01-01 [Domingo 1ro de enero de 2017] weekday"},
      {"el 1ero. de marzo de 2019", "2019-03-01 [1ero. de marzo de 2019]"},
      {"16 Julio 2014", "2014-07-16 [16 Julio 2014]"},
      {"Publicado el Miércoles, 16 Julio 2014 18:29",
       "2014-07-16 [Miércoles, 16 Julio 2014] weekday"},
      {"MIERCOLES 16 DE JULIO DE 2014", "2014-07-16 [MIERCOLES 16 DE JULIO DE 2014] weekday"},
      {"sabado 2 de marzo de 2019", "2019-03-02 [sabado 2 de marzo de 2019] weekday"},
      {"5 de sept. de 2014", "2014-09-05 [5 de sept. de 2014]"},
      {"5 ago 2014", "2014-08-05 [5 ago 2014]"},
      {"3 de septiembre, 2020", "2020-09-03 [3 de septiembre, 2020]"},
      {"julio 07 de 2015", "2015-07-07 [julio 07 de 2015]"},
      {"Diciembre 11 (2017).-", "2017-12-11 [Diciembre 11 (2017)]"},  // batch 67
      {"Publicado por Nombre en noviembre - 6 - 2012 Comentarios",
       "2012-11-06 [noviembre - 6 - 2012]"},
      {"Martes, marzo 3, 2021", "2021-03-03 [Martes, marzo 3, 2021] weekday"},
      {"05 / Enero / 2016", "2016-01-05 [05 / Enero / 2016]"},
      {"Oaxaca, Oax., 19-jun-2016.-", "2016-06-19 [19-jun-2016]"},
      {"16·MAR·2020", "2020-03-16 [16·MAR·2020]"},
  };
  for (const auto& [text, expected] : cases) EXPECT_EQ(expected, Dates(text)) << text;
}

TEST(FindDates, ReadsNumericDatesDayFirst) {
  EXPECT_EQ("2024-05-30 [30/05/2024]", Dates("con fecha 30/05/2024."));
  EXPECT_EQ("2024-05-03 [3-5-2024]", Dates("3-5-2024"));
  EXPECT_EQ("2024-05-30 [30.05.2024]", Dates("30.05.2024"));
  EXPECT_EQ("2024-05-30 [2024-05-30]", Dates("(2024-05-30)"));
  // Month first only where day first is impossible: a US site's date on a repost.
  EXPECT_EQ("2022-12-19 [12/19/2022]", Dates("12/19/2022"));
  EXPECT_EQ("2022-12-11 [11/12/2022]", Dates("11/12/2022"));
  // A weekday before it, as a dateline writes it.
  EXPECT_EQ("2023-12-28 [jueves 28/12/2023] weekday",
            Dates("MÉRIDA, Yucatán, jueves 28/12/2023.- El"));
  EXPECT_EQ("MÉRIDA, Yucatán | 2023-12-28",
            Dateline("MÉRIDA, Yucatán, jueves 28/12/2023.- El Consejo General aprobó."));
}

TEST(FindDates, FindsSeveralDatesInOrder) {
  EXPECT_EQ("2014-07-16 [16 de julio de 2014]; 2014-08-05 [5 de agosto de 2014]",
            Dates("Entre el 16 de julio de 2014 y el 5 de agosto de 2014 se abrió."));
}

TEST(FindDates, RejectsImpossibleAndIncompleteDates) {
  const Cases cases = {
      {"31 de febrero de 2020", ""},
      {"29 de febrero de 2023", ""},
      {"31/04/2024", ""},
      {"13/13/2024", ""},
      {"el 18 de junio entró en vigor", ""},
      {"No. 641/2020", ""},
      {"el periodo 2019-2024", ""},
      {"18:10 horas", ""},
      {"18 de septiembre de 20", ""},
      {"40 de mayo de 2020", ""},
      {"18 de septiembre de 1850", ""},
      {"05 / Enero - 2016", ""},
      {"noviembre - 6 2012", ""},
  };
  for (const auto& [text, expected] : cases) EXPECT_EQ(expected, Dates(text)) << text;
  EXPECT_EQ("2024-02-29 [29 de febrero de 2024]", Dates("29 de febrero de 2024"));
}

TEST(ParseDateline, ReadsPlaceAndDate) {
  const Cases cases = {
      {"Ciudad de México, viernes 18 de septiembre de 2020", "Ciudad de México | 2020-09-18"},
      {"Ciudad de México, jueves 30 de mayo de 2024.", "Ciudad de México | 2024-05-30"},
      {"Xalapa, Ver., a 16 de julio de 2014.", "Xalapa, Ver. | 2014-07-16"},
      {"Zapopan, Jalisco a 27 de febrero de 2021: La Conafor informa la situación.",
       "Zapopan, Jalisco | 2021-02-27"},
      {"Morelia, Michoacán a 15 de septiembre de 2021.,-  El IMSS informó que abrirá.",
       "Morelia, Michoacán | 2021-09-15"},
      {"Morelia, Michoacán a 15 de septiembre de 2021,- El IMSS informó que abrirá.",
       "Morelia, Michoacán | 2021-09-15"},
      {"05/11/2021/ Xalapa, Ver.- Este viernes quedó instalada la Legislatura.",
       "Xalapa, Ver. | 2021-11-05"},
      {"México, D.F., a 5 de agosto de 2014", "México, D.F. | 2014-08-05"},
      {"México, D.F. a 5 de agosto de 2014..", "México, D.F. | 2014-08-05"},
      {"Toluca, Estado de México, 19 de julio de 2014", "Toluca, Estado de México | 2014-07-19"},
      {"  Monterrey, N.L., 2 de enero de 2022  ", "Monterrey, N.L. | 2022-01-02"},
      {"18 de septiembre de 2020", " | 2020-09-18"},
      {"a 16 de julio de 2014.", " | 2014-07-16"},
      {"Viernes 18 de septiembre de 2020, Ciudad de México.", "Ciudad de México | 2020-09-18"},
      // A news agency's credit is no place.
      {"Agencia RTV Noticias (INAH), 23 de diciembre de 2018", " | 2018-12-23"},
      // A day and month whose year the full date between brackets gives.
      {"León, Gto. jueves 10 de diciembre [10/12/2020]", "León, Gto. | 2020-12-10"},
      {"León, Gto. jueves 10 de diciembre (10/12/2020)", "León, Gto. | 2020-12-10"},
      // An office before " | " is who speaks, not where.
      {"Secretaría de Salud | 14 de abril de 2021", " | 2021-04-14"},
      {"| 25 de julio de 2025", " | 2025-07-25"},
      {"México, D.F., julio 07 de 2015", "México, D.F. | 2015-07-07"},
      // A period parts place and date; an abbreviation keeps its own.
      {"Guanajuato, Guanajuato. 24 de julio de 2024.", "Guanajuato, Guanajuato | 2024-07-24"},
      {"Xalapa, Ver. 16 de julio de 2014", "Xalapa, Ver. | 2014-07-16"},
      {"Tuxtla Gutiérrez, Chiapas; 30 de abril de 2025.-",
       "Tuxtla Gutiérrez, Chiapas | 2025-04-30"},
      {"En Hermosillo, Sonora; 1 de septiembre de 2025.-", "Hermosillo, Sonora | 2025-09-01"},
      // Capitals, a town's municipality, an agency's tag, no separator at all.
      {"MEXICALI, B. C., A 14 DE MARZO DE 2013.-", "MEXICALI, B. C. | 2013-03-14"},
      {"Nuevo Galeana, municipio de Cutzamala de Pinzón, Gro., 18 de febrero de 2010.-",
       "Nuevo Galeana, municipio de Cutzamala de Pinzón, Gro. | 2010-02-18"},
      {"Ciudad de México a 15 de noviembre de 2018 (CONADE).-", "Ciudad de México | 2018-11-15"},
      {"Morelia, Michoacán 6 de abril 2019.-", "Morelia, Michoacán | 2019-04-06"},
      {"Colima; Col 27 de Septiembre de 2012", "Colima; Col | 2012-09-27"},
      {"Santo Domingo, 31 de octubre de 2013.- El Ministerio", "Santo Domingo | 2013-10-31"},
      {"26 de marzo, 2025 Morelia, Michoacán de Ocampo",
       "Morelia, Michoacán de Ocampo | 2025-03-26"},
      {"sábado 3, mayo, 2025", " | 2025-05-03"},
      {"Torreón, Coahuila de Zaragoza; a 28 de noviembre de 2023.-",
       "Torreón, Coahuila de Zaragoza | 2023-11-28"},
      {"León, Guanajuato. A 27 de octubre de 2018.", "León, Guanajuato | 2018-10-27"},
      {"Morelia, Michoacán., 05 de diciembre de 2007.-", "Morelia, Michoacán | 2007-12-05"},
      {"Ciudad de México, de 8 de agosto de 2016", "Ciudad de México | 2016-08-08"},
      // A town alone before a date that ends the line.
      {"Medellín 30 de junio de 2020", "Medellín | 2020-06-30"},
      {"San Luis Potosí 2 de enero de 2022.", "San Luis Potosí | 2022-01-02"},
      {"La Paz 30 de junio de 2020", "La Paz | 2020-06-30"},
      // Batch 28: a town alone before a lead-in's mark, a date between parentheses, a blog's
      // date line with a two-digit year (day first).
      {"Palacio Legislativo 22-02-2012 (Notilegis).- La Comisión suspendió la reunión.",
       "Palacio Legislativo | 2012-02-22"},
      {"GUADALAJARA, JALISCO (03/DIC/2016).- La delegación informó.",
       "GUADALAJARA, JALISCO | 2016-12-03"},
      {"13/5/09", " | 2009-05-13"},
      {" 6/8/09 ", " | 2009-08-06"},
      {"31/5/98", " | 1998-05-31"},
      // Batch 32: "/" with spaces on both sides.
      {"Trujillo, 21 / 01 / 2008", "Trujillo | 2008-01-21"},
      // Spaced unevenly, a slash after the place; a label alone before the date is no place.
      {"CDMX/ 2 /01/2020", "CDMX | 2020-01-02"},
      {"Boletín/ 16 de julio de 2014", " | 2014-07-16"},
      {"Boletín. 16 de julio de 2014", " | 2014-07-16"},
      // Batches 29 and 30: the hour a page posted it after the date; a date, then the place's
      // lead-in.
      {"Lunes 21 de febrero, 2011. 03:33 pm", " | 2011-02-21"},
      {"Jueves 10 de Diciembre de 2020 8:13 am", " | 2020-12-10"},
      {"11 septiembre 2014Ciudad de México.- El director habló.", "Ciudad de México | 2014-09-11"},
      {"3 enero, 2024Chilpancingo , Gro.,3 de enero del 2024.- La secretaria habló.",
       "Chilpancingo , Gro. | 2024-01-03"},   // the page's date glued before the dateline
      {"Abr 10, 2021 , ,", " | 2021-04-10"},  // batch 35: a theme's empty fields
      {"Abr 10, 2021 , , Oaxaca de Juárez, Oax.- Los Servicios informaron.",
       "Oaxaca de Juárez, Oax. | 2021-04-10"},
  };
  for (const auto& [line, expected] : cases) EXPECT_EQ(expected, Dateline(line)) << line;
}

TEST(ParseDateline, AcceptsTheLeadInOfAStory) {
  const std::string line = "Mérida, Yuc., 4 de marzo de 2019.- La delegación inauguró una clínica.";
  EXPECT_EQ("Mérida, Yuc. | 2019-03-04", Dateline(line));
  EXPECT_EQ("La delegación inauguró una clínica.", parse_dateline(line)->story);
  EXPECT_EQ("", parse_dateline("Mérida, Yuc., 4 de marzo de 2019.")->story);
  EXPECT_EQ("El IMSS informó.",
            parse_dateline("Mérida, 4 de marzo de 2019 — El IMSS informó.")->story);
  // After a period, a sentence: the story starts with a capital.
  EXPECT_EQ("La SEP informó.",
            parse_dateline("Ciudad de México, lunes 3 de mayo de 2021. La SEP informó.")->story);
  EXPECT_FALSE(parse_dateline("Ciudad de México, 3 de mayo de 2021. según la SEP"));
  // A comma typed for the dash, before a sentence's first word; not before a place.
  EXPECT_EQ("El subdirector habló.",
            parse_dateline("Monterrey, Nuevo León, México, 25 de noviembre 2019, El subdirector "
                           "habló.")
                ->story);
  EXPECT_FALSE(parse_dateline("Monterrey, N.L., 25 de noviembre de 2019, Nuevo León."));
  // A colon or a dash with nothing after it (the fuzzer's "6 Julio 2018:" read past the end).
  EXPECT_EQ(" | 2018-07-06", Dateline(" 6 Julio 2018:"));
  EXPECT_EQ("Mérida, Yuc. | 2019-03-04", Dateline("Mérida, Yuc., 4 de marzo de 2019 —"));
  // Between parentheses, as Peru's ministries print it.
  EXPECT_EQ("Lima | 2025-09-25",
            Dateline("(Lima, 25 de setiembre de 2025). – Comprometidos con el agro peruano."));
  const auto lima =
      parse_dateline("(Lima, 25 de setiembre de 2025). – Comprometidos con el agro peruano.");
  ASSERT_TRUE(lima);
  EXPECT_EQ("Comprometidos con el agro peruano.", lima->story);
  EXPECT_FALSE(parse_dateline("(25 de setiembre de 2025) Comprometidos con el agro."));
  // An underscore typed for the dash.
  // A spaced dash after a town and its state, and again before the story (batch 58); not after
  // a label alone.
  const auto dashed = parse_dateline(
      "Chihuahua, Chihuahua \u2013 jueves 27 de marzo de 2025 \u2013 Esta mañana, la Cámara "
      "sesionó.");
  ASSERT_TRUE(dashed);
  EXPECT_EQ("Chihuahua, Chihuahua | 2025-03-27 | Esta mañana, la Cámara sesionó.",
            dashed->place + " | " + dashed->iso + " | " + dashed->story);
  const auto label = parse_dateline("Boletín \u2013 27 de marzo de 2025");
  EXPECT_TRUE(!label || label->place.empty());
  // A town in capitals, the date and a period before the story (batch 57); not a sentence's
  // first word.
  const auto capitals = parse_dateline("CDMX 1 de diciembre 2020. La lista creció.");
  ASSERT_TRUE(capitals);
  EXPECT_EQ("CDMX | 2020-12-01 | La lista creció.",
            capitals->place + " | " + capitals->iso + " | " + capitals->story);
  EXPECT_FALSE(parse_dateline("Este 1 de diciembre de 2020. La lista creció."));
  const auto underscored =
      parse_dateline("México, 24 de diciembre de 2022._ En relación con el incendio.");
  ASSERT_TRUE(underscored);
  EXPECT_EQ("En relación con el incendio.", underscored->story);
}

TEST(ParseDateline, RejectsSentencesThatMentionADate) {
  const Cases cases = {
      {"El 18 de septiembre de 2020 se inauguró la clínica.", "none"},
      {"Durante la reunión del 18 de septiembre de 2020.", "none"},
      {"Publicado el Miércoles, 16 Julio 2014 18:29", "none"},
      {"Ciudad de México, viernes 18 de septiembre de 2020 se informó que", "none"},
      {"Ciudad de México", "none"},
      {"El Instituto informó hoy | 14 de abril de 2021", "none"},
      {"El Instituto informó ayer. 3 de mayo de 2021", "none"},
      {"En mayo 25 mil personas", "none"},
      // The bracketed date must be the day and month before it.
      {"León, Gto. jueves 11 de diciembre [10/12/2020]", "none"},
      // Without a separator, only "Town, State" is a place.
      {"El IMSS informó 6 de abril de 2019.- Algo", "none"},
      {"18 de septiembre de 2020 El IMSS", "none"},
      {"En Morelia, Michoacán 6 de abril 2019.- El titular", "none"},
      {"Conferencia de Prensa Matutina, Palacio Nacional 5 de marzo de 2024", "none"},
      // A town alone only when the date ends the line; labels and events are no towns.
      {"Medellín 30 de junio de 2020 se inauguró", "none"},
      {"Publicado 30 de junio de 2020", "none"},
      // A sentence's article alone, as a flattened first paragraph's header reads it.
      {"El 29 de noviembre de 2011", "none"},
      {"LA 29 DE NOVIEMBRE DE 2011", "none"},
      {"Sesión Ordinaria 30 de junio de 2020", "none"},
      {"Informó el IMSS 30 de junio de 2020", "none"},
      {"Sesión Ordinaria 22-02-2012.- La Comisión sesionó", "none"},
      // Two-digit years only on a line of their own, and only for a real day.
      {"Publicado el 13/5/09", "none"},
      {"31/2/09", "none"},
      {"13/5/2009/1", "none"},
      {"1/2/345", "none"},
      {"55555555555/5/09", "none"},  // the fuzzer's: no overflow reading the digits
      {"11 septiembre 2014 el director habló.", "none"},
      {"Lunes 21 de febrero, 2011. 03:33 pm con la prensa", "none"},
      {"", "none"},
  };
  for (const auto& [line, expected] : cases) EXPECT_EQ(expected, Dateline(line)) << line;
}

TEST(ParseDateline, SkipsATimeBeforeTheDate) {
  EXPECT_EQ(" | 2022-07-06", Dateline("10:00 hs. 6 de julio de 2022"));
  EXPECT_TRUE(is_time("19:00 h."));
  EXPECT_TRUE(is_time("18:30 horas"));
  EXPECT_TRUE(is_time("13:22:33 horas"));
  EXPECT_FALSE(is_time("13:22:3 horas"));
  EXPECT_FALSE(is_time("19:00 h. en Palacio"));
  EXPECT_FALSE(is_time("190:00"));
}

TEST(ParsePlaceLeadIn, TakesTheFinalPeriodOffShortWordsThatAreNoAbbreviations) {
  EXPECT_EQ("La Paz, Baja California Sur",
            parse_place_lead_in("La Paz, Baja California Sur. Con una inversión de 6.5 millones.")
                .value_or(PlaceLeadIn{})
                .place);
  EXPECT_EQ("Chetumal, Quintana Roo",
            parse_place_lead_in("Chetumal, Quintana Roo.- Con una inversión de 6.5 millones.")
                .value_or(PlaceLeadIn{})
                .place);
  EXPECT_EQ("Xalapa, Ver.", parse_place_lead_in("Xalapa, Ver. Con una inversión de 6.5 millones.")
                                .value_or(PlaceLeadIn{})
                                .place);
  // A name in mixed case that a word of places opens, before a plain period; not a headline's
  // words before one.
  const auto city = parse_place_lead_in(
      "Ciudad de México. La Comisión Nacional de los Derechos Humanos condenó el asesinato.");
  ASSERT_TRUE(city);
  EXPECT_EQ("Ciudad de México", city->place);
  EXPECT_EQ("La Comisión Nacional de los Derechos Humanos condenó el asesinato.", city->story);
  EXPECT_FALSE(parse_place_lead_in(
      "Día del Politécnico. El Instituto celebra su aniversario con una ceremonia."));
  EXPECT_FALSE(parse_place_lead_in("Ciudad de México. Corta."));
  // A spaced dash without the period, after a town and its region or a dotted abbreviation;
  // not after a headline's words.
  EXPECT_EQ("Guadalajara, Jalisco",
            parse_place_lead_in("Guadalajara, Jalisco - El gobernador inauguró el hospital.")
                .value_or(PlaceLeadIn{})
                .place);
  EXPECT_EQ("Santo Domingo R.D",
            parse_place_lead_in("Santo Domingo R.D – En un esfuerzo conjunto, el ayuntamiento "
                                "retiró autos.")
                .value_or(PlaceLeadIn{})
                .place);
  EXPECT_FALSE(parse_place_lead_in("Inaugura hospital – El gobernador inauguró el hospital."));
  EXPECT_FALSE(parse_place_lead_in("Inaugura hospital, anuncia obras - El Sol de México"));
  // An agency's name after a slash glued to a date without its year; not a second town.
  EXPECT_EQ("México", parse_place_lead_in("México, 16 de marzo/Notimex. Al cierre de abril, el "
                                          "ahorro voluntario llegó a su mayor nivel.")
                          .value_or(PlaceLeadIn{})
                          .place);
  EXPECT_FALSE(parse_place_lead_in(
      "Guadalajara/Zapopan. Al cierre de abril, el ahorro voluntario llegó a su mayor nivel."));
  // An agency's or outlet's tag between the place and its period.
  EXPECT_EQ("Quito, Ecuador",
            parse_place_lead_in("Quito, Ecuador (EFE). El Gobierno Nacional anunció hoy cambios.")
                .value_or(PlaceLeadIn{})
                .place);
  EXPECT_FALSE(
      parse_place_lead_in("Ciudad segura. La policía reforzó la vigilancia en las calles."));
  // Four letters ending in a vowel, or "León", are whole names; the states' short forms of four
  // end in a consonant.
  for (const auto& [line, place] : std::vector<std::pair<std::string, std::string>>{
           {"Lima.-El Ministerio de Salud distribuirá las dosis.", "Lima"},
           {"Monterrey, Nuevo León.- El Congreso aprobó la reforma.", "Monterrey, Nuevo León"},
           {"Tuxtla Gutiérrez, Chis.- El Congreso aprobó la reforma.", "Tuxtla Gutiérrez, Chis."},
           {"Morelia, Mich.- El Congreso aprobó la reforma.", "Morelia, Mich."},
           {"MÉXICO, D.F..- El Instituto informó la tasa.", "MÉXICO, D.F."}}) {
    EXPECT_EQ(place, parse_place_lead_in(line).value_or(PlaceLeadIn{}).place) << line;
  }
  // Batch 30: a space between the period and the dash.
  EXPECT_EQ("Miquihuana, Tamaulipas",
            parse_place_lead_in("Miquihuana, Tamaulipas. – El Gobierno de Tamaulipas supervisó.")
                .value_or(PlaceLeadIn{})
                .place);
  EXPECT_FALSE(parse_place_lead_in("Lo dijo el alcalde. - Otro punto fue la obra."));
  // Batch 31: an outlet's tag before the dash.
  EXPECT_EQ("Ciudad Juárez, Chih.",
            parse_place_lead_in("Ciudad Juárez, Chih. (ADN/Staff) – Durante enero hubo reportes.")
                .value_or(PlaceLeadIn{})
                .place);
  EXPECT_FALSE(parse_place_lead_in("El gobernador (PRI) – dijo que habrá obras."));
  EXPECT_FALSE(parse_place_lead_in("Prensa TSJ) – En la sede del Tribunal se realizará."));
  // Batch 37: a comma for the period before the dash.
  EXPECT_EQ("Toluca, Estado de México",
            parse_place_lead_in("Toluca, Estado de México, - El diputado habló.")
                .value_or(PlaceLeadIn{})
                .place);
  // Batch 36: the mark ends the line, the story starts on the next; batch 35: an agency's name.
  const auto ending = parse_place_lead_in("Cochabamba, junio 3 (UCOM/DPB). –");
  ASSERT_TRUE(ending);
  EXPECT_EQ("Cochabamba", ending->place);
  EXPECT_EQ("", ending->story);
  EXPECT_EQ("", parse_place_lead_in("Notimex.- La Sedesol informó.")
                    .value_or(PlaceLeadIn{"x", "", 0, 0, ""})
                    .place);
  // Batch 33: a news site's byline opens the story, with no place.
  const auto byline = parse_place_lead_in("Redacción.-A través de un comunicado, la CFE informó.");
  ASSERT_TRUE(byline);
  EXPECT_EQ("", byline->place);
  EXPECT_EQ("A través de un comunicado, la CFE informó.", byline->story);
}

TEST(ParseDateline, APlacesLeadInAfterTheDatesMark) {
  const auto dateline = parse_dateline(
      "20.12.2025.-Ciudad de México.– La Comisión respondió a "
      "las críticas.");
  ASSERT_TRUE(dateline);
  EXPECT_EQ("2025-12-20", dateline->iso);
  EXPECT_EQ("Ciudad de México", dateline->place);
  EXPECT_EQ("La Comisión respondió a las críticas.", dateline->story);
  // The press office that signs the release after the date is no place.
  for (const char* office : {"Prensa Gobierno de la Provincia de Salta", "Comunicación Social"}) {
    const auto signed_by = parse_dateline("11/11/2025.- " + std::string(office) +
                                          ".- El trabajo fue desplegado en Tartagal.");
    ASSERT_TRUE(signed_by) << office;
    EXPECT_EQ("2025-11-11", signed_by->iso);
    EXPECT_EQ("", signed_by->place) << office;
  }
}

TEST(ParsePlaceLeadIn, ATownAndItsCountryBeforeAPeriod) {
  EXPECT_EQ("Quito, Ecuador",
            parse_place_lead_in("Quito, Ecuador. El Gobierno Nacional trabaja por mejorar el "
                                "sistema.")
                .value_or(PlaceLeadIn{})
                .place);
  EXPECT_EQ("Ciudad Victoria, Tamaulipas",
            parse_place_lead_in("Ciudad Victoria, Tamaulipas. A diferencia de gobiernos "
                                "anteriores, se apoya a los colectivos de búsqueda.")
                .value_or(PlaceLeadIn{})
                .place);
  // Not a phrase in lower case, nor a short sentence after it.
  EXPECT_FALSE(
      parse_place_lead_in("Salud, educación y cultura. El Gobierno Nacional trabaja por "
                          "mejorar el sistema."));
  EXPECT_FALSE(parse_place_lead_in("Gracias, México. Nos vemos pronto."));
  EXPECT_FALSE(
      parse_place_lead_in("El Presidente de la República, Dr. Tabaré Vázquez, designó "
                          "a sus ministros."));
}

TEST(ParsePlaceLeadIn, ADayAfterTheStatesAbbreviationAndItsPeriod) {
  const auto lead_in = parse_place_lead_in(
      "Tuxtla Gutiérrez, Chis. 6 Nov.- Daños en 160 "
      "viviendas dejaron las lluvias.");
  ASSERT_TRUE(lead_in);
  EXPECT_EQ("Tuxtla Gutiérrez, Chis.", lead_in->place);
  EXPECT_EQ(11, lead_in->month);
  EXPECT_EQ(6, lead_in->day);
  // A month's abbreviation with its period stays the date's.
  EXPECT_EQ("Mazatán, Chis",
            parse_place_lead_in("Mazatán, Chis; AGO. 22 (interMEDIOS).– El presidente municipal "
                                "entregó las obras.")
                .value_or(PlaceLeadIn{})
                .place);
}

TEST(ParsePlaceLeadIn, LeavesADayAndMonthWithoutAYearOut) {
  EXPECT_EQ("Oaxaca", parse_place_lead_in("Oaxaca, 7 de junio.- Debido al clima de tensión.")
                          .value_or(PlaceLeadIn{})
                          .place);
  EXPECT_EQ("MÉXICO, D.F.",
            parse_place_lead_in("MÉXICO, D.F., noviembre 24.- El Consejo General aprobó.")
                .value_or(PlaceLeadIn{})
                .place);
  EXPECT_EQ(
      "Debido al clima.",
      parse_place_lead_in("Oaxaca, 7 de junio.- Debido al clima.").value_or(PlaceLeadIn{}).story);
  // Digits that are no day and month still refuse the lead-in.
  EXPECT_FALSE(parse_place_lead_in("Oaxaca, 7 mil personas.- Debido al clima."));
  // A place in capitals and a period before the story in mixed case; not a sentence's words.
  EXPECT_EQ("CIUDAD DE MÉXICO",
            parse_place_lead_in("CIUDAD DE MÉXICO. El secretario de Agricultura habló.")
                .value_or(PlaceLeadIn{})
                .place);
  EXPECT_FALSE(parse_place_lead_in("LA SECRETARÍA DE SALUD INFORMA. El secretario habló."));
  // A place all in capitals keeps its state's abbreviation whole.
  EXPECT_EQ("MONCLOVA, COAH.", parse_place_lead_in("MONCLOVA, COAH.- La Canaco renovó su mesa.")
                                   .value_or(PlaceLeadIn{})
                                   .place);
  // The lead-in's mark typed twice.
  EXPECT_EQ("Por unanimidad fue aprobado.",
            parse_place_lead_in("Zacatecas, Zac.-.-Por unanimidad fue aprobado.")
                .value_or(PlaceLeadIn{})
                .story);
  // The day, month and year in short, with an outlet's tag.
  const PlaceLeadIn caracas =
      parse_place_lead_in(
          "Caracas, 12.01.17 (Cortesía Prensa MPPS).– Este jueves, la ministra "
          "sostuvo una reunión.")
          .value_or(PlaceLeadIn{});
  EXPECT_EQ("Caracas | 2017-01-12", caracas.place + " | " + caracas.iso);
  // A semicolon for the comma and "a" before the day.
  EXPECT_EQ("Frontera Comalapa, Chiapas",
            parse_place_lead_in("Frontera Comalapa, Chiapas; a 5 de junio.- Ante las lluvias.")
                .value_or(PlaceLeadIn{})
                .place);
  // A month and its year without the day.
  EXPECT_EQ("Xalapa, Veracruz",
            parse_place_lead_in("Xalapa, Veracruz, mayo de 2025.- El Consejo General aprobó.")
                .value_or(PlaceLeadIn{})
                .place);
  EXPECT_FALSE(parse_place_lead_in("Xalapa, mayo de 20.- El Consejo General aprobó."));
}

// Batch 53: marks typed otherwise.
TEST(ParsePlaceLeadIn, ReadsAnUnderscoreOrAGluedEmDashForTheMark) {
  const auto place_and_story = [](std::string_view line) {
    const PlaceLeadIn read = parse_place_lead_in(line).value_or(PlaceLeadIn{});
    return read.place + " | " + read.story;
  };
  EXPECT_EQ("México | En relación con el incendio.",
            place_and_story("México 24 diciembre._ En relación con el incendio."));
  EXPECT_EQ(
      "Santo Domingo, República Dominicana | El Gabinete de Salud informó.",
      place_and_story("Santo Domingo, República Dominicana\u2014El Gabinete de Salud informó."));
  // A headline's dash between two phrases is no lead-in's.
  EXPECT_FALSE(parse_place_lead_in("Salud\u2014Bienestar, un solo sistema para todos."));
  EXPECT_FALSE(parse_place_lead_in("Vacunación, en marcha\u2014la SSA aplicará dosis."));
}

// Batch 43: wires' lead-ins with a weekday, a month's abbreviation, a long tag or a period
// alone; the day and month kept for a page's date to complete.
TEST(ParsePlaceLeadIn, KeepsTheDayAndMonthWithoutAYear) {
  const auto lead_in = [](std::string_view line) {
    const PlaceLeadIn read = parse_place_lead_in(line).value_or(PlaceLeadIn{});
    return read.place + " | " + std::to_string(read.month) + "-" + std::to_string(read.day) +
           " | " + read.story;
  };
  EXPECT_EQ("San José | 10-29 | El Ministro afirmó.",
            lead_in("San José, Jueves 29 de Octubre. El Ministro afirmó."));
  EXPECT_EQ("Bogotá | 8-7 | Un despliegue de color.",
            lead_in("Bogotá, 7 ago (SIG). Un despliegue de color."));
  EXPECT_EQ("Valencia | 12-28 | El nuevo gobernador solicitó.",
            lead_in("Valencia, diciembre 28 (Prensa Gobernación/José Gregorio Jaén).- El nuevo "
                    "gobernador solicitó."));
  EXPECT_EQ("Oaxaca | 0-0 | El clima.", lead_in("Oaxaca.- El clima."));
  // A period alone after a town and no date is a sentence's end.
  EXPECT_FALSE(parse_place_lead_in("Bogotá, la capital. Un despliegue de color."));
  // The page's year completes it, a year earlier where the day would follow the page's.
  EXPECT_EQ("2012-12-28", day_in_year_of("2012-12-29", 12, 28).value_or(""));
  EXPECT_EQ("2012-12-28", day_in_year_of("2013-01-02", 12, 28).value_or(""));
  EXPECT_FALSE(day_in_year_of("2013-03-02", 2, 30));
}

// Batch 21: an outlet's tag after the yearless date; a period and a dash before the date.
TEST(ParsePlaceLeadIn, LeavesAnOutletsTagOut) {
  EXPECT_EQ("Ciudad de México",
            parse_place_lead_in("Ciudad de México, 11 de febrero (SinEmbargo).- El director "
                                "general recorrió las clínicas.")
                .value_or(PlaceLeadIn{})
                .place);
  EXPECT_EQ("México, D.F. | 2007-03-30",
            Dateline("México, D.F.- 30 de marzo de 2007.- La Secretaría de Marina informó."));
}

TEST(ParsePlaceLeadIn, ReadsThePlaceThatOpensAStory) {
  const auto lead_in = parse_place_lead_in("Ciudad de México.- La Secretaría de Marina informó.");
  ASSERT_TRUE(lead_in);
  EXPECT_EQ("Ciudad de México", lead_in->place);
  EXPECT_EQ("La Secretaría de Marina informó.", lead_in->story);
  EXPECT_EQ("CIUDAD DE MÉXICO",
            parse_place_lead_in("CIUDAD DE MÉXICO.— El INE aprobó.").value_or(PlaceLeadIn{}).place);
  EXPECT_EQ("Naucalpan, Estado de México",
            parse_place_lead_in("Naucalpan, Estado de México, .- La CAEM informa.")
                .value_or(PlaceLeadIn{})
                .place);
  EXPECT_FALSE(parse_place_lead_in("El Instituto informó.- Otra cosa."));
  EXPECT_FALSE(parse_place_lead_in("Ciudad de México.- según la SEP"));
  EXPECT_FALSE(parse_place_lead_in("Ciudad de México. La SEP informó."));
  // A state's abbreviation keeps its period, and may close the place without a dash.
  EXPECT_EQ("CIUDAD DE PUEBLA, Pue.",
            parse_place_lead_in("CIUDAD DE PUEBLA, Pue.- El gobernador habló.")
                .value_or(PlaceLeadIn{})
                .place);
  const auto abbreviated = parse_place_lead_in("Xalapa, Ver. La libertad de expresión avanza.");
  ASSERT_TRUE(abbreviated);
  EXPECT_EQ("Xalapa, Ver.", abbreviated->place);
  EXPECT_EQ("La libertad de expresión avanza.", abbreviated->story);
  EXPECT_FALSE(parse_place_lead_in("En Oaxaca, Oax. Se inauguró la clínica."));
  // After an acronym in capitals, the period is the lead-in's.
  EXPECT_EQ("SLP",
            parse_place_lead_in("SLP.- En el marco del respeto.").value_or(PlaceLeadIn{}).place);
  EXPECT_FALSE(parse_place_lead_in("Sin embargo, Dr. Pérez dijo algo."));
  EXPECT_FALSE(parse_place_lead_in("Ayer, Dr. Zoé Robledo entregó la clínica."));
  EXPECT_FALSE(parse_place_lead_in("Juan Pérez, Jefe del SAT. El funcionario habló."));
  EXPECT_EQ(
      "Tijuana, B.C.",
      parse_place_lead_in("Tijuana, B.C. La Secretaría informó.").value_or(PlaceLeadIn{}).place);
}

TEST(ParsePlaceLine, ReadsAPlaceAlone) {
  EXPECT_EQ("AGUASCALIENTES, AGS.", parse_place_line("AGUASCALIENTES, AGS.").value_or("none"));
  EXPECT_EQ("Ciudad Universitaria", parse_place_line("Ciudad Universitaria.").value_or("none"));
  EXPECT_EQ("none", parse_place_line("PÁGINA 1/2").value_or("none"));
  EXPECT_EQ("none", parse_place_line("Inicia la SEP el registro a becas").value_or("none"));
  EXPECT_EQ("none", parse_place_line("").value_or("none"));
  EXPECT_EQ("none", parse_place_line("Anuncio de Política Monetaria").value_or("none"));
  EXPECT_EQ("none", parse_place_line(".").value_or("none"));  // a page's scrap
}

TEST(ParseDateline, ReadsATownAndItsWholeStateBeforeABarAndColonsBeforeTheStory) {
  EXPECT_EQ("Monterrey, Nuevo León | 2018-01-26",
            Dateline("Monterrey, Nuevo León | 26 enero de 2018"));
  EXPECT_EQ(" | 2021-04-14", Dateline("Secretaría de Salud | 14 de abril de 2021"));
  const auto dateline =
      parse_dateline("México, 12 de junio 2025 ::: El INFO CDMX celebró su sesión.");
  ASSERT_TRUE(dateline.has_value());
  EXPECT_EQ("México", dateline->place);
  EXPECT_EQ("El INFO CDMX celebró su sesión.", dateline->story);
}

TEST(ParseDateline, ReadsABulletOrAnAsteriskAfterThePlacesPeriod) {
  EXPECT_EQ("CHILPANCINGO | 2021-06-15", Dateline("CHILPANCINGO. * 15 de junio de 2021."));
  EXPECT_EQ("Mérida, Yucatán | 2021-06-15",
            Dateline("Mérida, Yucatán. \u2022 15 de junio de 2021"));
  EXPECT_EQ("none", Dateline("* 15 de junio de 2021 se inauguró la obra"));
}

TEST(DateFromFilename, ReadsDatesInNames) {
  const Cases cases = {
      {"issste-2014-07-16-veracruz.html", "2014-07-16"},
      {"/archivo/2014/boletin_20200918.pdf", "2020-09-18"},
      {"2020_09_18.txt", "2020-09-18"},
      {"2020.09.18-imss.md", "2020-09-18"},
      {"18-09-2020-boletin.txt", "2020-09-18"},
      {"001_issste-2014-07-19-edomex.html", "2014-07-19"},
  };
  for (const auto& [name, expected] : cases) EXPECT_EQ(expected, FromName(name)) << name;
}

TEST(DateFromFilename, RejectsHashesAndImpossibleDates) {
  const Cases cases = {
      {"000_545f95529ab4eb61.txt", "none"}, {"ab20200918cd.txt", "none"},
      {"boletin_20201318.pdf", "none"},     {"1985-07-16.txt", "none"},
      {"2101-01-01.txt", "none"},           {"2023-02-29.txt", "none"},
      {"boletin-641-2020.txt", "none"},     {"12345678.txt", "none"},
  };
  for (const auto& [name, expected] : cases) EXPECT_EQ(expected, FromName(name)) << name;
}

}  // namespace
}  // namespace hemeroteca
