#include "web/search_page.h"

#include <algorithm>
#include <cstdio>

#include "hemeroteca/server/request_parser.h"
#include "web/exports.h"
#include "web/facet_panels.h"
#include "web/histogram.h"
#include "web/page_layout.h"
#include "web/request_errors.h"
#include "web/search_url.h"
#include "web/spanish_dates.h"

namespace hemeroteca {
namespace {

// Page links shown on each side of the current page.
constexpr unsigned kPageWindow = 2;

struct HelpEntry {
  std::string_view example;
  std::string_view meaning;
};

constexpr HelpEntry kHelp[] = {
    {"abasto medicamentos", "boletines con todas las palabras; acentos y mayúsculas no importan"},
    {"\"abasto de medicamentos\"", "la frase exacta"},
    {"vacunas OR vacunación", "cualquiera de las palabras"},
    {"vacunas -covid", "sin la palabra (también NOT covid)"},
    {"medica*", "palabras que empiezan así"},
    {"funcionario:robledo",
     "en un campo: titulo:, funcionario:, organizacion:, estado:, tema:, "
     "numero:"},
    {"fecha:2020-01-01..2020-12-31", "entre dos fechas"},
    {"abasto en marzo de 2023",
     "también: durante 2020, desde enero de 2021, entre 2019 y 2021, en 2020 y 2024, "
     "en marzo y mayo de 2024"},
    {"IMSS", "las siglas encuentran también el nombre completo"},
};

void query_box(Html& out, const std::string& query) {
  out.open("div", {{"class", "caja"}});
  out.element("label", {{"for", "q"}, {"class", "etiqueta-busqueda"}}, "Buscar en los boletines");
  out.open("div", {{"class", "fila"}});
  out.empty("input", {{"type", "search"},
                      {"id", "q"},
                      {"name", "q"},
                      {"value", query},
                      {"autocomplete", "off"},
                      {"aria-describedby", "ayuda-resumen"}});
  out.element("button", {{"type", "submit"}}, "Buscar");
  out.close("div");
  out.open("details", {{"class", "ayuda"}});
  out.element("summary", {{"id", "ayuda-resumen"}}, "¿Cómo buscar?");
  out.open("dl");
  for (const HelpEntry& entry : kHelp) {
    out.open("dt").element("code", entry.example).close("dt");
    out.element("dd", entry.meaning);
  }
  out.close("dl").close("details").close("div");
}

std::string took(double millis) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f ms", millis);
  return text;
}

// The empty option is the service's default order — relevance for a text query, newest first
// for a blank one — so that a new query typed on the newest-first listing of "/" is ranked
// by relevance instead of inheriting that listing's order.
void sort_selector(Html& out, const SearchView& view) {
  const bool blank = view.response.applied.query.find_first_not_of(' ') == std::string::npos;
  const SortOrder default_order = blank ? SortOrder::kDateDesc : SortOrder::kRelevance;
  const SortOrder chosen = view.request.sort.value_or(default_order);
  struct Choice {
    SortOrder order;
    std::string_view label;
  };
  const Choice choices[] = {{SortOrder::kRelevance, "Relevancia"},
                            {SortOrder::kDateDesc, "Más recientes"},
                            {SortOrder::kDateAsc, "Más antiguos"}};
  out.open("span", {{"class", "orden"}});
  out.element("label", {{"for", "sort"}}, "Ordenar por");
  out.open("select", {{"id", "sort"}, {"name", std::string(param::kSort)}});
  for (const Choice& choice : choices) {
    if (blank && choice.order == SortOrder::kRelevance) continue;  // nothing to rank by
    const bool is_default = choice.order == default_order;
    out.element("option",
                {{"value", is_default ? std::string() : std::string(to_string(choice.order))},
                 flag("selected", choice.order == chosen)},
                choice.label);
  }
  out.close("select").close("span");
}

void summary(Html& out, const SearchView& view) {
  const SearchResponse& response = view.response;
  out.open("div", {{"class", "barra"}});
  out.open("p", {{"class", "conteo"}, {"role", "status"}});
  out.element("strong", counted(response.total, "boletín", "boletines"));
  out.text(" · " + took(response.took_ms));
  out.close("p");
  out.element("a", {{"class", "solo-movil"}, {"href", "#filtros"}}, "Filtros ↓");
  sort_selector(out, view);
  out.open("p", {{"class", "exportar"}});
  out.text("Exportar: ");
  out.element("a", {{"href", search_href(on_page(view.request, 1), "/exportar.csv")}}, "CSV");
  out.text(" · ");
  out.element("a", {{"href", search_href(on_page(view.request, 1), "/exportar.json")}}, "JSON");
  out.text(" · ");
  out.element("a", {{"href", search_href(on_page(view.request, 1), "/feed.atom")}}, "Atom");
  // An export holds the first kExportCap bulletins; say so before a download falls short.
  if (response.total > kExportCap) {
    out.text(" (los primeros " + spanish_count(kExportCap) + " de " +
             spanish_count(response.total) + ")");
  }
  out.close("p");
  out.close("div");
}

void suggestion(Html& out, const SearchView& view) {
  if (view.response.suggestion.empty()) return;
  SearchRequest corrected = on_page(view.request, 1);
  corrected.query = view.response.suggestion;
  out.open("p", {{"class", "sugerencia"}});
  out.text("¿Quiso decir ");
  out.element("a", {{"href", search_href(corrected)}}, view.response.suggestion);
  out.text("?");
  out.close("p");
}

// A sharded index answered without some shards (docs/sharding.md): say so, so that nobody
// takes the counts for the whole archive.
void partial_notice(Html& out, const SearchView& view) {
  if (view.response.missing_shards.empty()) return;
  out.open("p", {{"class", "aviso"}, {"role", "status"}});
  out.text(view.response.missing_shards.size() == 1
               ? "Resultados parciales: una parte del archivo no respondió ("
               : "Resultados parciales: partes del archivo no respondieron (");
  for (std::size_t i = 0; i < view.response.missing_shards.size(); ++i) {
    if (i > 0) out.text(", ");
    out.text(view.response.missing_shards[i]);
  }
  out.text("). Los totales y los filtros cuentan solo lo demás; intente de nuevo en unos minutos.");
  out.close("p");
}

void histogram(Html& out, const SearchView& view) {
  if (view.year_in_view) {
    render_histogram(out, "Boletines por mes en " + std::to_string(*view.year_in_view),
                     month_bars(*view.year_in_view, view.months, view.request));
  } else {
    render_histogram(
        out, "Boletines por año",
        year_bars(view.response.facets.groups[static_cast<std::size_t>(FacetGroup::kYear)],
                  view.request));
  }
}

void labelled_links(Html& out, std::string_view heading, const std::vector<Labelled>& items,
                    FacetGroup group, const SearchRequest& request) {
  if (items.empty()) return;
  out.open("p", {{"class", "etiquetas"}});
  out.element("span", {{"class", "rotulo"}}, heading);
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out.text(", ");
    out.element("a", {{"href", search_href(with_value(request, group, items[i].id))}},
                items[i].label);
  }
  out.close("p");
}

void result(Html& out, const SearchHit& hit, const SearchRequest& request) {
  out.open("li", {{"class", "resultado"}});
  out.open("h3")
      .element("a", {{"href", bulletin_href(hit.id)}}, bulletin_label(hit.title, hit.number))
      .close("h3");
  out.open("p", {{"class", "meta"}});
  if (hit.date) {
    out.element("time", {{"datetime", *hit.date}}, spanish_date(*hit.date));
  } else {
    out.text("Sin fecha");
  }
  if (hit.number) out.text(" · Boletín " + *hit.number);
  if (!hit.duplicates.empty()) {
    out.text(" · " + counted(hit.sources.size(), "fuente", "fuentes"));
  }
  out.close("p");
  // The highlighter escapes the bulletin's text and adds only <mark> (highlighter.h).
  if (!hit.snippet.empty()) {
    out.open("p", {{"class", "extracto"}}).trusted(TrustedHtml(hit.snippet)).close("p");
  }
  labelled_links(out, "Funcionarios: ", hit.officials, FacetGroup::kOfficial, request);
  labelled_links(out, "Temas: ", hit.topics, FacetGroup::kTopic, request);
  out.close("li");
}

void pagination(Html& out, const SearchView& view) {
  const unsigned per_page = std::max(1u, view.response.per_page);
  const unsigned pages =
      std::min<unsigned>(kMaxPage, (view.response.total + per_page - 1) / per_page);
  const unsigned current = view.response.page;
  if (pages <= 1) return;
  auto link = [&](unsigned page, std::string_view label, std::string_view rel) {
    out.open("li");
    out.element("a",
                {{"href", search_href(on_page(view.request, page))},
                 {"rel", std::string(rel), !rel.empty()},
                 {"aria-current", "page", page == current && rel.empty()}},
                label);
    out.close("li");
  };
  out.open("nav", {{"class", "paginas"}, {"aria-label", "Páginas de resultados"}}).open("ul");
  if (current > 1) link(current - 1, "« Anterior", "prev");
  const unsigned first = current > kPageWindow ? current - kPageWindow : 1;
  const unsigned last = std::min(pages, current + kPageWindow);
  if (first > 1) link(1, "1", "");
  if (first > 2) out.element("li", {{"class", "hueco"}}, "…");
  for (unsigned page = first; page <= last; ++page) link(page, std::to_string(page), "");
  if (last + 1 < pages) out.element("li", {{"class", "hueco"}}, "…");
  if (last < pages) link(pages, std::to_string(pages), "");
  if (current < pages) link(current + 1, "Siguiente »", "next");
  out.close("ul").close("nav");
}

void no_results(Html& out, const SearchView& view) {
  out.open("div", {{"class", "vacio"}});
  if (view.response.total > 0) {
    out.element("p", "Esta página ya no tiene resultados.");
    out.open("p")
        .element("a", {{"href", search_href(on_page(view.request, 1))}}, "Ir a la primera página")
        .close("p");
    out.close("div");
    return;
  }
  const std::string& query = view.response.applied.query;
  out.element("h3", query.empty() ? std::string("Ningún boletín cumple estos filtros")
                                  : "No encontramos boletines para «" + query + "»");
  if (has_active_filters(view)) {
    out.element("p", "Intente quitar alguno de los filtros activos:");
    render_chips(out, view);
    SearchRequest plain;
    plain.query = view.request.query;
    out.open("p").element("a", {{"href", search_href(plain)}},
                          query.empty() ? std::string("Ver todos los boletines")
                                        : "Buscar «" + view.request.query + "» sin filtros");
    out.close("p");
  }
  out.element("p",
              "También puede revisar la ortografía, usar menos palabras o una palabra más "
              "general, o buscar el principio de una palabra con *.");
  out.close("div");
}

void results(Html& out, const SearchView& view) {
  out.open(
      "section",
      {{"id", "resultados"}, {"class", "resultados"}, {"aria-labelledby", "resultados-titulo"}});
  out.element("h2", {{"id", "resultados-titulo"}, {"class", "oculto"}}, "Resultados");
  summary(out, view);
  partial_notice(out, view);
  if (view.response.total > 0 && has_active_filters(view)) render_chips(out, view);
  suggestion(out, view);
  if (view.response.results.empty()) {
    no_results(out, view);
  } else {
    histogram(out, view);
    const unsigned start = (view.response.page - 1) * view.response.per_page + 1;
    out.open("ol", {{"class", "lista"}, {"start", std::to_string(start)}});
    for (const SearchHit& hit : view.response.results) result(out, hit, view.request);
    out.close("ol");
    pagination(out, view);
  }
  out.close("section");
}

}  // namespace

std::string render_search_page(const SearchView& view) {
  Html main;
  main.open("form", {{"id", "buscador"},
                     {"class", "buscador"},
                     {"action", "/"},
                     {"method", "get"},
                     {"role", "search"}});
  query_box(main, view.request.query);
  if (view.request.per_page != kDefaultPerPage) {
    main.empty("input", {{"type", "hidden"},
                         {"name", std::string(param::kPerPage)},
                         {"value", std::to_string(view.request.per_page)}});
  }
  main.open("div", {{"class", "columnas"}});
  render_filters(main, view);
  results(main, view);
  main.close("div").close("form");

  const std::string& query = view.request.query;
  PageHead head;
  head.title = query.empty() ? std::string("Búsqueda") : "«" + query + "»";
  head.feed_href = search_href(on_page(view.request, 1), "/feed.atom");
  head.feed_title = query.empty() ? std::string("Boletines nuevos") : "Boletines: " + query;
  head.header_search = false;
  return render_page(head, main);
}

std::string render_search_error(const std::string& query, const Error& error) {
  const std::string explanation = explain_in_spanish(error, query);
  Html main;
  main.open("form", {{"id", "buscador"},
                     {"class", "buscador"},
                     {"action", "/"},
                     {"method", "get"},
                     {"role", "search"}});
  query_box(main, query);
  main.close("form");
  main.open("section", {{"class", "error"}, {"role", "alert"}});
  main.element("h2", "No pudimos hacer esta búsqueda");
  if (!explanation.empty()) {
    main.element("p", explanation);
    main.element("p", "«¿Cómo buscar?», bajo la caja de búsqueda, tiene ejemplos.");
  } else {
    main.element("p",
                 "Algo en la búsqueda o en los filtros no se entiende. Revise comillas, "
                 "paréntesis y fechas (AAAA-MM-DD), o consulte «¿Cómo buscar?».");
    main.open("details").element("summary", "Detalle técnico").element("p", error.what());
    main.close("details");
  }
  main.close("section");
  PageHead head;
  head.title = "Búsqueda no válida";
  head.header_search = false;
  return render_page(head, main);
}

}  // namespace hemeroteca
