#include "hemeroteca/indexer/cleaner.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "hemeroteca/indexer/dates.h"
#include "hemeroteca/indexer/structure.h"
#include "hemeroteca/indexer/text_util.h"

namespace hemeroteca {
namespace {

// Glyphs that open a bullet point when they start a line. Private-use code points (U+E000 to
// U+F8FF) are handled apart: PDF extractors emit symbol-font bullets there (U+F0B7 and kin).
// Emoji that offices and social-media copies list with: diamonds, a pointing hand, a pin,
// arrows, boxes ("🔹 Entrega de 500 becas…", "👉 Inauguración…").
constexpr std::array<std::string_view, 26> kBulletGlyphs = {
    "\u2022",     "\u00B7",     "\u25AA",     "\u25CF",     "\u25E6",     "\u2013",     "\u2014",
    "\u27A2",     "\u2023",     "\u2705",     "\u2714",     "\u25BA",     "\u25B6",     "\u25A0",
    "\U0001F539", "\U0001F538", "\U0001F537", "\U0001F536", "\U0001F449", "\U0001F4CC", "\u27A1",
    "\u23E9",     "\u2611",     "\u25FE",     "\u25FD",     "\u00B0"};
// Glyphs that open a bullet only with a space after them: glued to a word, a dash (raya) opens
// what someone says ("—Nuestra recomendación es que comparen —señaló el procurador—"); the
// degree sign ("° En el mes de septiembre…") is a bullet only so.
constexpr std::array<std::string_view, 3> kSpacedBulletGlyphs = {"\u2013", "\u2014", "\u00B0"};

// Capitalised, these open a sentence: a title line above one ends there.
constexpr std::array<std::string_view, 38> kSentenceOpeners = {
    "el",       "la",      "los",     "las",   "un",    "una",   "en",    "con",
    "para",     "por",     "durante", "al",    "ante",  "desde", "este",  "esta",
    "estos",    "estas",   "como",    "tras",  "sobre", "hoy",   "ayer",  "además",
    "asimismo", "algunas", "algunos", "unos",  "unas",  "se",    "según", "mientras",
    "también",  "cada",    "dicho",   "dicha", "todos", "todas"};

// A line with this many capital letters and no lower-case one is in capitals.
constexpr std::size_t kMinCapitals = 6;
// Lines longer than this hold a whole paragraph: no one wraps text that wide.
constexpr std::size_t kLongLineBytes = 200;

// Words after which a sentence cannot end: a line ending in one continues on the next, even
// across a page gap ("la Oficial Mayor de" / "Hacienda, ...").
constexpr std::array<std::string_view, 24> kContinuationWords = {
    "de", "del", "la",  "las", "el",   "los", "y",   "e",  "o",   "u",  "en",   "a",
    "al", "que", "con", "por", "para", "su",  "sus", "un", "una", "se", "como", "entre"};

std::string_view trim(std::string_view s) {
  // ASCII spaces, tabs and the no-break space U+00A0 that PDF and HTML text is full of.
  while (true) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\f')) {
      s.remove_prefix(1);
    } else if (s.starts_with("\u00A0")) {
      s.remove_prefix(2);
    } else {
      break;
    }
  }
  while (true) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\f')) {
      s.remove_suffix(1);
    } else if (s.ends_with("\u00A0")) {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

// Whether `line` opens with a site's header parted by bars, a date among its first two parts:
// "Secretaría de Salud | 04 de febrero de 2026 | Nacional/ …".
bool opens_barred_header(std::string_view line) {
  constexpr std::size_t kMaxFirstPartBytes = 80;
  const std::size_t first = line.find(" | ");
  if (first == std::string_view::npos || first > kMaxFirstPartBytes) return false;
  const std::size_t second = line.find(" | ", first + 3);
  const std::string_view parts = line.substr(
      0, second == std::string_view::npos ? std::min(line.size(), first + 3 + kMaxFirstPartBytes)
                                          : second);
  return !find_dates(parts).empty();
}

// Strips a leading bullet glyph; returns true when there was one.
bool strip_bullet(std::string_view& line) {
  if (line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ ")) {
    line = trim(line.substr(2));
    return true;
  }
  // "*SSG actualiza…", "-Antes de febrero…": an asterisk or a hyphen glued to a capital, where
  // Markdown's "*emphasis*" would close it again.
  // A hyphen glued to a sentence that ends ("-Vamos a seguir, afirmó la gobernadora.") opens
  // dialogue instead.
  // "*-En Ocoyoacac, la secretaria…": both marks at once.
  if (line.starts_with("*-") && line.size() > 2 && u_isupper(first_code_point(line.substr(2)))) {
    line = trim(line.substr(2));
    return true;
  }
  // "*** Destacaron los descubrimientos…", "++Agricultura y Bienestar coordinarán…": a bullet
  // drawn with two or three marks, where Markdown's "**bold**" would close again.
  if (line.size() > 3 && (line[0] == '*' || line[0] == '+') && line[1] == line[0]) {
    const std::size_t marks = line[2] == line[0] ? 3 : 2;
    const std::string_view rest = trim(line.substr(marks));
    if (!rest.empty() && rest.find(line[0]) == std::string_view::npos &&
        u_isupper(first_code_point(rest))) {
      line = rest;
      return true;
    }
  }
  // "…La muestra se compone por obras de más de 20 artistas": an ellipsis glued to a capital
  // marks a highlight as a bullet would; one that closes the line too quotes a fragment.
  constexpr std::string_view kEllipsis = "\u2026";
  if (line.starts_with(kEllipsis) && !line.ends_with(kEllipsis) &&
      u_isupper(first_code_point(line.substr(kEllipsis.size())))) {
    line = trim(line.substr(kEllipsis.size()));
    return true;
  }
  // "+La inversión es superior…": a plus sign glued to a capital too.
  const bool dialogue = !line.empty() && line[0] == '-' && line.ends_with('.');
  if (line.size() > 1 && (line[0] == '*' || line[0] == '-' || line[0] == '+') && !dialogue &&
      line.find(line[0], 1) == std::string_view::npos) {
    int32_t length = 0;
    if (u_isupper(first_code_point(line.substr(1), &length))) {
      line = trim(line.substr(1));
      return true;
    }
  }
  for (std::string_view glyph : kBulletGlyphs) {
    if (!line.starts_with(glyph)) continue;
    const bool dash = std::find(kSpacedBulletGlyphs.begin(), kSpacedBulletGlyphs.end(), glyph) !=
                      kSpacedBulletGlyphs.end();
    if (dash && line.size() > glyph.size() && line[glyph.size()] != ' ' &&
        line[glyph.size()] != '\t') {
      return false;
    }
    line = trim(line.substr(glyph.size()));
    // "• • El Presidente…": the glyph twice, the page's own and the text's.
    if (line.starts_with(glyph)) line = trim(line.substr(glyph.size()));
    // "▪️": the glyph drawn as an emoji carries a variation selector.
    if (line.starts_with("\uFE0F")) line = trim(line.substr(std::string_view("\uFE0F").size()));
    return true;
  }
  int32_t length = 0;
  const UChar32 c = first_code_point(line, &length);
  if (c >= 0xE000 && c <= 0xF8FF) {
    line = trim(line.substr(static_cast<std::size_t>(length)));
    return true;
  }
  return false;
}

// Takes off the buttons of a page's font-size widget that open a line: "A+ A- Orizaba, Ver.-
// La delegación…", "A- A A+ BOCA DEL RIO, Ver.".
void strip_font_size_buttons(std::string_view& line) {
  std::string_view rest = line;
  bool sized = false;
  while (true) {
    const std::size_t space = rest.find(' ');
    const std::string_view word = rest.substr(0, space);
    if (word != "A+" && word != "A-" && word != "A" && word != "A++" && word != "A--") break;
    sized = sized || word != "A";
    if (space == std::string_view::npos) return;  // the widget alone: left as it is
    rest = trim(rest.substr(space + 1));
  }
  if (sized && !rest.empty()) line = rest;
}

// A sharing bar's label alone on its line, whose buttons the copy lost: "Compartir en",
// "Compartir:". A gap, not a line to join the next one to ("Compartir en" / "Cali, 26 de
// noviembre de 2025. Después…").
bool is_share_label(std::string_view line) {
  for (const std::string_view label : {"Compartir en", "Compartir en:", "Compartir:", "Compartir",
                                       "Comparte", "Comparte:", "COMPARTIR", "Share", "Share:"}) {
    if (line == label) return true;
  }
  return false;
}

// Whether `line` is a carousel's controls, which a page's text keeps as words: "previous
// arrow", "next arrow", "previous arrownext arrow", "Slider".
bool is_carousel_controls(std::string_view line) {
  if (line == "Slider" || line == "slider") return true;
  std::string_view rest = line;
  bool any = false;
  while (!rest.empty()) {
    bool matched = false;
    for (const std::string_view control : {"previous arrow", "next arrow", "prev arrow"}) {
      if (rest.starts_with(control)) {
        rest = trim(rest.substr(control.size()));
        matched = any = true;
      }
    }
    if (!matched) return false;
  }
  return any;
}

// Takes off the emoji a line opens with as decoration ("🔴Invierten 230 mdp…", "📍 Hermosillo"),
// with their variation selectors, joiners and skin tones; the bullets among them ("✅") are
// read as bullets before this.
void strip_leading_pictographs(std::string_view& line) {
  std::string_view rest = line;
  while (!rest.empty()) {
    int32_t length = 0;
    const UChar32 c = first_code_point(rest, &length);
    const bool decoration = u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ||
                            u_hasBinaryProperty(c, UCHAR_EMOJI_MODIFIER) || c == 0xFE0F ||
                            c == 0x200D;
    if (!decoration || length <= 0) break;
    rest.remove_prefix(static_cast<std::size_t>(length));
  }
  rest = trim(rest);
  if (!rest.empty()) line = rest;
}

bool is_rule(std::string_view line) {
  // Markdown rules and the press offices' end marks: "---", "***", "---o0o---", "--- oOo ---",
  // "-oo0oo-", "oooOooo", "—o0o—": rule marks and circles, three at least. So are the borders
  // and empty cells of a table drawn in text, as converters leave a Word layout table:
  // "+----+--+", "| [] |  |".
  std::size_t marks = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '-' || c == '*' || c == '_' || c == '=' || c == 'o' || c == 'O' || c == '0' ||
        c == '+' || c == '|' || c == '[' || c == ']') {
      ++marks;
    } else if (line.compare(i, 3, "\u2014") == 0 || line.compare(i, 3, "\u2013") == 0) {
      ++marks;  // em and en dashes
      i += 2;
    } else if (c != ' ') {
      return false;
    }
  }
  return marks >= 3;
}

bool ends_sentence(std::string_view text) {
  text = trim(text);
  if (text.empty()) return true;
  for (std::string_view end : {".", ":", "!", "?", ";", "\u201D", "\"", "\u00BB", ")"}) {
    if (text.ends_with(end)) return true;
  }
  return false;
}

bool starts_lowercase(std::string_view text) {
  const UChar32 c = first_code_point(text);
  return c >= 0 && u_islower(c);
}

// A page's slug, an image's file name or a template's tag on a line of its own
// ("rueda-de-prensa-festival-de-octubre", "spot_img"): lower-case words joined by hyphens or
// underscores, which go on no sentence.
bool is_slug(std::string_view text) {
  text = trim(text);
  return (std::count(text.begin(), text.end(), '-') >= 2 ||
          text.find('_') != std::string_view::npos) &&
         std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
         });
}

// A news site's line of short fields parted by slashes, its byline, place or stamp: "Xalapa: /
// Bitácora del Golfo / Redacción", "Xalapa / 2025-05-27". It goes on no title nor sentence.
bool is_slashed_fields(std::string_view text) {
  constexpr std::size_t kMaxFieldsBytes = 80;
  constexpr std::size_t kMaxFieldWords = 4;
  text = trim(text);
  if (text.size() > kMaxFieldsBytes || text.find(" / ") == std::string_view::npos) return false;
  for (std::size_t at = 0; at <= text.size();) {
    const std::size_t slash = std::min(text.find(" / ", at), text.size());
    const std::string_view field = trim(text.substr(at, slash - at));
    at = slash + 3;
    const UChar32 first = first_code_point(field);
    if (first < 0 || !(u_isupper(first) || u_isdigit(first))) return false;
    if (static_cast<std::size_t>(std::count(field.begin(), field.end(), ' ')) >= kMaxFieldWords) {
      return false;
    }
  }
  return true;
}

// An image's file name glued to the capital that starts the line's text, as a page's
// picture leaves it: "180213sequia-funcionarioMérida, Yucatán, a 18 de febrero…". Its length,
// 0 when the line opens with no such name (a digit and a hyphen or an underscore in it).
std::size_t glued_file_name_length(std::string_view line) {
  constexpr std::size_t kShortestFileName = 8;
  std::size_t end = 0;
  bool digit = false;
  bool joint = false;
  while (end < line.size()) {
    const char c = line[end];
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c == '-' || c == '_') {
      joint = true;
    } else if (c < 'a' || c > 'z') {
      break;
    }
    ++end;
  }
  if (end < kShortestFileName || !digit || !joint || end == line.size()) return 0;
  const UChar32 next = first_code_point(line.substr(end));
  return next > 0 && u_isupper(next) ? end : 0;
}

// Whether `line` opens as a numbered list's item: "2. No se exponga…", "3) Tener…".
bool opens_numbered_item(std::string_view line) {
  std::size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  return digits >= 1 && digits <= 2 && digits + 2 < line.size() &&
         (line[digits] == '.' || line[digits] == ')') && line[digits + 1] == ' ' &&
         u_isupper(first_code_point(line.substr(digits + 2)));
}

// Whether `line` opens with a capitalised article or preposition ("La Fiscalía…", "En
// Morelia…"): the start of a sentence, which a line broken mid-sentence never is.
bool opens_sentence(std::string_view line) {
  const std::string_view word = line.substr(0, line.find(' '));
  if (word.size() < 2 || word[0] < 'A' || word[0] > 'Z') return false;
  std::string lower(word);
  lower[0] = static_cast<char>(lower[0] - 'A' + 'a');  // "LA" stays apart: capitals are a title
  return std::find(kSentenceOpeners.begin(), kSentenceOpeners.end(), lower) !=
         kSentenceOpeners.end();
}

// Whether `line` is a dateline that goes on with the story ("Jueves 24 de Abril de 2025- El
// número…" too), or a place alone before it ("Chiapas.- La Secretaría de la Defensa…").
bool opens_dated_story(std::string_view line) {
  const auto dateline = parse_dateline(line);
  if (dateline) return !dateline->story.empty();
  // Only with its dash: "Puebla, Pue. CP 72000" in a letterhead is no story's start.
  const auto lead_in = parse_place_lead_in(line);
  if (!lead_in) return false;
  const std::string_view before_story = line.substr(0, line.size() - lead_in->story.size());
  for (const std::string_view mark : {".-", ". -", ".\u2013", ". \u2013", ".\u2014"}) {
    if (before_story.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

// "La Paz, Baja" / "California Sur. - El Gobierno…": a lead-in's place broken across lines,
// whose first line the lead-in read whole goes on from.
bool place_broken_before(std::string_view line, std::string_view next) {
  constexpr std::size_t kMaxPlaceLineBytes = 40;
  if (line.size() > kMaxPlaceLineBytes || line.find(',') == std::string_view::npos ||
      line.ends_with('.') || line.ends_with(',')) {
    return false;
  }
  const auto alone = parse_place_lead_in(next);
  const auto joined = parse_place_lead_in(std::string(line) + " " + std::string(next));
  return alone && joined && joined->story == alone->story &&
         joined->place.size() > alone->place.size() + line.size();
}

// Whether `text` opens with a preposition or a conjunction, which join it to what precedes
// (an article may open a new phrase: "TERCER INFORME DE GOBIERNO" / "LA CASA AMANC…").
bool starts_with_joining_word(std::string_view text) {
  static constexpr std::array<std::string_view, 12> kJoiningWords = {
      "de", "del", "y", "e", "o", "u", "en", "con", "para", "por", "al", "entre"};
  std::string word(text.substr(0, text.find(' ')));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(kJoiningWords.begin(), kJoiningWords.end(), word) != kJoiningWords.end();
}

bool ends_with_continuation(std::string_view text) {
  text = trim(text);
  if (text.ends_with(",")) return true;
  const std::size_t space = text.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? text : text.substr(space + 1);
  for (std::string_view word : kContinuationWords) {
    if (last == word) return true;
  }
  return false;
}

// Appends a line to a paragraph, joining words hyphenated across the break ("trans-" +
// "ferencia"); a hyphen before an upper-case letter is kept ("IMSS-" + "Bienestar").
void append_line(std::string& paragraph, std::string_view line) {
  if (paragraph.empty()) {
    paragraph = line;
    return;
  }
  if (paragraph.size() >= 2 && paragraph.back() == '-' && paragraph[paragraph.size() - 2] != ' ') {
    if (starts_lowercase(line)) paragraph.pop_back();
    paragraph += line;
    return;
  }
  paragraph.push_back(' ');
  paragraph += line;
}

std::string strip_emphasis(std::string_view text, bool& emphasized) {
  emphasized = false;
  for (std::string_view mark : {"**", "__"}) {
    if (text.size() > 4 && text.starts_with(mark) && text.ends_with(mark)) {
      emphasized = true;
      text = trim(text.substr(2, text.size() - 4));
      break;
    }
  }
  // A line wholly in italics, "*Tecate, Baja California; 15 de febrero de 2022.*": the marks
  // go, the line is not bold. ("* item" is a bullet, taken before this.)
  for (const char mark : {'*', '_'}) {
    if (!emphasized && text.size() > 2 && text.front() == mark && text.back() == mark &&
        text[1] != mark && text[1] != ' ' && text[text.size() - 2] != mark &&
        text[text.size() - 2] != ' ') {
      text = trim(text.substr(1, text.size() - 2));
      break;
    }
  }
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i + 1 < text.size() && text[i] == '*' && text[i + 1] == '*') {
      ++i;
      continue;
    }
    out.push_back(text[i]);
  }
  return out;
}

// Markdown's inline links and images as text: "[aquí](http://…/informe.pdf)" is "aquí
// (http://…/informe.pdf)", the address kept for the record's links, and "![](http://…/foto.jpg)
// RÍO GRANDE, ZAC.- La síndico…" loses the picture, a file and no words.
std::string without_inline_links(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t open = text.find('[', at);
    if (open == std::string_view::npos) break;
    const std::size_t close = text.find("](", open + 1);
    const std::size_t end = close == std::string_view::npos ? close : text.find(')', close + 2);
    // The label holds no other bracket, and the target no space but before a title.
    if (end == std::string_view::npos ||
        text.substr(open + 1, close - open - 1).find_first_of("[]") != std::string_view::npos ||
        text.substr(close + 2, end - close - 2).find_first_of("\n[]") != std::string_view::npos) {
      out.append(text.substr(at, open + 1 - at));
      at = open + 1;
      continue;
    }
    const bool image = open > at && text[open - 1] == '!';
    out.append(text.substr(at, open - at - (image ? 1 : 0)));
    const std::string_view label = text.substr(open + 1, close - open - 1);
    out.append(label);
    // A link's target stays in the text, for the record's links; a picture's file does not.
    const std::string_view target = text.substr(close + 2, end - close - 2);
    if (const std::string_view address = target.substr(0, target.find(' '));
        !image && !address.empty() && address != label) {
      out.append(label.empty() ? "" : " (").append(address).append(label.empty() ? "" : ")");
    }
    at = end + 1;
  }
  out.append(text.substr(std::min(at, text.size())));
  return out;
}

// Whether a line is HTML tags and nothing else, as Markdown may embed ("<div class=…>",
// "<img src=… alt=…>", "</div>"): no text of the bulletin, whatever its attributes say.
bool is_markup_only(std::string_view line) {
  if (!line.starts_with('<') || !line.ends_with('>')) return false;
  if (line.find("://") != std::string_view::npos) return false;  // an autolink: <https://…>
  bool in_tag = false;
  for (const char c : line) {
    if (c == '<') {
      if (in_tag) return false;
      in_tag = true;
    } else if (c == '>') {
      in_tag = false;
    } else if (!in_tag && c != ' ' && c != '\t') {
      return false;
    }
  }
  return !in_tag;
}

// Whether a line is a page builder's shortcodes and nothing else, as WordPress leaves them when
// a theme is switched off: "[et_pb_section admin_label=”section”][et_pb_row …]", "[/vc_column]".
// Each bracket opens with a lower-case name; a footnote's "[1]" or a caption's "[Foto]" does
// not.
bool is_shortcodes_only(std::string_view line) {
  if (!line.starts_with('[') || !line.ends_with(']')) return false;
  for (std::size_t at = 0; at < line.size();) {
    if (line[at] == ' ' || line[at] == '\t') {
      ++at;
      continue;
    }
    const std::size_t close = line.find(']', at);
    if (line[at] != '[' || close == std::string_view::npos) return false;
    std::size_t name = at + 1;
    if (name < close && line[name] == '/') ++name;
    if (name == close || line[name] < 'a' || line[name] > 'z') return false;
    while (name < close && ((line[name] >= 'a' && line[name] <= 'z') || line[name] == '_' ||
                            (line[name] >= '0' && line[name] <= '9'))) {
      ++name;
    }
    if (name < close && line[name] != ' ') return false;  // "[foto-1]" is text, not a name
    at = close + 1;
  }
  return true;
}

// Whether `text` has letters and all of them capitals (a title or letterhead in capitals).
bool in_capitals(std::string_view text) {
  std::size_t capitals = 0;
  for (const char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++capitals;
  }
  return capitals >= kMinCapitals;
}

bool has_lowercase(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Whether the text keeps each paragraph on one line, as editors and web pages write it, rather
// than breaking lines at a width: then a line break ends a line that is not unfinished (a
// title above its subtitle).
bool keeps_paragraphs_on_one_line(std::string_view text) {
  std::size_t lines = 0;
  std::size_t long_lines = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = trim(text.substr(start, end - start));
    if (!line.empty()) ++lines;
    if (line.size() > kLongLineBytes) ++long_lines;
    start = end + 1;
  }
  return long_lines >= 2 && long_lines * 5 >= lines;
}

// A line quoted as e-mail and Markdown quote ("> El programa comenzó…", ">>Texto"): the marks
// go. Not before a number ("> 50 años" compares).
std::string_view without_quote_marks(std::string_view line) {
  std::size_t k = 0;
  while (k < line.size() && (line[k] == '>' || (k > 0 && line[k] == ' '))) ++k;
  if (k == 0 || k == line.size() || (line[k] >= '0' && line[k] <= '9')) return line;
  return line.substr(k);
}

// A plain-text line in a chat's bold, as bulletins forwarded from WhatsApp come: "*COMUNICADO*",
// "*Xalapa, Ver., 20 de abril de 2021.* El PRI…", "*- Hoy, gracias…*". The asterisks that open
// the line (before a word) and close its bold (after one) go; `out` gets the line without them.
// "* item" and "*Item" (bullets) are left alone.
bool without_chat_bold(std::string_view line, std::string& out) {
  if (line.size() < 3 || line.front() != '*' || line[1] == '*' || line[1] == ' ') return false;
  for (std::size_t close = 2; close < line.size(); ++close) {
    if (line[close] != '*') continue;
    if (line[close - 1] == ' ' || (close + 1 < line.size() && line[close + 1] != ' ')) {
      return false;
    }
    out = std::string(line.substr(1, close - 1));
    if (close + 1 < line.size()) out += line.substr(close + 1);
    out = std::string(trim(out));
    return !out.empty();
  }
  return false;
}

// How a text breaks its lines, read off the whole text before its blocks are built.
struct LineShape {
  bool markdown = false;
  bool layout_lines = false;  // a PDF's: they break where the page did, never for meaning
  bool one_line_paragraphs = false;
  bool quotes_in_runs = false;        // quotes_lines_in_runs()
  bool glued_hyphen_bullets = false;  // has_glued_hyphen_bullets()
};

class BlockBuilder {
 public:
  explicit BlockBuilder(const LineShape& shape)
      : markdown_(shape.markdown),
        layout_lines_(shape.layout_lines),
        one_line_paragraphs_(shape.one_line_paragraphs),
        quotes_in_runs_(shape.quotes_in_runs),
        glued_hyphen_bullets_(shape.glued_hyphen_bullets) {}

  void line(std::string_view raw) {
    std::string_view text = trim(raw);
    if (text.empty()) {
      gap_ = true;
      return;
    }
    if (is_carousel_controls(text) || is_share_label(text)) {
      gap_ = true;
      return;
    }
    // ">Medidas focalizadas…" under a title: an arrow bullet, where no quoted lines run.
    const bool arrow_bullet = !markdown_ && !quotes_in_runs_ && text.size() > 1 && text[0] == '>' &&
                              u_isupper(first_code_point(text.substr(1)));
    // "-20 bailarinas del Conservatorio…" beside "-El vídeo…": a hyphen glued to a count opens
    // a bullet too where the page glues its bullets' hyphens, unfinished as they are (elsewhere
    // "-20 grados" is a temperature, and "-5 por ciento fue la baja." a sentence).
    const bool counted_bullet = glued_hyphen_bullets_ && text.size() > 2 && text[0] == '-' &&
                                text[1] >= '0' && text[1] <= '9' && !text.ends_with('.');
    if (counted_bullet) text.remove_prefix(1);
    text = without_quote_marks(text);
    std::string unbolded;
    if (!markdown_ && without_chat_bold(text, unbolded)) text = unbolded;
    if (is_rule(text)) {
      flush();
      if (is_end_mark(text)) emit(BlockKind::kEndMark, text);
      return;
    }
    if ((markdown_ && is_markup_only(text)) || is_shortcodes_only(text) ||
        text.find_first_not_of('.') == std::string_view::npos) {
      gap_ = true;  // "<div class=…>", "<img …>", "</div>", "[et_pb_row …]", a page's "."
      return;
    }
    if (markdown_ && text.starts_with('#')) {
      flush();
      std::size_t level = text.find_first_not_of('#');
      if (level != std::string_view::npos && level <= 6) {
        emit(BlockKind::kHeading, trim(text.substr(level)));
        return;
      }
    }
    if (arrow_bullet || counted_bullet || strip_bullet(text)) {
      flush();
      // "• Primera frase. • Segunda frase. |": a page that put its bullets on one line.
      constexpr std::string_view kInnerBullet = ". \u2022 ";
      for (std::size_t at = text.find(kInnerBullet); at != std::string_view::npos;
           at = text.find(kInnerBullet)) {
        emit(BlockKind::kBullet, text.substr(0, at + 1));
        text = trim(text.substr(at + kInnerBullet.size()));
      }
      if (text.ends_with(" |")) text = trim(text.substr(0, text.size() - 1));
      kind_ = BlockKind::kBullet;
      current_ = text;
      gap_ = false;
      return;
    }
    strip_leading_pictographs(text);
    strip_font_size_buttons(text);
    // "…PLANTÍOS DE MARIHUANA EN QUINTANA ROO |", "|Hermosillo, Sonora, a 23 de marzo…": a bar
    // the page's layout left at the end or the start of a line that is no table's row.
    if (text.size() > 2 && text.ends_with(" |") && text.find('|') == text.size() - 1) {
      text = trim(text.substr(0, text.size() - 1));
    }
    if (text.size() > 2 && text.front() == '|' && text.find('|', 1) == std::string_view::npos) {
      text = trim(text.substr(1));
    }
    // "] CHILPANCINGO. * 15 de junio…", ") Gobierno de Guerrero.": a bracket closed at a line's
    // start, whose opener the copy lost.
    if (text.size() > 2 && (text.front() == ']' || text.front() == ')') && text[1] == ' ') {
      text = trim(text.substr(2));
    }
    text.remove_prefix(glued_file_name_length(text));
    if (!current_.empty() && continues(text)) {
      append_line(current_, text);
    } else {
      flush();
      kind_ = BlockKind::kParagraph;
      current_ = text;
    }
    gap_ = false;
  }

  std::vector<Block> finish() {
    flush();
    return std::move(blocks_);
  }

 private:
  // Whether `text` continues the block being built.
  bool continues(std::string_view text) const {
    // A semicolon parts clauses, and a line in lower case after it goes on with the sentence:
    // "Frontera Comalapa, Chiapas;" / "a 5 de junio.- Ante la llegada…".
    const std::string_view clause = trim(current_);
    const bool clause_goes_on =
        clause.size() > 1 && clause.ends_with(';') && starts_lowercase(text);
    if (ends_sentence(current_) && !clause_goes_on) return false;
    // A web address stands alone ("channel1la.com" under a repost's title), and so does a
    // slug or a template's tag ("spot_img").
    if (is_link_line(text) || is_link_line(current_) || is_slug(text) || is_slug(current_) ||
        is_image_file_name(text) || is_image_file_name(current_) || is_slashed_fields(text) ||
        is_slashed_fields(current_)) {
      return false;
    }
    // A numbered list's item starts a block: "2. No se exponga a los cambios bruscos" / "3.
    // Tener cuidado con la caída de ramas".
    if (opens_numbered_item(text) && opens_numbered_item(current_)) return false;
    // A blog theme's post meta with its date left empty stands alone: "on . Posted in Nayarit".
    if (text.starts_with("on . Posted in ") || text.starts_with("Posted in ")) return false;
    // In capitals, a line that opens with "DE", "Y", "EN"… goes on from the one before
    // ("EL IFT PRESENTA EL MONITOREO" / "DE LA DISCAPACIDAD EN LOS NOTICIARIOS").
    const bool capitals_go_on =
        in_capitals(current_) && in_capitals(text) && starts_with_joining_word(text);
    const bool unfinished =
        starts_lowercase(text) || ends_with_continuation(current_) || capitals_go_on;
    // A site's header line, its office and date parted by bars, opens a block, whatever the
    // story glued after it ("…e inmunoterapia" / "Secretaría de Salud | 04 de febrero de 2026 |
    // Nacional/ En el Día…").
    if (!starts_lowercase(text) && opens_barred_header(text)) return false;
    // Header lines ("Ciudad de México, 14 de abril de 2021", "No. 142") stand alone, even
    // where a PDF's text puts no blank line between them.
    if (!unfinished && blocks_.size() < kHeaderBlocks &&
        (is_header_line(current_) || is_header_line(text))) {
      return false;
    }
    // Further down, a short line of a page's furniture ("Compartir esta noticia") or a
    // dateline signing the story off ("Asunción, 13 de septiembre de 2021") stands alone too.
    constexpr std::size_t kMaxSignOffBytes = 80;
    if (!unfinished && blocks_.size() >= kHeaderBlocks &&
        ((text.size() <= kMaxSignOffBytes && is_header_line(text)) ||
         (current_.size() <= kMaxSignOffBytes && is_header_line(current_)))) {
      return false;
    }
    // A dateline that opens the story ("MORELIA, Mich., 15 de mayo de 2011.- Este domingo…",
    // "Chiapas.- La Secretaría…") starts a block, under a title without a final stop as under
    // anything else.
    if (!unfinished && blocks_.size() < kHeaderBlocks && opens_dated_story(text)) {
      return place_broken_before(current_, text);
    }
    // A dateline that opens with a lower-case weekday ("miércoles, 5 de noviembre de 2025")
    // stands alone too, unless the line above breaks off mid-phrase.
    if (blocks_.size() < kHeaderBlocks && starts_lowercase(text) &&
        !ends_with_continuation(current_) && is_header_line(text)) {
      return false;
    }
    // A line in capitals (a title, a letterhead) ends where mixed case begins.
    if (!unfinished && in_capitals(current_) && has_lowercase(text)) return false;
    // And one in capitals starts where mixed case ends ("Próxima publicación: 7 de julio" /
    // "ÍNDICE NACIONAL DE PRECIOS PRODUCTOR").
    if (!unfinished && has_lowercase(current_) && in_capitals(text)) return false;
    // Up top, a line without a final stop above a sentence's start is a title ("FGR obtiene
    // vinculación a proceso…" / "La Fiscalía General de la República…").
    // Not between a PDF's lines of running text, which break where the layout did ("…Castro
    // Cosío visitó" / "Los Cabos para revisar…"); a bullet's are short.
    if (!unfinished && blocks_.size() < kHeaderBlocks && opens_sentence(text) &&
        (!layout_lines_ || kind_ == BlockKind::kBullet)) {
      return false;
    }
    // A bullet of one word is a section's label ("- Seguridad"), over the title's line.
    if (!unfinished && kind_ == BlockKind::kBullet && current_.find(' ') == std::string::npos) {
      return false;
    }
    // A plain line break inside running text, unless lines are paragraphs.
    if (!gap_) return !one_line_paragraphs_ || unfinished;
    // After blank lines (a paragraph break or a PDF page gap) only an unfinished sentence goes on.
    return unfinished;
  }

  void emit(BlockKind kind, std::string_view text) {
    bool emphasized = false;
    std::string clean =
        markdown_ ? strip_emphasis(without_inline_links(text), emphasized) : std::string(text);
    if (clean.empty()) return;
    blocks_.push_back(Block{kind, std::move(clean), emphasized});
  }

  void flush() {
    if (!current_.empty()) emit(kind_, current_);
    current_.clear();
    kind_ = BlockKind::kParagraph;
    gap_ = false;
  }

  bool markdown_;
  bool layout_lines_;  // a PDF's: they break where the page did, never for meaning
  bool one_line_paragraphs_;
  bool quotes_in_runs_;
  bool glued_hyphen_bullets_;
  bool gap_ = false;
  BlockKind kind_ = BlockKind::kParagraph;
  std::string current_;
  std::vector<Block> blocks_;
};

// Page furniture of text pulled out of PDFs.

using Page = std::vector<std::string_view>;

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// Form feeds are the extractor's page breaks; without them, a run of three or more blank
// lines is the only trace a page break leaves (a paragraph break leaves one).
std::vector<Page> split_pages(std::string_view text) {
  std::vector<Page> pages(1);
  if (text.find('\f') != std::string_view::npos) {
    for (std::string_view line : split_lines(text)) {
      std::size_t feed;
      while ((feed = line.find('\f')) != std::string_view::npos) {
        pages.back().push_back(line.substr(0, feed));
        pages.emplace_back();
        line.remove_prefix(feed + 1);
      }
      pages.back().push_back(line);
    }
    return pages;
  }
  std::size_t blanks = 0;
  for (std::string_view line : split_lines(text)) {
    if (trim(line).empty()) {
      ++blanks;
      continue;
    }
    if (blanks >= 3 && !pages.back().empty()) {
      pages.emplace_back();
    } else {
      pages.back().insert(pages.back().end(), blanks, std::string_view());
    }
    blanks = 0;
    pages.back().push_back(line);
  }
  return pages;
}

// Indices of the first and last three non-blank lines of a page, where furniture stands.
std::vector<std::size_t> margin_lines(const Page& page) {
  constexpr std::size_t kMargin = 3;
  std::vector<std::size_t> head;
  std::vector<std::size_t> tail;
  for (std::size_t i = 0; i < page.size() && head.size() < kMargin; ++i) {
    if (!trim(page[i]).empty()) head.push_back(i);
  }
  for (std::size_t i = page.size(); i > 0 && tail.size() < kMargin; --i) {
    if (!trim(page[i - 1]).empty()) tail.push_back(i - 1);
  }
  for (std::size_t i : tail) {
    if (std::find(head.begin(), head.end(), i) == head.end()) head.push_back(i);
  }
  return head;
}

// A line's identity across pages: spaces collapsed and digits blurred, so "Página 2 de 5" and
// "Página 3 de 5" match. Lines with no letter or digit (a lone bullet glyph) never match.
std::string furniture_key(std::string_view line) {
  std::string key;
  bool meaningful = false;
  for (char c : trim(line)) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (c == ' ' || c == '\t') {
      if (!key.empty() && key.back() != ' ') key.push_back(' ');
    } else if (std::isdigit(u)) {
      if (key.empty() || key.back() != '#') key.push_back('#');
      meaningful = true;
    } else {
      key.push_back(c);
      meaningful = meaningful || std::isalpha(u) || u >= 0x80;
    }
  }
  return meaningful ? key : std::string();
}

bool consume_digits(std::string_view& s) {
  std::size_t n = 0;
  while (n < s.size() && std::isdigit(static_cast<unsigned char>(s[n]))) ++n;
  s.remove_prefix(n);
  return n > 0 && n <= 4;
}

bool consume_word(std::string_view& s, std::string_view word) {
  if (s.size() < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != static_cast<unsigned char>(word[i])) {
      return false;
    }
  }
  s = trim(s.substr(word.size()));
  return true;
}

enum class PageNumber { kNone, kBare, kLabelled };

// "3" is bare; "Página 2 de 5", "Pág. 2", "- 3 -", "3/5" and "3 de 5" are labelled. Parsed by
// hand: a regular expression over arbitrary lines risks deep recursion on long ones.
PageNumber page_number(std::string_view line) {
  std::string_view s = trim(line);
  if (s.empty() || s.size() > 40) return PageNumber::kNone;
  bool labelled = false;
  for (std::string_view dash : {"-", "\u2013", "\u2014"}) {
    if (s.size() > 2 * dash.size() && s.starts_with(dash) && s.ends_with(dash)) {
      s = trim(s.substr(dash.size(), s.size() - 2 * dash.size()));
      labelled = true;
      break;
    }
  }
  for (std::string_view label : {"p\u00E1gina", "p\u00C1gina", "pagina", "p\u00E1g.", "p\u00C1g.",
                                 "pag.", "page", "p\u00E1g", "p\u00C1g", "pag", "hoja"}) {
    if (consume_word(s, label)) {
      labelled = true;
      break;
    }
  }
  if (!consume_digits(s)) return PageNumber::kNone;
  s = trim(s);
  if (!s.empty()) {
    if (!consume_word(s, "de") && !consume_word(s, "of") && !consume_word(s, "/")) {
      return PageNumber::kNone;
    }
    if (!consume_digits(s) || !trim(s).empty()) return PageNumber::kNone;
    labelled = true;
  }
  return labelled ? PageNumber::kLabelled : PageNumber::kBare;
}

// Keys of lines that stand in the margins of at least half of the pages (and two at least).
std::unordered_set<std::string> running_lines(const std::vector<Page>& pages) {
  std::unordered_map<std::string, std::size_t> pages_with;
  for (const Page& page : pages) {
    std::unordered_set<std::string> seen;
    for (std::size_t i : margin_lines(page)) {
      std::string key = furniture_key(page[i]);
      if (!key.empty() && seen.insert(key).second) ++pages_with[key];
    }
  }
  const std::size_t needed = std::max<std::size_t>(2, (pages.size() + 1) / 2);
  std::unordered_set<std::string> running;
  for (auto& [key, count] : pages_with) {
    if (count >= needed) running.insert(key);
  }
  return running;
}

}  // namespace

std::string strip_page_furniture(std::string_view text) {
  const std::vector<Page> pages = split_pages(text);
  const std::unordered_set<std::string> running =
      pages.size() >= 2 ? running_lines(pages) : std::unordered_set<std::string>();
  std::string out;
  out.reserve(text.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const Page& page = pages[p];
    std::vector<bool> drop(page.size(), false);
    for (std::size_t i : margin_lines(page)) {
      drop[i] = (!running.empty() && running.contains(furniture_key(page[i]))) ||
                (pages.size() >= 2 && page_number(page[i]) == PageNumber::kBare);
    }
    if (p > 0) out += "\n\n\n";
    for (std::size_t i = 0; i < page.size(); ++i) {
      if (drop[i] || page_number(page[i]) == PageNumber::kLabelled) continue;
      out += page[i];
      out.push_back('\n');
    }
  }
  return out;
}

bool has_page_labels(std::string_view text) {
  for (const std::string_view line : split_lines(text)) {
    if (page_number(line) == PageNumber::kLabelled) return true;
  }
  return false;
}

namespace {

// Whether the text was copied double-spaced, a blank line after every line, so that blank
// lines mean nothing: no two lines stand together, none but one holds a paragraph's worth, and
// many break off mid-sentence, the next line going on with it, as a page's wrapped lines do
// ("…que existe un gran interés de la ciudadanía" / "" / "tamaulipeca y los diversos actores…").
// A web page's header lines between blank lines go on with nothing.
bool is_double_spaced(std::string_view text) {
  constexpr std::size_t kMinLines = 6;
  std::size_t lines = 0;
  std::size_t continued = 0;
  std::size_t long_lines = 0;
  bool blank_before = true;
  std::string_view previous;  // the last line with text
  for (std::string_view line : split_lines(text)) {
    line = trim(line);
    if (line.empty()) {
      blank_before = true;
      continue;
    }
    if (!blank_before) return false;  // two lines in a row: the text has line breaks of its own
    // A paragraph's worth on a line: blank lines part paragraphs kept on one line each.
    if (line.size() > kLongLineBytes && ++long_lines > 1) return false;
    ++lines;
    if (!previous.empty() && !ends_sentence(previous) &&
        (starts_lowercase(line) || ends_with_continuation(previous))) {
      ++continued;
    }
    previous = line;
    blank_before = false;
  }
  return lines >= kMinLines && continued * 4 >= lines;
}

// The text with its blank lines dropped: the lines of a double-spaced copy, which line breaks
// then join as they join any wrapped text.
std::string without_blank_lines(std::string_view text) {
  std::string out;
  for (const std::string_view line : split_lines(text)) {
    if (trim(line).empty()) continue;
    out.append(line).push_back('\n');
  }
  return out;
}

// Whether two lines in a row open with quote marks, as a forwarded e-mail's do ("> El
// programa…" / "> comenzó…"). Otherwise a page's arrow that lost its glyph may draw a bullet
// with one (">Medidas focalizadas…").
bool quotes_lines_in_runs(std::string_view text) {
  bool quoted_before = false;
  for (const std::string_view line : split_lines(text)) {
    const std::string_view trimmed = trim(line);
    if (trimmed.empty()) continue;
    const bool quoted = trimmed.front() == '>';
    if (quoted && quoted_before) return true;
    quoted_before = quoted;
  }
  return false;
}

// Whether a line opens with a hyphen glued to a capital and does not end a sentence, as pages
// glue their bullets' hyphens ("-El vídeo, que será difundido…"); a line that ends with its
// period is dialogue ("-Vamos a seguir, afirmó.").
bool has_glued_hyphen_bullets(std::string_view text) {
  for (const std::string_view line : split_lines(text)) {
    const std::string_view trimmed = trim(line);
    if (trimmed.size() > 2 && trimmed[0] == '-' && u_isupper(first_code_point(trimmed.substr(1))) &&
        !trimmed.ends_with('.')) {
      return true;
    }
  }
  return false;
}

std::vector<Block> build_blocks(std::string_view text, bool markdown, bool layout_lines) {
  std::string undoubled;
  if (!markdown && !layout_lines && is_double_spaced(text)) {
    undoubled = without_blank_lines(text);
    text = undoubled;
  }
  BlockBuilder builder(
      LineShape{.markdown = markdown,
                .layout_lines = layout_lines,
                .one_line_paragraphs = !layout_lines && keeps_paragraphs_on_one_line(text),
                .quotes_in_runs = quotes_lines_in_runs(text),
                .glued_hyphen_bullets = !markdown && has_glued_hyphen_bullets(text)});
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    builder.line(text.substr(start, end - start));
    start = end + 1;
  }
  return builder.finish();
}

}  // namespace

// A PDF's lines are its layout's: they never mean a paragraph.
bool is_end_mark(std::string_view line) {
  line = trim(line);
  return is_rule(line) && line.find_first_of("oO0") != std::string_view::npos;
}

std::vector<Block> blocks_from_pdf_text(std::string_view text) {
  return build_blocks(strip_page_furniture(text), /*markdown=*/false, /*layout_lines=*/true);
}

std::vector<Block> blocks_from_text(std::string_view text, bool markdown) {
  return build_blocks(text, markdown, /*layout_lines=*/false);
}

}  // namespace hemeroteca
