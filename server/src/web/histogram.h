// The histogram above the results: matching bulletins per year (per month inside one year),
// drawn as server-rendered SVG in which each bar is a link that applies its date range, so it
// works without JavaScript and with the keyboard.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <vector>

#include "hemeroteca/server/search_service.h"
#include "web/html.h"

namespace hemeroteca {

struct HistogramBar {
  std::string label;  // under the bar: "2020", "mar"
  std::string title;  // read aloud and shown on hover: "marzo de 2020: 3 boletines"
  Xapian::doccount count = 0;
  std::string href;  // where clicking the bar leads
};

// One bar per year from the first to the last dated year of `years` (the year facet), gaps
// included as empty bars; each links to `base` restricted to that year's dates.
std::vector<HistogramBar> year_bars(const std::vector<FacetCount>& years,
                                    const SearchRequest& base);

// Twelve bars for the months of `year` (the month facet, values "2020-03"), each linking to
// `base` restricted to that month's dates.
std::vector<HistogramBar> month_bars(unsigned year, const std::vector<FacetCount>& months,
                                     const SearchRequest& base);

// An accessible <figure> with the SVG and `caption`; nothing when no bar has a count.
void render_histogram(Html& out, const std::string& caption, const std::vector<HistogramBar>& bars);

}  // namespace hemeroteca
