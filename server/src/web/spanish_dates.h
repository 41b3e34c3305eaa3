// Dates and counts as Spanish-speaking (es-MX) readers write them.
//
// spanish_date("2020-09-18") is "18 de septiembre de 2020"; counts group thousands with a
// comma, as in Mexico ("12,345"). Text that is not an ISO date is returned unchanged, so a
// malformed stored date is shown rather than hidden.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace hemeroteca {

// "18 de septiembre de 2020" for "2020-09-18".
std::string spanish_date(std::string_view iso);

// "septiembre" for 9; "" outside 1..12.
std::string_view spanish_month(unsigned month);
// "sep" for 9, for narrow labels (histogram bars); "" outside 1..12.
std::string_view spanish_month_short(unsigned month);

// 28..31: the last day of `month` (1..12) of `year`, leap years included.
unsigned days_in_month(unsigned year, unsigned month);

// "12,345".
std::string spanish_count(std::uint64_t count);

// "1 boletín", "12,345 boletines".
std::string counted(std::uint64_t count, std::string_view singular, std::string_view plural);

}  // namespace hemeroteca
