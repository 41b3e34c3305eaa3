#include "web/histogram.h"

#include <algorithm>
#include <charconv>
#include <map>

#include "web/search_url.h"
#include "web/spanish_dates.h"

namespace hemeroteca {
namespace {

// SVG user units; CSS scales the drawing to the column's width.
constexpr int kBarWidth = 28;
constexpr int kGap = 6;
constexpr int kPlotHeight = 90;
constexpr int kLabelHeight = 18;

std::optional<unsigned> parse_year(const std::string& value) {
  unsigned year = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), year);
  if (error != std::errc() || end != value.data() + value.size() || value.size() != 4) {
    return std::nullopt;
  }
  return year;
}

std::string two_digits(unsigned n) {
  std::string text = std::to_string(n);
  if (text.size() < 2) text.insert(text.begin(), '0');
  return text;
}

std::string bulletins(Xapian::doccount count) { return counted(count, "boletín", "boletines"); }

}  // namespace

std::vector<HistogramBar> year_bars(const std::vector<FacetCount>& years,
                                    const SearchRequest& base) {
  std::map<unsigned, Xapian::doccount> counts;
  for (const FacetCount& value : years) {
    if (const auto year = parse_year(value.value)) counts[*year] = value.count;
  }
  std::vector<HistogramBar> bars;
  if (counts.empty()) return bars;
  for (unsigned year = counts.begin()->first; year <= counts.rbegin()->first; ++year) {
    const std::string text = std::to_string(year);
    const Xapian::doccount count = counts.contains(year) ? counts[year] : 0;
    bars.push_back({text, text + ": " + bulletins(count), count,
                    search_href(with_dates(base, text + "-01-01", text + "-12-31"))});
  }
  return bars;
}

std::vector<HistogramBar> month_bars(unsigned year, const std::vector<FacetCount>& months,
                                     const SearchRequest& base) {
  std::vector<HistogramBar> bars;
  const std::string year_text = std::to_string(year);
  for (unsigned month = 1; month <= 12; ++month) {
    const std::string value = year_text + "-" + two_digits(month);
    Xapian::doccount count = 0;
    for (const FacetCount& m : months) {
      if (m.value == value) count = m.count;
    }
    const std::string from = value + "-01";
    const std::string to = value + "-" + two_digits(days_in_month(year, month));
    bars.push_back(
        {std::string(spanish_month_short(month)),
         std::string(spanish_month(month)) + " de " + year_text + ": " + bulletins(count), count,
         search_href(with_dates(base, from, to))});
  }
  return bars;
}

void render_histogram(Html& out, const std::string& caption,
                      const std::vector<HistogramBar>& bars) {
  if (bars.empty()) return;
  Xapian::doccount highest = 0;
  for (const HistogramBar& bar : bars) highest = std::max(highest, bar.count);
  if (highest == 0) return;

  const int width = static_cast<int>(bars.size()) * (kBarWidth + kGap);
  const int height = kPlotHeight + kLabelHeight;
  out.open("figure", {{"class", "histograma"}});
  out.element("figcaption", {{"id", "histograma-titulo"}}, caption);
  out.open("svg", {{"xmlns", "http://www.w3.org/2000/svg"},
                   {"viewBox", "0 0 " + std::to_string(width) + " " + std::to_string(height)},
                   {"preserveAspectRatio", "xMinYMid meet"},
                   {"role", "group"},
                   {"aria-labelledby", "histograma-titulo"}});
  int x = kGap / 2;
  for (const HistogramBar& bar : bars) {
    // Non-empty bars stay at least 2 units tall so that a single bulletin is visible.
    const int bar_height =
        bar.count == 0 ? 0 : std::max(2, static_cast<int>(kPlotHeight * bar.count / highest));
    out.open("a", {{"href", bar.href}, {"aria-label", bar.title}});
    out.element("title", bar.title);
    // A transparent full-height target keeps short bars easy to click.
    out.empty("rect", {{"class", "blanco"},
                       {"x", std::to_string(x)},
                       {"y", "0"},
                       {"width", std::to_string(kBarWidth)},
                       {"height", std::to_string(kPlotHeight)}});
    out.empty("rect", {{"class", "columna"},
                       {"x", std::to_string(x)},
                       {"y", std::to_string(kPlotHeight - bar_height)},
                       {"width", std::to_string(kBarWidth)},
                       {"height", std::to_string(bar_height)}});
    out.element("text",
                {{"x", std::to_string(x + kBarWidth / 2)},
                 {"y", std::to_string(height - 4)},
                 {"text-anchor", "middle"}},
                bar.label);
    out.close("a");
    x += kBarWidth + kGap;
  }
  out.close("svg");
  out.close("figure");
}

}  // namespace hemeroteca
