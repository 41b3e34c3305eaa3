#include "html_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "hemeroteca/indexer/cleaner.h"
#include "hemeroteca/indexer/text_util.h"
#include "hemeroteca/schema/analyzer.h"
#include "hemeroteca/schema/error.h"

namespace hemeroteca {
namespace {

// Real pages nest a few dozen levels; gumbo's cost grows with the square of the depth and it
// frees its tree recursively, so a page nested thousands deep is refused before parsing.
constexpr std::size_t kMaxDepth = 2000;

std::unordered_set<std::string> word_set(std::string_view words) {
  std::unordered_set<std::string> set;
  for (const std::string_view word : words_of(words)) set.emplace(word);
  return set;
}

std::unordered_set<int> tag_set(std::string_view names) {
  std::unordered_set<int> set;
  for (const std::string& name : word_set(names)) set.insert(gumbo_tag_enum(name.c_str()));
  return set;
}

// Headings and lines every page of a press office carries; they name the section or an action,
// not the bulletin. Compared as slugs.
const std::unordered_set<std::string>& boilerplate_slugs() {
  static const std::unordered_set<std::string> kSlugs = word_set(
      "sala-de-prensa comunicados comunicado comunicados-de-prensa boletines boletin "
      "boletines-de-prensa boletin-de-prensa noticias prensa detalles comunicacion-social inicio "
      "menu imprimir compartir correo-electronico email enviar buscar enlaces contacto "
      "redes-sociales siguenos leer-mas ver-mas regresar volver anterior siguiente");
  return kSlugs;
}

// Parts of class and id names that mark page furniture ("main-menu", "nav-tabs", "actions").
const std::unordered_set<std::string>& furniture_words() {
  static const std::unordered_set<std::string> kWords = word_set(
      "menu nav navbar navigation breadcrumb breadcrumbs sidebar footer share sharing social "
      "actions pagination pagenav pager cookie cookies print skip related comments toolbar "
      "topbar publicidad advert ads");
  return kWords;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Where `</name` (any case) next starts after `from`.
std::size_t find_end_tag(std::string_view html, std::size_t from, std::string_view name) {
  for (std::size_t at = html.find("</", from); at != std::string_view::npos;
       at = html.find("</", at + 2)) {
    if (ascii_lower(html.substr(at + 2, name.size())) == name) return at;
  }
  return std::string_view::npos;
}

// Open elements, counted from the source: every start tag but those of void elements and of
// elements a later tag closes implicitly (p, li, td…), less matching end tags. An upper bound
// of the tree's depth, good enough to refuse pathological pages. Scripts, styles and comments
// are skipped: their "i<n" is not markup.
std::size_t markup_depth(std::string_view html) {
  static const std::unordered_set<std::string> kNotCounted = word_set(
      "area base br col embed hr img input link meta source track wbr param keygen p li dt dd tr "
      "td th option optgroup tbody thead tfoot colgroup caption rb rt rp html head body");
  std::size_t depth = 0;
  std::size_t deepest = 0;
  std::size_t pos = html.find('<');
  while (pos != std::string_view::npos) {
    const bool closing = pos + 1 < html.size() && html[pos + 1] == '/';
    std::size_t end = pos + 1 + (closing ? 1 : 0);
    std::string name;
    while (end < html.size() && std::isalnum(static_cast<unsigned char>(html[end])) &&
           name.size() < 12) {
      name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(html[end++]))));
    }
    std::size_t next = pos + 1;
    if (html.substr(pos).starts_with("<!--")) {
      next = html.find("-->", pos);
    } else if (!closing && (name == "script" || name == "style")) {
      next = find_end_tag(html, pos, name);
    } else if (!name.empty() && !kNotCounted.contains(name)) {
      if (!closing)
        deepest = std::max(deepest, ++depth);
      else if (depth > 0)
        --depth;
    }
    pos = next == std::string_view::npos ? next : html.find('<', next);
  }
  return deepest;
}

// PHP left in a page copied from the server's files (<?php include('menu.php'); ?>) is not
// HTML: gumbo would read it as a bogus comment ending at the first '>', leaking the rest.
std::string strip_php(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  std::size_t pos = 0;
  for (std::size_t open = html.find("<?"); open != std::string_view::npos;
       open = html.find("<?", pos)) {
    const std::string_view rest = html.substr(open + 2);
    if (!rest.starts_with("=") && ascii_lower(rest.substr(0, 3)) != "php") {
      out.append(html.substr(pos, open + 2 - pos));
      pos = open + 2;
      continue;
    }
    out.append(html.substr(pos, open - pos));
    const std::size_t close = html.find("?>", open + 2);
    // PHP runs an unclosed block to the end of the file; dropping only its line keeps the
    // page readable when the marker was a typo.
    const std::size_t line_end = html.find('\n', open);
    pos = close != std::string_view::npos      ? close + 2
          : line_end != std::string_view::npos ? line_end
                                               : html.size();
  }
  out.append(html.substr(pos));
  return out;
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool nbsp = text.substr(i).starts_with("\u00A0");
    if (nbsp || std::isspace(static_cast<unsigned char>(text[i]))) {
      space = true;
      if (nbsp) ++i;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(text[i]);
  }
  return out;
}

bool is_boilerplate(std::string_view text) { return boilerplate_slugs().contains(slug(text)); }

const char* attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
  return attr ? attr->value : nullptr;
}

bool furniture_name(const char* names) {
  if (!names) return false;
  std::string word;
  for (const char* c = names;; ++c) {
    const bool separator = *c == '\0' || *c == ' ' || *c == '-' || *c == '_' || *c == '\t';
    if (!separator) {
      word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(*c))));
      continue;
    }
    // "menuPrensa", "navbar-top": a part starting with "menu" is a menu too.
    if (furniture_words().contains(word) || word.starts_with("menu")) return true;
    word.clear();
    if (*c == '\0') return false;
  }
}

bool inside_article(const GumboNode* node) {
  for (const GumboNode* up = node->parent; up; up = up->parent) {
    if (up->type != GUMBO_NODE_ELEMENT) continue;
    const GumboTag tag = up->v.element.tag;
    if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) return true;
  }
  return false;
}

bool is_block_tag(GumboTag tag) {
  static const std::unordered_set<int> kTags = tag_set(
      "p div section article main blockquote ul ol li dl dt dd table tbody thead tfoot tr td th "
      "caption h1 h2 h3 h4 h5 h6 hr pre address center figure figcaption body html header footer "
      "fieldset details summary hgroup");
  return kTags.contains(tag);
}

bool is_skipped_tag(GumboTag tag) {
  static const std::unordered_set<int> kTags = tag_set(
      "head script style noscript nav form iframe object embed svg math select button textarea "
      "template aside menu canvas audio video map applet frameset noembed noframes title");
  return kTags.contains(tag);
}

// Page furniture by tag, by accessibility role, hidden, or by a class or id naming it.
bool is_furniture(const GumboNode* node, bool by_names) {
  const GumboTag tag = node->v.element.tag;
  if (is_skipped_tag(tag)) return true;
  // A site's <header>/<footer> is furniture; an article's own header holds its title.
  if ((tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FOOTER) && !inside_article(node)) return true;
  if (attribute(node, "hidden")) return true;
  if (const char* hidden = attribute(node, "aria-hidden");
      hidden && ascii_lower(hidden) == "true") {
    return true;
  }
  if (const char* style = attribute(node, "style")) {
    std::string css = ascii_lower(style);
    std::erase(css, ' ');
    if (css.find("display:none") != std::string::npos) return true;
  }
  if (const char* role = attribute(node, "role")) {
    static const std::unordered_set<std::string> kRoles =
        word_set("navigation banner contentinfo search complementary menu menubar");
    if (kRoles.contains(ascii_lower(role))) return true;
  }
  if (tag == GUMBO_TAG_A) {
    for (const char* name : {"title", "aria-label"}) {
      if (const char* label = attribute(node, name); label && is_boilerplate(label)) return true;
    }
  }
  if (!by_names || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML) return false;
  return furniture_name(attribute(node, "class")) || furniture_name(attribute(node, "id"));
}

struct HtmlBlock {
  Block block;
  const GumboNode* owner = nullptr;  // the element whose own content it is: p, li, hN, div…
  int level = 0;                     // heading level, 0 for other blocks
  std::size_t link_chars = 0;
};

// Walks the tree into blocks, one run of inline content at a time.
class BlockCollector {
 public:
  explicit BlockCollector(bool by_names) : by_names_(by_names) {}

  void walk(const GumboNode* node) {
    if (node->type == GUMBO_NODE_DOCUMENT) {
      for (unsigned i = 0; i < node->v.document.children.length; ++i) {
        walk(static_cast<const GumboNode*>(node->v.document.children.data[i]));
      }
    } else if (node->type == GUMBO_NODE_ELEMENT) {
      element(node);
    } else if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
               node->type == GUMBO_NODE_CDATA) {
      text(node->v.text.text);
    }
  }

  std::vector<HtmlBlock> finish() {
    flush();
    return std::move(blocks_);
  }
  std::vector<std::pair<const GumboNode*, std::string>> times() const { return times_; }

 private:
  void children(const GumboNode* node) {
    for (unsigned i = 0; i < node->v.element.children.length; ++i) {
      walk(static_cast<const GumboNode*>(node->v.element.children.data[i]));
    }
  }

  void element(const GumboNode* node) {
    const GumboTag tag = node->v.element.tag;
    if (is_furniture(node, by_names_)) return;
    if (tag == GUMBO_TAG_BR) {
      run_.push_back('\n');
      space_ = false;
      return;
    }
    if (tag == GUMBO_TAG_TIME) {
      if (const char* when = attribute(node, "datetime")) times_.emplace_back(node, when);
    }
    if (!is_block_tag(tag)) {
      const bool link = tag == GUMBO_TAG_A;
      const bool strong = tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG;
      links_ += link;
      strong_ += strong;
      children(node);
      links_ -= link;
      strong_ -= strong;
      return;
    }
    flush();
    const GumboNode* outer_owner = owner_;
    const int outer_level = level_;
    const BlockKind outer_kind = kind_;
    owner_ = node;
    level_ = tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6 ? 1 + (tag - GUMBO_TAG_H1) : 0;
    kind_ = level_                ? BlockKind::kHeading
            : tag == GUMBO_TAG_LI ? BlockKind::kBullet
                                  : BlockKind::kParagraph;
    pre_ += tag == GUMBO_TAG_PRE;
    children(node);
    pre_ -= tag == GUMBO_TAG_PRE;
    flush();
    owner_ = outer_owner;
    level_ = outer_level;
    kind_ = outer_kind;
  }

  void text(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      if (pre_ > 0 && c == '\n') {
        run_.push_back('\n');
        space_ = false;
      } else if (std::isspace(c) || text.substr(i).starts_with("\u00A0")) {
        if (c == 0xC2) ++i;
        space_ = true;
      } else {
        if (space_ && !run_.empty() && run_.back() != '\n') {
          run_.push_back(' ');
        }
        space_ = false;
        run_.push_back(text[i]);
        ++chars_;
        if (links_ > 0) ++link_chars_;
        if (strong_ > 0) ++strong_chars_;
      }
    }
  }

  void flush() {
    if (chars_ > 0) {
      const bool emphasized = strong_chars_ * 10 >= chars_ * 9;
      if (kind_ == BlockKind::kParagraph) {
        // <br>-separated lines reflow like text: joined unless a sentence ends there.
        for (Block& block : blocks_from_text(run_, /*markdown=*/false)) {
          block.emphasized = emphasized;
          add(std::move(block));
        }
      } else {
        std::replace(run_.begin(), run_.end(), '\n', ' ');
        add(Block{kind_, collapse_spaces(run_), emphasized});
      }
    }
    run_.clear();
    space_ = false;
    chars_ = link_chars_ = strong_chars_ = 0;
  }

  void add(Block block) {
    if (block.text.empty()) return;
    blocks_.push_back(HtmlBlock{std::move(block), owner_, level_, link_chars_});
  }

  bool by_names_;
  const GumboNode* owner_ = nullptr;
  int level_ = 0;
  BlockKind kind_ = BlockKind::kParagraph;
  int links_ = 0;
  int strong_ = 0;
  int pre_ = 0;
  std::string run_;
  bool space_ = false;
  std::size_t chars_ = 0;
  std::size_t link_chars_ = 0;
  std::size_t strong_chars_ = 0;
  std::vector<HtmlBlock> blocks_;
  std::vector<std::pair<const GumboNode*, std::string>> times_;
};

bool mostly_links(const HtmlBlock& block) { return block.link_chars * 2 > block.block.text.size(); }

// Readability's scoring: each paragraph's text counts fully for the element holding it and by
// half for that element's parent. The best element is then widened, until it holds a title
// heading, to ancestors that add little text of their own (a quarter at most, or what a title
// and a dateline take): the title and dateline that sit beside the body.
const GumboNode* article_container(const std::vector<HtmlBlock>& blocks) {
  std::unordered_map<const GumboNode*, double> score;
  std::unordered_map<const GumboNode*, std::size_t> text;
  std::unordered_set<const GumboNode*> titled;
  for (const HtmlBlock& block : blocks) {
    const std::size_t own =
        block.block.text.size() - std::min(block.link_chars, block.block.text.size());
    for (const GumboNode* up = block.owner; up; up = up->parent) {
      text[up] += own;
      if (block.level == 1 || block.level == 2) titled.insert(up);
    }
    if (block.block.kind != BlockKind::kParagraph || own < 25 || mostly_links(block)) continue;
    const GumboNode* holder =
        block.owner->v.element.tag == GUMBO_TAG_P ? block.owner->parent : block.owner;
    score[holder] += static_cast<double>(own);
    if (holder->parent) score[holder->parent] += static_cast<double>(own) / 2;
  }
  const GumboNode* best = nullptr;
  for (const auto& [node, value] : score) {
    if (node->type == GUMBO_NODE_ELEMENT && (!best || value > score[best])) best = node;
  }
  while (best && !titled.contains(best) && best->parent &&
         best->parent->type == GUMBO_NODE_ELEMENT &&
         text[best->parent] - text[best] <= std::max<std::size_t>(text[best] / 4, 300)) {
    best = best->parent;
  }
  return best;
}

bool inside(const GumboNode* node, const GumboNode* container) {
  for (; node; node = node->parent) {
    if (node == container) return true;
  }
  return false;
}

std::string text_of(const GumboNode* node) {
  std::string out;
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
    return node->v.text.text;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return out;
  for (unsigned i = 0; i < node->v.element.children.length; ++i) {
    out += text_of(static_cast<const GumboNode*>(node->v.element.children.data[i]));
  }
  return out;
}

struct PageMeta {
  std::string title;  // <title>, spaces collapsed
  std::optional<std::string> date;
};

void scan_meta(const GumboNode* node, PageMeta& meta) {
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_TITLE && meta.title.empty()) meta.title = collapse_spaces(text_of(node));
  if (tag == GUMBO_TAG_META && !meta.date) {
    static const std::unordered_set<std::string> kDateNames = {
        "article:published_time", "datepublished",  "date",    "dc.date",      "dc.date.issued",
        "dcterms.date",           "dcterms.issued", "pubdate", "publish-date", "publication_date"};
    for (const char* key : {"property", "name", "itemprop"}) {
      const char* name = attribute(node, key);
      const char* content = attribute(node, "content");
      if (name && content && kDateNames.contains(ascii_lower(name)) && *content) {
        meta.date = collapse_spaces(content);
      }
    }
  }
  if (tag == GUMBO_TAG_BODY) return;  // metadata lives in <head>
  for (unsigned i = 0; i < node->v.element.children.length; ++i) {
    scan_meta(static_cast<const GumboNode*>(node->v.element.children.data[i]), meta);
  }
}

// "DELEGACIÓN JALISCO - Título del boletín": the longest part is the page's own title; the
// others name the site.
std::vector<std::string> title_parts(const std::string& title) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t cut = std::string::npos;
    std::size_t width = 0;
    for (std::string_view separator : {" - ", " | ", " \u2013 ", " \u2014 ", " :: ", " \u00BB "}) {
      const std::size_t at = title.find(separator, start);
      if (at < cut) cut = at, width = separator.size();
    }
    parts.push_back(title.substr(start, cut - start));
    if (cut == std::string::npos) return parts;
    start = cut + width;
  }
}

// Page furniture is short; longer blocks are article text and skip the (ICU) slugging.
constexpr std::size_t kFurnitureBytes = 160;

bool is_date_line(const std::string& key) {
  return key.starts_with("publicado") || key.starts_with("fecha-de-publicacion");
}

// The part of the <title> a heading of the article repeats, else its longest part.
std::size_t page_title_part(const std::vector<std::string>& parts,
                            const std::vector<std::pair<HtmlBlock, std::string>>& kept) {
  for (std::size_t i = 0; i < parts.size(); ++i) {
    for (const auto& [block, key] : kept) {
      if (block.level >= 1 && block.level <= 2 && !key.empty() && key == slug(parts[i])) return i;
    }
  }
  return static_cast<std::size_t>(
      std::max_element(parts.begin(), parts.end(),
                       [](const auto& a, const auto& b) { return a.size() < b.size(); }) -
      parts.begin());
}

HtmlArticle assemble(std::vector<HtmlBlock> blocks, const GumboNode* container,
                     const PageMeta& meta,
                     const std::vector<std::pair<const GumboNode*, std::string>>& times) {
  HtmlArticle article;
  article.date = meta.date;
  for (const auto& [node, when] : times) {
    if (!article.date && (!container || inside(node, container))) article.date = when;
  }
  std::vector<std::pair<HtmlBlock, std::string>> kept;  // with their slugs
  for (HtmlBlock& block : blocks) {
    if ((container && !inside(block.owner, container)) || mostly_links(block)) continue;
    const std::string& text = block.block.text;
    std::string key = text.size() <= kFurnitureBytes || block.level ? slug(text) : "";
    if (boilerplate_slugs().contains(key)) continue;
    if (is_date_line(key)) {
      if (!article.date) article.date = text;
      continue;
    }
    kept.emplace_back(std::move(block), std::move(key));
  }
  const std::vector<std::string> parts = title_parts(meta.title);
  const std::size_t title_part = page_title_part(parts, kept);
  std::unordered_set<std::string> site_names;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i != title_part) site_names.insert(slug(parts[i]));
  }
  const std::string title_key = slug(parts[title_part]);
  std::optional<std::string> first_h1, first_h2;
  for (auto& [block, key] : kept) {
    if (site_names.contains(key)) continue;
    if (block.level == 1 || block.level == 2) {
      if (!article.title && !title_key.empty() && key == title_key)
        article.title = block.block.text;
      auto& first = block.level == 1 ? first_h1 : first_h2;
      if (!first) first = block.block.text;
    }
    article.blocks.push_back(std::move(block.block));
  }
  if (!article.title) article.title = first_h1 ? first_h1 : first_h2;
  if (!article.title && !title_key.empty() && !boilerplate_slugs().contains(title_key)) {
    article.title = parts[title_part];
  }
  return article;
}

HtmlArticle article_from_tree(const GumboNode* root, bool by_names) {
  BlockCollector collector(by_names);
  collector.walk(root);
  std::vector<HtmlBlock> blocks = collector.finish();
  PageMeta meta;
  for (unsigned i = 0; i < root->v.document.children.length; ++i) {
    scan_meta(static_cast<const GumboNode*>(root->v.document.children.data[i]), meta);
  }
  const GumboNode* container = article_container(blocks);
  return assemble(std::move(blocks), container, meta, collector.times());
}

}  // namespace

HtmlArticle read_html_article(std::string_view html, const std::string& source) {
  const std::string page = strip_php(html);
  if (const std::size_t depth = markup_depth(page); depth > kMaxDepth) {
    throw Error(ErrorKind::kInvalidArgument,
                source + ": HTML elements nest " + std::to_string(depth) + " deep (more than " +
                    std::to_string(kMaxDepth) +
                    "); this is not a readable page, check that the file is not damaged");
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are not used; recording them costs memory
  auto destroy = [&options](GumboOutput* output) { gumbo_destroy_output(&options, output); };
  std::unique_ptr<GumboOutput, decltype(destroy)> output(
      gumbo_parse_with_options(&options, page.data(), page.size()), destroy);
  HtmlArticle article = article_from_tree(output->document, /*by_names=*/true);
  if (article.blocks.empty()) {
    // A class on a wrapper ("page-with-sidebar") can hide the whole page: read it again
    // without judging elements by their names.
    article = article_from_tree(output->document, /*by_names=*/false);
    if (!article.blocks.empty()) {
      article.warnings.push_back("no article found outside elements named like menus; read them");
    }
  }
  return article;
}

}  // namespace hemeroteca
