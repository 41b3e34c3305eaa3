#include "web/spanish_dates.h"

#include <array>

#include "hemeroteca/schema/query_dates.h"

namespace hemeroteca {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
    "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};

constexpr std::array<std::string_view, 12> kShortMonths = {
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"};

unsigned digits(std::string_view text) {
  unsigned value = 0;
  for (char c : text) value = value * 10 + static_cast<unsigned>(c - '0');
  return value;
}

}  // namespace

std::string spanish_date(std::string_view iso) {
  if (!is_iso_date(iso)) return std::string(iso);
  const unsigned day = digits(iso.substr(8, 2));
  return std::to_string(day) + " de " + std::string(spanish_month(digits(iso.substr(5, 2)))) +
         " de " + std::string(iso.substr(0, 4));
}

std::string_view spanish_month(unsigned month) {
  return month >= 1 && month <= 12 ? kMonths[month - 1] : std::string_view();
}

std::string_view spanish_month_short(unsigned month) {
  return month >= 1 && month <= 12 ? kShortMonths[month - 1] : std::string_view();
}

unsigned days_in_month(unsigned year, unsigned month) {
  constexpr std::array<unsigned, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string spanish_count(std::uint64_t count) {
  const std::string digits_text = std::to_string(count);
  std::string out;
  for (std::size_t i = 0; i < digits_text.size(); ++i) {
    if (i > 0 && (digits_text.size() - i) % 3 == 0) out += ',';
    out += digits_text[i];
  }
  return out;
}

std::string counted(std::uint64_t count, std::string_view singular, std::string_view plural) {
  return spanish_count(count) + " " + std::string(count == 1 ? singular : plural);
}

}  // namespace hemeroteca
