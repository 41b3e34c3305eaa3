#include "web/facet_panels.h"

#include <algorithm>
#include <array>

#include "hemeroteca/schema/analyzer.h"
#include "hemeroteca/schema/document_mapper.h"
#include "hemeroteca/server/request_parser.h"
#include "web/search_url.h"
#include "web/spanish_dates.h"

namespace hemeroteca {
namespace {

// Values shown before "Ver más" folds the rest away.
constexpr std::size_t kVisibleValues = 8;

struct GroupText {
  std::string_view legend;    // "Funcionarios"
  std::string_view singular;  // "Funcionario", in chips
};

constexpr std::array<GroupText, kFacetGroups> kGroupText = {{
    {"Funcionarios", "Funcionario"},
    {"Organizaciones", "Organización"},
    {"Estados", "Estado"},
    {"Temas", "Tema"},
    {"Años", "Año"},
}};

const std::vector<FacetCount>& counts_of(const SearchView& view, FacetGroup group) {
  return view.response.facets.groups[static_cast<std::size_t>(group)];
}

// The facet's values as listed, plus any value of the request the index does not know (kept
// ticked with a zero count, so that submitting the form does not silently drop it).
std::vector<FacetCount> listed_values(const SearchView& view, FacetGroup group) {
  std::vector<FacetCount> values = counts_of(view, group);
  for (const std::string& wanted : values_of(view.request, group)) {
    const std::string value = slug(wanted);
    const bool known = std::any_of(values.begin(), values.end(),
                                   [&](const FacetCount& v) { return v.value == value; });
    if (!known && !value.empty()) values.push_back({value, wanted, 0, true});
  }
  if (group == FacetGroup::kYear) {
    // Years read best in calendar order, newest first, undated last.
    std::stable_sort(values.begin(), values.end(), [](const FacetCount& a, const FacetCount& b) {
      const bool a_undated = a.value == kUndatedYear;
      const bool b_undated = b.value == kUndatedYear;
      if (a_undated != b_undated) return b_undated;
      return a.value > b.value;
    });
  }
  return values;
}

std::string label_of(const SearchView& view, FacetGroup group, const std::string& value) {
  const std::string wanted = slug(value);
  for (const FacetCount& count : counts_of(view, group)) {
    if (count.value == wanted) return count.label;
  }
  return value;
}

// A year's box, ticked while the search has dates (the fields, or a phrase in the query such as
// "en 2020"), replaces them, as the year's bar in the histogram does: the box carries that
// address and app.js follows it instead of the form's, which would intersect the year with the
// dates. Without the script the form sends both, and both apply.
void checkbox(Html& out, const SearchView& view, FacetGroup group, const FacetCount& value,
              std::size_t index) {
  const std::string name(kFacetNames[static_cast<std::size_t>(group)]);
  const std::string id = "f-" + name + "-" + std::to_string(index);
  const SearchRequest& request = view.request;
  const bool replaces_dates =
      group == FacetGroup::kYear && !value.selected &&
      (request.date_from || request.date_to || view.response.applied.date_phrase.has_value());
  out.open("li");
  out.empty("input",
            {{"type", "checkbox"},
             {"id", id},
             {"name", name},
             {"value", value.value},
             flag("checked", value.selected),
             {"data-href",
              replaces_dates ? search_href(with_value(request, group, value.value)) : std::string(),
              replaces_dates}});
  out.open("label", {{"for", id}});
  out.text(value.label);
  out.element("span", {{"class", "cuenta"}}, spanish_count(value.count));
  out.close("label");
  out.close("li");
}

void months(Html& out, const SearchView& view) {
  if (!view.year_in_view || view.months.empty()) return;
  const std::string year = std::to_string(*view.year_in_view);
  out.element("p", {{"class", "subtitulo"}}, "Meses de " + year);
  out.open("ul", {{"class", "meses"}});
  for (const FacetCount& month : view.months) {
    const unsigned number = static_cast<unsigned>(std::stoul(month.value.substr(5, 2)));
    const std::string to =
        month.value + "-" + std::to_string(days_in_month(*view.year_in_view, number));
    out.open("li");
    out.element("a", {{"href", search_href(with_dates(view.request, month.value + "-01", to))}},
                spanish_month(number));
    out.element("span", {{"class", "cuenta"}}, spanish_count(month.count));
    out.close("li");
  }
  out.close("ul");
}

void facet(Html& out, const SearchView& view, FacetGroup group) {
  const std::vector<FacetCount> values = listed_values(view, group);
  const auto g = static_cast<std::size_t>(group);
  if (values.empty()) return;
  out.open("fieldset", {{"class", "faceta"}, {"data-faceta", std::string(kFacetNames[g])}});
  out.element("legend", kGroupText[g].legend);
  // Selected values first among the visible ones, so that a ticked box never hides.
  std::vector<std::size_t> order(values.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_partition(order.begin(), order.end(),
                        [&](std::size_t i) { return values[i].selected; });
  out.open("ul");
  for (std::size_t k = 0; k < order.size() && k < kVisibleValues; ++k) {
    checkbox(out, view, group, values[order[k]], order[k]);
  }
  out.close("ul");
  if (order.size() > kVisibleValues) {
    out.open("details", {{"class", "mas"}});
    out.element("summary", "Ver " + std::to_string(order.size() - kVisibleValues) + " más");
    out.open("ul");
    for (std::size_t k = kVisibleValues; k < order.size(); ++k) {
      checkbox(out, view, group, values[order[k]], order[k]);
    }
    out.close("ul").close("details");
  }
  if (group == FacetGroup::kYear) months(out, view);
  out.close("fieldset");
}

void dates(Html& out, const SearchRequest& request) {
  out.open("fieldset", {{"class", "fechas"}});
  out.element("legend", "Fechas");
  out.element("label", {{"for", "date_from"}}, "Desde");
  out.empty("input", {{"type", "date"},
                      {"id", "date_from"},
                      {"name", "date_from"},
                      {"value", request.date_from.value_or("")}});
  out.element("label", {{"for", "date_to"}}, "Hasta");
  out.empty("input", {{"type", "date"},
                      {"id", "date_to"},
                      {"name", "date_to"},
                      {"value", request.date_to.value_or("")}});
  out.close("fieldset");
}

void chip(Html& out, const std::string& text, const SearchRequest& without) {
  out.open("li");
  out.open(
      "a",
      {{"class", "chip"}, {"href", search_href(without)}, {"aria-label", "Quitar filtro " + text}});
  out.text(text);
  out.element("span", {{"class", "quitar"}, {"aria-hidden", "true"}}, "×");
  out.close("a").close("li");
}

}  // namespace

bool has_active_filters(const SearchView& view) {
  const SearchRequest& request = view.request;
  for (std::size_t g = 0; g < kFacetGroups; ++g) {
    if (!values_of(request, static_cast<FacetGroup>(g)).empty()) return true;
  }
  return request.date_from || request.date_to || request.has_figures ||
         view.response.applied.date_phrase.has_value();
}

void render_filters(Html& out, const SearchView& view) {
  out.open("aside",
           {{"id", "filtros"}, {"class", "filtros"}, {"aria-labelledby", "filtros-titulo"}});
  out.element("h2", {{"id", "filtros-titulo"}}, "Filtrar");
  dates(out, view.request);
  for (std::size_t g = 0; g < kFacetGroups; ++g) facet(out, view, static_cast<FacetGroup>(g));
  out.open("fieldset", {{"class", "faceta"}});
  out.element("legend", "Cifras");
  out.open("ul").open("li");
  out.empty("input", {{"type", "checkbox"},
                      {"id", "has_figures"},
                      {"name", std::string(param::kHasFigures)},
                      {"value", "true"},
                      flag("checked", view.request.has_figures)});
  out.element("label", {{"for", "has_figures"}}, "Solo boletines con cifras");
  out.close("li").close("ul").close("fieldset");
  out.element("button", {{"type", "submit"}, {"class", "aplicar"}}, "Aplicar filtros");
  out.close("aside");
}

void render_chips(Html& out, const SearchView& view) {
  const SearchRequest& request = view.request;
  out.open("ul", {{"class", "chips"}, {"aria-label", "Filtros activos"}});
  for (std::size_t g = 0; g < kFacetGroups; ++g) {
    const auto group = static_cast<FacetGroup>(g);
    for (const std::string& value : values_of(request, group)) {
      chip(out, std::string(kGroupText[g].singular) + ": " + label_of(view, group, value),
           without_value(request, group, value));
    }
  }
  if (request.date_from) {
    SearchRequest without = on_page(request, 1);
    without.date_from.reset();
    chip(out, "Desde el " + spanish_date(*request.date_from), without);
  }
  if (request.date_to) {
    SearchRequest without = on_page(request, 1);
    without.date_to.reset();
    chip(out, "Hasta el " + spanish_date(*request.date_to), without);
  }
  if (const auto& phrase = view.response.applied.date_phrase) {
    SearchRequest without = on_page(request, 1);
    without.query = view.response.applied.query;
    chip(out, "Fecha: " + *phrase, without);
  }
  if (request.has_figures) {
    SearchRequest without = on_page(request, 1);
    without.has_figures = false;
    chip(out, "Solo con cifras", without);
  }
  SearchRequest none;
  none.query = view.response.applied.query;
  none.sort = request.sort;
  out.open("li").element("a", {{"class", "quitar-todos"}, {"href", search_href(none)}},
                         "Quitar todos los filtros");
  out.close("li");
  out.close("ul");
}

}  // namespace hemeroteca
