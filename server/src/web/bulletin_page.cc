#include "web/bulletin_page.h"

#include "web/html.h"
#include "web/page_layout.h"
#include "web/search_url.h"
#include "web/spanish_dates.h"

namespace hemeroteca {
namespace {

SearchRequest filtered(FacetGroup group, const std::string& value) {
  return with_value(SearchRequest{}, group, value);
}

void header(Html& out, const Record& record) {
  out.element("h1", bulletin_label(record.title, record.number));
  out.open("p", {{"class", "meta"}});
  if (record.date) {
    out.element("time", {{"datetime", *record.date}}, spanish_date(*record.date));
  } else {
    out.text("Sin fecha");
  }
  if (record.number) out.text(" · Boletín " + *record.number);
  if (!record.place.empty()) out.text(" · " + record.place);
  out.close("p");
}

void text_body(Html& out, const Record& record) {
  if (!record.highlights.empty()) {
    out.open("ul", {{"class", "destacados"}});
    for (const std::string& highlight : record.highlights) out.element("li", highlight);
    out.close("ul");
  }
  out.open("div", {{"class", "cuerpo"}});
  for (const std::string& paragraph : record.body) out.element("p", paragraph);
  out.close("div");
}

void section(Html& out, std::string_view heading) {
  out.open("section", {{"class", "ficha"}}).element("h2", heading);
}

void officials(Html& out, const Record& record) {
  if (record.officials.empty()) return;
  section(out, "Funcionarios");
  out.open("ul", {{"class", "funcionarios"}});
  for (const Official& official : record.officials) {
    out.open("li");
    out.element("a", {{"href", official_href(official.id)}}, official.name);
    if (!official.role.empty()) out.text(", " + official.role);
    if (!official.organization.empty()) out.text(" (" + official.organization + ")");
    out.text(" · ");
    out.element("a",
                {{"class", "secundario"},
                 {"href", search_href(filtered(FacetGroup::kOfficial, official.id))}},
                "sus boletines");
    out.close("li");
  }
  out.close("ul").close("section");
}

void organizations(Html& out, const Record& record) {
  if (record.organizations.empty()) return;
  section(out, "Organizaciones");
  out.open("ul");
  for (const Organization& organization : record.organizations) {
    out.open("li");
    out.element("a", {{"href", organization_href(organization.id)}}, organization.id);
    if (!organization.name.empty() && organization.name != organization.id) {
      out.text(" — " + organization.name);
    }
    out.close("li");
  }
  out.close("ul").close("section");
}

void links(Html& out, std::string_view heading, FacetGroup group,
           const std::vector<Labelled>& items) {
  if (items.empty()) return;
  section(out, heading);
  out.open("ul", {{"class", "en-linea"}});
  for (const Labelled& item : items) {
    out.open("li").element("a", {{"href", search_href(filtered(group, item.id))}}, item.label);
    out.close("li");
  }
  out.close("ul").close("section");
}

void figures(Html& out, const Record& record) {
  if (record.figures.empty()) return;
  section(out, "Cifras");
  out.open("dl", {{"class", "cifras"}});
  for (const Figure& figure : record.figures) {
    out.element("dt", figure.text);
    out.element("dd", figure.sentence);
  }
  out.close("dl").close("section");
}

void quotes(Html& out, const Record& record) {
  if (record.quotes.empty()) return;
  section(out, "Citas");
  for (const Quote& quote : record.quotes) {
    std::string speaker = quote.official;
    for (const Official& official : record.officials) {
      if (official.id == quote.official) speaker = official.name;
    }
    out.open("figure", {{"class", "cita"}});
    out.element("blockquote", quote.text);
    out.open("figcaption");
    out.element("a", {{"href", official_href(quote.official)}}, speaker);
    if (!quote.verb.empty()) out.text(" (" + quote.verb + ")");
    out.close("figcaption").close("figure");
  }
  out.close("section");
}

void source_item(Html& out, const std::string& source) {
  out.open("li");
  if (is_web_address(source)) {
    out.element("a", {{"href", source}, {"rel", "noopener noreferrer nofollow"}}, source);
  } else {
    out.element("code", source);
  }
  out.close("li");
}

// The bulletin's own sources, then those of its other shapes (the same bulletin from other
// files), which search results count with it ("2 fuentes").
void sources(Html& out, const Record& record, const std::vector<OtherShape>& other_shapes) {
  const std::vector<std::string>& all =
      record.sources.empty() ? std::vector<std::string>{record.source} : record.sources;
  section(out, "Fuentes");
  out.open("ul", {{"class", "fuentes"}});
  for (const std::string& source : all) source_item(out, source);
  for (const OtherShape& shape : other_shapes) {
    for (const std::string& source : shape.sources) source_item(out, source);
  }
  for (const std::string& link : record.links) {
    if (!is_web_address(link)) continue;
    out.open("li").element("a", {{"href", link}, {"rel", "noopener noreferrer nofollow"}}, link);
    out.close("li");
  }
  out.close("ul");
  out.open("p").element("a", {{"href", "/api/v1/bulletins/" + encode_segment(record.id)}},
                        "Registro en JSON");
  out.close("p").close("section");
}

void related(Html& out, const std::vector<SimilarBulletin>& bulletins) {
  if (bulletins.empty()) return;
  section(out, "Boletines relacionados");
  out.open("ul", {{"class", "relacionados"}});
  for (const SimilarBulletin& bulletin : bulletins) {
    out.open("li").element("a", {{"href", bulletin_href(bulletin.id)}},
                           bulletin_label(bulletin.title, std::nullopt));
    if (bulletin.date) out.text(" · " + spanish_date(*bulletin.date));
    out.close("li");
  }
  out.close("ul").close("section");
}

}  // namespace

bool is_web_address(std::string_view text) {
  return text.starts_with("https://") || text.starts_with("http://");
}

std::string render_bulletin_page(const Record& record,
                                 const std::vector<SimilarBulletin>& related_bulletins,
                                 const std::vector<OtherShape>& other_shapes) {
  Html main;
  main.open("div", {{"class", "boletin"}});
  main.open("article", {{"class", "texto"}});
  header(main, record);
  text_body(main, record);
  main.close("article");
  main.open("aside", {{"class", "datos"}, {"aria-label", "Datos del boletín"}});
  officials(main, record);
  organizations(main, record);
  std::vector<Labelled> states;
  for (const std::string& state : record.states) states.push_back({state, state});
  links(main, "Estados", FacetGroup::kState, states);
  std::vector<Labelled> topics;
  for (const Topic& topic : record.topics) topics.push_back({topic.id, topic.label});
  links(main, "Temas", FacetGroup::kTopic, topics);
  figures(main, record);
  quotes(main, record);
  sources(main, record, other_shapes);
  related(main, related_bulletins);
  main.close("aside");
  main.close("div");
  return render_page(titled(bulletin_label(record.title, record.number)), main);
}

}  // namespace hemeroteca
