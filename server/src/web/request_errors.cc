#include "web/request_errors.h"

#include <algorithm>

#include "hemeroteca/schema/query_mapper.h"
#include "hemeroteca/server/request_parser.h"
#include "web/spanish_dates.h"

namespace hemeroteca {
namespace {

// A byte position in `text` (1-based) as a count of characters, as a reader counts them; the
// byte position itself when the text is not at hand.
std::size_t character_position(std::string_view text, std::size_t byte_position) {
  if (text.empty()) return byte_position;
  const std::string_view before = text.substr(0, std::min(byte_position, text.size()));
  return static_cast<std::size_t>(std::count_if(before.begin(), before.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string guillemets(std::string_view text) { return "«" + std::string(text) + "»"; }

// A parameter as the form labels it.
std::string form_label(std::string_view parameter) {
  if (parameter == param::kDateFrom) return guillemets("Desde");
  if (parameter == param::kDateTo) return guillemets("Hasta");
  if (parameter == param::kSort) return guillemets("Ordenar por");
  if (parameter == param::kPage) return "el número de página";
  if (parameter == param::kPerPage) return "el número de resultados por página";
  if (parameter == param::kYear) return "el año";
  return guillemets(parameter);
}

std::string explain(const QueryMistake& mistake, std::string_view query) {
  using Kind = QueryMistake::Kind;
  const std::string at =
      " (carácter " + std::to_string(character_position(query, mistake.position)) + ")";
  switch (mistake.kind) {
    case Kind::kNone:
      return {};
    case Kind::kUnmatchedClose:
      return "Sobra un paréntesis de cierre «)»" + at + ": no hay un «(» que lo abra.";
    case Kind::kUnclosedQuote:
      return "Unas comillas abiertas" + at + " no se cierran: agregue las comillas de cierre.";
    case Kind::kUnclosedParenthesis:
      return "Un paréntesis «(» abierto" + at + " no se cierra: agregue «)».";
    case Kind::kNoTermBefore:
      return guillemets(mistake.word) + at + " necesita una palabra antes.";
    case Kind::kNoTermAfter:
      return guillemets(mistake.word) + at + " necesita una palabra después.";
    case Kind::kOperatorAfterOperator:
      return guillemets(mistake.word) + at +
             " sigue a otro operador: escriba una palabra entre los dos o quite uno.";
    case Kind::kBadDate:
      return "Las fechas de «fecha:» se escriben AAAA, AAAA-MM o AAAA-MM-DD: fecha:2020, "
             "fecha:2020-09 o fecha:2019..2021.";
  }
  return {};
}

std::string explain(const InvalidParameter& error) {
  using Problem = InvalidParameter::Problem;
  const std::string label = form_label(error.parameter());
  const bool is_date = error.parameter() == param::kDateFrom || error.parameter() == param::kDateTo;
  switch (error.problem()) {
    case Problem::kUnknown:
      return "La dirección lleva un parámetro que este buscador no usa: " +
             guillemets(error.parameter()) + ". Quítelo de la dirección o haga una búsqueda nueva.";
    case Problem::kMalformed:
      if (is_date) {
        return "La fecha " + label + " se escribe AAAA-MM-DD (por ejemplo, 2020-09-18), no " +
               guillemets(error.value()) + ".";
      }
      return "El valor " + guillemets(error.value()) + " de " + label + " no es válido.";
    case Problem::kOutOfRange:
      return guillemets(error.value()) + " no es válido para " + label +
             ": corrija la dirección o haga una búsqueda nueva.";
    case Problem::kTooLong:
      return "El valor de " + label + " es demasiado largo: acórtelo o haga una búsqueda nueva.";
    case Problem::kAfterEnd:
      return "La fecha «Desde» (" + spanish_date(error.value()) +
             ") es posterior a la fecha «Hasta» (" + spanish_date(error.end()) +
             "): cámbielas de lugar o corrija una de las dos.";
  }
  return {};
}

}  // namespace

std::string explain_in_spanish(const Error& error, std::string_view query) {
  if (const auto* query_error = dynamic_cast<const QueryError*>(&error)) {
    return explain(query_error->mistake(), query);
  }
  if (const auto* parameter_error = dynamic_cast<const InvalidParameter*>(&error)) {
    return explain(*parameter_error);
  }
  return {};
}

}  // namespace hemeroteca
