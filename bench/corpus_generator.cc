#include "corpus_generator.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace hemeroteca::bench {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
    "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};
constexpr std::array<std::string_view, 7> kWeekdays = {"lunes",   "martes", "miércoles", "jueves",
                                                       "viernes", "sábado", "domingo"};
struct Person {
  std::string_view role;
  std::string_view name;
  std::string_view surname;
};
constexpr std::array<Person, 12> kPeople = {{
    {"el director general del IMSS", "Zoé Robledo", "Robledo"},
    {"el secretario general del IMSS", "Marcos Bucio Mújica", "Bucio"},
    {"la directora de Prestaciones Médicas", "Célida Duque Molina", "Duque Molina"},
    {"el director de Administración", "Borsalino González Andrade", "González Andrade"},
    {"el titular de la Unidad de Atención Médica", "Efraín Arizmendi Uribe", "Arizmendi"},
    {"la coordinadora de Innovación en Salud", "Claudia Vázquez Espinoza", "Vázquez Espinoza"},
    {"el director general del ISSSTE", "Martí Batres Guadarrama", "Batres"},
    {"el secretario de Salud", "Jorge Alcocer Varela", "Alcocer"},
    {"el subsecretario de Prevención", "Hugo López-Gatell Ramírez", "López-Gatell"},
    {"el director general de IMSS-Bienestar", "Alejandro Svarch Pérez", "Svarch"},
    {"la Oficial Mayor de Hacienda", "Raquel Buenrostro Sánchez", "Buenrostro"},
    {"el director general de Birmex", "Jens Pedro Lohmann Iturburu", "Lohmann"},
}};
constexpr std::array<std::string_view, 32> kStates = {
    "Aguascalientes", "Baja California", "Baja California Sur",
    "Campeche",       "Coahuila",        "Colima",
    "Chiapas",        "Chihuahua",       "Ciudad de México",
    "Durango",        "Guanajuato",      "Guerrero",
    "Hidalgo",        "Jalisco",         "Estado de México",
    "Michoacán",      "Morelos",         "Nayarit",
    "Nuevo León",     "Oaxaca",          "Puebla",
    "Querétaro",      "Quintana Roo",    "San Luis Potosí",
    "Sinaloa",        "Sonora",          "Tabasco",
    "Tamaulipas",     "Tlaxcala",        "Veracruz",
    "Yucatán",        "Zacatecas"};
constexpr std::array<std::string_view, 10> kSubjects = {
    "el abasto de medicamentos oncológicos",     "la vacunación contra COVID-19",
    "la atención en los servicios de Urgencias", "el saneamiento financiero del Instituto",
    "la construcción de nuevos hospitales",      "las estancias infantiles",
    "la contratación de médicos especialistas",  "la salud preventiva y la diabetes",
    "la distribución de insumos médicos",        "los trámites digitales para derechohabientes"};
constexpr std::array<std::string_view, 10> kVerbs = {"destacó", "señaló",  "afirmó",  "indicó",
                                                     "subrayó", "explicó", "precisó", "detalló",
                                                     "informó", "resaltó"};
constexpr std::array<std::string_view, 8> kUnits = {"hospitales",
                                                    "unidades médicas",
                                                    "derechohabientes",
                                                    "médicos especialistas",
                                                    "camas",
                                                    "consultas",
                                                    "dosis",
                                                    "trabajadores"};
constexpr std::array<std::string_view, 12> kFillers = {
    "con el propósito de fortalecer la atención médica",
    "en coordinación con las Secretarías de Salud estatales",
    "como parte de la estrategia nacional de salud",
    "para garantizar servicios de calidad a la población",
    "en beneficio de las y los derechohabientes",
    "de acuerdo con el programa de trabajo del Instituto",
    "mediante la colaboración entre instituciones federales",
    "con transparencia en el manejo de los recursos",
    "durante la reunión nacional de evaluación",
    "en las Unidades Médicas de Alta Especialidad",
    "a través de las Oficinas de Representación",
    "con una ruta de trabajo clara y ordenada"};

// Running prose draws its words from a vocabulary of kVocabularySize words with Zipf's law
// (frequency ~ 1/rank), as natural text does: the commonest are real Spanish function words,
// the rest invented words of Spanish shape (consonant-vowel syllables and a common ending),
// so document frequencies run from almost every bulletin down to a handful of them.
constexpr std::array<std::string_view, 84> kFunctionWords = {
    "de",      "la",    "que",    "el",    "en",      "y",       "a",     "los",    "del",
    "se",      "las",   "por",    "un",    "para",    "con",     "no",    "una",    "su",
    "al",      "lo",    "como",   "más",   "pero",    "sus",     "le",    "ya",     "o",
    "este",    "sí",    "porque", "esta",  "entre",   "cuando",  "muy",   "sin",    "sobre",
    "también", "me",    "hasta",  "hay",   "donde",   "quien",   "desde", "todo",   "nos",
    "durante", "todos", "uno",    "les",   "ni",      "contra",  "otros", "ese",    "eso",
    "ante",    "ellos", "e",      "esto",  "antes",   "algunos", "unos",  "otro",   "otras",
    "otra",    "tanto", "esa",    "estos", "mucho",   "quienes", "nada",  "muchos", "cual",
    "poco",    "ella",  "estar",  "estas", "algunas", "algo",    "será",  "fue",    "han",
    "ser",     "son",   "está"};
constexpr std::string_view kConsonants = "bcdfglmnprstv";
constexpr std::string_view kVowels = "aeiou";
constexpr std::array<std::string_view, 12> kEndings = {
    "", "ción", "ado", "ento", "ía", "ero", "ista", "ables", "idad", "ico", "ón", "ales"};
constexpr std::size_t kVocabularySize = 100000;
constexpr double kZipfExponent = 1.0;

std::vector<std::string> make_vocabulary() {
  std::vector<std::string> words(kFunctionWords.begin(), kFunctionWords.end());
  std::unordered_set<std::string> seen(words.begin(), words.end());
  const std::size_t syllables = kConsonants.size() * kVowels.size();
  for (std::size_t n = 0; words.size() < kVocabularySize; ++n) {
    std::string word;
    std::size_t digits = n / kEndings.size() + syllables;  // at least two syllables
    while (digits > 0) {
      const std::size_t syllable = digits % syllables;
      word.push_back(kConsonants[syllable / kVowels.size()]);
      word.push_back(kVowels[syllable % kVowels.size()]);
      digits /= syllables;
    }
    word += kEndings[n % kEndings.size()];
    if (seen.insert(word).second) words.push_back(std::move(word));
  }
  return words;
}

struct Vocabulary {
  std::vector<std::string> words = make_vocabulary();
  std::vector<double> cumulative = [] {
    std::vector<double> sums(kVocabularySize);
    double sum = 0;
    for (std::size_t rank = 1; rank <= kVocabularySize; ++rank) {
      sum += 1.0 / std::pow(static_cast<double>(rank), kZipfExponent);
      sums[rank - 1] = sum;
    }
    for (double& value : sums) value /= sum;
    return sums;
  }();
};

const Vocabulary& vocabulary() {
  static const Vocabulary instance;
  return instance;
}

}  // namespace

std::size_t CorpusGenerator::vocabulary_size() { return kVocabularySize; }

const std::string& CorpusGenerator::word(std::size_t rank) {
  return vocabulary().words.at(rank - 1);
}

std::string CorpusGenerator::prose_sentence() {
  const Vocabulary& words = vocabulary();
  std::uniform_real_distribution<double> uniform(0.0, 1.0);
  std::string text;
  const int length = number(8, 22);
  for (int i = 0; i < length; ++i) {
    const auto rank = static_cast<std::size_t>(
        std::upper_bound(words.cumulative.begin(), words.cumulative.end(), uniform(random_)) -
        words.cumulative.begin());
    if (!text.empty()) text.push_back(' ');
    text += words.words[std::min(rank, kVocabularySize - 1)];
  }
  text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text + ".";
}

std::string CorpusGenerator::sentence() {
  const Person& person = pick(kPeople);
  switch (number(0, 4)) {
    case 0:
      return std::string(person.role) + ", " + std::string(person.name) + ", " +
             std::string(pick(kVerbs)) + " que " + std::string(pick(kSubjects)) + " avanza en " +
             std::string(pick(kStates)) + " " + std::string(pick(kFillers)) + ".";
    case 1:
      return "En " + std::string(pick(kStates)) + " se destinaron " +
             std::to_string(number(2, 900)) + " millones de pesos para " +
             std::string(pick(kSubjects)) + ", " + std::string(pick(kFillers)) + ".";
    case 2:
      return std::string(person.surname) + " " + std::string(pick(kVerbs)) + " que se atienden " +
             std::to_string(number(10, 99)) + " mil " + std::string(pick(kUnits)) + " " +
             std::string(pick(kFillers)) + ".";
    case 3:
      return "El Instituto Mexicano del Seguro Social (IMSS) reporta un avance del " +
             std::to_string(number(50, 99)) + " por ciento en " + std::string(pick(kSubjects)) +
             " " + std::string(pick(kFillers)) + ".";
    default:
      return "Asimismo, " + std::string(pick(kSubjects)) + " se reforzó " +
             std::string(pick(kFillers)) + " y " + std::string(pick(kFillers)) + ".";
  }
}

std::string CorpusGenerator::paragraph(std::size_t min_bytes) {
  // One sentence in three in the house style (officials, states, figures for the
  // extractors), the others running prose: about the share of distinct words real
  // bulletins of this length have (~340 of ~700).
  std::string text;
  while (text.size() < min_bytes) {
    text += (text.empty() ? "" : " ") + (number(0, 2) == 0 ? sentence() : prose_sentence());
  }
  return text;
}

std::string CorpusGenerator::bulletin(std::size_t index) {
  const int year = number(2000, 2024);
  const int month = number(1, 12);
  const int day = number(1, 28);
  std::string text = "BOLETÍN DE PRENSA\n\n";
  if (index % 10 != 0) {  // one bulletin in ten carries no date, as in real archives
    text += "Ciudad de México, " + std::string(pick(kWeekdays)) + " " + std::to_string(day) +
            " de " + std::string(kMonths[month - 1]) + " de " + std::to_string(year) + "\n\n";
    text += "No. " + std::to_string(index % 900 + 1) + "/" + std::to_string(year) + "\n\n";
  }
  const std::string subject(pick(kSubjects));
  text += "Avanza el IMSS en " + subject + " en " + std::string(pick(kStates)) + "\n\n";
  text += "- " + sentence() + "\n- " + sentence() + "\n\n";
  while (text.size() < 4500) text += paragraph(500) + "\n\n";
  text += "---o0o---\n";
  return text;
}

}  // namespace hemeroteca::bench
