// HTML pages: the main article of a page, as blocks, for reader.cc (private to the indexer).
//
// The page is parsed with gumbo (HTML5 rules, entities decoded) and walked into blocks:
// <h1>-<h6> headings, <li> bullets, <p> and the loose text of <div>, <td>, <blockquote>… as
// paragraphs, with whitespace collapsed and <br> read as a line break (reflowed by the cleaner
// unless a sentence ends there). Scripts, styles, forms, navigation, site headers and footers,
// hidden elements, menus and sharing or print actions (by tag, role, class or id) are skipped,
// and so are blocks that are mostly link text (menu items). The article is the element where
// paragraph text is densest (Readability's scoring), widened to its ancestors while they add
// little else (the title and dateline next to the body); blocks outside it are dropped, and so
// are section headings such as "Sala de Prensa".
//
// Decoding is the caller's: reader.cc honours the page's declared charset.
//
// Thread-safety: a pure function, safe to call from several threads at once.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hemeroteca/indexer/document.h"

namespace hemeroteca {

struct HtmlArticle {
  std::vector<Block> blocks;
  // A non-boilerplate <h1>/<h2> of the article (preferring one the <title> repeats), else the
  // <title> without its site name ("DELEGACIÓN JALISCO - …").
  std::optional<std::string> title;
  // <meta property="article:published_time"> (and kin), else the article's first
  // <time datetime>, else its "Publicado el …" line, verbatim.
  std::optional<std::string> date;
  std::vector<std::string> warnings;
};

// The article of `html` (UTF-8). PHP blocks (<?php … ?>) are removed first. Throws
// Error(kInvalidArgument) naming `source` when elements nest too deeply to be a real page
// (gumbo slows down quadratically with depth and recurses while freeing the tree).
HtmlArticle read_html_article(std::string_view html, const std::string& source);

}  // namespace hemeroteca
