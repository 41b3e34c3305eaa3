#include "hemeroteca/indexer/entities.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <regex>

#include "test_support.h"

namespace hemeroteca {
namespace {

using Texts = std::vector<std::string>;

const Gazetteer& Shipped() {
  static const Gazetteer gazetteer = Gazetteer::load(testing::schema_dir());
  return gazetteer;
}

const EntityExtractor& Extractor() {
  static const EntityExtractor extractor(Shipped());
  return extractor;
}

Entities Extract(const Texts& texts, const std::string& date = "2020-09-18") {
  return Extractor().extract(texts, date);
}

// "id|name|role|organization|mentions" per official.
std::vector<std::string> Officials(const Texts& texts, const std::string& date = "2020-09-18") {
  std::vector<std::string> out;
  for (const Official& o : Extract(texts, date).officials) {
    out.push_back(o.id + "|" + o.name + "|" + o.role + "|" + o.organization + "|" +
                  std::to_string(o.mentions));
  }
  return out;
}

// "IMSS:2 SHCP:1"; an organization the gazetteer does not know shows the name the text gave
// it: "ANHR(Asociación Nacional de Hospitales Rurales):2".
std::string Organizations(const Texts& texts) {
  std::string out;
  for (const Organization& o : Extract(texts).organizations) {
    if (!out.empty()) out += ' ';
    out += o.id;
    if (!Shipped().organization_by_id(o.id) && !o.name.empty() && o.name != o.id) {
      out.append("(").append(o.name).append(")");
    }
    out.append(":").append(std::to_string(o.mentions));
  }
  return out;
}

std::string States(const Texts& texts) {
  std::string out;
  for (const std::string& state : Extract(texts).states) {
    if (!out.empty()) out += ',';
    out += state;
  }
  return out;
}

// "official|verb|text" per quote.
std::vector<std::string> Quotes(const Texts& texts) {
  std::vector<std::string> out;
  for (const Quote& q : Extract(texts).quotes)
    out.push_back(q.official + "|" + q.verb + "|" + q.text);
  return out;
}

using Lines = std::vector<std::string>;

TEST(Officials, DropHonorificsFromNames) {
  EXPECT_EQ(Lines({"zoe-robledo|Zoé Robledo|director general|IMSS|2",
                   "laura-mendez-ortiz|Laura Méndez Ortiz|directora de Finanzas|IMSS|1"}),
            Officials({"El director general del IMSS, Maestro Zoé Robledo, inauguró la clínica.",
                       "Al acto asistió la directora de Finanzas, Mtra. Laura Méndez Ortiz, y "
                       "el titular del Seguro Social entregó reconocimientos."}));
  EXPECT_EQ(Lines({"jens-pedro-lohmann-iturburu|Jens Pedro Lohmann Iturburu|director general|"
                   "Birmex|1"}),
            Officials({"En la reunión, el general Jens Pedro Lohmann Iturburu, director general "
                       "de Birmex, presentó el plan de distribución."},
                      "2024-05-30"));
  EXPECT_EQ(Lines({"ana-lucia-vera-ponce|Ana Lucía Vera Ponce|jefa del Servicio de Cardiología "
                   "del Hospital General de Zona No. 4|IMSS|1"}),
            Officials({"La doctora Ana Lucía Vera Ponce, jefa del Servicio de Cardiología del "
                       "Hospital General de Zona No. 4, atendió a la prensa en el IMSS."}));
}

TEST(Officials, MergeAliasesAndShortMentions) {
  EXPECT_EQ(
      Lines({"raquel-buenrostro-sanchez|Raquel Buenrostro Sánchez|oficial mayor|SHCP|2",
             "marcos-bucio-mujica|Marcos Bucio Mújica|secretario general|IMSS|3"}),
      Officials({"La Oficial Mayor de Hacienda, Raquel Buenrostro, se reunió con el secretario "
                 "general del IMSS, Marcos Bucio.",
                 "Bucio Mújica explicó que habrá nuevas compras consolidadas.",
                 "Buenrostro Sánchez agradeció el apoyo y el secretario general cerró la sesión."},
                "2019-08-01"));
  EXPECT_EQ(Lines({"tomas-ibarra-de-la-fuente|Tomás Ibarra de la Fuente|vocal ejecutivo|"
                   "FOVISSSTE|3"}),
            Officials({"El vocal ejecutivo del FOVISSSTE, Tomás Ibarra, entregó escrituras.",
                       "Tomás Ibarra de la Fuente, vocal ejecutivo del FOVISSSTE, dijo que "
                       "habrá más créditos; Ibarra de la Fuente recorrió la obra."}));
  // A first name and the last surname: the same person.
  EXPECT_EQ(Lines({"alejandra-segura-novelo|Alejandra Segura Novelo|diputada|Morena|2"}),
            Officials({"La diputada Alejandra Segura Novelo presentó la iniciativa.",
                       "A favor, la diputada de Morena, Alejandra Novelo, dijo que sí."},
                      "2022-03-03"));
  // The second given name and the first surname: the name she goes by.
  EXPECT_EQ(Lines({"maria-elena-alvarez-buylla-roces|María Elena Álvarez-Buylla Roces|directora "
                   "general|CONACYT|2"}),
            Officials({"La Dra. Elena Álvarez-Buylla, directora general del Conacyt, presentó el "
                       "informe.",
                       "La directora general del Conacyt, Dra. María Elena Álvarez-Buylla Roces, "
                       "presentó el plan."}));
  // The first given name and the first surname.
  EXPECT_EQ(
      Texts{"edgar-javier-resendiz-jacobo|Édgar Javier Reséndiz Jacobo|alcalde||2"},
      Officials({"Asistió el alcalde Édgar Javier Reséndiz Jacobo.",
                 "Por su parte, el presidente municipal Édgar Reséndiz agradeció el apoyo."}));
}

// "C." for "Ciudadano" before a name is a title, not part of the name before it; after a given
// name, a letter and its period are an initial.
TEST(Officials, CitizensTitleAndAnInitial) {
  EXPECT_EQ(Lines({"magdaleno-vazquez-melchor|Magdaleno Vázquez Melchor|regidor||1",
                   "cristian-israel-sanchez|Cristian Israel Sánchez|regidor||1"}),
            Officials({"Acudieron los regidores Magdaleno Vázquez Melchor y C. Cristian Israel "
                       "Sánchez."}));
  EXPECT_EQ(Lines({"juan-c-perez-gomez|Juan C. Pérez Gómez|secretario|SSA|1"}),
            Officials({"El secretario de Salud, Juan C. Pérez Gómez, asistió."}));
}

// A street named after a known official is no mention of them.
TEST(Officials, AStreetNamedAfterAKnownOfficialIsNoMention) {
  EXPECT_EQ(Texts{}, Officials({"El Centro de Salud se encuentra en calle Lerdo de Tejada sin "
                                "número, colonia Centro."},
                               "2015-05-01"));
  EXPECT_EQ(Texts{"sebastian-lerdo-de-tejada|Sebastián Lerdo de Tejada|director "
                  "general|ISSSTE|1"},
            Officials({"Lo anunció Sebastián Lerdo de Tejada, director general del ISSSTE."},
                      "2015-05-01"));
}

// A journalist holds the outlet's post, not a public one.
TEST(Officials, AJournalistIsNoOfficial) {
  EXPECT_EQ(Texts{},
            Officials({"La CNDH atrajo la investigación del homicidio del periodista Aurelio "
                       "Campos, director del semanario El Gráfico, en Huauchinango."}));
  EXPECT_EQ(Texts{"jose-perez-lopez|José Pérez López|director general|IMSS|1"},
            Officials({"El director general del IMSS, José Pérez López, recibió al periodista."}));
}

TEST(Officials, AKnownOfficialIsNamedAsTheTextWritesTheNameInFull) {
  EXPECT_EQ(Lines({"zoe-robledo|Zoé Robledo Aburto|director general|IMSS|2"}),
            Officials({"El director general del IMSS, Zoé Robledo Aburto, firmó; Robledo dijo "
                       "que habrá más clínicas."}));
  // The gazetteer's name when the text gives a shorter one, or the full one in capitals.
  EXPECT_EQ(Lines({"zoe-robledo|Zoé Robledo|director general|IMSS|2"}),
            Officials({"ACUERDO CON ZOÉ ROBLEDO ABURTO",
                       "El director general del IMSS, Zoé "
                       "Robledo, firmó."}));
}

TEST(Officials, PostsOfCentralBanksAndTownHalls) {
  EXPECT_EQ(Lines({"jonathan-heath-constable|Jonathan Heath Constable|subgobernador||1",
                   "ana-torres-perez|Ana Torres Pérez|regidora||1",
                   "pablo-ramos-diaz|Pablo Ramos Díaz|edil||1"}),
            Officials({"El subgobernador Jonathan Heath Constable votó en contra.",
                       "La regidora Ana Torres Pérez asistió y el edil Pablo Ramos Díaz "
                       "inauguró la obra."},
                      "2025-06-26"));
}

// Batches 48 and 49: a province's vice-governor, a minister named before taking office.
TEST(Officials, AViceGovernorAndAMinisterDesignate) {
  EXPECT_EQ(Lines({"alicia-aluani|Alicia Aluani|vicegobernadora||1",
                   "laura-fernandez|Laura Fernández|ministra designada de Planificación||1"}),
            Officials({"Participaron la vicegobernadora Alicia Aluani; ministros y funcionarios.",
                       "También participó la Ministra designada de Planificación, Laura "
                       "Fernández, para reforzar el trabajo."},
                      "2024-03-22"));
}

// "Nombre tomó protesta como Gobernador": the name sworn in before the oath and its post.
TEST(Officials, ANameSwornInBeforeTheOath) {
  EXPECT_EQ(Lines({"carlos-joaquin|Carlos Joaquín|gobernador constitucional de Quintana Roo||1"}),
            Officials({"Carlos Joaquín tomó protesta como Gobernador Constitucional de Quintana "
                       "Roo."},
                      "2016-09-25"));
  EXPECT_EQ(Lines({}), Officials({"Carlos Joaquín habló como Gobernador."}, "2016-09-25"));
}

// "Se designó como Ministro del Interior a José Díaz": the post before the name it goes to,
// the name cutting the post where "a" would read on; a list of areas of several words before
// the name's comma.
TEST(Officials, APostAppointedBeforeTheNameAndAListOfAreas) {
  EXPECT_EQ(Lines({"jose-diaz|José Díaz|ministro del Interior||1",
                   "carlos-viera|Carlos Viera|director de la Oficina de Planeamiento y "
                   "Presupuesto|OPP|1"}),
            Officials({"Se designó como Ministro del Interior a José Díaz.",
                       "Se designó –mediante la firma del Acta- como Director de la Oficina de "
                       "Planeamiento y Presupuesto (OPP) a Carlos Viera."},
                      "2005-03-01"));
  EXPECT_EQ(Lines({"mariano-arana|Mariano Arana|ministro de Vivienda, Ordenamiento Territorial y "
                   "Medio Ambiente||1"}),
            Officials({"Asumió el Ministro de Vivienda, Ordenamiento Territorial y Medio "
                       "Ambiente, Mariano Arana."},
                      "2005-03-01"));
}

// A plural post's modifiers capitalised before the names ("las Consejeras Electorales Nombre,
// Nombre y Nombre") are no part of the first name; a name sworn in to a post.
TEST(Officials, CapitalisedPluralModifiersAndANameSwornIn) {
  EXPECT_EQ(Lines({"paula-melgarejo-salgado|Paula Melgarejo Salgado|consejera||1",
                   "patricia-lozano-sanabria|Patricia Lozano Sanabria|consejera||1"}),
            Officials({"Participaron las Consejeras Electorales Paula Melgarejo Salgado y "
                       "Patricia Lozano Sanabria."}));
  EXPECT_EQ(Lines({"jon-kim-andrus|Jon Kim Andrus|director adjunto||1"}),
            Officials({"Se realizará la juramentación del doctor Jon Kim Andrus como Director "
                       "Adjunto."}));
}

// "el alcalde de la capital Jorge Aldana": a generic place in lower case between the post and
// its holder's first name.
TEST(Officials, AGenericPlaceBetweenThePostAndTheName) {
  EXPECT_EQ(Lines({"jorge-aldana|Jorge Aldana|alcalde de la capital||1",
                   "gustavo-saenz|Gustavo Sáenz|gobernador de la provincia||1"}),
            Officials({"Trabaja por medio del alcalde de la capital Jorge Aldana, para seguir.",
                       "El gobernador de la provincia Gustavo Sáenz visitó Tartagal."}));
  EXPECT_EQ(Lines({}), Officials({"El director del instituto dijo que Juan llegó."}));
}

// "los cuatro vicepresidentes: Nombre (PAN), …", "los ocho secretarios de la Mesa Directiva:
// Nombre (PRI), Nombre (Movimiento Ciudadano) y…": a count before the plural post, the body
// before the colon, and each name's party after it.
TEST(Officials, ACountedPluralPostAndItsListAfterAColon) {
  EXPECT_EQ(Lines({"guadalupe-murguia-gutierrez|Guadalupe Murguía Gutiérrez|vicepresidente||1",
                   "alejandro-ojeda-anguiano|Alejandro Ojeda Anguiano|vicepresidente||1"}),
            Officials({"Tomó protesta a los cuatro vicepresidentes: Guadalupe Murguía Gutiérrez "
                       "(PAN) y Alejandro Ojeda Anguiano (PRD)."}));
  EXPECT_EQ(Lines({"raul-dominguez-rex|Raúl Domínguez Rex|secretario de la Mesa Directiva||1",
                   "veronica-delgadillo-garcia|Verónica Delgadillo García|secretario de la Mesa "
                   "Directiva||1",
                   "ana-guadalupe-perea-santos|Ana Guadalupe Perea Santos|secretario de la Mesa "
                   "Directiva||1"}),
            Officials({"También, a los ocho secretarios de la Mesa Directiva: Raúl Domínguez Rex "
                       "(PRI), Verónica Delgadillo García (Movimiento Ciudadano) y Ana Guadalupe "
                       "Perea Santos (Encuentro Social)."}));
  EXPECT_EQ(Lines({}), Officials({"Llegaron los cuatro jóvenes Juan Pérez y Ana Ruiz."}));
}

// "ante" and the body a post represents one before, between the post and the comma.
TEST(Officials, APostBeforeABodyItRepresentsOneBefore) {
  EXPECT_EQ(Lines({"jose-luis-carazo-preciado|José Luis Carazo Preciado|consejero ante el "
                   "Consejo Técnico||1"}),
            Officials({"Asistió el consejero ante el Consejo Técnico, José Luis Carazo "
                       "Preciado."},
                      "2022-05-01"));
  EXPECT_EQ(Lines({}), Officials({"Se presentó ante el Consejo Técnico, José Luis Carazo "
                                  "Preciado."},
                                 "2022-05-01"));
}

// Ecuador's prefects and their provinces' prefecturas, Colombia's city halls and South
// America's superintendencies.
TEST(Officials, PrefectsPrefecturasAlcaldiasAndSuperintendencies) {
  EXPECT_EQ(Lines({"carlos-serrano|Carlos Serrano|viceprefecto||1"}),
            Officials({"El viceprefecto Carlos Serrano recorrió las obras."}, "2026-01-10"));
  EXPECT_EQ(
      "Prefectura del Guayas:1 Alcaldía Mayor de Bogotá:1 "
      "Superintendencia de Industria y Comercio:1",
      Organizations({"Firmaron la Prefectura del Guayas, la Alcaldía Mayor de Bogotá y la "
                     "Superintendencia de Industria y Comercio."}));
}

// No comma between a post's area and the name, nor between a name and its post.
TEST(Officials, PostsAndNamesWrittenWithoutACommaBetween) {
  EXPECT_EQ(
      Lines({"jose-rafael-ojeda-duran|José Rafael Ojeda Durán|secretario|SEMAR|1",
             "victor-manuel-villalobos-arambula|Víctor Manuel Villalobos Arámbula|secretario|"
             "SADER|1",
             "marina-del-pilar-olmeda|Marina del Pilar Olmeda|alcaldesa de Mexicali||1"}),
      Officials({"El evento fue encabezado por el Secretario de Marina José Rafael Ojeda Durán, "
                 "el Secretario de Agricultura y Desarrollo Rural Víctor Manuel Villalobos "
                 "Arámbula y la alcaldesa de Mexicali Marina del Pilar Olmeda."},
                "2020-12-11"));
  EXPECT_EQ(Lines({"ivan-de-luna|Iván de Luna|director de Investigación Estratégica||1",
                   "armando-rosales-garcia|Armando Rosales García|subsecretario de Desarrollo "
                   "Urbano y Vivienda||1"}),
            Officials({"Por su parte, el Lic. Iván de Luna director de Investigación "
                       "Estratégica, presentó los proyectos.",
                       "Armando Rosales García subsecretario de Desarrollo Urbano y Vivienda, "
                       "subrayó que hay avances."},
                      "2018-12-06"));
  // Initials and "Ma." inside names.
  EXPECT_EQ(Lines({"j-guadalupe-torres-sanchez|J. Guadalupe Torres Sánchez|secretario general de "
                   "Gobierno||1",
                   "ma-elena-ruiz-soto|Ma. Elena Ruiz Soto|directora||1",
                   "juan-m-perez-lopez|Juan M. Pérez López|director de Obras||1"}),
            Officials({"Acudió el secretario general de Gobierno, J. Guadalupe Torres Sánchez, "
                       "al recinto.",
                       "La directora, Ma. Elena Ruiz Soto, habló.",
                       "También Juan M. Pérez López, director de Obras."},
                      "2025-09-22"));
  // A sentence's last capital letter is no initial; a march led by a group has no official
  // (review 2).
  EXPECT_EQ(Lines({"lorenzo-cordova-vianello|Lorenzo Córdova Vianello|consejero||1"}),
            Officials({"Se discutió el llamado Plan B. Lorenzo Córdova Vianello, consejero "
                       "presidente del INE, opinó.",
                       "La marcha, encabezada por Antorcha Campesina, llegó al zócalo."},
                      "2023-02-01"));
  // An area with an ordinal and "para"; a body "presidida por" a name.
  EXPECT_EQ(Lines({"miguel-angel-ramos-roldan|Miguel Ángel Ramos Roldán|magistrado de la 1a "
                   "Sala de Justicia para Adolescentes||1",
                   "benjamin-limon-rodriguez|Benjamín Limón Rodríguez|presidente|Junta de "
                   "Gobierno|1"}),
            Officials({"Lo presidió el magistrado de la 1a Sala de Justicia para Adolescentes "
                       "Miguel Ángel Ramos Roldán.",
                       "Asistió la Junta de Gobierno, presidida por Benjamín Limón Rodríguez."},
                      "2020-01-13"));
  // The sentence's first word is no part of the name before the post (review).
  EXPECT_EQ(Lines({"juan-perez-lopez|Juan Pérez López|director de Obras Públicas||1"}),
            Officials({"Hoy Juan Pérez López director de Obras Públicas presentó el plan."},
                      "2023-05-02"));
  // First names inside a town's, an alcaldía's or a school's name (review).
  EXPECT_EQ(Lines({"mauricio-tabe|Mauricio Tabe|titular de la Alcaldía Miguel Hidalgo||1",
                   "miguel-treviño|Miguel Treviño|alcalde de San Pedro Garza García||1"}),
            Officials({"Asistió el titular de la Alcaldía Miguel Hidalgo Mauricio Tabe.",
                       "Llegó el alcalde de San Pedro Garza García Miguel Treviño."},
                      "2023-05-02"));
  EXPECT_EQ(Lines({}), Officials({"El gobernador de San Luis Potosí encabezó la gira.",
                                  "El alcalde de Santa María del Oro asistió.",
                                  "El director de la Preparatoria José Vasconcelos entregó."},
                                 "2023-05-02"));
  // No given name parts the words, or the post says of nothing: no one is read.
  EXPECT_EQ(Lines({}), Officials({"Habló el Secretario de Salud Pública Estatal del ramo.",
                                  "Saludó a Juan Pérez presidente."},
                                 "2018-12-06"));
}

// Batches 19 and 20 of the real bulletins: a title opens the name after the post's area, an
// area with "en", a Spanish town council's concejala, an economist's title.
TEST(Officials, ATitleOrAnEnInsideThePostBeforeAName) {
  EXPECT_EQ(Lines({"janet-tello-gilardi|Janet Tello Gilardi|presidenta|Poder Judicial|1",
                   "hector-ortiz-ciscomani|Héctor Ortiz Ciscomani|secretario de Agricultura en "
                   "Sonora||1"}),
            Officials({"Luego de la bienvenida, la Presidenta del Poder Judicial Dra. Janet Tello "
                       "Gilardi, expuso sobre el acceso. Estuvieron también el Secretario de "
                       "Agricultura en Sonora Héctor Ortiz Ciscomani y el Delegado."},
                      "2011-01-17"));
  EXPECT_EQ(Lines({"noemi-selas|Noemí Selas|concejala de Festejos||1",
                   "rony-willy-llerena-gonzales|Rony Willy Llerena Gonzáles|director de "
                   "Planeamiento||1"}),
            Officials({"La concejala de Festejos, Noemí Selas, presentará al pregonero.",
                       "Asistió el director de Planeamiento, Econ. Rony Willy Llerena Gonzáles."},
                      "2011-08-11"));
}

// Batch 22: a university's handover, and party leaders listed after "sus" and a comma.
TEST(Officials, OutgoingAndIncomingPostsAndAListAfterSusAndAComma) {
  EXPECT_EQ(Lines({"sandra-yesenia-pinzon-castro|Sandra Yesenia Pinzón Castro|rectora "
                   "saliente|UAA|1",
                   "juan-carlos-arredondo-hernandez|Juan Carlos Arredondo Hernández|rector "
                   "entrante||1",
                   "jose-de-jesus-suarez-mariscal|José de Jesús Suárez Mariscal|contralor "
                   "universitario|UAA|1"}),
            Officials({"La rectora saliente de la UAA, Dra. Sandra Yesenia Pinzón Castro, entregó "
                       "al rector entrante, Mtro. Juan Carlos Arredondo Hernández, la "
                       "documentación. El acto fue supervisado por el contralor universitario, "
                       "Mtro. José de Jesús Suárez Mariscal."},
                      "2026-01-05"));
  EXPECT_EQ(Lines({"marko-cortes|Marko Cortes|presidente||1",
                   "alejandro-moreno|Alejandro Moreno|presidente||1",
                   "jesus-zambrano|Jesús Zambrano|presidente||1"}),
            Officials({"Lo avalaron sus presidentes nacionales, Marko Cortes, Alejandro Moreno y "
                       "Jesús Zambrano, quienes afirmaron que sí."},
                      "2022-11-08"));
}

TEST(Officials, ASindicoWrittenWithoutItsAccent) {
  EXPECT_EQ(Lines({"urbano-silva-gutierrez|Urbano Silva Gutiérrez|sindico||1"}),
            Officials({"En la gira, el Sindico Urbano Silva Gutiérrez entregó las obras."},
                      "2007-04-15"));
}

// Batch 25: a town hall that titles everyone "C." (ciudadano) and an accountant "C.P.".
TEST(Officials, CiudadanoBeforeAFullNameIsNoInitial) {
  EXPECT_EQ(
      Lines({"pedro-dueñas-barraza|Pedro Dueñas Barraza|sindico||1"}),
      Officials({"Lo acompañó el Sindico, C. Pedro Dueñas Barraza, en la gira."}, "2017-06-10"));
  EXPECT_EQ(Lines({"j-guadalupe-torres-sanchez|J. Guadalupe Torres Sánchez|secretario||1"}),
            Officials({"Asistió el secretario, J. Guadalupe Torres Sánchez."}, "2017-06-10"));
  EXPECT_TRUE(Officials({"Asistió el regidor, C.P. y otros."}, "2017-06-10").empty());
}

// Batch 28: a congress's lists, each name with its party, and posts a party, a region or a
// hospital's number qualifies.
TEST(Officials, ListsThatGiveEachNamesParty) {
  EXPECT_EQ(Lines({"agustin-guerrero-castillo|Agustín Guerrero Castillo|diputado||1",
                   "juan-carlos-lopez-fernandez|Juan Carlos López Fernández|diputado||1",
                   "carlos-alberto-ezeta-salcedo|Carlos Alberto Ezeta Salcedo|diputado||1",
                   "pablo-escudero-morales|Pablo Escudero Morales|diputado||1",
                   "mario-di-costanzo-armenta|Mario Di Costanzo Armenta|diputado||1"}),
            Officials({"La respaldaron los diputados Agustín Guerrero Castillo y Juan Carlos López "
                       "Fernández, del grupo parlamentario del PRD; Carlos Alberto Ezeta Salcedo y "
                       "Pablo Escudero Morales, del PVEM; Mario Di Costanzo Armenta, del PT."},
                      "2012-02-22"));
  EXPECT_EQ(Lines({"aaron-urbina-bedolla|Aarón Urbina Bedolla|coordinador||1",
                   "higinio-martinez-miranda|Higinio Martínez Miranda|coordinador||1"}),
            Officials({"Fungirán como coordinadores: Aarón Urbina Bedolla, del PRI; y Higinio "
                       "Martínez Miranda, de Movimiento Ciudadano."},
                      "2012-09-06"));
  // "como" and a plural post without a colon is no list: "trabajan como asesores de…".
  EXPECT_TRUE(
      Officials({"Trabajan como coordinadores Aarón Urbina Bedolla."}, "2012-09-06").empty());
}

// Batch 38: a plural post after "sus colegas", and a long post between a list's semicolons.
TEST(Officials, FellowsListedWithALongPostBetween) {
  EXPECT_EQ(
      Lines({"marcos-alejandro-celis-quintal|Marcos Alejandro Celis Quintal|presidente de "
             "la Sala Colegiada Civil y Familiar del Tribunal||1",
             "ligia-aurora-cortes-ortega|Ligia Aurora Cortés Ortega|magistrado||1",
             "jorge-rivero-evia|Jorge Rivero Evia|magistrado||1"}),
      Officials({"Los recibieron sus colegas magistrados Marcos Alejandro Celis Quintal, "
                 "presidente de la Sala Colegiada Civil y Familiar del Tribunal; Ligia Aurora "
                 "Cortés Ortega y Jorge Rivero Evia."},
                "2010-06-01"));
}

// Batches 31 and 32: a name appointed "como" a post.
TEST(Officials, ANameAppointedAsAPost) {
  EXPECT_EQ(Lines({"francisco-jose-espinoza-santibañez|Francisco José Espinoza Santibáñez|alcalde "
                   "del municipio||1"}),
            Officials({"Aprobaron la designación del ciudadano Francisco José Espinoza Santibáñez "
                       "como alcalde del municipio."},
                      "2015-12-10"));
  // Without a word of appointing, "como" says what someone once did or was.
  EXPECT_TRUE(
      Officials({"Juan Pérez López trabajó como director del hospital."}, "2015-12-10").empty());
}

TEST(Officials, PostsQualifiedByPartyRegionOrAUnitsNumber) {
  EXPECT_EQ(Lines({"juan-bueno-torio|Juan Bueno Torio|senador panista||1",
                   "danilo-alvizar-guerrero|Danilo Alvízar Guerrero|diputado||1",
                   "genaro-ruiz-arriaga|Genaro Ruiz Arriaga|diputado||1"}),
            Officials({"Lo acompañaron el senador panista Juan Bueno Torio y los diputados locales "
                       "Danilo Alvízar Guerrero y Genaro Ruiz Arriaga."},
                      "2010-05-31"));
  EXPECT_EQ(Lines({"victor-perez-del-valle|Víctor Pérez del Valle|delegado regional norte|IMSS|1"}),
            Officials({"Habló el delegado regional norte del IMSS, Víctor Pérez del Valle."},
                      "2010-05-31"));
  EXPECT_EQ(Lines({"edith-jimenez|Edith Jiménez|directora del Hospital General de Zona 83||1"}),
            Officials({"Lo acompañó la directora del Hospital General de Zona 83, la doctora "
                       "Edith Jiménez, en rueda de prensa."},
                      "2012-11-28"));
  EXPECT_EQ(Lines({"gabriela-alcon|Gabriela Alcón|viceministra de Comunicación||1"}),
            Officials({"La viceministra de Comunicación, Gabriela Alcón, informó los cambios."},
                      "2020-11-13"));
  // Chile's regional secretaries; a hospital "bajo la dirección de" its director.
  EXPECT_EQ(Lines({"andro-mimica-guerrero|Andro Mimica Guerrero|seremi de Gobierno||1",
                   "marco-antonio-beltran-ruiz|Marco Antonio Beltrán Ruiz|director||1"}),
            Officials({"Conversó el seremi de Gobierno, Andro Mimica Guerrero, con la radio.",
                       "El hospital está bajo la dirección de Marco Antonio Beltrán Ruiz."},
                      "2026-01-16"));
  // Peru's and Ecuador's legislators.
  EXPECT_EQ(Lines({"rosselli-amuruz-dulanto|Rosselli Amuruz Dulanto|congresista||1",
                   "ana-vera-ruiz|Ana Vera Ruiz|asambleísta||1"}),
            Officials({"La congresista Rosselli Amuruz Dulanto (Avanza País) afirmó que la "
                       "asambleísta Ana Vera Ruiz votó."},
                      "2021-11-13"));
}

TEST(Officials, PostsWhoseComplementIsACommonNoun) {
  EXPECT_EQ(Lines({"eduardo-ramirez-aguilar|Eduardo Ramírez Aguilar|gobernador del estado||1",
                   "juan-perez-lopez|Juan Pérez López|secretario de Salud de la entidad||1",
                   "ana-ruiz-soto|Ana Ruiz Soto|presidenta del municipio||1"}),
            Officials({"El gobernador del estado, Eduardo Ramírez Aguilar, inauguró la "
                       "carretera con el secretario de Salud de la entidad, Juan Pérez López, "
                       "y la presidenta del municipio, Ana Ruiz Soto."},
                      "2025-03-03"));
  EXPECT_EQ(Lines({"elena-mora-diaz|Elena Mora Díaz|directora general||1"}),
            Officials({"Elena Mora Díaz, directora general del organismo, firmó el convenio."},
                      "2025-03-03"));
  // Batch 54: "de la localidad" after the body's name.
  EXPECT_EQ(Lines({"demetrio-rosales|Demetrio Rosales|gerente|Junta de Agua Potable|1"}),
            Officials({"Lo comunicó el gerente de la Junta de Agua Potable de la localidad, "
                       "Demetrio Rosales."},
                      "2020-09-18"));
}

TEST(Officials, PostsOfOrganizationsWhoseNamesHoldCommas) {
  EXPECT_EQ(Lines({"alberto-cardenas-jimenez|Alberto Cárdenas Jiménez|titular|SAGARPA|1"}),
            Officials({"El titular de la Secretaría de Agricultura, Ganadería, Desarrollo "
                       "Rural, Pesca y Alimentación (SAGARPA), Alberto Cárdenas Jiménez, "
                       "anunció apoyos."},
                      "2008-03-03"));
  EXPECT_EQ(Lines({"ana-ruiz-soto|Ana Ruiz Soto|directora de Proyectos Estratégicos, "
                   "Vinculación, Difusión y Enlace||1"}),
            Officials({"La directora de Proyectos Estratégicos, Vinculación, Difusión y Enlace, "
                       "Ana Ruiz Soto, firmó."},
                      "2008-03-03"));
}

TEST(Officials, PostsAfterComoDemonstrativesAndAcademics) {
  EXPECT_EQ(Lines({"octavio-romero-oropeza|Octavio Romero Oropeza|director general||1",
                   "clara-brugada-molina|Clara Brugada Molina|jefa de Gobierno de la Ciudad de "
                   "México||1"}),
            Officials({"Octavio Romero Oropeza, propuesto como director general, felicitó a "
                       "Clara Brugada Molina, quien rindió protesta como Jefa de Gobierno de la "
                       "Ciudad de México."},
                      "2024-10-05"));
  EXPECT_EQ(Lines({}), Officials({"Vino Juan Pérez López, así como director de la obra."}));
  EXPECT_EQ(Lines({}), Officials({"Habló Juan Pérez García, quien trabajó como director del "
                                  "ISSSTE hasta 2018."}));
  EXPECT_EQ(Lines({"guillermo-ortiz-mayagoitia|Guillermo Ortiz Mayagoitia|ministro Decano de "
                   "esta Sala||1",
                   "marisa-mazari-hiriart|Marisa Mazari Hiriart|académica|Facultad de Química|1",
                   // The faculty's too, named in the same breath.
                   "juan-perez-lopez|Juan Pérez López|director académico|Facultad de Química|1"}),
            Officials({"Abrió la sesión el Ministro Decano de esta Sala, Guillermo Ortiz "
                       "Mayagoitia. La académica de la Facultad de Química, Marisa Mazari "
                       "Hiriart, y el director académico, Juan Pérez López, hablaron."},
                      "2012-03-03"));
}

TEST(Officials, ASecretariaWithoutItsAccentBeforeANameIsThePost) {
  EXPECT_EQ(Lines({"ligia-arce-padilla|Ligia Arce Padilla|secretaria|SSA|1"}),
            Officials({"La Secretaria de Salud Ligia Arce Padilla informó que hay casos."},
                      "2024-07-24"));
  EXPECT_EQ("SSA:1", Organizations({"El director de la Secretaria de Salud Juan Pérez habló."}));
  // Batch 66: the name after a comma, and after the ministry's acronym too; the agent of "por".
  EXPECT_EQ(Lines({"ana-lopez-ruiz|Ana López Ruiz|secretaria|SSA|1"}),
            Officials({"Lo estableció la Secretaria de Salud, Ana López Ruiz, en la reunión."},
                      "2024-07-24"));
  EXPECT_EQ(Lines({"rosario-robles-berlanga|Rosario Robles Berlanga|secretaria|SEDATU|1"}),
            Officials({"Es el compromiso establecido por la Secretaria de Desarrollo Agrario, "
                       "Territorial y Urbano (SEDATU), Rosario Robles Berlanga, en la reunión."},
                      "2016-05-24"));
}

TEST(Officials, APostsAreaListedWithCommasBeforeTheName) {
  EXPECT_EQ(Lines({"juan-lopez-ruiz|Juan López Ruiz|secretario|SEDATU|1"}),
            Officials({"Lo dijo el secretario de Desarrollo Agrario, Territorial y Urbano, Juan "
                       "López Ruiz, en la reunión."},
                      "2016-05-24"));
  // A name with "y" opens with a first name.
  EXPECT_EQ(Lines({"ana-sanchez-y-tepoz|Ana Sánchez y Tépoz|directora|IMSS|1"}),
            Officials({"Lo dijo la directora del IMSS, Ana Sánchez y Tépoz, en la reunión."},
                      "2016-05-24"));
}

TEST(Officials, TheStateOfThePostsTownBetweenTwoCommasIsNoName) {
  EXPECT_EQ(Lines({"montserrat-caballero-ramirez|Montserrat Caballero Ramírez|alcaldesa de "
                   "Tijuana||1"}),
            Officials({"Asistió la alcaldesa de Tijuana, Baja California, Montserrat Caballero "
                       "Ramírez, a la reunión."}));
}

TEST(Officials, AnInitialAfterAFirstNameTheGazetteerDoesNotKnow) {
  EXPECT_EQ(Lines({"carissa-f-etienne|Carissa F. Etienne|directora|OPS|1"}),
            Officials({"La directora de la OPS, Carissa F. Etienne, habló."}));
}

TEST(Officials, APostOfTwoBodiesJoinedByASlash) {
  EXPECT_EQ(Lines({"carissa-etienne|Carissa Etienne|directora|OPS|1"}),
            Officials({"La directora de la Organización Panamericana de la Salud/Organización "
                       "Mundial de la Salud (OPS/OMS), Carissa Etienne, habló."}));
}

TEST(Officials, AUnitsWordInLowerCaseAfterItsNumber) {
  EXPECT_EQ(
      Lines({"miguel-angel-aguirre-lara|Miguel Ángel Aguirre Lara|comandante de la 35 zona "
             "Militar||1"}),
      Officials({"El comandante de la 35 zona Militar, Miguel Ángel Aguirre Lara, informó."}));
}

TEST(Officials, APostsAreaOfAFewWordsInLowerCase) {
  EXPECT_EQ(Lines({"francisco-garcia-serapio|Francisco García Serapio|director del centro "
                   "hospitalario de segundo nivel||1"}),
            Officials({"Al respecto, el director del centro hospitalario de segundo nivel, "
                       "Francisco García Serapio, explicó."}));
  EXPECT_EQ(Lines({"jesus-sanchez-santos|Jesús Sánchez Santos|presidente de comunidad de "
                   "Tizatlán||1"}),
            Officials({"Antes, el presidente de comunidad de Tizatlán, Jesús Sánchez Santos, "
                       "habló."}));
  // Not a clause with its verb before the comma.
  EXPECT_EQ(Lines({}), Officials({"El director del hospital dijo que el paciente, Juan Pérez "
                                  "López, sanó."}));
}

TEST(Officials, APostBetweenParenthesesAfterTheName) {
  EXPECT_EQ(Lines({"alicia-mattiazzi|Alicia Mattiazzi|directora|CIC|1",
                   "horacio-garda|Horacio Garda|director|INIBIOLP|1"}),
            Officials({"Estuvieron la doctora Alicia Mattiazzi (directora del CIC) y el doctor "
                       "Horacio Garda (director del INIBIOLP)."}));
  // A party's acronym is no post.
  EXPECT_EQ(Lines({}), Officials({"Estuvo Juan Pérez López (PRI) en la sesión."}));
}

TEST(Officials, APastPostWithItsExGlued) {
  EXPECT_EQ(Lines({"carlos-herrera-araluce|Carlos Herrera Araluce|exalcalde de Gómez Palacio||1"}),
            Officials({"Recordó al exalcalde de Gómez Palacio, Carlos Herrera Araluce, con "
                       "aprecio."}));
  EXPECT_EQ(Lines({}), Officials({"La exposición fue un éxito, Juan Pérez López dijo."}));
}

TEST(Officials, AnAreasWordsOrAPostsOwnNameAreNoPerson) {
  EXPECT_EQ(Lines({}), Officials({"Se fortalece la seguridad en materia de Protección Marítima y "
                                  "Portuaria, Coordinadora de la Estrategia de Seguridad."}));
  EXPECT_EQ(Lines({}), Officials({"Las fisuras las evaluará un Director Responsable de Obra."}));
}

TEST(Officials, OurFellowLegislatorsNamedAfterTheirPost) {
  EXPECT_EQ(
      Lines({"adriana-davila|Adriana Dávila|senadora||1", "laura-rojas|Laura Rojas|senadora||1"}),
      Officials({"Nos solidarizamos con nuestras compañeras senadoras Adriana Dávila y Laura "
                 "Rojas, quienes fueron electas."}));
  // The fold keeps the ñ: "compañeros", which the rule once spelt without it.
  EXPECT_EQ(Lines({"juan-perez-lopez|Juan Pérez López|diputado||1",
                   "ana-ruiz-gomez|Ana Ruiz Gómez|diputado||1"}),
            Officials({"Votaron los compañeros diputados Juan Pérez López y Ana Ruiz Gómez en "
                       "contra."}));
}

TEST(Officials, AUnitsNumberInsideAPost) {
  EXPECT_EQ(Lines({"enrique-hernandez-cisneros|Enrique Hernández Cisneros|comandante del 23 "
                   "Regimiento de Caballería Motorizada||1"}),
            Officials({"Acudió el comandante del 23 Regimiento de Caballería Motorizada, Coronel "
                       "Enrique Hernández Cisneros."},
                      "2013-03-14"));
}

TEST(Officials, APostsOwnAcronymMakesNoOrganizationOfThePost) {
  EXPECT_EQ(Lines({"francisco-antonio-garcia-burgos|Francisco Antonio García Burgos|secretario "
                   "general|SGG|1"}),
            Officials({"El Secretario General de Gobierno (SGG), Francisco Antonio García Burgos "
                       "acudió a la ceremonia."},
                      "2013-03-14"));
}

TEST(Officials, ASubsecretaryBelongsToTheBulletinsSecretaria) {
  EXPECT_EQ(Lines({"eduardo-clark-garcia-dobarganes|Eduardo Clark García Dobarganes|"
                   "subsecretario de Prevención y Promoción de la Salud|SSA|1"}),
            Officials({"La Secretaría de Salud (SSA) llamó a vacunar. El subsecretario de "
                       "Prevención y Promoción de la Salud, Eduardo Clark García Dobarganes, "
                       "detalló el calendario de la SSA."},
                      "2025-07-25"));
}

TEST(Officials, ANameWrittenMoreFullyLaterIsTheOfficialsName) {
  EXPECT_EQ(Lines({"gustavo-urquiza-beltran|Gustavo Urquiza Beltrán|rector||3"}),
            Officials({"El rector Gustavo Urquiza rindió su informe.",
                       "En la ceremonia, Gustavo Urquiza Beltrán agradeció el apoyo.",
                       "Urquiza cerró la sesión."}));
}

TEST(Officials, APostThatCompletesAnotherIsNoPartOfThePersonBefore) {
  EXPECT_EQ(Lines({"eusebio-enrique-delgado-esparza|Eusebio Enrique Delgado Esparza|alcalde||1",
                   "griselda-diaz-luevano|Griselda Díaz Luévano|presidenta|DIF Municipal|1"}),
            Officials({"En presencia del alcalde Eusebio Enrique Delgado Esparza y de la "
                       "presidenta del DIF Municipal, Griselda Díaz Luévano, se entregaron."}));
  EXPECT_EQ(Lines({"juan-perez-lopez|Juan Pérez López|representante del Gobernador del "
                   "Estado||1"}),
            Officials({"Asistió el representante del Gobernador del Estado, Juan Pérez López."}));
}

TEST(Officials, ABoardListedWithPostsAfterEachNameAndSemicolons) {
  EXPECT_EQ(Lines({"alejandra-lopez-noriega|Alejandra López Noriega|presidenta||1",
                   "beatriz-cota-ponce|Beatriz Cota Ponce|secretaria||1",
                   "brenda-lizeth-cordova-buzani|Brenda Lizeth Córdova Búzani|secretaria||1",
                   "maria-alicia-gaytan-sanchez|María Alicia Gaytán Sánchez|diputada||1"}),
            Officials({"Se designó a las diputadas Alejandra López Noriega, presidenta; Beatriz "
                       "Cota Ponce, primera secretaria; Brenda Lizeth Córdova Búzani, segunda "
                       "secretaria; María Alicia Gaytán Sánchez, suplente."}));
  EXPECT_EQ(Lines({"jesus-gerardo-treviño-lozano|Jesús Gerardo Treviño Lozano|representante "
                   "legal|Universidad Politécnica de García|1"}),
            Officials({"Respondió el representante legal de la Universidad Politécnica de "
                       "García, Jesús Gerardo Treviño Lozano, por no dar respuesta."}));
}

// Batch 60: each deputy listed with the party he is of.
TEST(Officials, EveryNameListedAfterAPluralPostWithItsParty) {
  EXPECT_EQ(Lines({"ruben-zuarth-esquinca|Rubén Zuarth Esquinca|diputado||1",
                   "raul-bonifaz-moedano|Raúl Bonifaz Moedano|diputado||1",
                   "mario-humberto-vazquez-lopez|Mario Humberto Vázquez López|diputado||1"}),
            Officials({"Abordaron tribuna los diputados: Rubén Zuarth Esquinca del Partido "
                       "Revolucionario Institucional (PRI); Raúl Bonifaz Moedano de Morena y Mario "
                       "Humberto Vázquez López del Partido del Trabajo, quienes debatieron."},
                      "2023-05-10"));
  // Batch 64: or its acronym.
  EXPECT_EQ(
      Lines({"rosangela-amairany-peña-escalante|Rosángela Amairany Peña Escalante|diputada||1",
             "maria-eduwiges-espinoza-tapia|María Eduwiges Espinoza Tapia|diputada||1"}),
      Officials({"Estuvo acompañado por las diputadas Rosángela Amairany Peña Escalante "
                 "(PES) y María Eduwiges Espinoza Tapia (Morena), así como otros."},
                "2025-06-04"));
}

// Batch 67: a first name's initial opens a name after a post in the plural too.
TEST(Officials, AnInitialOpensANameListedAfterAPluralPost) {
  EXPECT_EQ(Lines({"j-jesus-cabrera-jimenez|J. Jesús Cabrera Jiménez|diputado||1",
                   "norma-valenzuela-alvarez|Norma Valenzuela Álvarez|diputado||1"}),
            Officials({"Se aprobó con el voto a favor de los diputados J. Jesús Cabrera Jiménez y "
                       "Norma Valenzuela Álvarez."},
                      "2019-03-11"));
}

// Batch 60: a court's posts, one of three words.
TEST(Officials, AJudgeAndACourtsSecretaryOfAgreements) {
  EXPECT_EQ(Lines({"elvia-guadalupe-maza-mejia|Elvia Guadalupe Maza Mejía|secretaria de "
                   "acuerdos|Juzgado Cuarto Civil|1",
                   "eduardo-javier-barrios-herrera|Eduardo Javier Barrios Herrera|secretario de "
                   "acuerdos|Juzgado Primero Oral Mercantil|1",
                   "ana-ruiz-gomez|Ana Ruiz Gómez|jueza|Juzgado Segundo Penal|1"}),
            Officials({"Participaron la secretaria de acuerdos del Juzgado Cuarto Civil, Elvia "
                       "Guadalupe Maza Mejía; el primer secretario de acuerdos del Juzgado Primero "
                       "Oral Mercantil, Eduardo Javier Barrios Herrera; y la jueza del Juzgado "
                       "Segundo Penal, Ana Ruiz Gómez."},
                      "2025-08-10"));
  // "secretario" alone before a lower-case "de acuerdos" that is no post still reads.
  EXPECT_EQ(Lines({"ana-lopez|Ana López|secretaria||1"}),
            Officials({"La secretaria Ana López dijo que hay acuerdos."}, "2025-08-10"));
}

TEST(Officials, EveryNameListedAfterAPluralPost) {
  EXPECT_EQ(Lines({"galia-borja-gomez|Galia Borja Gómez|subgobernador||1",
                   "omar-mejia-castelazo|Omar Mejía Castelazo|subgobernador||1",
                   "jose-gabriel-cuadra-garcia|José Gabriel Cuadra García|subgobernador||1",
                   "blanca-lilia-ibarra-cadena|Blanca Lilia Ibarra Cadena|comisionada||1",
                   "josefina-roman-vergara|Josefina Román Vergara|comisionada||1"}),
            Officials({"Votaron los subgobernadores Galia Borja Gómez, Omar Mejía Castelazo y "
                       "José Gabriel Cuadra García, así como las comisionadas Blanca Lilia "
                       "Ibarra Cadena y Josefina Román Vergara."},
                      "2025-06-26"));
  // "e" before a name that opens with "i" joins the last one, as "y" does.
  EXPECT_EQ(Lines({"adriana-paola-linares|Adriana Paola Linares|diputada||1",
                   "erika-ayala-rios|Erika Ayala Ríos|diputada||1",
                   "ivonne-trujillo-ortiz|Ivonne Trujillo Ortiz|diputada||1"}),
            Officials({"La Comisión, integrada por las diputadas Adriana Paola Linares, Erika "
                       "Ayala Ríos e Ivonne Trujillo Ortiz, coadyuvó en los trabajos."},
                      "2021-11-05"));
  // A list after a colon, each name with its town.
  EXPECT_EQ(Lines({"paola-angon-silva|Paola Angón Silva|presidente||1",
                   "mario-de-la-rosa-romero|Mario de la Rosa Romero|presidente||1",
                   "sergio-sandoval-paniagua|Sergio Sandoval Paniagua|presidente||1"}),
            Officials({"Los presidentes municipales que acudieron fueron: Paola Angón Silva, de "
                       "San Pedro Cholula; Mario de la Rosa Romero, de Amozoc, y Sergio Sandoval "
                       "Paniagua, de Ajalpan."},
                      "2021-06-24"));
  // Places listed, then as many names, paired by "respectivamente".
  EXPECT_EQ(Lines({"amalia-garcia-medina|Amalia García Medina|gobernador de Zacatecas||1",
                   "eugenio-javier-hernandez-flores|Eugenio Javier Hernández Flores|gobernador "
                   "de Tamaulipas||1",
                   "jose-guadalupe-osuna-millan|José Guadalupe Osuna Millán|gobernador de Baja "
                   "California||1"}),
            Officials({"Participaron los gobernadores de Zacatecas, Tamaulipas y Baja California, "
                       "Amalia García Medina, Eugenio Javier Hernández Flores y José Guadalupe "
                       "Osuna Millán, respectivamente."},
                      "2008-03-03"));
  // The members a body is made of, with the post the list gives or as its members.
  EXPECT_EQ(Lines({"rafael-palacios-silva|Rafael Palacios Silva|presidente||1",
                   "eunice-reyes-ruiseco|Eunice Reyes Ruiseco|integrante|Comisión Organizadora "
                   "Electoral|1",
                   "karla-paola-magollan-cabrera|Karla Paola Magollán Cabrera|integrante|"
                   "Comisión Organizadora Electoral|1"}),
            Officials({"La Comisión Organizadora Electoral estará integrada por: Rafael Palacios "
                       "Silva, Presidente; Eunice Reyes Ruiseco y Karla Paola Magollán Cabrera."},
                      "2021-09-27"));
  // Each item with its own complement and name.
  EXPECT_EQ(Lines({"jose-enrique-goff-ailloud|José Enrique Goff Ailloud|titular|"
                   "Fiscalía Especializada en Combate a la Corrupción|1",
                   "mario-can-marin|Mario Can Marín|titular|Auditoría Superior del Estado de "
                   "Yucatán|1"}),
            Officials({"Asistieron los titulares de la Fiscalía Especializada en Combate a la "
                       "Corrupción, José Enrique Goff Ailloud, y de la Auditoría Superior del "
                       "Estado de Yucatán, Mario Can Marín."},
                      "2020-12-09"));
  EXPECT_EQ(Lines({"maiella-gomez-maldonado|Maiella Gómez Maldonado|legislador|Nueva Alianza|1",
                   "victor-manuel-giorgana-jimenez|Víctor Manuel Giorgana Jiménez|legislador|PRI|1",
                   "pablo-rodriguez-regordosa|Pablo Rodríguez Regordosa|legislador|PAN|1"}),
            Officials({"Participaron los Legisladores del Partido Nueva Alianza (PANAL), Maiella "
                       "Gómez Maldonado; del PRI, Víctor Manuel Giorgana Jiménez y del Partido "
                       "Acción Nacional (PAN), Pablo Rodríguez Regordosa."},
                      "2015-01-29"));
  // Names listed under one complement after a plural post and its modifier.
  EXPECT_EQ(Lines({"rocio-rosiles-mejia|Rocío Rosiles Mejía|consejera|CEE|1",
                   "martha-magdalena-martinez-garza|Martha Magdalena Martínez Garza|consejera|"
                   "CEE|1",
                   "maria-guadalupe-tellez-perez|María Guadalupe Téllez Pérez|consejera|CEE|1"}),
            Officials({"Votaron las Consejeras Electorales de la CEE, Rocío Rosiles Mejía, Martha "
                       "Magdalena Martínez Garza, y María Guadalupe Téllez Pérez."},
                      "2021-10-25"));
  // Places and areas listed after a plural post are no people (review 2).
  EXPECT_EQ(Lines({}),
            Officials({"Llegaron los presidentes municipales de Kanasín, Umán y Progreso, quienes "
                       "firmaron.",
                       "Asistieron los secretarios de Finanzas, Desarrollo Económico y Turismo."},
                      "2021-10-25"));
  // Plural nouns that are no posts list nobody.
  EXPECT_EQ(Lines({}), Officials({"Asistieron los derechohabientes Juan Pérez y Ana Ruiz."}));
  // A complement in lower case, then the names: the first name is no part of the post.
  EXPECT_EQ(Lines({"jose-de-jesus-romero-lopez|José de Jesús Romero López|diputado de "
                   "representación proporcional||1",
                   "rosa-elia-romero-guzman|Rosa Elia Romero Guzmán|diputado de representación "
                   "proporcional||1",
                   "juan-bautista-olivera-guadalupe|Juan Bautista Olivera Guadalupe|diputado de "
                   "representación proporcional||1"}),
            Officials({"Firmaron los diputados de representación proporcional José de Jesús "
                       "Romero López, Rosa Elia Romero Guzmán y Juan Bautista Olivera Guadalupe."},
                      "2016-11-09"));
  // Names listed before a comma and the plural post.
  EXPECT_EQ(Lines({"silvia-flores-peña|Silvia Flores Peña|diputado||1",
                   "horacio-antonio-mendoza|Horacio Antonio Mendoza|diputado||1",
                   "paola-gutierrez-galindo|Paola Gutiérrez Galindo|diputado||1"}),
            Officials({"De igual forma, Silvia Flores Peña, Horacio Antonio Mendoza y Paola "
                       "Gutiérrez Galindo, diputados por representación proporcional, firmaron "
                       "el libro."},
                      "2016-11-09"));
  // A first name whose own post comes before it keeps that post (review 3).
  EXPECT_EQ(Lines({"miguel-angel-navarro-quintero|Miguel Ángel Navarro Quintero|gobernador||1",
                   "ana-lopez-ruiz|Ana López Ruiz|secretario||1",
                   "luis-ruiz-diaz|Luis Ruiz Díaz|secretario||1"}),
            Officials({"Acompañaron al gobernador Miguel Ángel Navarro Quintero, Ana López Ruiz "
                       "y Luis Ruiz Díaz, secretarios del gabinete."},
                      "2021-03-03"));
  // Names of schools and ejidos after a plural post are no people.
  EXPECT_EQ(Lines({}),
            Officials({"Asistieron los presidentes de los comisariados ejidales Francisco Villa y "
                       "Lázaro Cárdenas, quienes recibieron apoyos."},
                      "2021-03-03"));
}

TEST(Officials, ASurnameThatIsAlsoATitleStaysInTheName) {
  EXPECT_EQ(Lines({"maricela-martinez-coronel|Maricela Martínez Coronel|diputada||1"}),
            Officials({"La diputada Maricela Martínez Coronel recibió el equipo."}, "2025-06-26"));
}

TEST(Officials, ASurnameThatOpensBodiesNamesStaysInTheName) {
  // "Cámara" opens "Cámara de Diputados"; between a name's words it is a surname.
  EXPECT_EQ(Lines({"marcos-celis-quintal|Marcos Celis Quintal|presidente del Tribunal y del "
                   "Consejo de la Judicatura|Consejo de la Judicatura|1",
                   "ligia-aurora-cortes-ortega|Ligia Aurora Cortés Ortega|magistrado||1",
                   "adda-lucelly-camara-vallejos|Adda Lucelly Cámara Vallejos|magistrado||1",
                   "jorge-rivero-evia|Jorge Rivero Evia|magistrado||1",
                   "luis-camara-peña|Luis Cámara Peña|diputado||1"}),
            Officials({"Los recibieron sus colegas magistrados Marcos Celis Quintal, presidente "
                       "del Tribunal y del Consejo de la Judicatura; Ligia Aurora Cortés Ortega, "
                       "Adda Lucelly Cámara Vallejos y Jorge Rivero Evia.",
                       "Asistió el diputado Luis Cámara Peña."},
                      "2010-03-01"));
  EXPECT_EQ("Cámara de Diputados:1", Organizations({"Luis votó en la Cámara de Diputados."}));
}

TEST(Officials, ANameAfterAPostsComplementWithAPostOfItsOwn) {
  // After "y de", a first name opens the next person, whose post the comma gives.
  EXPECT_EQ(Lines({"alejandra-barrales|Alejandra Barrales|presidente del CEN|PRD|1",
                   "miguel-angel-mancera|Miguel Ángel Mancera|jefe de Gobierno de la Ciudad de "
                   "México||1"}),
            Officials({"Asistieron la senadora Alejandra Barrales, presidente del CEN del PRD y "
                       "de Miguel Ángel Mancera, jefe de Gobierno de la Ciudad de México, señala "
                       "un comunicado."},
                      "2017-01-26"));
  // A rank before the name and the post after it: the post.
  EXPECT_EQ(Lines({"fernando-diaz-juarez|Fernando Díaz Juárez|presidente del Órgano de "
                   "Administración Judicial||1"}),
            Officials({"Asistió el Magistrado Fernando Díaz Juárez, Presidente del Órgano de "
                       "Administración Judicial."},
                      "2025-09-01"));
  // Not the complement of a post that names no one: "del Poder Judicial, magistrado…".
  EXPECT_EQ(Lines({"pedro-antonio-enriquez-soto|Pedro Antonio Enríquez Soto|presidente|Poder "
                   "Judicial|1"}),
            Officials({"Habló el presidente del Poder Judicial, magistrado Pedro Antonio Enríquez "
                       "Soto, en la sesión."},
                      "2025-09-01"));
}

TEST(Officials, AFemaleGraduatesTitleDoesNotEndTheSentence) {
  EXPECT_EQ(Lines({"lucero-benitez-villaseñor|Lucero Benítez Villaseñor|titular|Comisión de "
                   "Derechos Humanos del Estado de Morelos|1"}),
            Officials({"La Comisión de Derechos Humanos del Estado de Morelos, que preside la "
                       "Licda. Lucero Benítez Villaseñor, inició el expediente."},
                      "2015-05-19"));
}

TEST(Officials, TheSignerAtAStatementsFoot) {
  EXPECT_EQ(
      Lines({"jorge-luis-quiroz-aleman|Jorge Luis Quiroz Alemán|presidente|Corte Suprema "
             "de Justicia|1",
             "maria-de-la-luz-perez-soto|María de la Luz Pérez Soto|directora de "
             "Comunicación Social|IMSS|1"}),
      Officials({"La Corte Suprema de Justicia rechaza las amenazas.", "ATENTAMENTE",
                 "JORGE LUIS QUIROZ ALEMÁN", "Presidente Corte Suprema de Justicia",
                 "MTRA. MARÍA DE LA LUZ PÉREZ SOTO", "Directora de Comunicación Social del IMSS"},
                "2020-11-03"));
  // A title alone in capitals names no one.
  EXPECT_EQ(Lines({}), Officials({"LIC.", "Director de Comunicación Social"}, "2020-11-03"));
  // A heading in capitals over a paragraph that opens with a post is no signature.
  EXPECT_EQ(Lines({}),
            Officials({"MARIO CUEVAS INAUGURA", "Director de obra es quien firma."}, "2020-11-03"));
}

// South American posts ("intendente", "portavoz"); a body's word as the last surname after two
// first names; an area of several words, the first no name's, between a post and its holder.
// A post's area in lower case before the body it belongs to, then the comma and the name;
// the holder's name between parentheses after the post.
TEST(Officials, ALowerCaseAreaBeforeTheBodyAndAHolderInParentheses) {
  EXPECT_EQ(Lines({"luis-fernando-carbonell-paredes|Luis Fernando Carbonell Paredes|director de "
                   "comunicación social|Profepa|1"}),
            Officials({"El director de comunicación social de la Profepa, Luis Fernando Carbonell "
                       "Paredes, aclaró que no hubo contaminación."},
                      "2003-02-01"));
  EXPECT_EQ(Lines({"arturo-chavez-chavez|Arturo Chávez Chávez|procurador general de la "
                   "República||1"}),
            Officials({"Se reunió con el Procurador General de la República (Arturo Chávez "
                       "Chávez) para dar seguimiento."},
                      "2010-05-20"));
}

// A body right after a post, without "de", before the holder's name.
TEST(Officials, ABodyRightAfterThePostBeforeTheName) {
  EXPECT_EQ(
      Lines({"juan-perez-lopez|Juan Pérez López|delegado|IMSS|1"}),
      Officials({"Lo anunció el delegado IMSS Juan Pérez López en la ciudad."}, "2018-10-24"));
}

// A long preposition that ends a name before a mark is its last surname; before its object,
// a preposition still.
TEST(Officials, APrepositionAsTheLastSurname) {
  EXPECT_EQ(Lines({"maria-angelica-temoltzi-durante|María Angélica Temoltzi Durante|presidenta "
                   "interina|CEDH|1"}),
            Officials({"Habló la presidenta interina de la Comisión Estatal de Derechos Humanos "
                       "(CEDH), María Angélica Temoltzi Durante, sobre el tema."},
                      "2019-05-01"));
  EXPECT_EQ(Lines({"maria-angelica-temoltzi|María Angélica Temoltzi|presidenta||1"}),
            Officials({"La presidenta, María Angélica Temoltzi Durante la sesión, habló."},
                      "2019-05-01"));
}

TEST(Officials, IntendentesCamaraAsASurnameAndAreasOfSeveralWords) {
  EXPECT_EQ(Lines({"guillermo-montenegro|Guillermo Montenegro|intendente||1"}),
            Officials({"El intendente, Guillermo Montenegro sigue recorriendo los barrios."},
                      "2022-05-01"));
  EXPECT_EQ(
      Lines({"carmelo-vidalin|Carmelo Vidalín|jefe comunal||1"}),
      Officials({"Visitó al jefe comunal, Lic. Carmelo Vidalín, en su despacho."}, "2018-10-24"));
  EXPECT_EQ(Lines({"miguel-angel-camara|Miguel Ángel Cámara|alcalde||1"}),
            Officials({"La Junta, presidida por el Alcalde, Miguel Ángel Cámara, ha aprobado."},
                      "2008-05-01"));
  EXPECT_EQ(
      Lines({"miguel-sierpe|Miguel Sierpe|presidente del Consejo Regional||1"}),
      Officials({"El presidente del Consejo Regional Miguel Sierpe dijo que sí."}, "2016-08-16"));
  EXPECT_EQ(Lines({"jorge-alcocer|Jorge Alcocer|secretario de Salud Pública||1"}),
            Officials({"El secretario de Salud Pública Jorge Alcocer dijo que sí."}, "2016-08-16"));
}

// A signer in mixed case: the name alone on its line, the post on the next, or both on one
// line with the body right after the post; not a name over a story's sentence.
TEST(Officials, TheSignerInMixedCase) {
  EXPECT_EQ(Lines({"carolina-davila-murillo|Carolina Dávila Murillo|ministra de Salud||1"}),
            Officials({"El Ministerio informa que no hay casos.", "Carolina Dávila Murillo",
                       "Ministra de Salud"},
                      "2020-03-10"));
  EXPECT_EQ(Lines({"ennio-vivaldi-vejar|Ennio Vivaldi Véjar|rector|Universidad de Chile|1"}),
            Officials({"Llamamos a deponer la toma.",
                       "Dr. Ennio Vivaldi Véjar Rector Universidad de Chile"},
                      "2015-06-10"));
  EXPECT_EQ(Lines({}), Officials({"El Ministerio informa que no hay casos.",
                                  "Carolina Dávila Murillo", "Directora de obra es quien firma."},
                                 "2020-03-10"));
  EXPECT_EQ(Lines({}), Officials({"Asistió Juan Pérez López rector Universidad de Chile y otros."},
                                 "2015-06-10"));
}

// A post after "y" is the next name's, not more of the post before: "Secretario de Salud y el
// Presidente Juan Pérez"; and the representative of a post is not the holder named after it.
TEST(Officials, APostAfterYIsTheNextNamesAndARepresentativeIsNotTheHolder) {
  EXPECT_EQ(Lines({"rafael-morgan-rios|Rafael Morgan Ríos|secretario|SSA|1",
                   "juan-perez-lopez|Juan Pérez López|presidente||1"}),
            Officials({"Están presentes Rafael Morgan Ríos Secretario de Salud y el Presidente "
                       "Juan Pérez López."},
                      "2012-10-01"));
  EXPECT_EQ(Lines({"samuel-garcia-sepulveda|Samuel García Sepúlveda|gobernador||1"}),
            Officials({"Acudió la representante del Gobernador Samuel García Sepúlveda a la "
                       "reunión."},
                      "2023-10-01"));
}

TEST(Officials, ATranscriptsSpeakersInCapitals) {
  EXPECT_EQ(Lines({"ricardo-celso-najera-herrera|Ricardo Celso Nájera Herrera|vocero|PGR|1",
                   "arturo-chavez-chavez|Arturo Chávez Chávez|procurador general de la "
                   "República||1"}),
            Officials({"RICARDO CELSO NÁJERA HERRERA, VOCERO DE LA PROCURADURÍA GENERAL DE LA "
                       "REPÚBLICA (RCNH): Ahora vamos a las preguntas.",
                       "ARTURO CHÁVEZ CHÁVEZ, PROCURADOR GENERAL DE LA REPÚBLICA (ACC): Gracias.",
                       "PREGUNTA: ¿Y el PRD?"},
                      "2010-09-30"));
  // Capitals without the speaker's colon are a heading.
  EXPECT_EQ(Lines({}), Officials({"JUAN PÉREZ, DIRECTOR DEL AÑO"}, "2010-09-30"));
}

TEST(Officials, ANameLongerThanAKnownOneIsSomeoneElse) {
  // The gazetteer knows "Germán Martínez" as Germán Martínez Cázares.
  EXPECT_EQ(Lines({"german-martinez-santoyo|Germán Martínez Santoyo|director general|CONAGUA|1"}),
            Officials({"El director general de la Conagua, Germán Martínez Santoyo, informó."},
                      "2023-07-12"));
  EXPECT_EQ(Lines({"german-martinez-cazares|Germán Martínez Cázares|director general|IMSS|1"}),
            Officials({"El director general del IMSS, Germán Martínez, informó."}, "2019-01-10"));
}

TEST(Officials, PostAloneResolvesByTheBulletinsDate) {
  const Texts texts = {"El titular del IMSS inauguró el Hospital General de Zona de Tapachula."};
  EXPECT_EQ(Lines({"german-martinez-cazares|Germán Martínez Cázares|director general|IMSS|1"}),
            Officials(texts, "2019-03-01"));
  EXPECT_EQ(Lines({"zoe-robledo|Zoé Robledo|director general|IMSS|1"}),
            Officials(texts, "2021-01-15"));
  EXPECT_EQ(Lines({"enrique-pena-nieto|Enrique Peña Nieto|presidente de la República||1"}),
            Officials({"El Presidente de la República encabezó la ceremonia en Los Pinos."},
                      "2015-03-01"));
}

TEST(Officials, PostAloneResolvesToTheHolderNamedBeforeIt) {
  // The head of a Secretaría is its secretario; Alcocer, also a secretario, is named later.
  EXPECT_EQ(Lines({"mario-delgado-carrillo|Mario Delgado Carrillo|titular|SEP|2",
                   "jorge-alcocer-varela|Jorge Alcocer Varela|secretario|SSA|1"}),
            Officials({"El titular de la Secretaría de Educación Pública (SEP), Mario Delgado "
                       "Carrillo, informó que el registro inicia hoy.",
                       "Acompañado por la gobernadora, el secretario explicó que habrá becas.",
                       "En su oportunidad, el Dr. Jorge Alcocer Varela, secretario de Salud, "
                       "destacó la coordinación."},
                      "2021-05-03"));
}

TEST(Officials, SecretaryPostsNameTheirSecretaria) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"El Dr. Jorge Alcocer Varela, secretario de Salud, visitó la clínica.",
       "jorge-alcocer-varela|Jorge Alcocer Varela|secretario|SSA|1"},
      {"La secretaria de Educación Pública, Leticia Ramírez Amaya, inauguró la escuela.",
       "leticia-ramirez-amaya|Leticia Ramírez Amaya|secretaria|SEP|1"},
      {"El subsecretario de Hacienda y Crédito Público, Gabriel Yorio González, firmó.",
       "gabriel-yorio-gonzalez|Gabriel Yorio González|subsecretario|SHCP|1"},
      {"El subsecretario de Salud, Ramiro Ortega Sáenz, firmó.",
       "ramiro-ortega-saenz|Ramiro Ortega Sáenz|subsecretario|SSA|1"},
      {"Asistió la secretaria del Bienestar, Ariadna Montiel Reyes.",
       "ariadna-montiel-reyes|Ariadna Montiel Reyes|secretaria|Bienestar|1"},
      // A state's ministry is not the federal one the gazetteer knows.
      {"El secretario de Salud de Sonora, Enrique Clausen Iberri, firmó.",
       "enrique-clausen-iberri|Enrique Clausen Iberri|secretario de Salud de Sonora||1"},
  };
  for (const auto& [text, official] : cases) {
    EXPECT_EQ(Lines({official}), Officials({text}, "2022-09-01")) << text;
  }
}

TEST(Officials, NamesMayBeginWithAMonth) {
  EXPECT_EQ(Lines({"julio-leon-trujillo|Julio León Trujillo|coordinadora nacional de Becas para "
                   "el Bienestar||1",
                   "abril-mendoza-ruiz|Abril Mendoza Ruiz|directora de Finanzas||1"}),
            Officials({"Ciudad de México, 3 de Julio de 2021.",
                       "La coordinadora nacional de Becas para el Bienestar, Julio León Trujillo, "
                       "dijo que 45% de los beneficiarios son mujeres.",
                       "Abril Mendoza Ruiz, directora de Finanzas, informó del pago del 15 de "
                       "Mayo."}));
}

TEST(Officials, PostInPassingAddsNobodyButCountsForWhoIsNamed) {
  EXPECT_EQ(Lines(), Officials({"Por instrucción del Presidente de la República, el IMSS amplió "
                                "el horario de sus farmacias."}));
  EXPECT_EQ(Lines({"andres-manuel-lopez-obrador|Andrés Manuel López Obrador|presidente de la "
                   "República||2"}),
            Officials({"El presidente Andrés Manuel López Obrador visitó la clínica.",
                       "Por instrucción del Presidente de la República, el IMSS amplió el "
                       "horario."}));
  // Nor a post a speaker talks of in a quotation.
  EXPECT_EQ(Lines(), Officials({"“El trabajo que hace el director general del IMSS es "
                                "fundamental”, dijo la presidenta electa."}));
}

TEST(Officials, PrivatePersonsAreNotOfficials) {
  EXPECT_EQ(Lines(), Officials({"Asistieron las señoras Rosa, Carmen, Lucía y Ana María, madres "
                                "de pacientes, así como el señor Pedro Gómez Luna, derechohabiente "
                                "del IMSS."}));
}

TEST(Officials, UnknownOfficialsAreFoundFromTheText) {
  EXPECT_EQ(Lines({"rocio-canul-pech|Rocío Canul Pech|coordinadora de Enfermería|IMSS|2"}),
            Officials({"En la Unidad de Medicina Familiar del IMSS en Mérida, la coordinadora de "
                       "Enfermería, Rocío Canul Pech, explicó el programa.",
                       "Canul Pech dijo que hay 40 enfermeras."}));
  EXPECT_EQ(Lines({"alejandra-ruiz-de-la-peña|Alejandra Ruiz de la Peña|subdirectora de "
                   "Finanzas|ISSSTE|1",
                   "ricardo-solis-mena|Ricardo Solís Mena|delegado estatal|ISSSTE|1"}),
            Officials({"Alejandra Ruiz de la Peña, subdirectora de Finanzas del ISSSTE, informó "
                       "de los pagos al Delegado estatal Ricardo Solís Mena."},
                      "2014-07-16"));
}

TEST(Officials, TwoNamesWithTheirPostsInARow) {
  EXPECT_EQ(Lines({"angelica-rivera|Angélica Rivera|presidenta del Consejo Ciudadano||1",
                   "laura-vargas-carrillo|Laura Vargas Carrillo|directora general||1"}),
            Officials({"A nombre de Angélica Rivera, presidenta del Consejo Ciudadano, Laura "
                       "Vargas Carrillo, directora general, agradeció el trabajo."}));
  EXPECT_EQ(Lines({"mercedes-ortiz-lopez|Mercedes Ortiz López|directora general|CONADIS|1",
                   "hector-ramirez-puga|Héctor Ramírez Puga|director general|Liconsa|1"}),
            Officials({"Asistieron Mercedes Ortiz López, directora general del CONADIS y Héctor "
                       "Ramírez Puga, director general de Liconsa."}));
}

TEST(Officials, AVerbInThePastOpeningTheSentenceIsNoPartOfTheName) {
  EXPECT_EQ(Lines({"hector-ramirez-puga|Héctor Ramírez Puga|director general|Liconsa|1"}),
            Officials({"Asistió Héctor Ramírez Puga, director general de Liconsa."}));
  // Names that end like verbs.
  EXPECT_EQ(Lines({"sharon-cruz-mendoza|Sharon Cruz Mendoza|directora general||1"}),
            Officials({"Sharon Cruz Mendoza, directora general, inauguró la clínica."}));
}

TEST(Officials, APostWithItsArticleAfterTheName) {
  EXPECT_EQ(Lines({"christian-skoog|Christian Skoog|representante|UNICEF|1"}),
            Officials({"Presentó a Christian Skoog, el nuevo representante de UNICEF en México."}));
  EXPECT_EQ(Lines({"pablo-lemus-navarro|Pablo Lemus Navarro|gobernador de Jalisco||1"}),
            Officials({"En el Museo Cabañas, el Gobernador de Jalisco, Pablo Lemus Navarro, "
                       "rindió su informe."}));
  EXPECT_EQ(Lines({}), Officials({"Ante las Cámaras Nacionales de Comercio, el secretario general "
                                  "de la CANACO precisó las cifras."}));
  // After a name a preposition governs, the post opens the main clause.
  EXPECT_EQ(Lines({}), Officials({"Tras reunirse con Ricardo Monreal Ávila, el gobernador, "
                                  "visiblemente satisfecho, anunció el acuerdo."}));
}

TEST(Officials, ListedNamesWithTheirStatesOrZones) {
  EXPECT_EQ(Lines({"luis-de-la-rocha-zazueta|Luis de la Rocha Zazueta|delegado||1",
                   "rafael-oceguera-ramos|Rafael Oceguera Ramos|delegado||1",
                   "armando-romero-rosales|Armando Romero Rosales|delegado||1",
                   "jose-ricardo-millan-bueno|José Ricardo Millán Bueno|delegado||1"}),
            Officials({"Asistieron los delegados regionales: Luis de la Rocha Zazueta, Zona "
                       "Noreste, y Rafael Oceguera Ramos, Zona Noroeste.",
                       "Igualmente, los delegados federales: Armando Romero Rosales, "
                       "Aguascalientes; José Ricardo Millán Bueno, Baja California Sur."}));
}

TEST(Officials, APostsAreaInLowerCase) {
  EXPECT_EQ(Lines({"mario-vazquez-hernandez|Mario Vázquez Hernández|coordinador de "
                   "delegaciones||1"}),
            Officials({"Asistió el coordinador de delegaciones, Mario Vázquez Hernández."}));
}

TEST(Officials, ReadsListsSeparatedBySemicolons) {
  EXPECT_EQ(Lines({"hector-lara-ruiz|Héctor Lara Ruiz|director de Administración|IMSS|1",
                   "ines-ochoa-mar|Inés Ochoa Mar|coordinadora de Compras, Bienes y Servicios|"
                   "IMSS|1",
                   "luis-pardo-gil|Luis Pardo Gil|titular de la Unidad de Comunicación Social|"
                   "IMSS|1"}),
            Officials({"Por parte del IMSS asistieron el director de Administración, Héctor Lara "
                       "Ruiz; la coordinadora de Compras, Bienes y Servicios, Inés Ochoa Mar; y "
                       "el titular de la Unidad de Comunicación Social, Luis Pardo Gil."}));
}

// A legislator's post says what state they stand for with "por"; a party or a medium is no
// part of a post (review 4).
TEST(Officials, ALegislatorsPostForAState) {
  EXPECT_EQ(Lines({"rogelio-rueda-sanchez|Rogelio Rueda Sánchez|senador por Colima||1",
                   "carlos-cruz-mendoza|Carlos Cruz Mendoza|diputado federal||1"}),
            Officials({"Asistieron el senador por Colima, Rogelio Rueda Sánchez y el diputado "
                       "federal, Carlos Cruz Mendoza."},
                      "2011-03-17"));
  for (const auto& official :
       Officials({"Participó el secretario de Salud por Videoconferencia, Jorge Alcocer Varela."},
                 "2021-03-17")) {
    EXPECT_EQ(std::string::npos, official.find("Videoconferencia")) << official;
  }
}

// A semicolon typed for the comma between a post and its holder's name.
TEST(Officials, ASemicolonTypedForACommaBeforeTheName) {
  EXPECT_EQ(Lines({"roberto-diaz-garcia|Roberto Díaz García|secretario|Ayuntamiento de "
                   "Cadereyta|1",
                   "pablo-peña-flores|Pablo Peña Flores|tesorero municipal de Salinas "
                   "Victoria||1"}),
            Officials({"Las amonestaciones fueron para el secretario del Ayuntamiento de "
                       "Cadereyta; Roberto Díaz García, y para el Tesorero municipal de Salinas "
                       "Victoria; Pablo Peña Flores, por incumplir."},
                      "2019-06-01"));
  // In a list parted by semicolons, the name after one goes with the post after it.
  EXPECT_EQ(Lines({"roberto-diaz-garcia|Roberto Díaz García|presidente municipal de Tepic||1"}),
            Officials({"Estuvieron presentes el comandante de la Zona Militar; Roberto Díaz "
                       "García, presidente municipal de Tepic; y el rector de la universidad."},
                      "2021-03-03"));
}

// A rank between the comma and the name; the post's complement before the comma is no name.
TEST(Officials, ARankAfterTheCommaAndTheComplementBeforeIt) {
  EXPECT_EQ(Lines({"pedro-antonio-enriquez-soto|Pedro Antonio Enríquez Soto|presidente|Poder "
                   "Judicial|1"}),
            Officials({"La capacitación fue gestionada por el presidente del Poder Judicial, "
                       "magistrado Pedro Antonio Enríquez Soto, ante el Programa."},
                      "2017-09-19"));
}

// Military titles before the name are no part of it; the name starts at the first name.
TEST(Officials, AMilitaryTitleBeforeTheNameIsNoPartOfIt) {
  EXPECT_EQ(Lines({"claudio-edmundo-huizar-de-la-torre|Claudio Edmundo Huizar de la Torre|"
                   "comandante de la Guarnición Militar de Cancún||1",
                   "omar-zavala-ramirez|Omar Zavala Ramírez|inspector de la Quinta Región "
                   "Naval||1"}),
            Officials({"Asistieron el general de Brigada Diplomado de Estado Mayor Claudio "
                       "Edmundo Huizar de la Torre, comandante de la Guarnición Militar de "
                       "Cancún, y el vicealmirante Diplomado de Estado Mayor Omar Zavala "
                       "Ramírez, inspector de la Quinta Región Naval."},
                      "2023-01-10"));
  // A first name that is not in the gazetteer still opens a name of four words.
  EXPECT_EQ(Lines({"arnulfo-joel-correa-chacon|Arnulfo Joel Correa Chacón|presidente||1"}),
            Officials({"En el acto inaugural, Arnulfo Joel Correa Chacón, presidente de la "
                       "comisión, habló."},
                      "2014-01-10"));
}

// Posts the vocabulary gained: an ombudsman, an honorary chair, a representative "en la
// entidad", the head of a body "que en México dirige".
TEST(Officials, MorePostsAndTheirComplements) {
  EXPECT_EQ(
      Lines({"jorge-olvera-garcia|Jorge Olvera García|ombudsman mexiquense||1"}),
      Officials({"Lo puntualizó el ombudsman mexiquense, Jorge Olvera García."}, "2020-01-10"));
  EXPECT_EQ(Lines({"cristina-rodriguez-de-tello|Cristina Rodríguez de Tello|presidenta "
                   "honorífica|DIF Zacatecas|1"}),
            Officials({"La presidenta honorífica del DIF Estatal Zacatecas, Cristina Rodríguez "
                       "de Tello, encabezó los actos."},
                      "2020-01-10"));
  EXPECT_EQ(Lines({"marco-antonio-hernandez-carrillo|Marco Antonio Hernández Carrillo|"
                   "representante|IMSS|1"}),
            Officials({"Lo informó el representante del IMSS en la entidad, Marco Antonio "
                       "Hernández Carrillo."},
                      "2023-03-16"));
  const auto officials =
      Officials({"Con el respaldo de la USAID, que en México dirige el doctor Alejandro Ponce "
                 "de León, se hizo el curso."},
                "2017-09-19");
  ASSERT_EQ(1U, officials.size());
  EXPECT_TRUE(officials[0].starts_with("alejandro-ponce-de-leon|Alejandro Ponce de León|titular"))
      << officials[0];
}

TEST(Organizations, LinkNamesToAcronymsAndAliases) {
  EXPECT_EQ("IMSS:3 SHCP:2",
            Organizations({"El Instituto Mexicano del Seguro Social (IMSS) y la Secretaría de "
                           "Hacienda y Crédito Público (SHCP) firmaron un convenio.",
                           "El IMSS y Hacienda revisarán las compras del Seguro Social; el "
                           "Instituto informará cada mes."}));
}

TEST(Organizations, KeepUnknownAcronymsWithTheirNames) {
  EXPECT_EQ("ANHR(Asociación Nacional de Hospitales Rurales):2 FENAP:1",
            Organizations({"La Asociación Nacional de Hospitales Rurales (ANHR) se sumó a la "
                           "campaña.",
                           "La ANHR y la FENAP donaron equipo."}));
  EXPECT_EQ("Colegio de Enfermeras de Oaxaca:1",
            Organizations({"El Colegio de Enfermeras de Oaxaca capacitó al personal."}));
}

TEST(Organizations, PairAcronymsWithTheNameTheyAbbreviate) {
  EXPECT_EQ("EMA(Agencia Europea de Medicamentos):1 OPS:1",
            Organizations({"Se consultó a la Agencia Europea de Medicamentos (EMA) y a la "
                           "Organización Panamericana de la Salud (OPS)."}));
  EXPECT_EQ("IMSS:1 CRV(Comisión Regional de Vacunación):1",
            Organizations({"El IMSS y la Comisión Regional de Vacunación (CRV) firmaron."}));
}

// "(USAID, por sus siglas en inglés)": the acronym, said to be one, pairs with the name before.
TEST(Organizations, PairAnAcronymSaidToBeOne) {
  EXPECT_EQ("USAID(Asociación Internacional para el Desarrollo de los Estados Unidos):2",
            Organizations({"Con el respaldo de la Asociación Internacional para el Desarrollo de "
                           "los Estados Unidos (USAID, por sus siglas en inglés) se hizo el curso. "
                           "La USAID lo pagó."}));
  // An acronym that spells nothing names from the word that opens an organization's name.
  EXPECT_EQ("TWAS(Academia Mundial de Ciencias):1",
            Organizations({"Ganaron los premios Nacional de Ciencias y Artes y de la Academia "
                           "Mundial de Ciencias (TWAS, por sus siglas en inglés)."}));
}

TEST(Organizations, ACurrencysLettersAWeekdayOrAMonthInCapitalsAreNoAcronyms) {
  EXPECT_EQ("SHCP:1 IMSS:1", Organizations({"El Fisco emitirá bonos por hasta US$3.500 millones, "
                                            "informó la SHCP.",
                                            "Horario: A, B, C | LUNES |",
                                            "NOV 28 2012 El IMSS "
                                            "informó."}));
}

// The name a school is given in quotation marks right after its kind is its name's; a quoted
// word in lower case after a body's name is not.
TEST(Organizations, ASchoolsNameInQuotationMarks) {
  EXPECT_EQ("Escuela Primaria “Emiliano Zapata”:1 SSA:1",
            Organizations({"Visitaron la Escuela Primaria “Emiliano Zapata” de Mazatán.",
                           "La Secretaría de Salud “recomienda” vacunarse."}));
}

// A country's letters name no body: "University of Guadalajara Foundation USA", "la
// frontera con EUA", "EE. UU.", "US $".
TEST(Organizations, ACountrysLettersAreNoAcronym) {
  EXPECT_EQ("UdeG:1", Organizations({"Asistió el presidente de University of Guadalajara "
                                     "Foundation USA y la rectora de la UdeG.",
                                     "Cruzaron la frontera con EUA.",
                                     "Las elecciones de EE. UU. y una inversión de US $ 486 "
                                     "millones.",
                                     "Los casos en EU subieron."}));
}

// A label of two long words in capitals, firms by size, a container unit, a serial's letters
// and a region named after the country are no organizations.
TEST(Organizations, ALabelInCapitalsFirmsBySizeAndARegion) {
  EXPECT_EQ("", Organizations({"DATOS NACIONALES",
                               "Apoya a las micro, pequeñas y medianas "
                               "empresas (MIPYMES) y movió 2 millones de TEU.",
                               "ISSN 0327-7968.",
                               "A las 17:40 horas tiempo del Centro de México hubo un sismo."}));
  EXPECT_EQ("IMSS:1 SEP:1", Organizations({"Firmaron el IMSS SEP y otros."}));
}

// The letters of "derechos humanos" and an identity document name no body; a park is a place
// and a legal form ends the name that took its first letter.
TEST(Organizations, HumanRightsLettersAParkAndALegalForm) {
  EXPECT_EQ("", Organizations({"Atiende quejas de DD. HH. y pide el DNI. El Parque Nacional (PN) "
                               "cerró; el PN reabre."}));
  EXPECT_EQ("Centro de Desarrollo Rural Quetzalcóatl A.C.:1",
            Organizations({"El Centro de Desarrollo Rural Quetzalcóatl A.C. participó."}));
}

TEST(Organizations, AHoldersNameAfterTheBodysNameIsNoPartOfIt) {
  EXPECT_EQ("Ayuntamiento de León:1",
            Organizations({"El secretario del Ayuntamiento de León Jorge Jiménez Lona "
                           "participó."}));
  EXPECT_EQ(Lines({"jorge-jimenez-lona|Jorge Jiménez Lona|secretario|Ayuntamiento de León|1"}),
            Officials({"El secretario del Ayuntamiento de León Jorge Jiménez Lona participó."}));
  // A town named for a saint keeps its name.
  EXPECT_EQ("Ayuntamiento de San Pedro Garza García:1",
            Organizations({"Visitó el Ayuntamiento de San Pedro Garza García."}));
}

TEST(Organizations, AKnownShortNameOpeningALongerNamePairedWithItsOwnAcronym) {
  EXPECT_EQ("", Organizations({"El Seguro Social de Salud (Essalud) atendió a los pacientes."}));
  EXPECT_EQ("IMSS:1", Organizations({"El Seguro Social de Jalisco (IMSS) atendió a los "
                                     "pacientes."}));
}

TEST(Organizations, ATableOfCoordinationIsABody) {
  EXPECT_EQ("Mesa de Coordinación para la Construcción de la Paz:1",
            Organizations({"Sesionó la Mesa de Coordinación para la Construcción de la Paz."}));
  EXPECT_EQ("", Organizations({"Se instaló una mesa de trabajo con los vecinos."}));
  // A faculty and a laboratory, bodies of a university or a ministry.
  EXPECT_EQ("Facultad de Ingeniería Mecánica y Eléctrica:1 Laboratorio Estatal de Salud Pública:1",
            Organizations({"Lo anunció la Facultad de Ingeniería Mecánica y Eléctrica con el "
                           "Laboratorio Estatal de Salud Pública."}));
}

TEST(Organizations, PairAKnownNameWithCommasWithItsAcronym) {
  EXPECT_EQ("SEDATU:1 SICT:1",
            Organizations({"Firmaron la Secretaría de Desarrollo Agrario, Territorial y Urbano "
                           "(SEDATU) y la Secretaría de Infraestructura, Comunicaciones y "
                           "Transportes (SICT)."}));
}

// An unknown body's name whose areas are listed with commas, before its acronym; two bodies
// listed with a comma stay two.
TEST(Organizations, PairAnUnknownNameWithCommasWithItsAcronym) {
  EXPECT_EQ(
      "Sedarpa(Secretaría de Desarrollo Agropecuario, Rural, Forestal, Pesca y "
      "Alimentación):2",
      Organizations({"La Secretaría de Desarrollo Agropecuario, Rural, Forestal, Pesca y "
                     "Alimentación (Sedarpa) informó que la Sedarpa apoyará a los "
                     "pescadores."}));
  EXPECT_EQ("SSA:1 INCan:1",
            Organizations({"Participaron la Secretaría de Salud, Instituto Nacional de "
                           "Cancerología (INCan) y otros."}));
  // A mixed-case word is a later mention only as the pair wrote the acronym, four letters
  // long at least: "Más" is no "MAS" (review 3).
  EXPECT_EQ("MAS(Mesa de Atención Social):1",
            Organizations({"La Mesa de Atención Social (MAS) sesionó. Más de 500 familias "
                           "recibieron apoyo."}));
  // A list of areas without end stops at the longest name (it took seconds on 40,000 words).
  std::string areas = "La Secretaría";
  for (int i = 0; i < 5000; ++i) areas += " Foo";
  const std::string found = Organizations({areas + " , Bar (SFB) sesionó."});
  EXPECT_LT(found.size(), 200u) << found.substr(0, 200);
}

TEST(Organizations, EndANameWhereAnotherPhraseBegins) {
  EXPECT_EQ("Universidad Autónoma de Yucatán:1",
            Organizations({"Se entregó en la Universidad Autónoma de Yucatán y en el Hospital "
                           "Juárez."}));
  EXPECT_EQ("Escuela Bancaria y Comercial:1",
            Organizations({"Lo anunció la Escuela Bancaria y Comercial."}));
  EXPECT_EQ("Universidad Autónoma de Nuevo León:1 Universidad Autónoma del Estado de Hidalgo:1",
            Organizations({"Participan la Universidad Autónoma de Nuevo León y de la Universidad "
                           "Autónoma del Estado de Hidalgo."}));
  EXPECT_EQ("Comisión de Capacitación y Organización Electoral:1",
            Organizations({"Sesionó la Comisión de Capacitación y Organización Electoral."}));
  EXPECT_EQ("Ayuntamiento de Mérida:1",
            Organizations({"Lo presentó el Ayuntamiento de Mérida en su primer año."}));
  EXPECT_EQ("", Organizations({"El Índice de Mercancías y Servicios de Uso Intermedio subió."}));
  // A second name right after "y", or after "y del" with a weak word and its own "de", or
  // after "con la de".
  EXPECT_EQ("Universidad Autónoma de Coahuila:1 Universidad Carolina:1",
            Organizations({"Participan la Universidad Autónoma de Coahuila y Universidad "
                           "Carolina."}));
  EXPECT_EQ("Tribunal Superior de Justicia de Yucatán:1 Consejo de la Judicatura:1",
            Organizations({"Asistieron los titulares del Tribunal Superior de Justicia de Yucatán "
                           "y del Consejo de la Judicatura."}));
  EXPECT_EQ("Subsecretaría de Desarrollo Agrario:1",
            Organizations({"Se fusiona la Subsecretaría de Desarrollo Agrario con la de "
                           "Ordenamiento."}));
  EXPECT_EQ("Comisión Estatal del Agua:1 Cámara Nacional de Comercio:1",
            Organizations({"La Comisión Estatal del Agua con la Cámara Nacional de Comercio "
                           "firmó (review 2)."}));
  EXPECT_EQ("Comisión de Vinculación con los Organismos Públicos Locales:1",
            Organizations({"Sesionó la Comisión de Vinculación con los Organismos Públicos "
                           "Locales."}));
  EXPECT_EQ("Tribunal Superior de Justicia:1 Tribunal Constitucional:1",
            Organizations({"Se instaló el Tribunal Superior de Justicia en Tribunal "
                           "Constitucional."}));
  EXPECT_EQ("Centro de Investigación en Alimentación y Desarrollo:1",
            Organizations({"Participó el Centro de Investigación en Alimentación y "
                           "Desarrollo."}));
  // An article after the name's words opens another phrase, unless an infinitive takes it.
  EXPECT_EQ("Poder Ejecutivo Estatal:1",
            Organizations({"Se enviaron al Poder Ejecutivo Estatal los Decretos aprobados."}));
  EXPECT_EQ("Dirección de Seguridad Escolar:1",
            Organizations({"Enviaron a la Dirección de Seguridad Escolar los Reportes."}));
  EXPECT_EQ("Comisión Nacional para Prevenir y Erradicar la Violencia contra las Mujeres:1",
            Organizations({"Opinó la Comisión Nacional para Prevenir y Erradicar la Violencia "
                           "contra las Mujeres."}));
  // A state's abbreviation after its town is no acronym of a body.
  EXPECT_EQ("INEGI:1", Organizations({"El INEGI informó desde AGUASCALIENTES, AGS. el índice."}));
}

TEST(Organizations, KnowTheShortNamesOfUniversitiesAndInstitutes) {
  EXPECT_EQ("UNAM:2", Organizations({"La Universidad Nacional y la UNAM son una."}));
  EXPECT_EQ("INAI:1", Organizations({"El Instituto Nacional de Transparencia (INAI) resolvió."}));
}

TEST(Organizations, KnowTheArmedForcesAndCivilProtection) {
  EXPECT_EQ("Ejército Mexicano:1 Fuerza Aérea Mexicana:1 Protección Civil:1",
            Organizations({"El Ejército Mexicano y la Fuerza Aérea Mexicana apoyaron a Protección "
                           "Civil."}));
}

TEST(Organizations, KnowPartiesAndFederalAgenciesNamedWithoutAcronym) {
  EXPECT_EQ("Liconsa:2 Morena:1 Gabinete de Seguridad:1",
            Organizations({"Liconsa opera con normalidad. La bancada de Morena pidió que Liconsa "
                           "informe al Gabinete de Seguridad."}));
}

TEST(Organizations, AWordAfterACapitalisedArticleIsPartOfAName) {
  EXPECT_EQ("", Organizations({"Se inauguró el Bulevar La Morena en Pachuca."}));
  EXPECT_EQ("Morena:1", Organizations({"La bancada de Morena votó."}));
  EXPECT_EQ("Liconsa:1", Organizations({"La Liconsa de hoy reparte más leche."}));
  EXPECT_EQ("", Organizations({"Visitaron a la Virgen Morena en su santuario."}));
  EXPECT_EQ("CONAGUA:1", Organizations({"«La Conagua mantiene la vigilancia», afirmó."}));
  EXPECT_EQ("CONAGUA:1", Organizations({"Lo dijo: La Conagua mantiene la vigilancia."}));
  // "PAN" alone is the party only where the text is not in capitals.
  EXPECT_EQ("", Organizations({"FERIA DEL PAN EN TLAXCALA"}));
  EXPECT_EQ("PAN:1", Organizations({"El diputado del PAN votó en contra."}));
}

TEST(Organizations, AMinistrysShortNameAmongOtherListedWordsIsNoMinistry) {
  EXPECT_EQ("", Organizations({"Ejes: Desarrollo Ordenado y Sostenible, Economía para todos."}));
  EXPECT_EQ("", Organizations({"Premiaron a las facultades de Ciencias Forestales, Economía, "
                               "Ingeniería Mecánica y Derecho."}));
  EXPECT_EQ("", Organizations({"Lo aprobó la comisión de Economía, Empleo y Desarrollo."}));
  EXPECT_EQ("SHCP:1 SE:1 SFP:1", Organizations({"Firmaron la SHCP, Economía y la SFP."}));
  EXPECT_EQ("SHCP:1",
            Organizations({"Participó la Oficial Mayor de Hacienda, Raquel Buenrostro."}));
  // A name's acronym written as a word is a name in any list.
  EXPECT_EQ("CONAGUA:1", Organizations({"Visitaron Conagua, Recursos Humanos y Finanzas."}));
}

TEST(Organizations, AKnownAcronymAfterANameWithNoWordOfItsOwnNamesAnotherBody) {
  const auto organizations =
      Extract({"La Secretaría de Educación del Gobierno del Estado (SE) informa que el lunes "
               "regresan a clases."})
          .organizations;
  ASSERT_EQ(1u, organizations.size());
  EXPECT_EQ("SE", organizations[0].id);
  EXPECT_EQ("Secretaría de Educación del Gobierno del Estado", organizations[0].name);
  // The text's name for a known body may differ from the gazetteer's in a word or two.
  EXPECT_EQ("SAT:1", Organizations({"Lo informó el Sistema de Administración Tributaria (SAT)."}));
}

TEST(Organizations, AnAcronymThatLeavesOutTheOrganizationWordNamesFromThatWord) {
  EXPECT_EQ("USAID(Agencia de los Estados Unidos para el Desarrollo Internacional):1",
            Organizations({"La financia la Agencia de los Estados Unidos para el Desarrollo "
                           "Internacional (USAID) desde 2019."}));
  EXPECT_EQ("PDR(Fondo de Proyectos de Desarrollo Regional):1",
            Organizations({"Recursos Federales del Fondo de Proyectos de Desarrollo Regional "
                           "(PDR) 2018."}));
  // A name that ends with a known body's pair keeps the acronym apart.
  EXPECT_EQ(
      "Sindicato Nacional de Trabajadores del Instituto Mexicano del Seguro Social:1 "
      "IMSS:1",
      Organizations({"El Sindicato Nacional de Trabajadores del Instituto Mexicano del "
                     "Seguro Social (IMSS) firmó."}));
}

TEST(Organizations, SkipLabTestsMediaAndAnEventsOrAPlansYear) {
  EXPECT_EQ("", Organizations({"Podrá realizar pruebas PCR y guardar los datos en DVD."}));
  EXPECT_EQ("", Organizations({"Se anunció en la FITUR 2026 y se sumó al POA 2018."}));
  // A known body with a year is still that body.
  EXPECT_EQ("IMSS:1", Organizations({"El informe IMSS 2024 se presentó."}));
}

// An unknown acronym after a quantity is its unit; benefits, indicators and certifications
// named with their acronym are no bodies, nor the name in capitals after such a word.
TEST(Organizations, SkipUnitsAfterQuantitiesBenefitsIndicatorsAndCertifications) {
  EXPECT_EQ("", Organizations({"Con un sueldo inferior a 60 UF al mes recibirán el apoyo."}));
  // Before a number of four digits, an unknown acronym names a standard; a known one stays.
  EXPECT_EQ("", Organizations({"El pasto tiene certificación ISO 9000 e ISO 14001."}));
  EXPECT_EQ("IMSS:1", Organizations({"El IMSS 2500 obras realizó."}));
  EXPECT_EQ("", Organizations({"Las familias que reciben Subsidio Único Familiar (SUF) o "
                               "Ingreso Ético Familiar (IEF) cobrarán el bono."}));
  EXPECT_EQ("", Organizations({"Publicará los Indicadores de Productividad Laboral (IPL) y la "
                               "Información de Interés Nacional (IIN)."}));
  EXPECT_EQ("", Organizations({"El edificio obtuvo la Certificación LEED Platino."}));
  // A known body after a quantity is still that body.
  EXPECT_EQ("IMSS:1", Organizations({"Son 35 IMSS en el país."}));
}

TEST(Organizations, AWordTheTextAlsoWritesInLowerCaseOrAnHonorificIsNoAcronym) {
  EXPECT_EQ("", Organizations({"Respecto de la SENTENCIA dictada, la sentencia quedó firme."}));
  EXPECT_EQ("", Organizations({"Firmaron la ARQ. LAURA CASTILLO y el LIC. HORACIO DUARTE."}));
  // An acronym the text never writes as a word is still one.
  EXPECT_EQ("SESVER:1", Organizations({"Lo informó SESVER en su sentencia."}));
}

TEST(Organizations, ABodysNumberIsItsNamesAndNumberAloneIsNot) {
  EXPECT_EQ("Instituto Tecnológico del Mar Número 1:1",
            Organizations({"Visitó el Instituto Tecnológico del Mar Número 1 de Boca del Río."}));
  EXPECT_EQ("Escuela Secundaria Técnica Núm. 3:1",
            Organizations({"Lo recibió la Escuela Secundaria Técnica Núm. 3 en la ciudad."}));
  EXPECT_EQ("Instituto Tecnológico del Mar:1",
            Organizations({"Visitó el Instituto Tecnológico del Mar Número de plazas."}));
}

TEST(Organizations, ALegislativeCommitteeListsItsAreasAndIsNoPartOfItsChamber) {
  EXPECT_EQ("Comisión de Trabajo, Competitividad y Previsión Social:1",
            Organizations({"Lo aprobó la Comisión de Trabajo, Competitividad y Previsión Social "
                           "del Congreso."}));
  // The ordinal that tells the Senate's committee from its siblings is its name's.
  EXPECT_EQ("Primera Comisión de Gobernación, Puntos Constitucionales y de Justicia:1",
            Organizations({"La Primera Comisión de Gobernación, Puntos Constitucionales y de "
                           "Justicia dictaminó."}));
  EXPECT_EQ("Comisión de Cultura:1 Congreso del Estado de Jalisco:1",
            Organizations({"Lo avaló la Comisión de Cultura del Congreso del Estado de Jalisco."}));
  EXPECT_EQ("Junta de Coordinación Política:1 Congreso del Estado:1",
            Organizations({"Lo aprobó la Junta de Coordinación Política del Congreso del "
                           "Estado."}));
  // People and other bodies after a committee's comma are not its areas.
  EXPECT_EQ("Comisión de Salud:1",
            Organizations({"La Comisión de Salud, Juan Pérez y María López asistieron."}));
  EXPECT_EQ("Comisión de Hacienda:1 Secretaría de Finanzas:1 IMSS:1",
            Organizations({"La Comisión de Hacienda, la Secretaría de Finanzas y el IMSS "
                           "firmaron."}));
}

// "y" and a committee's or a directorate's word open a second body; a budget is none.
TEST(Organizations, YAndACommitteesWordOpenASecondBodyAndABudgetIsNone) {
  EXPECT_EQ("Dirección General de Administración:1 Comisión de Administración:1",
            Organizations({"Lo aprobaron la Dirección General de Administración y Comisión de "
                           "Administración."}));
  EXPECT_EQ("", Organizations({"Se aprobó el Presupuesto de Egresos de la Federación (PEF)."}));
}

// A ministry's area after its minister's post names another country's ministry, not Mexico's
// secretariat of that area.
TEST(Organizations, AMinistersAreaIsNoMexicanSecretariat) {
  EXPECT_EQ("", Organizations({"El Ministro de Hacienda, Felipe Larraín, participó."}));
  EXPECT_EQ("SHCP:1", Organizations({"El secretario de Hacienda, Rogelio Ramírez, participó."}));
}

// A known ministry's name that goes on with words of its own is another body's: a state's
// ministry, not the federal one; not past a level, a first name or a body of the known one.
TEST(Organizations, AKnownNameThatGoesOnIsAnotherBodys) {
  EXPECT_EQ("Secretaría de Economía Sustentable y Turismo:1",
            Organizations({"La Secretaría de Economía Sustentable y Turismo informó."}));
  EXPECT_EQ("SSA:1", Organizations({"La Secretaría de Salud Federal informó."}));
  EXPECT_EQ("SSA:1", Organizations({"La Secretaría de Salud Jorge Alcocer habló."}));
}

// A ministry lists its areas as a committee does; people and other bodies after its comma are
// none of them.
TEST(Organizations, AMinistryListsItsAreas) {
  EXPECT_EQ("Ministerio de Agricultura, Pesca y Alimentación:1",
            Organizations({"Lo presentó el Ministerio de Agricultura, Pesca y Alimentación."}));
  EXPECT_EQ("Secretaría de Medio Ambiente, Desarrollo Sustentable y Ordenamiento Territorial:1",
            Organizations({"La Secretaría de Medio Ambiente, Desarrollo Sustentable y "
                           "Ordenamiento Territorial informó."}));
  EXPECT_EQ("Secretaría de Finanzas:1 IMSS:1",
            Organizations({"La Secretaría de Finanzas, Juan Pérez y el IMSS firmaron."}));
}

// Batches 19 and 20: a council named after the body it belongs to. A council alone ("el Consejo
// General") is no organization, as a weak word without its complement never is.
TEST(Organizations, ACouncilOfAnotherBodyIsThatBody) {
  EXPECT_EQ("Instituto Electoral de Coahuila:1",
            Organizations({"Sesionó el Consejo General del Instituto Electoral de Coahuila."}));
  EXPECT_EQ("CEPLAN:1", Organizations({"Lo presentó ante el Consejo Directivo de CEPLAN."}));
  EXPECT_EQ("Consejo Técnico de Salud:1",
            Organizations({"Lo aprobó el Consejo Técnico de Salud."}));
  EXPECT_EQ("PJF:1", Organizations({"Lo pidieron integrantes del Poder Judicial de la "
                                    "Federación."}));
  // Batch 27: an office of another body, and a council inside it with its own "de".
  EXPECT_EQ("Consejo de la Judicatura del Estado:1",
            Organizations({"Lo informó la Dirección Jurídica del Consejo de la Judicatura del "
                           "Estado."}));
}

// Batch 32: a body named in full, then by the first words of its name, is one organization;
// not when the short name begins two full ones.
TEST(Organizations, AShortFormOfANameWrittenInFullIsThatBody) {
  EXPECT_EQ("Tribunal Superior de Justicia del Estado de Veracruz:2",
            Organizations({"Sesionó el Tribunal Superior de Justicia del Estado de Veracruz.",
                           "El Tribunal Superior de Justicia aprobó los nombramientos."}));
  EXPECT_EQ(
      "Instituto Tecnológico de Celaya:1 Instituto Tecnológico de León:1 "
      "Instituto Tecnológico:1",
      Organizations({"Compitieron el Instituto Tecnológico de Celaya y el Instituto "
                     "Tecnológico de León.",
                     "El Instituto Tecnológico ganó."}));
  // A name that lists its areas after commas, some of several words, and its short form.
  EXPECT_EQ(
      "INFOCDMX(Instituto de Transparencia, Acceso a la Información Pública, Protección "
      "de Datos Personales y Rendición de Cuentas de la Ciudad de México):2",
      Organizations({"Informó el Instituto de Transparencia.",
                     "El Pleno del Instituto de Transparencia, Acceso a la Información "
                     "Pública, Protección de Datos Personales y Rendición de Cuentas de la "
                     "Ciudad de México (INFOCDMX) resolvió 108 recursos."}));
  // Without an acronym too: an institute's name lists its areas, one of them of three words.
  EXPECT_EQ(
      "Instituto Estatal de Transparencia, Acceso a la Información Pública y Protección "
      "de Datos Personales:1",
      Organizations({"Sesionó el Instituto Estatal de Transparencia, Acceso a la "
                     "Información Pública y Protección de Datos Personales en Mérida."}));
  // The full name may be a known body's.
  EXPECT_EQ("CNDH:2", Organizations({"La Comisión Nacional de los Derechos Humanos informa que sí.",
                                     "La Comisión Nacional hace un llamado."}));
}

// Batches 31 and 32: the powers of a state, its police, Colombia's registry and a commission's
// inspectorate open names; a title after one opens a person's.
TEST(Organizations, PowersPoliceAndRegistriesOpenNames) {
  EXPECT_EQ(
      "Poder Judicial del Estado de México:1 Policía Municipal:1",
      Organizations({"El Poder Judicial del Estado de México y la Policía Municipal firmaron."}));
  EXPECT_EQ("Registraduría Nacional:1 Visitaduría General:1",
            Organizations({"La Registraduría Nacional y la Visitaduría General revisaron."}));
  EXPECT_EQ("Poder Judicial:1",
            Organizations({"Habló la presidenta del Poder Judicial Dra. Janet Tello Gilardi."}));
  // Batch 54: a Colombian department's government, by its complement only; and batch 56, a
  // Uruguayan one's.
  EXPECT_EQ("Gobernación de Antioquia:1",
            Organizations({"La Gobernación de Antioquia informa que la gobernación atiende."}));
  EXPECT_EQ(
      "Intendencia de Montevideo:1",
      Organizations({"La Intendencia de Montevideo presentó las acciones de la intendencia."}));
}

// Batch 40: courts and congresses by their own words.
TEST(Organizations, CourtsAndNumberedLegislatures) {
  EXPECT_EQ("Juzgado Primero Penal:1 Supremo Tribunal de Justicia:1",
            Organizations({"Se suprime el Juzgado Primero Penal, informó el presidente del Supremo "
                           "Tribunal de Justicia y del Consejero de la Judicatura."}));
  EXPECT_EQ("LXIII Legislatura:1",
            Organizations({"Lo aprobó la LXIII Legislatura por unanimidad."}));
  EXPECT_EQ("LXII Legislatura del Estado de Hidalgo:1",
            Organizations({"La LXII Legislatura del Estado de Hidalgo lo aprobó."}));
  EXPECT_EQ("LXI Legislatura Estatal:1", Organizations({"La LXI Legislatura Estatal sesionó."}));
  // The chamber it is of is a name of its own; words after it are not its.
  EXPECT_EQ("LXIII Legislatura:1 Congreso del Estado de Sonora:1",
            Organizations({"Inició la LXIII Legislatura del Congreso del Estado de Sonora."}));
  EXPECT_EQ("LX Legislatura:1",
            Organizations({"La LX Legislatura Cinco Concejos Municipales instaló."}));
}

// Batch 27: a ministry's offices by their words ("Dirección", "Departamento", "Coordinación"),
// with the area that makes them a name; alone ("la Dirección") they are none.
TEST(Organizations, OfficesNamedByTheirArea) {
  EXPECT_EQ("Dirección General de Epidemiología:1",
            Organizations({"Según la Dirección General de Epidemiología, hubo casos."}));
  EXPECT_EQ("Departamento de Prensa:1",
            Organizations({"Expuso el Departamento de Prensa su plan."}));
  EXPECT_EQ("", Organizations({"La Dirección informó a la Coordinación Operativa."}));
  EXPECT_EQ("Centro de Coordinación de Emergencias:1",
            Organizations({"Lo atendió el Centro de Coordinación de Emergencias."}));
}

// Batches 21 and 22: ministries as other Spanish-speaking countries name them, and a ship.
TEST(Organizations, MinistriesAndNotAShipsName) {
  EXPECT_EQ("Ministerio de Educación Nacional:1",
            Organizations({"Lo anunció el Ministerio de Educación Nacional ayer."}));
  EXPECT_EQ("Ministerio Público:1",
            Organizations({"El Ministerio Público obtuvo la vinculación a proceso."}));
  EXPECT_EQ("", Organizations({"Se giró orden al buque ARM “CALIFORNIA” PO-162 de la Armada."}));
}

TEST(Organizations, AStatesOrATownsOwnBodyByANationalOnesName) {
  EXPECT_EQ("DIF Sinaloa:1",
            Organizations({"En coordinación con el DIF Sinaloa se recorrerá el valle."}));
  EXPECT_EQ("DIF Jalisco:1 DIF Estado de México:1",
            Organizations({"Firmaron el DIF de Jalisco y el DIF Edomex."}));
  EXPECT_EQ("DIF Morelia:1", Organizations({"Asistió la presidenta del DIF Morelia, Ana López."}));
  EXPECT_EQ("DIF Estatal:1 Sistema Municipal DIF:1",
            Organizations({"Lo aportan el DIF estatal y el Sistema Municipal DIF."}));
  EXPECT_EQ("DIF Cosío:1 DIF Municipal:1",
            Organizations({"Entregó sillas al DIF Municipal de Cosío. Visitó el DIF Municipal."}));
  // The national one, and a person after it.
  EXPECT_EQ("DIF:2", Organizations({"El DIF Nacional entregó cobijas. El DIF Ana López dijo."}));
}

TEST(Organizations, ACourtNamedDeLoWhatItJudges) {
  EXPECT_EQ("Tribunal de lo Contencioso Administrativo:1",
            Organizations({"Sirvió primero como Tribunal de lo Contencioso Administrativo y ahora "
                           "como otro."}));
}

TEST(Organizations, LeaveAPersonBeforeAKnownAcronymToTheOfficials) {
  EXPECT_EQ("Morena:1", Organizations({"Preside la comisión la diputada Rocío Adriana Abreu "
                                       "Artiñano (Morena)."}));
  EXPECT_EQ(std::vector<std::string>{"rocio-adriana-abreu-artiñano|Rocío Adriana Abreu "
                                     "Artiñano|diputada||1"},
            Officials({"Preside la comisión la diputada Rocío Adriana Abreu Artiñano (Morena)."}));
}

TEST(Organizations, SkipProgrammesLawsAndEventsWrittenLikeOrganizations) {
  EXPECT_EQ("SAGARPA:1", Organizations({"La SAGARPA opera el Programa de Atención a Contingencias "
                                        "Climatológicas (PACC); el PACC cubre 20 estados."}));
  EXPECT_EQ("UdeG:1", Organizations({"La UdeG organiza la Feria Internacional del Libro de "
                                     "Guadalajara (FIL). La FIL abre el sábado."}));
  EXPECT_EQ("", Organizations({"Lo prevé la Ley General de Comunicación Social (LGCS)."}));
  // Bodies named like programmes and forums are in the gazetteer.
  EXPECT_EQ("PNUD:2", Organizations({"Lo apoya el Programa de las Naciones Unidas para el "
                                     "Desarrollo (PNUD). El PNUD financia."}));
  // A name whose lower-case words and commas cut its capitals short, the head a few words
  // before, as the acronym's first letter or its next word's says.
  EXPECT_EQ("", Organizations({"Rige la Ley General en materia de Humanidades, Ciencias, "
                               "Tecnologías e Innovación (LGMHCTI). El programa La Escuela es "
                               "Nuestra (LEEN) llega a 4 mil planteles; la LEEN crece."}));
  // An acronym that ends such a name, after "de" without an article; a body takes its article.
  EXPECT_EQ("CONAGO:1",
            Organizations({"Piden aplicar la Ley General en Materia de HCTI y la Estrategia "
                           "Nacional de la CONAGO."}));
}

TEST(Organizations, AHeadInThePluralSharedByAList) {
  EXPECT_EQ("SEP:1 SSA:1", Organizations({"Lo recomendaron las secretarías de Educación Pública y "
                                          "Salud."}));
  EXPECT_EQ("INCan:1 INR:1 INP:1",
            Organizations({"Participaron los institutos nacionales de Cancerología, de "
                           "Rehabilitación y de Pediatría."}));
  EXPECT_EQ(
      "SHCP:1 SE:1",
      Organizations({"Firmaron las secretarías de Hacienda y Crédito Público y de Economía."}));
  EXPECT_EQ("", Organizations({"Acordaron las secretarías de Salud estatales."}));
  // One name in the plural, or a list the states qualify, is the states' own.
  EXPECT_EQ("", Organizations({"Las secretarías de Salud reforzaron la vacunación."}));
  EXPECT_EQ("", Organizations({"Se reunieron las secretarías de Salud y de Educación de "
                               "Jalisco."}));
  EXPECT_EQ("", Organizations({"Firmaron las secretarías de Salud y de Educación Pública de los "
                               "32 estados."}));
  // A list that ends the text without a period.
  EXPECT_EQ("SEP:1 SSA:1",
            Organizations({"Lo recomendaron las secretarías de Educación Pública y Salud"}));
}

TEST(Organizations, KeepBodiesOfAnOrganizationApart) {
  EXPECT_EQ("IMSS:1", Organizations({"El Consejo Técnico del IMSS aprobó el presupuesto."}));
  EXPECT_EQ("Secretaría de Salud de Sonora:1",
            Organizations({"Lo confirmó la Secretaría de Salud de Sonora."}));
  EXPECT_EQ("Secretaría del Bienestar Social Municipal:1",
            Organizations({"Lo entregó la Secretaría del Bienestar Social Municipal."}));
  EXPECT_EQ("Bienestar:1", Organizations({"Lo entregó la Secretaría del Bienestar."}));
  // How a body calls itself is no name: "este Instituto Armado" is the army; a full name
  // after "esta" is one (review).
  EXPECT_EQ("", Organizations({"Se fortalecen los lazos con este Instituto Armado.",
                               "Esta Comisión Nacional hace un llamado."}));
  EXPECT_EQ("Universidad Autónoma de Ciudad Juárez:1",
            Organizations({"La rectora de esta Universidad Autónoma de Ciudad Juárez habló."}));
  // A federal body's short name with an acronym of the text's own is another body; its full
  // name keeps its id whatever the acronym.
  EXPECT_EQ("SH(Secretaría de Hacienda):1 SEMAR:1",
            Organizations({"Lo informó la Secretaría de Hacienda (SH) de Sonora.",
                           "Participó la Secretaría de Marina (SM)."}));
  // A name the text never pairs with its acronym is the body the acronym's initials spell.
  EXPECT_EQ("CEE(Comisión Estatal Electoral):2",
            Organizations({"La Comisión Estatal Electoral celebró la clausura.",
                           "En el acto, la CEE reconoció la labor de las comisiones."}));
  // A body's local office is still the body (review).
  EXPECT_EQ("INE:1", Organizations({"El Instituto Nacional Electoral Junta Municipal abrió."}));
}

TEST(Organizations, SkipCapitalsTitlesNumeralsAndUnitTypes) {
  EXPECT_EQ("IMSS:1", Organizations({"PARA OAXACA, EL IMSS INVIERTE MIL MILLONES EN HOSPITALES"}));
  EXPECT_EQ("", Organizations({"BOLETÍN DE PRENSA", "LINK FOTOS"}));
  EXPECT_EQ("", Organizations({"Se operó en el Centro Médico Nacional Siglo XXI y en la Unidad "
                               "Médica de Alta Especialidad (UMAE) de Puebla; la UMAE atiende "
                               "casos de COVID-19 y VIH."}));
  EXPECT_EQ("", Organizations({"Hubo 40 quejas de personas con VIH-SIDA."}));
  EXPECT_EQ("IMSS:1", Organizations({"El IMSS vacuna en el módulo PREVENIMSS contra el VRS."}));
  EXPECT_EQ("ISSSTE:1", Organizations({"El ISSSTE supervisó sus Clínicas de Medicina Familiar "
                                       "con Especialidades y Quirófano (CMFEQ) y sus Hospitales "
                                       "Generales (HG)."}));
  EXPECT_EQ("CFE:1", Organizations({"La CFE sumó 350 MW y 120 GWh; el pozo da 40 LPS."}));
  EXPECT_EQ("SSA:1", Organizations({"La SSA aplica las vacunas SRP, SR y BCG."}));
  EXPECT_EQ("PROFECO:1", Organizations({"La PROFECO vigila el precio del gas LP."}));
  EXPECT_EQ("", Organizations({"Publicado el 7 de JUNIO de 2011."}));
  EXPECT_EQ("INEGI:1", Organizations({"El INEGI publicó el Índice Nacional de Precios Productor "
                                      "(INPP) y la Encuesta Nacional sobre Discriminación "
                                      "(ENADIS)."}));
  // A short form of a known name inside another name, or in a line in capitals.
  EXPECT_EQ("", Organizations({"Se limpió la escuela “Hacienda de Guelatao”.",
                               "FIRMAN CONVENIO PARA LA FUNCIÓN PÚBLICA ELECTORAL"}));
  EXPECT_EQ("SHCP:1 SFP:1",
            Organizations({"Lo anunció Hacienda.", "LA SECRETARÍA DE LA FUNCIÓN PÚBLICA AUDITA"}));
  EXPECT_EQ("SEDENA:1", Organizations({"La SEDENA aplica el “PLAN DN-III-E”, en su fase de "
                                       "auxilio, y la Política Estatal Anticorrupción (PEAY)."}));
}

TEST(States, ReadVariantsAndDatelines) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Xalapa, Ver., a 16 de julio de 2014.", "Veracruz"},
      {"México, D.F., a 5 de agosto de 2014.", "Ciudad de México"},
      {"México, D.F, 22 de octubre de 2015.", "Ciudad de México"},
      {"Ciudad de México, jueves 30 de mayo de 2024.", "Ciudad de México"},
      {"La gira siguió por el Edomex y por Michoacán de Ocampo.", "Estado de México,Michoacán"},
      {"Participan Baja California Sur, Nuevo León y Baja California.",
       "Baja California Sur,Nuevo León,Baja California"},
      {"Manzanillo, Col., a 2 de mayo de 2022.", "Colima"},
      {"San Francisco de los Romo, Ags, 25 de mayo de 2024.- La gobernadora habló.",
       "Aguascalientes"},
      {"Silao, Gto a 13 de septiembre de 2019.- El gobernador habló.", "Guanajuato"},
      {"Asistió Juan Pérez, Son los mejores.", ""},
      {"Lomas de Sotelo, Cd. Méx., a 5 de diciembre de 2019.- La Sedena informa.",
       "Ciudad de México"},
      {"El convoy salió de Cd. Juárez, Chih. Llegó de noche.", "Chihuahua"},
      // A state-level office's name ends in the state's; a street in quotes is a street.
      {"El DIF Estatal Zacatecas entregó cobijas.", "Zacatecas"},
      {"Se pavimentó la calle “Hidalgo y Costilla” en la Tenencia.", ""},
      {"La clínica está en la Calle Hidalgo 12, Col. Centro.", ""},
      // The last of the streets a place word lists; a colonia's name opening a list's line.
      {"Los locales están en las calles Corregidora e Hidalgo del centro.", ""},
      {"Miguel Hidalgo, San Benito y Pitic se quedarán sin agua.", ""},
      {"Sonora y Sinaloa se quedarán sin agua.", "Sonora,Sinaloa"},
      {"Son tres los hospitales nuevos en todo México.", ""},
      {"Se firmó con la Benemérita Universidad Autónoma de Puebla.", ""},
      // Demonyms name the state too; not the words that mostly mean something else.
      {"El gobernador chiapaneco inauguró el puente.", "Chiapas"},
      {"Los productores sonorenses y las familias yucatecas recibieron apoyo.", "Sonora,Yucatán"},
      {"Sirvieron chiles poblanos a un público campechano.", ""},
      {"Tocaron grupos de música duranguense y sirvieron huachinango a la veracruzana.", ""},
  };
  for (const auto& [text, states] : cases) EXPECT_EQ(states, States({text})) << text;
}

TEST(States, TheDatelinesPlaceNamesStatesOnlyAndFirst) {
  const Entities entities =
      Extractor().extract({"La gobernadora visitó Michoacán y la Ciudad de México."}, "2024-10-05",
                          "TOLUCA, Estado de México");
  EXPECT_EQ((std::vector<std::string>{"Estado de México", "Michoacán", "Ciudad de México"}),
            entities.states);
  EXPECT_TRUE(entities.organizations.empty());
}

// Batch 56: a place that gives its town and its state without a comma between; in the text, a
// body's name holds a state's ("la División Baja California", "el Consejo Nuevo León").
TEST(States, APlacesStateOfSeveralWordsWithoutItsComma) {
  EXPECT_EQ(std::vector<std::string>{"Baja California Sur"},
            Extractor()
                .extract({"El Procurador compareció ante el Congreso."}, "2013-05-29",
                         "La Paz Baja California Sur")
                .states);
  EXPECT_EQ("", States({"Apoyaron los trabajadores de la División Baja California."}));
  EXPECT_EQ(
      std::vector<std::string>{},
      Extractor().extract({"El Procurador compareció."}, "2013-05-29", "Ciudad Hidalgo").states);
}

TEST(States, MexAfterMexicoCityIsTheCountry) {
  EXPECT_EQ(
      std::vector<std::string>{"Ciudad de México"},
      Extractor().extract({"El DIF sesionó."}, "2016-10-05", "CIUDAD DE MÉXICO, Méx.").states);
  EXPECT_EQ(std::vector<std::string>{"Estado de México"},
            Extractor().extract({"El DIF sesionó."}, "2016-10-05", "Toluca, Méx.").states);
}

TEST(Quotes, AttributeIndirectSpeechToTheSubject) {
  EXPECT_EQ(Lines({"zoe-robledo|destacó|el abasto de medicamentos llega al 97 por ciento"}),
            Quotes({"El director general del IMSS, Zoé Robledo, destacó que el abasto de "
                    "medicamentos llega al 97 por ciento."}));
}

TEST(Quotes, AnImpersonalSpeechVerbIsNoOnesButTheSpeakerGoesOnAfterIt) {
  EXPECT_EQ(Lines({"zoe-robledo|destacó|el abasto llega al 97 por ciento",
                   "zoe-robledo|recordó|habrá 12 hospitales más"}),
            Quotes({"El director general del IMSS, Zoé Robledo, destacó que el abasto llega al 97 "
                    "por ciento.",
                    "En la sesión se informó que el consejo aprobó el presupuesto.",
                    "Recordó que habrá 12 hospitales más."}));
}

TEST(Quotes, ReadTheMarksOfOldPdfsAndCarelessCloses) {
  const std::string robledo = "El director general del IMSS, Zoé Robledo, inauguró la clínica.";
  EXPECT_EQ(Lines({"zoe-robledo|afirmó|Refrendo mi compromiso con la salud"}),
            Quotes({robledo, "\u2015Refrendo mi compromiso con la salud\u2016, afirmó."}));
  EXPECT_EQ(Lines({"zoe-robledo|remarcó|Qué nos interesa? Un patrimonio"}),
            Quotes({robledo, "“Qué nos interesa? Un patrimonio\", remarcó."}));
  // A straight pair inside curly marks is an inner quotation.
  EXPECT_EQ(Lines({"zoe-robledo|dijo|El programa \"Sembrando Salud\" llega a todos"}),
            Quotes({robledo, "“El programa \"Sembrando Salud\" llega a todos”, dijo."}));
}

TEST(Quotes, LeaveTheClausesCommaOut) {
  EXPECT_EQ(Lines({"zoe-robledo|señaló|de 2021 a la fecha, se abrieron 12 hospitales"}),
            Quotes({"El director general del IMSS, Zoé Robledo, señaló que, de 2021 a la fecha, "
                    "se abrieron 12 hospitales."}));
}

TEST(Quotes, AttributeQuotationsWithTheVerbBeforeOrAfter) {
  EXPECT_EQ(Lines({"zoe-robledo|señaló|Nadie se quedará sin atención en este hospital",
                   "zoe-robledo|enfatizó|La salud es un derecho de todas y de todos",
                   "rocio-canul-pech|afirmó|las enfermeras son el corazón del Instituto"}),
            Quotes({"En Mérida, el titular del Seguro Social, Zoé Robledo, señaló:",
                    "“Nadie se quedará sin atención en este hospital”.",
                    "“La salud es un derecho de todas y de todos”, enfatizó.",
                    "A su vez, la coordinadora de Enfermería, Rocío Canul Pech, afirmó que “las "
                    "enfermeras son el corazón del Instituto”."}));
}

TEST(Quotes, AttributeAPostAloneToTheHolderNamedBeforeIt) {
  EXPECT_EQ(Lines({"mario-delgado-carrillo|informó|el registro inicia hoy en las 32 entidades",
                   "mario-delgado-carrillo|explicó|se otorgarán 1.5 millones de becas",
                   "julio-leon-trujillo|dijo|45% de los beneficiarios son mujeres"}),
            Quotes({"El titular de la Secretaría de Educación Pública (SEP), Mario Delgado "
                    "Carrillo, informó que el registro inicia hoy en las 32 entidades.",
                    "Acompañado por la gobernadora de Baja California, Marina del Pilar Ávila "
                    "Olmeda, el secretario explicó que se otorgarán 1.5 millones de becas.",
                    "En su oportunidad, el Dr. Jorge Alcocer Varela, secretario de Salud, "
                    "destacó la coordinación interinstitucional.",
                    "Por su parte, la coordinadora nacional de Becas para el Bienestar, Julio "
                    "León Trujillo, dijo que 45% de los beneficiarios son mujeres."}));
}

TEST(Quotes, AttributeAPostThatNamesTheSamePostOtherwise) {
  EXPECT_EQ(Lines({"eduardo-ramirez-aguilar|expresó|Es un día histórico"}),
            Quotes({"El gobernador del estado, Eduardo Ramírez Aguilar, inauguró la carretera.",
                    "\"Es un día histórico\", expresó el mandatario estatal."}));
}

TEST(Quotes, ReadTheVerbBeforeItsSubject) {
  EXPECT_EQ(Lines({"zoe-robledo|señala|el IMSS contratará a cinco mil especialistas"}),
            Quotes({"Señala Zoé Robledo que el IMSS contratará a cinco mil especialistas"}));
}

TEST(Quotes, FollowTheLastSpeakerButNotAnUnnamedOne) {
  EXPECT_EQ(Lines({"marcos-bucio-mujica|indicó|se contratarán dos mil médicos",
                   "marcos-bucio-mujica|precisó|habrá nuevos turnos"}),
            Quotes({"El secretario general del IMSS, Marcos Bucio, visitó el hospital con el "
                    "presidente Andrés Manuel López Obrador.",
                    "Indicó que se contratarán dos mil médicos. Además, precisó que habrá nuevos "
                    "turnos.",
                    "El IMSS informó que la obra concluirá en mayo. Detalló que costará mil "
                    "millones de pesos."}));
}

TEST(Quotes, GiveNothingToTheLastSpeakerWhenSomeoneElseSpeaks) {
  const std::string robledo = "El director general del IMSS, Zoé Robledo, inauguró la clínica.";
  EXPECT_EQ(Lines({}), Quotes({robledo, "“El agua de la clínica es buena”, dijo el vocero."}));
  EXPECT_EQ(Lines({}), Quotes({robledo,
                               "En tanto, la experta de la Facultad de Química, Marisa "
                               "Mazari Hiriart, subrayó que la calidad del agua se "
                               "monitorea."}));
  // The last speaker still goes on when nobody else is named.
  EXPECT_EQ(Lines({"zoe-robledo|dijo|El agua de la clínica es buena"}),
            Quotes({robledo, "“El agua de la clínica es buena”, dijo."}));
}

// The IMSS bulletins in corpus/, read as the cleaner gives them: paragraphs and highlights.
Texts CorpusTexts(const std::string& name) {
  std::ifstream in(testing::corpus_dir() / name, std::ios::binary);
  const std::string content{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  Texts texts;
  static const std::regex kBlankLine("\\n\\s*\\n");
  for (std::sregex_token_iterator it(content.begin(), content.end(), kBlankLine, -1), end;
       it != end; ++it) {
    std::string paragraph = std::regex_replace(it->str(), std::regex("\\s+"), " ");
    paragraph = std::regex_replace(paragraph, std::regex("^\\s*(?:[•·-]\\s*)?|\\*\\*|\\s+$"), "");
    if (!paragraph.empty()) texts.push_back(paragraph);
  }
  return texts;
}

TEST(CorpusBulletins, YieldTheirOfficialsOrganizationsAndQuotes) {
  const Entities entities = Extract(CorpusTexts("003_6dad31ba7375652b.txt"), "2022-06-01");
  ASSERT_EQ(2u, entities.officials.size());
  EXPECT_EQ("marcos-bucio-mujica", entities.officials[1].id);
  EXPECT_EQ(6, entities.officials[1].mentions);
  ASSERT_EQ(2u, entities.organizations.size());
  EXPECT_EQ("CONCANACO-SERVYTUR", entities.organizations[1].id);
  EXPECT_EQ(10u, entities.quotes.size());
  for (const Quote& quote : entities.quotes) EXPECT_EQ("marcos-bucio-mujica", quote.official);
}

}  // namespace
}  // namespace hemeroteca
