#include "web/page_layout.h"

#include "web/static_assets.h"

namespace hemeroteca {
namespace {

void header(Html& out, const PageHead& head) {
  out.open("header", {{"class", "sitio"}});
  out.open("a", {{"class", "marca"}, {"href", "/"}}).text("Hemeroteca").close("a");
  out.element("p", {{"class", "lema"}}, "Boletines de prensa, buscables");
  if (head.header_search) {
    out.open("form",
             {{"class", "busqueda-corta"}, {"action", "/"}, {"method", "get"}, {"role", "search"}});
    out.element("label", {{"for", "q-corta"}, {"class", "oculto"}}, "Buscar en los boletines");
    out.empty("input", {{"type", "search"},
                        {"id", "q-corta"},
                        {"name", "q"},
                        {"value", head.header_query},
                        {"placeholder", "Buscar boletines"}});
    out.element("button", {{"type", "submit"}}, "Buscar");
    out.close("form");
  }
  out.close("header");
}

}  // namespace

PageHead titled(std::string title) {
  PageHead head;
  head.title = std::move(title);
  return head;
}

std::string bulletin_label(const std::string& title, const std::optional<std::string>& number) {
  if (!title.empty()) return title;
  return number ? "Boletín " + *number + " (sin título)" : std::string("Boletín sin título");
}

std::string render_page(const PageHead& head, const Html& main) {
  Html out;
  out.trusted(TrustedHtml("<!DOCTYPE html>\n"));
  out.open("html", {{"lang", "es-MX"}});
  out.open("head");
  out.empty("meta", {{"charset", "utf-8"}});
  out.empty("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
  out.element("title", head.title.empty() ? "Hemeroteca" : head.title + " · Hemeroteca");
  out.empty("link", {{"rel", "stylesheet"}, {"href", static_asset_href("app.css")}});
  // No favicon: an empty data URL keeps browsers from asking for /favicon.ico.
  out.empty("link", {{"rel", "icon"}, {"href", "data:,"}});
  if (!head.feed_href.empty()) {
    out.empty("link", {{"rel", "alternate"},
                       {"type", "application/atom+xml"},
                       {"title", head.feed_title},
                       {"href", head.feed_href}});
  }
  out.open("script", {{"src", static_asset_href("app.js")}, flag("defer", true)}).close("script");
  out.close("head");
  out.open("body");
  out.open("a", {{"class", "saltar"}, {"href", "#contenido"}})
      .text("Saltar al contenido")
      .close("a");
  header(out, head);
  out.open("main", {{"id", "contenido"}}).append(main).close("main");
  out.open("footer", {{"class", "pie"}});
  out.open("p")
      .text("Hemeroteca · ")
      .element("a", {{"href", "/api/v1/openapi.json"}}, "API JSON")
      .close("p");
  out.close("footer");
  out.close("body").close("html");
  return out.str();
}

std::string render_error_page(std::string_view heading, std::string_view explanation,
                              std::string_view detail) {
  Html main;
  main.open("section", {{"class", "error"}});
  main.element("h1", heading);
  main.element("p", explanation);
  if (!detail.empty()) {
    main.open("details").element("summary", "Detalle técnico").element("p", detail);
    main.close("details");
  }
  main.open("p").element("a", {{"href", "/"}}, "Volver a la búsqueda").close("p");
  main.close("section");
  return render_page(titled(std::string(heading)), main);
}

}  // namespace hemeroteca
