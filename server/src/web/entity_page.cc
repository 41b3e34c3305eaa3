#include "web/entity_page.h"

#include "web/histogram.h"
#include "web/html.h"
#include "web/page_layout.h"
#include "web/search_url.h"
#include "web/spanish_dates.h"

namespace hemeroteca {
namespace {

SearchRequest their_bulletins(const EntityProfile& profile) {
  SearchRequest request;
  values_of(request, facet_group(profile.kind)).push_back(profile.id);
  return request;
}

void header(Html& out, const EntityProfile& profile) {
  const bool official = profile.kind == EntityKind::kOfficial;
  const SearchRequest search = their_bulletins(profile);
  out.element("p", {{"class", "tipo"}}, official ? "Funcionario" : "Organización");
  out.element("h1", profile.name);
  out.open("p", {{"class", "meta"}});
  out.element("strong", counted(profile.total, "boletín", "boletines"));
  out.text(" · ");
  out.element("a", {{"href", search_href(search)}}, "Buscar todos sus boletines");
  out.text(" · ");
  SearchRequest newest = search;
  newest.sort = SortOrder::kDateDesc;
  out.element("a", {{"href", search_href(newest, "/feed.atom")}}, "Seguir (Atom)");
  out.close("p");
  if (!profile.variants.empty()) {
    out.open("p", {{"class", "variantes"}});
    out.text("También aparece como: ");
    for (std::size_t i = 0; i < profile.variants.size(); ++i) {
      if (i > 0) out.text(", ");
      out.element("span", {{"class", "variante"}}, profile.variants[i]);
    }
    out.close("p");
  }
}

void section(Html& out, std::string_view heading) {
  out.open("section", {{"class", "ficha"}}).element("h2", heading);
}

std::string span_of(const RoleSeen& role) {
  if (!role.first) return "sin fecha";
  if (role.first == role.last) return "el " + spanish_date(*role.first);
  return "del " + spanish_date(*role.first) + " al " + spanish_date(*role.last);
}

void roles(Html& out, const EntityProfile& profile) {
  if (profile.roles.empty()) return;
  section(out, "Cargos");
  out.open("ul", {{"class", "cargos"}});
  for (const RoleSeen& role : profile.roles) {
    out.open("li");
    out.element("strong", role.role);
    if (!role.organization.empty()) {
      out.text(" (");
      out.element("a", {{"href", organization_href(role.organization)}}, role.organization);
      out.text(")");
    }
    out.text(" — en boletines " + span_of(role) + " · " +
             counted(role.bulletins, "boletín", "boletines"));
    out.close("li");
  }
  out.close("ul");
  out.element("p", {{"class", "nota"}},
              "Según los " + std::to_string(profile.records_read) +
                  " boletines más recientes que lo mencionan.");
  out.close("section");
}

// A list of facet values with counts; each links to `href_of(value)`.
template <typename HrefOf>
void counted_links(Html& out, std::string_view heading, const std::vector<FacetCount>& values,
                   HrefOf href_of) {
  if (values.empty()) return;
  section(out, heading);
  out.open("ul", {{"class", "con-cuentas"}});
  for (const FacetCount& value : values) {
    out.open("li");
    out.element("a", {{"href", href_of(value)}}, value.label);
    out.element("span", {{"class", "cuenta"}}, spanish_count(value.count));
    out.close("li");
  }
  out.close("ul").close("section");
}

void quotes(Html& out, const EntityProfile& profile) {
  if (profile.quotes.empty()) return;
  section(out, profile.kind == EntityKind::kOfficial ? "Lo que dijo" : "Lo que dijeron");
  for (const QuoteSeen& seen : profile.quotes) {
    out.open("figure", {{"class", "cita"}});
    out.element("blockquote", seen.quote.text);
    out.open("figcaption");
    if (profile.kind == EntityKind::kOrganization) {
      out.element("a", {{"href", official_href(seen.quote.official)}}, seen.speaker);
      out.text(", ");
    }
    out.element("a", {{"href", bulletin_href(seen.bulletin_id)}}, seen.bulletin_title);
    if (seen.bulletin_date) out.text(" · " + spanish_date(*seen.bulletin_date));
    out.close("figcaption").close("figure");
  }
  out.close("section");
}

void recent(Html& out, const EntityProfile& profile) {
  section(out, "Boletines más recientes");
  out.open("ul", {{"class", "relacionados"}});
  for (const SearchHit& hit : profile.recent) {
    out.open("li").element("a", {{"href", bulletin_href(hit.id)}}, hit.title);
    out.text(" · " + (hit.date ? spanish_date(*hit.date) : std::string("sin fecha")));
    out.close("li");
  }
  out.close("ul").close("section");
}

}  // namespace

std::string render_entity_page(const EntityProfile& profile) {
  const SearchRequest search = their_bulletins(profile);
  Html main;
  main.open("div", {{"class", "perfil"}});
  header(main, profile);
  roles(main, profile);
  section(main, "Boletines por año");
  render_histogram(main, "Boletines por año de " + profile.name, year_bars(profile.years, search));
  main.close("section");
  counted_links(main, "Temas más frecuentes", profile.topics, [&](const FacetCount& topic) {
    return search_href(with_value(search, FacetGroup::kTopic, topic.value));
  });
  counted_links(
      main, profile.kind == EntityKind::kOfficial ? "Aparece con" : "Funcionarios que aparecen",
      profile.people, [](const FacetCount& person) { return official_href(person.value); });
  counted_links(main, "Organizaciones", profile.organizations, [](const FacetCount& organization) {
    return organization_href(organization.value);
  });
  quotes(main, profile);
  recent(main, profile);
  main.close("div");
  PageHead head = titled(profile.name);
  head.feed_href = search_href(search, "/feed.atom");
  head.feed_title = "Boletines: " + profile.name;
  return render_page(head, main);
}

}  // namespace hemeroteca
