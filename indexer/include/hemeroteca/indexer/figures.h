// Figures: the quantities a bulletin states, each with what it counts.
//
// Every number spanish_numbers.h reads is a candidate; its unit is what follows it:
// - money: "pesos", "de pesos" after a scale noun ("65 mil millones de pesos"), a "$" before
//   the number, "mdp"/"MDP" (millones de pesos: the value is multiplied by 10^6), "mmdp"/"MMDP"
//   (miles de millones de pesos, 10^9), "mdd" (millones de dólares) and "dólares". Unit
//   "pesos" or "dólares".
// - percentages: "95 por ciento", "95%", "95 %". Unit "por ciento".
// - otherwise the counted noun phrase, lower-cased: up to four words after the number (after
//   "de" for scale nouns: "medio millón de derechohabientes"; after "de los"/"de las" for
//   partitives: "11 de los equipos"), joined by "y"/"e" when both sides are nouns
//   ("pensionados y jubilados"), ending before a preposition, article, pronoun, a word that
//   looks like a finite verb, a capitalised name after a lower-case noun, punctuation or
//   another number. Words agree in number with the first, which must be plural unless the
//   value is one or it is a symbol ("120 km"). "al año", "por día" and the like stay ("veces
//   al año"); a trailing demonym stays in the text but not in the unit ("derechohabientes
//   veracruzanos" counts "derechohabientes").
// - a unit Spanish leaves out is filled in within the sentence: the first number of a range
//   takes the second's ("de 10 a 20 hospitales"), and a scale amount after money takes that
//   currency ("130 millones de pesos, así como 50 millones adicionales").
// Figure::text is the number and its unit words as written ("65 mil millones de pesos",
// "$1,500", "95%"). Hedges before the number ("más de", "cerca de", "alrededor de",
// "aproximado de") are never part of it, so the same figure reads the same however it is
// hedged.
//
// Not figures: dates and years ("18 de septiembre de 2020", "el 18 de junio", "en 2014", "de
// 2011", "2019-2024"), times ("18:10 horas", "a las 10 horas"), numbers glued to '/', ':' or
// '-' ("No. 641/2020", "COVID-19"), numbers after a label ("No.", "artículo", "fracción",
// "capítulo") or after a capitalised name ("Hospital General de Zona 2", "UMF 20"), ordinals
// ("1o.", "primera"), lone articles ("una videoconferencia"), zero ("cero rezago") and numbers
// with no counted noun at all (a bare "14").
//
// Duplicates: a figure with the same value and unit as an earlier one of the same call is
// dropped; the first keeps its text and sentence (a title and its body often repeat a
// figure).
//
// Thread-safety: a pure function of its argument; safe to call from several threads.
// Errors: none; text without figures gives an empty vector.
#pragma once

#include <string>
#include <vector>

#include "hemeroteca/schema/record.h"

namespace hemeroteca {

// Figures in the order the paragraphs state them; each paragraph is split with
// split_sentences() (text_util.h) and Figure::sentence is the sentence that holds the figure
// (in a sentence of more than 2,000 bytes, text that lost its periods, the words around it).
std::vector<Figure> extract_figures(const std::vector<std::string>& paragraphs);

}  // namespace hemeroteca
