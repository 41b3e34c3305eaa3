// The frame every HTML page shares: doctype, <html lang="es-MX">, head (our one stylesheet and
// one script, both served from /static/), the site header and footer. Pages give their <main>
// content as Html already escaped.
//
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "web/html.h"

namespace hemeroteca {

struct PageHead {
  std::string title;          // plain text; " · Hemeroteca" is appended
  std::string feed_href;      // an Atom feed of this page's search; empty: none
  std::string feed_title;     // plain text
  std::string header_query;   // the query shown in the header's search box
  bool header_search = true;  // false on the search page, whose own form has the box
};

// A head with only a title and the header's search box.
PageHead titled(std::string title);

// What pages and feeds call a bulletin: its title, or "Boletín sin título" (with its number
// when it has one) where extraction found none, so that no link is left without text.
std::string bulletin_label(const std::string& title, const std::optional<std::string>& number);

// The whole document around `main` (the content of <main id="contenido">).
std::string render_page(const PageHead& head, const Html& main);

// An error page: a heading, an explanation in Spanish and, folded away, the technical detail.
std::string render_error_page(std::string_view heading, std::string_view explanation,
                              std::string_view detail);

}  // namespace hemeroteca
