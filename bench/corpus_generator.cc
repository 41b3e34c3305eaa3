#include "corpus_generator.h"

#include <array>
#include <string_view>

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

}  // namespace

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
  std::string text;
  while (text.size() < min_bytes) text += (text.empty() ? "" : " ") + sentence();
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
