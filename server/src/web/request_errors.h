// What a reader of the web pages is told when a request cannot be run: the mistake in Spanish,
// phrased from the parts the errors carry (a query's QueryMistake, an InvalidParameter), never
// from their English messages, which stay the API's.
#pragma once

#include <string>
#include <string_view>

#include "hemeroteca/schema/error.h"

namespace hemeroteca {

// "Un paréntesis «(» abierto (carácter 8) no se cierra: agregue «)».", "La fecha «Desde» (18
// de septiembre de 2020) es posterior a la fecha «Hasta» (…)…"; positions count the characters
// of `query`, the search as typed. Empty for an error that names no mistake of these kinds.
std::string explain_in_spanish(const Error& error, std::string_view query);

}  // namespace hemeroteca
