// The filter column of the search page and the chips of active filters.
//
// Filters: date range inputs; one fieldset per facet (officials, organizations, states,
// topics, years; months inside one year) with a checkbox and a count per value — values of a
// facet are OR-ed, so several may be ticked — and the "Aplicar filtros" button that submits
// them without JavaScript. Chips: one removable link per active filter.
//
// Thread-safety: pure functions.
#pragma once

#include "web/html.h"
#include "web/search_page.h"

namespace hemeroteca {

void render_filters(Html& out, const SearchView& view);
void render_chips(Html& out, const SearchView& view);

// True when the request narrows the results beyond its query text (facets, dates, figures).
bool has_active_filters(const SearchView& view);

}  // namespace hemeroteca
