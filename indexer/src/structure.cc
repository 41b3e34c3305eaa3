#include "hemeroteca/indexer/structure.h"

#include <unicode/uchar.h>

#include <array>
#include <cctype>
#include <cstdio>
#include <deque>
#include <regex>
#include <utility>

#include "hemeroteca/indexer/cleaner.h"
#include "hemeroteca/indexer/dates.h"
#include "hemeroteca/indexer/text_util.h"
#include "hemeroteca/schema/analyzer.h"
#include "hemeroteca/schema/query_dates.h"

namespace hemeroteca {
namespace {

// A title or a highlight longer than this is running text.
constexpr std::size_t kMaxTitleBytes = 480;  // courts and congresses write long ones
constexpr std::size_t kMaxNumberLineBytes = 60;
// A dateline is shorter than this ("Ciudad de México, miércoles 18 de septiembre de 2020.").
constexpr std::size_t kMaxHeaderLineBytes = 100;
// How far into a block that lost its line breaks its header's date may end.
constexpr std::size_t kMaxFlattenedHeaderBytes = 240;
// How near the end, in blocks, a closing dateline may stand.
constexpr std::size_t kFooterBlocks = 3;
// No title is shorter than this.
constexpr std::size_t kMinTitleBytes = 12;
// A title the page prints twice is a few words at least: no accidental repeat.
constexpr std::size_t kMinRepeatedBytes = 24;
// A block longer than this with this many commas is a story's sentence, not a title.
constexpr std::size_t kMaxCommaStrungTitleBytes = 300;
constexpr std::ptrdiff_t kLeadCommas = 3;
// Under a short label, a title is a longer line than a short title's subtitle tends to be.
constexpr std::size_t kMinTitleUnderLabelBytes = 36;
// The short last line of a letterhead, under the office's name.
constexpr std::size_t kMaxLetterheadLineBytes = 32;
// Before a page's teasers or an end mark can close the story, it has this many paragraphs
// ending in a period.
constexpr std::size_t kMinStorySentences = 2;
// A highlight printed without a bullet is a sentence or two.
constexpr std::size_t kMaxHighlightBytes = 400;
// Highlights without bullets come in ones, twos and threes.
constexpr std::size_t kMaxUnmarked = 3;

// Folded lines that every bulletin of a press office carries, saying nothing of this one.
constexpr std::array<std::string_view, 22> kBoilerplate = {"boletin de prensa",
                                                           "boletin informativo",
                                                           "noticia de ultimo momento",
                                                           "ultimo momento",
                                                           "ultima hora",
                                                           "boletin",
                                                           "nota de prensa",
                                                           "nota informativa",
                                                           "comunicado de prensa",
                                                           "comunicado conjunto",
                                                           "comunicado",
                                                           "sala de prensa",
                                                           "link fotos",
                                                           "link de fotos",
                                                           "fotos",
                                                           "para su publicacion inmediata",
                                                           "instituto mexicano del seguro social",
                                                           "unidad de comunicacion social",
                                                           "coordinacion de comunicacion social",
                                                           "direccion de comunicacion social",
                                                           "comunicacion social",
                                                           "atentamente"};

// Web pages' furniture that survives copying their text: menus, sharing and back links, the social
// networks' buttons, the blog's category of the post, the date of the next release, the byline
// and the photo credit ("Por: Redacción", "Por Redacción", "Fotografía: Nombre"), and the English
// of news sites' themes ("Published" / "on" above the date, "Up" for back to the top); folded.
constexpr std::array<std::string_view, 68> kPageFurniture = {"mapa del sitio",
                                                             "sin categoria",
                                                             "imprimir esta pagina",
                                                             "imprimir pagina",
                                                             "uncategorized",
                                                             "mapa del sitio web",
                                                             "contenido inicial",
                                                             "buscador general",
                                                             "menu",
                                                             "ver galeria",
                                                             "galeria",
                                                             "compartir",
                                                             "imprimir",
                                                             "inicio",
                                                             "descargar",
                                                             "noticias",
                                                             "noticias recientes",
                                                             "comunicados",
                                                             "regresar",
                                                             "volver",
                                                             "descargas",
                                                             "descarga para medios",
                                                             "connect with us",
                                                             "published",
                                                             "on",
                                                             "published on",
                                                             "advertisement",
                                                             "publicidad",
                                                             "log in",
                                                             "iniciar sesion",
                                                             "buscar",
                                                             "contacto",
                                                             "transparencia",
                                                             "atencion ciudadana",
                                                             "atencion ciudadano",
                                                             "up",
                                                             "subir",
                                                             "twitter",
                                                             "facebook",
                                                             "youtube",
                                                             "instagram",
                                                             "soundcloud",
                                                             "tiktok",
                                                             "whatsapp",
                                                             "linkedin",
                                                             "flickr",
                                                             "telegram",
                                                             "cabeza logo",
                                                             "conectate con nosotros",
                                                             "spread the love",
                                                             "formulario de busqueda",
                                                             "cerrar",
                                                             "cerrar×",
                                                             "cerrar x",
                                                             "x cerrar",
                                                             "no hay resultados",
                                                             "ver todos los resultados",
                                                             "a a",
                                                             "a- a a+",
                                                             "header ads",
                                                             "usted esta aqui",
                                                             "centro de noticias",
                                                             "diapositiva anterior",
                                                             "diapositiva siguiente",
                                                             "redaccion",
                                                             "redaccion.",
                                                             "por redaccion",
                                                             "por redaccion."};
constexpr std::array<std::string_view, 20> kPageLabels = {"archivo de la categoria",
                                                          "banner principal",
                                                          "version para impresion",
                                                          "cerrar× ",
                                                          "enlace al sitio",
                                                          "siguenos en ",
                                                          "siguenos:",
                                                          "posted in ",
                                                          "on . posted in ",
                                                          "etiquetas:",
                                                          "tags:",
                                                          "proxima publicacion:",
                                                          "por:",
                                                          "autor:",
                                                          "autora:",
                                                          "foto:",
                                                          "fotos:",
                                                          "fotografia:",
                                                          "comparte esta noticia",
                                                          "compartir esta noticia"};

// Lines after which a web page's article is over and its teasers, related links and comments
// begin, folded: what follows is no part of the bulletin.
constexpr std::array<std::string_view, 34> kArticleEnds = {"ver mas",
                                                           "mira tambien",
                                                           "ultimas noticias",
                                                           "ultimas publicaciones",
                                                           "lee tambien",
                                                           "explora mas noticias",
                                                           "mas noticias",
                                                           "related posts",
                                                           "entradas relacionadas",
                                                           "articulos relacionados",
                                                           "notas relacionadas",
                                                           "noticias relacionadas",
                                                           "te puede interesar",
                                                           "tambien te puede interesar",
                                                           "te recomendamos",
                                                           "te podria interesar",
                                                           "relacionadas",
                                                           "top 5 esta semana",
                                                           "lo mas leido",
                                                           "mas leidas",
                                                           "lo mas visto",
                                                           "about author",
                                                           "acerca del autor",
                                                           "deja una respuesta",
                                                           "deja un comentario",
                                                           "publicar un comentario",
                                                           "no hay comentarios:",
                                                           "compartir en:",
                                                           "compartir esta noticia",
                                                           "comparte esta noticia",
                                                           "continue reading",
                                                           "click to comment",
                                                           "leave a reply",
                                                           "leave a comment"};

// The year's motto that government letterheads print above everything else ("2020, Año de
// Leona Vicario, Benemérita Madre de la Patria"), quoted or not; folded.
bool is_year_motto(const std::string& folded) {
  static const std::regex kMotto(R"(^[^a-z0-9]{0,4}(?:19|20)\d\d\s*[,.:]?\s+año\s+del?\s)",
                                 std::regex::optimize);
  return folded.size() < 400 && std::regex_search(folded, kMotto);
}

// `text` without the dashes, bullets and bars a page draws around a label ("- Publicidad -",
// "REDACCIÓN •").
std::string_view without_marks(std::string_view text) {
  static constexpr std::string_view kMarks[] = {"-", "*", "|", "\u2022", "\u2013", "\u2014"};
  for (bool more = true; more;) {
    more = false;
    text = trim_spaces(text);
    for (const std::string_view mark : kMarks) {
      if (text.size() > mark.size() && text.starts_with(mark)) {
        text.remove_prefix(mark.size());
        more = true;
      }
      if (text.size() > mark.size() && text.ends_with(mark)) {
        text.remove_suffix(mark.size());
        more = true;
      }
    }
  }
  return text;
}

// A site's menu or breadcrumb on one line: "| Contacto | Mapa del Sitio | Canal RSS | English |",
// "Inicio - Sala de Prensa - Comunicados de Prensa 2012", "Home / ARTS & CULTURE / 88
// eventos…" (the title such a trail ends with is printed again below it); folded. Short items
// without digits: a table's row ("13,682 | 1'727,548 | 77,049 |") is none.
bool is_navigation(const std::string& folded) {
  constexpr std::size_t kMinMenuItems = 3;
  constexpr std::size_t kMaxMenuItemBytes = 24;
  static const std::regex kTrail(R"(^(?:inicio|home|portada)\s*(?:/|>|-|\||»|›))",
                                 std::regex::optimize);
  const bool trail_word =
      folded.starts_with("inicio") || folded.starts_with("home") || folded.starts_with("portada");
  if (trail_word && std::regex_search(folded, kTrail)) return true;
  if (std::count(folded.begin(), folded.end(), '|') < 2) return false;  // the common case, fast
  std::size_t items = 0;
  for (std::size_t at = 0; at <= folded.size();) {
    const std::size_t bar = std::min(folded.find('|', at), folded.size());
    const std::string_view item = trim_spaces(std::string_view(folded).substr(at, bar - at));
    at = bar + 1;
    if (item.empty()) continue;
    if (item.size() > kMaxMenuItemBytes ||
        item.find_first_of("0123456789") != std::string_view::npos) {
      return false;
    }
    ++items;
  }
  return items >= kMinMenuItems;
}

// Whether `text` may be a menu or a breadcrumb (is_navigation): bars, or a trail's first word.
bool might_be_navigation(std::string_view text) {
  text = without_marks(text);
  return std::count(text.begin(), text.end(), '|') >= 2 || text.starts_with("Inicio") ||
         text.starts_with("INICIO") || text.starts_with("Home") || text.starts_with("HOME") ||
         text.starts_with("Portada") || text.starts_with("inicio") || text.starts_with("home");
}

// A site's weather widget: "18.8 C", "17.8 C Zacatecas"; folded.
bool is_weather(const std::string& folded) {
  constexpr std::size_t kMaxWidgetBytes = 60;
  // "El tiempo en: Ronda": the widget's label and its town, its figures lost.
  if (folded.starts_with("el tiempo en:") && folded.size() <= kMaxWidgetBytes) return true;
  // "CLIMA EN HERMOSILLO: 35 C.   Hermosillo, Sonora, México   DOLAR:12.68": a news site's bar
  // of the weather and the dollar's price.
  constexpr std::size_t kMaxWidgetBarBytes = 160;
  if (folded.size() <= kMaxWidgetBarBytes &&
      ((folded.starts_with("clima en ") && folded.find(':') != std::string::npos) ||
       folded.find("dolar:") != std::string::npos) &&
      folded.find_first_of("0123456789") != std::string::npos) {
    return true;
  }
  static const std::regex kWeather(R"(^-?\d{1,2}(?:[.,]\d\d?)?\s*(?:°)?\s*[cf](?:\s|$))",
                                   std::regex::optimize);
  return folded.size() <= kMaxWidgetBytes && !folded.empty() &&
         (std::isdigit(static_cast<unsigned char>(folded[0])) || folded[0] == '-') &&
         std::regex_search(folded, kWeather);
}

// A date with its year in a form no bulletin writes and find_dates() does not read: a site's
// widget ("Sáb. Sep 7th, 2024"); folded.
bool is_foreign_date(std::string_view text, const std::string& folded) {
  constexpr std::size_t kMaxWidgetBytes = 60;
  constexpr std::size_t kYearDigits = 4;
  if (folded.size() > kMaxWidgetBytes) return false;
  // A year first, cheaply: most short lines have none.
  std::size_t run = 0;
  std::size_t longest = 0;
  for (const char c : folded) {
    run = std::isdigit(static_cast<unsigned char>(c)) ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  if (longest != kYearDigits) return false;
  static const std::regex kDateWord(
      R"(^(?:\d{1,4}(?:st|nd|rd|th|o|a)?|de|del|lun|mar|mie|jue|vie|sab|dom|mon|tue|wed|thu|)"
      R"(fri|sat|sun|ene|feb|abr|may|jun|jul|ago|sep|sept|oct|nov|dic|jan|apr|aug|dec|lunes|)"
      R"(martes|miercoles|jueves|viernes|sabado|domingo|enero|febrero|marzo|abril|mayo|junio|)"
      R"(julio|agosto|septiembre|octubre|noviembre|diciembre)$)",
      std::regex::optimize);
  bool year = false;
  bool month_or_day = false;
  for (std::string_view word : words_of(folded)) {
    while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back()))) {
      word.remove_suffix(1);
    }
    if (word.empty()) continue;
    if (!std::regex_match(word.begin(), word.end(), kDateWord)) return false;
    year = year || (word.size() == 4 && std::isdigit(static_cast<unsigned char>(word[0])));
    month_or_day = month_or_day || !std::isdigit(static_cast<unsigned char>(word[0]));
  }
  return year && month_or_day && find_dates(text).empty();
}

// A page's link past its menus, for screen readers ("Saltar al contenido principal", "Pasar al
// contenido principal", "Click acá para ir directamente al contenido", "Skip to main
// content"); or the placeholder text of a site's template ("Lorem ipsum dolor"). Folded.
bool is_skip_link_or_placeholder(std::string_view folded) {
  constexpr std::size_t kMaxSkipLinkBytes = 60;
  static constexpr std::string_view kSkipVerbs[] = {
      "ir ", "pasar ", "saltar ", "omitir ", "click ", "clic ", "haga ", "haz ", "skip ", "jump "};
  if (folded.size() > kMaxSkipLinkBytes) return false;
  if (folded.starts_with("lorem ipsum")) return true;
  const bool to_content = folded.ends_with("al contenido") ||
                          folded.ends_with("al contenido principal") ||
                          folded.ends_with("to content") || folded.ends_with("to main content");
  return to_content && std::any_of(std::begin(kSkipVerbs), std::end(kSkipVerbs),
                                   [&](std::string_view verb) { return folded.starts_with(verb); });
}

// A document mirror's stamps: its viewer's page ("Está en la página 1de 15", "Вы находитесь на
// странице: 1из 13") or its file's size and counters ("198KB Größe 8 Downloads 67 vistas", "9
// downloads 185 Views 487KB Size"); folded.
bool is_document_viewer_stamp(std::string_view folded) {
  constexpr std::size_t kMaxStampBytes = 80;
  // Every short line is asked: how a stamp opens first, cheaply (a digit, "Está", "Página",
  // "Size", "Tamaño", "Größe", Cyrillic's first byte).
  if (folded.empty() || folded.size() > kMaxStampBytes ||
      std::string_view("0123456789epstg\xD0").find(folded.front()) == std::string_view::npos ||
      folded.find_first_of("0123456789") == std::string::npos) {
    return false;
  }
  const auto has = [&](std::string_view word) { return folded.find(word) != std::string::npos; };
  if (!has("pag") && !has("\u0441\u0442\u0440") && !has("kb") && !has("mb") && !has("load") &&
      !has("vistas") && !has("views") && !has("descargas")) {
    return false;
  }
  static const std::regex kViewerPage(
      "^(?:esta en la pagina|pagina|page|\u0432\u044b \u043d\u0430\u0445\u043e\u0434"
      "\u0438\u0442\u0435\u0441\u044c \u043d\u0430 \u0441\u0442\u0440\u0430\u043d"
      "\u0438\u0446\u0435:?)\\s*\\d+\\s*(?:de|of|/|\u0438\u0437)\\s*\\d+$",
      std::regex::optimize);
  if (std::regex_search(std::string(folded), kViewerPage)) return true;
  static const std::regex kFileCounters(
      R"(^(?:\d+(?:[.,]\d+)?\s*(?:kb|mb)|\d+\s+(?:downloads?|descargas|views|vistas)|size|)"
      R"(tamano|grosse|gro\S*e)(?:\s+(?:\d+(?:[.,]\d+)?\s*(?:kb|mb)|\d+\s+(?:downloads?|)"
      R"(descargas|views|vistas)|size|tamano|grosse|gro\S*e))+$)",
      std::regex::optimize);
  return std::regex_search(std::string(folded), kFileCounters);
}

// A page's counters: "| | 215 lecturas | 0 comentarios", "520 Vistas", "Visitas: 62756". Each
// part between bars a count and what it counts, or the word then its count. Folded.
bool is_page_counter(std::string_view folded) {
  static constexpr std::string_view kCounted[] = {
      "lectura", "lecturas", "comentario", "comentarios", "vista", "vistas",
      "visita",  "visitas",  "views",      "comments",    "likes", "me gusta"};
  const auto counted = [](std::string_view word) {
    while (word.ends_with(':')) word.remove_suffix(1);
    return std::find(std::begin(kCounted), std::end(kCounted), word) != std::end(kCounted);
  };
  const auto number = [](std::string_view word) {
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
      return (c >= '0' && c <= '9') || c == ',' || c == '.';
    });
  };
  bool any = false;
  for (std::size_t at = 0; at <= folded.size();) {
    const std::size_t bar = std::min(folded.find('|', at), folded.size());
    const std::string_view part = trim_spaces(folded.substr(at, bar - at));
    at = bar + 1;
    if (part.empty()) continue;
    const std::size_t space = part.find(' ');
    if (space == std::string_view::npos) return false;
    const std::string_view first = part.substr(0, space);
    const std::string_view rest = trim_spaces(part.substr(space + 1));
    if (!(number(first) && counted(rest)) && !(counted(first) && number(rest))) return false;
    any = true;
  }
  return any;
}

// A site's clock with its label, and perhaps its city: "Hoy es: Nov 26, 2024 Ciudad Juárez".
// Folded.
bool is_labelled_clock(std::string_view folded) {
  constexpr std::size_t kMaxClockBytes = 80;
  return folded.size() <= kMaxClockBytes &&
         (folded.starts_with("hoy es:") || folded.starts_with("hoy es ")) &&
         folded.find_first_of("0123456789") != std::string_view::npos;
}

// A day without its year, alone on a line: a blog's post stamp ("martes, marzo 31", "31 de
// marzo"), no title and no date that can be read. Folded.
bool is_yearless_date(const std::string& folded) {
  constexpr std::size_t kMaxStampBytes = 32;
  if (folded.size() > kMaxStampBytes || folded.find_first_of("0123456789") == std::string::npos) {
    return false;
  }
  static const std::string kMonth =
      "(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
      "noviembre|diciembre)";
  static const std::regex kStamp(
      R"(^(?:(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo),?\s+)?(?:)" + kMonth +
          R"(\s+\d{1,2}|\d{1,2}\s+de\s+)" + kMonth + R"()\.?$)",
      std::regex::optimize);
  return std::regex_search(folded, kStamp);
}

// "…at the Atlapa Convention Center in Panama City - REUTERS / CARLOS JASSO - Archivo": a news
// agency's picture with its agency, photographer and archive credit. Folded.
bool is_agency_photo_caption(std::string_view folded) {
  return folded.size() <= kMaxHighlightBytes && folded.ends_with(" - archivo") &&
         folded.find(" / ") != std::string_view::npos;
}

// A photo's caption with its credit after the last sentence, as news sites print it under the
// picture: "Senasica avanza hacia la erradicación. Cortesía", "…en Tepic. Foto: Especial".
// Folded.
bool is_photo_caption(const std::string& folded) {
  constexpr std::size_t kMaxCreditBytes = 40;
  if (folded.size() > kMaxHighlightBytes) return false;
  if (is_agency_photo_caption(folded)) return true;
  // "…llama a no bajar la guardia (Foto gob.mx)": the credit between parentheses at the end.
  if (const std::size_t open = folded.rfind(" (foto"); open != std::string::npos &&
                                                       folded.ends_with(')') &&
                                                       folded.size() - open <= kMaxCreditBytes) {
    return true;
  }
  const std::size_t period = folded.rfind(". ");
  if (period == std::string::npos) return false;
  const std::string_view credit = trim_spaces(std::string_view(folded).substr(period + 2));
  if (credit.size() > kMaxCreditBytes) return false;
  return credit == "cortesia" || credit == "especial" || credit.starts_with("foto:") ||
         credit.starts_with("fotos:") || credit.starts_with("foto cortesia") ||
         credit.starts_with("foto especial");
}

// An agency's tag alone on its line as the story's lead-in, the story on the next line:
// "(AGENCIA NOTISIFA).-", "(Notimex).–".
bool is_lone_agency_tag(std::string_view text) {
  constexpr std::size_t kMaxTagBytes = 48;
  text = trim_spaces(text);
  if (!text.starts_with('(')) return false;
  const std::size_t close = text.find(')');
  if (close == std::string_view::npos || close < 3 || close > kMaxTagBytes) return false;
  std::string_view mark = trim_spaces(text.substr(close + 1));
  if (mark.starts_with('.')) mark = trim_spaces(mark.substr(1));
  return mark == "-" || mark == "–" || mark == "—";
}

// A site's notice or a syndication service's header above the bulletin: "Actualmente estamos
// en proceso de migración… Para ir al nuevo sitio web, haz clic aquí", "04/18/2024 | Press
// release | Distributed by Public on 04/18/2024 18:35"; an office's notice that an election
// holds back its pages ("… con motivo del Proceso Electoral concurrente 2023-2024, el contenido
// de esta página ha sido modificado temporalmente…"). Folded.
bool is_site_notice(std::string_view folded) {
  // Every line is asked: one search rules most out.
  if (folded.find("electoral") != std::string_view::npos &&
      (folded.find("esta pagina") != std::string_view::npos ||
       folded.find("este sitio") != std::string_view::npos ||
       folded.find("este portal") != std::string_view::npos)) {
    return true;
  }
  // "La expresión de los columnistas y colaboraciones, es criterio y responsabilidad personal
  // de quien los firma…": a news site's disclaimer.
  if (folded.find("responsabilidad") != std::string_view::npos &&
      (folded.find("quien los firma") != std::string_view::npos ||
       folded.find("quien lo firma") != std::string_view::npos ||
       folded.find("quienes los firman") != std::string_view::npos)) {
    return true;
  }
  // "Este sitio web utiliza cookies propias y de terceros…": the page's cookie banner, said of
  // the site ("este sitio", "navegar"), not a story about cookies; a banner is a few lines at
  // most, and longer text the story's.
  constexpr std::size_t kMaxBannerBytes = 400;
  const bool banner_sized = folded.size() <= kMaxBannerBytes;
  if (banner_sized && folded.find("cookies") != std::string_view::npos &&
      (folded.find("este sitio") != std::string_view::npos ||
       folded.find("nuestro sitio") != std::string_view::npos ||
       folded.find("esta pagina") != std::string_view::npos ||
       folded.find("navega") != std::string_view::npos ||
       folded.find("this website") != std::string_view::npos)) {
    return true;
  }
  // "Usted está navegando por una versión inactiva del sitio web… ofrecida únicamente con
  // propósitos de archivo": an archived site's banner.
  if (banner_sized && (folded.find("version inactiva del sitio") != std::string_view::npos ||
                       folded.find("con propositos de archivo") != std::string_view::npos)) {
    return true;
  }
  // "Portal oficial del Gobierno de Puerto Rico" / "Un sitio web oficial .pr.gov pertenece a…" /
  // "Los sitios web seguros .pr.gov usan HTTPS…": a government site's banner.
  if (banner_sized && (folded.starts_with("portal oficial del gobierno") ||
                       folded.find("sitio web oficial") != std::string_view::npos ||
                       folded.find("sitios web seguros") != std::string_view::npos)) {
    return true;
  }
  // "🎧 Escúchenos en audio real": a radio's player.
  if (folded.size() <= kMaxBannerBytes / 4 && folded.find("escuchenos") != std::string_view::npos) {
    return true;
  }
  return folded.ends_with("clic aqui") || folded.ends_with("click aqui") ||
         folded.ends_with("clic aqui.") || folded.find("| press release |") != std::string::npos ||
         folded.find("distributed by public on") != std::string::npos;
}

// A page's sharing buttons on one line: "Compartir ! tweet", "Comparte en Facebook Twitter
// WhatsApp". Folded.
bool is_share_buttons(std::string_view folded) {
  constexpr std::size_t kMaxButtonsBytes = 80;
  if (folded.size() > kMaxButtonsBytes || (folded.find("compart") == std::string_view::npos &&
                                           folded.find("share") == std::string_view::npos)) {
    return false;
  }
  for (const std::string_view network :
       {"tweet", "twitter", "facebook", "whatsapp", "telegram", "linkedin", "pinterest"}) {
    if (folded.find(network) != std::string_view::npos) return true;
  }
  return false;
}

// A blog's line of categories and tags, whatever it goes on with: "Categorías: Notas de prensa
// — Etiquetas: , — Servicio de Comunicación — 30 noviembre 2018 16:14". Folded.
bool is_category_line(std::string_view folded) {
  return folded.starts_with("categorias:") || folded.starts_with("categoria:") ||
         folded.starts_with("category:") || folded.starts_with("categories:");
}

// A menu of links above the page's text: "Inicio  http://twitter.com/leecolima
// http://www.facebook.com/pages/leecolimacommx/  | Pad Noticias".
bool is_link_menu(std::string_view text) {
  constexpr std::size_t kMaxMenuBytes = 200;
  if (text.size() > kMaxMenuBytes || text.find(". ") != std::string_view::npos) return false;
  std::size_t links = 0;
  for (std::size_t at = text.find("http"); at != std::string_view::npos;
       at = text.find("http", at + 4)) {
    if (text.compare(at, 7, "http://") == 0 || text.compare(at, 8, "https://") == 0) ++links;
  }
  return links >= 2;
}

// A page's reading time or its word count: "1 Min. de lectura", "Tiempo de lectura: 27
// minutos", "323 palabras". Folded.
bool is_reading_time(std::string_view folded) {
  static const std::regex kReadingTime(
      R"(^(?:tiempo de lectura:?\s*\d+\s*min(?:utos?|\.)?|\d+\s*min(?:utos?|\.)?\s+de lectura\.?)$)",
      std::regex::optimize);
  static const std::regex kWordCount(R"(^\d+ palabras$)", std::regex::optimize);
  constexpr std::size_t kMaxReadingTimeBytes = 40;
  if (folded.size() > kMaxReadingTimeBytes) return false;
  if (folded.ends_with(" palabras")) {
    return std::regex_match(folded.begin(), folded.end(), kWordCount);
  }
  return folded.find("lectura") != std::string_view::npos &&
         std::regex_match(folded.begin(), folded.end(), kReadingTime);
}

// A news site's byline: "Redacción Web/La Voz de MIchoacán.", "Redacción Círculo Rojo": the
// word and the desk's or the outlet's capitalised name, a few words ("Redacción de la ley…"
// goes on in lower case).
bool is_newsroom_byline(std::string_view text) {
  constexpr std::size_t kMaxBylineWords = 6;
  text = trim_spaces(text);
  for (const std::string_view word :
       {std::string_view("Redacción"), std::string_view("REDACCIÓN")}) {
    if (!text.starts_with(word) || text.size() <= word.size() + 1) continue;
    const std::string_view rest = trim_spaces(text.substr(word.size()));
    const bool slash = rest.starts_with('/');
    const UChar32 next = first_code_point(slash ? trim_spaces(rest.substr(1)) : rest);
    return (slash || text[word.size()] == ' ') && next > 0 && u_isupper(next) &&
           words_of(text).size() <= kMaxBylineWords;
  }
  return false;
}

// Whether every word of `text` is capitalised but for the little words of names: "Ministerio de
// Educación Nacional", "Gobierno de Chile".
bool is_written_as_name(std::string_view text) {
  static constexpr std::string_view kLittleWords[] = {"de", "del", "la", "las", "los",
                                                      "el", "y",   "e",  "a"};
  const std::vector<std::string_view> words = words_of(text);
  return !words.empty() && std::all_of(words.begin(), words.end(), [](std::string_view word) {
    const UChar32 first = first_code_point(word);
    return first <= 0 || !u_islower(first) ||
           std::find(std::begin(kLittleWords), std::end(kLittleWords), word) !=
               std::end(kLittleWords);
  });
}

// An image's alternative text where the page lost the image: "Logo Ministerio de Educación
// Nacional", "Escudo de la República de Colombia", a name after the word ("Logo del IMSS
// cumple 80 años" is a title).
bool is_logo_alt_text(std::string_view text) {
  constexpr std::size_t kMaxLogoBytes = 160;
  text = trim_spaces(text);
  if (text.size() > kMaxLogoBytes) return false;
  for (const std::string_view image : {"Logo ", "LOGO ", "Escudo "}) {
    if (text.starts_with(image)) return is_written_as_name(text.substr(image.size()));
  }
  return false;
}

// A page's own title, the office's name and its government's: "Superintendencia de Pensiones -
// Gobierno de Chile", two names and no headline's verb.
bool is_site_title(std::string_view text) {
  constexpr std::size_t kMaxSiteTitleBytes = 120;
  text = trim_spaces(text);
  if (text.size() > kMaxSiteTitleBytes) return false;
  for (const std::string_view separator : {std::string_view(" - "), std::string_view(" | ")}) {
    const std::size_t at = text.find(separator);
    if (at == std::string_view::npos) continue;
    const std::string_view rest = text.substr(at + separator.size());
    return rest.find(separator) == std::string_view::npos &&
           is_written_as_name(text.substr(0, at)) && is_written_as_name(rest) &&
           Analyzer::fold(rest).starts_with("gobierno");
  }
  return false;
}

// A logo's name spelt in letters parted by spaces: "T R A J Í N". Four letters at least.
bool is_spaced_letters(std::string_view text) {
  constexpr std::size_t kMinLetters = 4;
  constexpr std::size_t kMaxLogoBytes = 60;
  if (text.size() > kMaxLogoBytes) return false;
  // Every short line is asked: a space after its first letter first, cheaply.
  int32_t first = 0;
  first_code_point(text, &first);
  if (first <= 0 || static_cast<std::size_t>(first) >= text.size() ||
      text[static_cast<std::size_t>(first)] != ' ') {
    return false;
  }
  const std::vector<std::string_view> words = words_of(text);
  return words.size() >= kMinLetters &&
         std::all_of(words.begin(), words.end(), [](std::string_view word) {
           int32_t length = 0;
           const UChar32 c = first_code_point(word, &length);
           return static_cast<std::size_t>(length) == word.size() && u_isalpha(c);
         });
}

// A newspaper's masthead that a copy of its page kept as a line: "El Siglo de Durango", "La
// Jornada Maya", "El Sol de Irapuato", "La voz de Zihuatanejo"; the names Mexican dailies
// share, and a town or region; or a logo's name in spaced letters.
bool is_masthead(std::string_view text) {
  constexpr std::size_t kMaxMastheadBytes = 40;
  text = trim_spaces(text);
  if (is_spaced_letters(text)) return true;
  if (text.size() > kMaxMastheadBytes || !(text.starts_with("El ") || text.starts_with("La "))) {
    return false;
  }
  static const std::regex kMasthead(
      "^(?:El|La) (?:Siglo|Sol|Jornada|Heraldo|Diario|Universal|Informador|Economista|Financiero|"
      "Occidental|Imparcial|Dictamen|Porvenir|Tribuna|Crónica|Voz|voz|Prensa|Razón|Región)"
      "(?: (?:de )?[A-ZÁÉÍÓÚ][a-záéíóúñ]+){0,2}$",
      std::regex::optimize);
  return std::regex_match(text.begin(), text.end(), kMasthead);
}

// A link to another story inside this one, its label and the story's title on one line: "Te
// recomendamos Senadora Sylvana Beltrones pide agilizar…"; or the links to a gallery's pictures,
// "foto1", "foto 3". Folded.
bool is_inline_teaser(std::string_view folded) {
  constexpr std::size_t kMaxTeaserBytes = 300;
  static const std::regex kPictureLink(R"(^fotos? ?\d{1,2}$)", std::regex::optimize);
  if (folded.starts_with("foto") && folded.size() <= kMaxNumberLineBytes) {
    return std::regex_match(folded.begin(), folded.end(), kPictureLink);
  }
  return folded.size() <= kMaxTeaserBytes &&
         (folded.starts_with("te recomendamos ") || folded.starts_with("te podria interesar ") ||
          folded.starts_with("lee tambien ") || folded.starts_with("lee tambien: "));
}

// "Por Gregorio Almazán Hernández, REPORTERO": a byline, the name and the writer's job after a
// comma; folded.
bool is_reporters_byline(std::string_view folded) {
  constexpr std::size_t kMaxBylineBytes = 80;
  if (!folded.starts_with("por ") || folded.size() > kMaxBylineBytes) return false;
  const std::size_t comma = folded.rfind(", ");
  if (comma == std::string_view::npos) return false;
  static constexpr std::string_view kJobs[] = {"reportero", "reportera", "corresponsal",
                                               "enviado",   "enviada",   "redactor",
                                               "redactora", "editor",    "editora"};
  const std::string_view job = trim_spaces(folded.substr(comma + 2));
  return std::find(std::begin(kJobs), std::end(kJobs), job) != std::end(kJobs);
}

bool is_boilerplate(std::string_view text) {
  constexpr std::size_t kMaxAcronymBytes = 8;
  if (is_newsroom_byline(text) || is_logo_alt_text(text) || is_masthead(text) ||
      is_site_title(text)) {
    return true;
  }
  if (is_lone_agency_tag(text) || is_image_file_name(text) || is_link_menu(text)) return true;
  const std::string folded = Analyzer::fold(without_marks(text));
  if (is_photo_caption(folded) || is_site_notice(folded) || is_share_buttons(folded) ||
      is_inline_teaser(folded) || is_reporters_byline(folded)) {
    return true;
  }
  if (is_yearless_date(folded)) return true;
  if (is_weather(folded) || is_foreign_date(text, folded) || is_labelled_clock(folded)) return true;
  if (is_skip_link_or_placeholder(folded) || is_page_counter(folded) || is_reading_time(folded) ||
      is_document_viewer_stamp(folded)) {
    return true;
  }
  // Every line is asked: the hour's colon first, cheaply.
  const bool may_end_in_hour =
      folded.size() <= kMaxNumberLineBytes && folded.find(':') != std::string::npos;
  for (std::string_view known : kBoilerplate) {
    if (folded == known) return true;
    // "Sala de Prensa Comunicación Social": two of them on one line.
    if (folded.size() > known.size() && folded.starts_with(known) && folded[known.size()] == ' ' &&
        std::find(kBoilerplate.begin(), kBoilerplate.end(),
                  std::string_view(folded).substr(known.size() + 1)) != kBoilerplate.end()) {
      return true;
    }
    // "Boletín 20:00 horas": the label and the hour of the day's issue.
    if (may_end_in_hour && folded.size() > known.size() && folded.starts_with(known) &&
        folded[known.size()] == ' ' && is_time(std::string_view(folded).substr(known.size() + 1))) {
      return true;
    }
    // "BOLETÍN DE PRENSA SADER.": the label and the office's acronym in capitals, one word.
    if (folded.size() > known.size() + 1 && folded.size() <= known.size() + 2 + kMaxAcronymBytes &&
        folded.starts_with(known) && folded[known.size()] == ' ') {
      std::string_view office = std::string_view(folded).substr(known.size() + 1);
      if (office.ends_with('.')) office.remove_suffix(1);
      std::string_view acronym = last_word(trim_spaces(text));
      if (acronym.ends_with('.')) acronym.remove_suffix(1);
      if (office.find(' ') == std::string_view::npos && office.size() == acronym.size() &&
          acronym.size() >= 2 && acronym.size() <= kMaxAcronymBytes &&
          std::all_of(acronym.begin(), acronym.end(),
                      [](char c) { return c >= 'A' && c <= 'Z'; })) {
        return true;
      }
    }
  }
  for (std::string_view known : kPageFurniture) {
    if (folded == known) return true;
  }
  for (std::string_view label : kPageLabels) {
    if (folded.starts_with(label) && folded.size() <= kMaxNumberLineBytes) return true;
  }
  if (is_category_line(folded)) return true;
  return is_year_motto(folded) || is_time(text);  // "19:00 h." under the dateline
}

bool is_article_end(std::string_view text) {
  const std::string folded = Analyzer::fold(trim_spaces(text));
  return std::find(kArticleEnds.begin(), kArticleEnds.end(), folded) != kArticleEnds.end();
}

void collect_urls(std::string_view text, std::vector<std::string>& links) {
  for (std::size_t at = text.find("http"); at != std::string_view::npos;
       at = text.find("http", at + 1)) {
    if (text.compare(at, 7, "http://") != 0 && text.compare(at, 8, "https://") != 0) continue;
    std::size_t end = at;
    while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != ')') ++end;
    std::string url(text.substr(at, end - at));
    while (!url.empty() && (url.back() == '.' || url.back() == ',' || url.back() == ';')) {
      url.pop_back();
    }
    links.push_back(std::move(url));
    at = end;
  }
}

// Whether `text` ends a sentence with a period: not an ellipsis, nor the period of an
// abbreviation with periods inside ("…un túnel en Tijuana, B.C.").
bool ends_with_period(std::string_view text) {
  text = trim_spaces(text);
  if (!text.ends_with(".") || text.ends_with("...")) return false;
  const std::string_view last_word = text.substr(text.find_last_of(' ') + 1);  // npos + 1 == 0
  const bool abbreviation = last_word.size() <= 6 && last_word.find('.') < last_word.size() - 1 &&
                            last_word[0] >= 'A' && last_word[0] <= 'Z' &&
                            last_word.find_first_of("0123456789") == std::string_view::npos;
  return !abbreviation;
}

// The label a press kit prints above a link: what the link holds ("Video, Secretario General
// del Gobierno de Guadalajara, Manuel Romo", "Fotos:") or a line that points to it ("Las
// imágenes pueden consultarse en el siguiente link:"). Never a sentence with its period.
bool is_link_label(std::string_view text) {
  constexpr std::size_t kMaxLabelBytes = 160;
  text = trim_spaces(text);
  if (text.empty() || text.size() > kMaxLabelBytes || ends_with_period(text)) return false;
  if (text.ends_with(':')) return true;
  static constexpr std::string_view kMedia[] = {"video",   "videos",    "audio",       "audios",
                                                "foto",    "fotos",     "fotografias", "imagenes",
                                                "galeria", "descargas", "descarga"};
  std::string first = Analyzer::fold(text.substr(0, text.find_first_of(" ,:")));
  return std::find(std::begin(kMedia), std::end(kMedia), first) != std::end(kMedia);
}

// Whether every word of `text` starts with a capital or a digit ("LXIV Legislatura", "Central
// Electoral", "TERCER INFORME DE GOBIERNO"), as labels and letterhead lines are written and
// titles are not ("Reabre el Museo…").
bool every_word_capitalised(std::string_view text) {
  const std::vector<std::string_view> words = words_of(text);
  return std::none_of(words.begin(), words.end(), [](std::string_view word) {
    const UChar32 first = first_code_point(word);
    return first > 0 && u_islower(first);
  });
}

bool has_ascii_lowercase(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Whether `text` has letters and all of them are capitals.
bool in_capitals(std::string_view text) {
  bool letters = false;
  for (const char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    letters = letters || (c >= 'A' && c <= 'Z');
  }
  return letters;
}

// A page's date with its weekday, whatever a careless copy glued to it ("jueves, 16 mayo, 2024
// spot_img"), on a line of its own.
bool opens_with_page_date(std::string_view text) {
  if (text.size() > kMaxHeaderLineBytes) return false;
  const auto dates = find_dates(text);
  return !dates.empty() && dates.front().begin == 0 && dates.front().has_weekday;
}

// The text after a theme's "Publicado el" that lost its date ("Publicado el Foto: Internet"),
// perhaps empty; nothing when the line is no such label or its date is there.
std::optional<std::string_view> after_dateless_label(std::string_view text) {
  text = trim_spaces(text);
  for (const std::string_view label : {"Publicado el", "Publicada el"}) {
    if (!text.starts_with(label) || (text.size() > label.size() && text[label.size()] != ' ')) {
      continue;
    }
    const std::string_view rest = trim_spaces(text.substr(label.size()));
    const std::vector<DateMention> dates = find_dates(rest);
    if (!dates.empty() && dates.front().begin == 0) return std::nullopt;
    return rest;
  }
  return std::nullopt;
}

// The text after a page's label of the kind of text that lost the space after it ("Nota de
// prensaSe impulsa la construcción…"); nothing when the line opens with no such label.
std::optional<std::string_view> after_glued_kind_label(std::string_view text) {
  text = trim_spaces(text);
  for (const std::string_view label :
       {"Nota de prensa", "Comunicado de prensa", "Boletín de prensa", "Comunicado", "Boletín"}) {
    if (text.size() <= label.size() || !text.starts_with(label)) continue;
    const std::string_view rest = text.substr(label.size());
    if (u_isupper(first_code_point(rest))) return rest;
  }
  return std::nullopt;
}

// A news theme's breadcrumb whose links lost their spaces: "InicioJaliscoLa SICT inició el
// Programa…", "InicioSección PoliticaEstatalAlista IMSS…".
bool is_glued_breadcrumb(std::string_view text) {
  constexpr std::string_view kHome = "Inicio";
  text = trim_spaces(text);
  if (!text.starts_with(kHome) || text.size() == kHome.size()) return false;
  const UChar32 next = first_code_point(text.substr(kHome.size()));
  return next > 0 && u_isupper(next);
}

// A letterhead's or a footer's contact lines: a telephone or a postal code with its digits
// ("Puebla, Pue. CP 72000", "Teléfono 222 372 11 00", "Tels. (55) 5128…", "Telf: +34 968…"),
// as no headline prints them.
bool has_contact_details(std::string_view text) {
  // Digits and one of the labels' first letters, cheaply, before the expression.
  if (text.find_first_of("0123456789") == std::string_view::npos ||
      text.find_first_of("TtCc") == std::string_view::npos) {
    return false;
  }
  static const std::regex kContact(
      // "tel", "tels", "telf", "telefono", "telefonos": one branch, as each costs a pass.
      R"((?:^|[^a-z])(?:tel[a-z]*|conmutador|c\.\s?p|cp)\.?:?\s*[(+]?\d{2,})",
      std::regex::optimize);
  return std::regex_search(Analyzer::fold(text), kContact);
}

bool is_title_candidate(const Block& block) {
  if (block.kind == BlockKind::kBullet) return false;
  const std::string_view text = trim_spaces(block.text);
  if (text.size() < kMinTitleBytes || text.size() > kMaxTitleBytes) return false;
  if (has_contact_details(text)) return false;
  // A site's banner with its update stamp: "Dr. Nombre, Alcalde… | Última actualización del
  // sitio: Noviembre 27 de 2024, 10:03 am".
  const std::string folded = Analyzer::fold(text);
  if (folded.find("ultima actualizacion") != std::string::npos) return false;
  if (text.ends_with(':')) return false;  // a label: "Atajo de Navegación:"
  // A section's label and the post's byline: "NACIONALES Por: Infopaís22/04/2025".
  if (folded.starts_with("por: ") || folded.find(" por: ") != std::string::npos ||
      is_reporters_byline(folded)) {
    return false;
  }
  // A photo's caption with its outlet's credit after its last sentence: "…símbolo de
  // esperanza y alivio. (El Universal)".
  if (const std::size_t credit = text.rfind(". (");
      credit != std::string_view::npos && text.ends_with(')') &&
      is_written_as_name(text.substr(credit + 3, text.size() - credit - 4))) {
    return false;
  }
  // A menu's links: "Inicio  http://twitter.com/leecolima  http://www.facebook.com/…".
  if (text.find("http://") != std::string_view::npos ||
      text.find("https://") != std::string_view::npos) {
    return false;
  }
  // A listing's teaser of the story, cut short: "El Rector General… realizará hasta 30...",
  // "…y el intendente […]".
  if (text.ends_with("...") || text.ends_with("\u2026") || text.ends_with("[\u2026]") ||
      text.ends_with("[...]") || text.ends_with("(\u2026)")) {
    return false;
  }
  // A story's lead that lost its period: long, and its clauses strung with commas ("Con las
  // características…, la Feria Tamaulipas 2008 fue inaugurada…, en un hecho que…"). Long
  // titles, as courts write them, string few.
  if (text.size() > kMaxCommaStrungTitleBytes &&
      std::count(text.begin(), text.end(), ',') >= kLeadCommas) {
    return false;
  }
  // One word is a letterhead's or a menu's ("Comunicación" / "Social"), never a headline; nor
  // does a headline open in lower case, as a page's tags do ("teatro del pueblo").
  if (text.find(' ') == std::string_view::npos) return false;
  if (u_islower(first_code_point(text))) return false;
  if (opens_with_page_date(text)) return false;
  // A line in capitals is a heading even with a period ("PUESTOS DE TRABAJO AFILIADOS AL
  // INSTITUTO MEXICANO DEL SEGURO SOCIAL."), and so is one in title case, every word
  // capitalised as no sentence is ("Hidalgo Impulsa Apoyos Sociales Para Grupos Vulnerables.").
  constexpr std::size_t kMinTitleCaseWords = 6;
  return block.kind == BlockKind::kHeading || !ends_with_period(text) || in_capitals(text) ||
         (every_word_capitalised(text) && has_ascii_lowercase(text) &&
          words_of(text).size() >= kMinTitleCaseWords);
}

// Words that open the name of an office, as letterheads print it above the title ("H." for
// "Honorable": "H. CONGRESO DEL ESTADO"), or of a site's section of its releases
// ("Boletines informativos de la Universidad de Colima", "NOTICIAS DEL AYUNTAMIENTO DE LORCA").
constexpr std::array<std::string_view, 35> kOfficeWords = {
    "h.",         "comunicados",   "boletines",    "noticias",    "benemerita", "gobierno",
    "secretaria", "subsecretaria", "comision",     "consejo",     "instituto",  "senado",
    "camara",     "coordinacion",  "direccion",    "gerencia",    "unidad",     "universidad",
    "banco",      "petroleos",     "procuraduria", "fiscalia",    "tribunal",   "suprema",
    "poder",      "honorable",     "ayuntamiento", "presidencia", "oficina",    "agencia",
    "organismo",  "sistema",       "congreso",     "delegacion",  "servicio"};

// Whether an office's name at the start of `text` goes on with a verb, as a headline's does
// ("Secretaría de Salud llama a vacunarse", "Gobierno de Sonora entrega apoyos", "Instituto
// Electoral aprobó lineamientos"): the first word in lower case past the name's capitalised
// words and connectors ends as a verb in the third person does, and more words follow it. Not
// an area's noun or adjective in lower case ("Dirección de comunicación social", "Secretaría
// de Educación pública", "Coordinación de prensa").
bool goes_on_with_a_verb(std::string_view text) {
  // "a": "Instituto de Transparencia, Acceso a la Información Pública…".
  static constexpr std::string_view kConnectors[] = {"de", "del", "la",   "las", "los", "y",
                                                     "e",  "el",  "para", "en",  "a"};
  static constexpr std::string_view kAreaWords[] = {
      "prensa",     "cultura",       "vivienda",    "economia",   "energia",     "justicia",
      "defensa",    "hacienda",      "ciencia",     "tecnologia", "publica",     "politica",
      "vigilancia", "transparencia", "agricultura", "enlace",     "estadistica", "informatica",
      "juridica",   "tecnica",       "academica",   "nacional",   "general",     "estatal",
      "municipal",  "federal"};
  const std::vector<std::string_view> words = words_of(text);
  for (std::size_t i = 1; i + 1 < words.size(); ++i) {
    const std::string_view word = words[i];
    if (std::find(std::begin(kConnectors), std::end(kConnectors), word) != std::end(kConnectors)) {
      continue;
    }
    const UChar32 initial = first_code_point(word);
    if (initial < 0 || !u_islower(initial)) continue;
    const std::string folded = Analyzer::fold(word);
    if (std::find(std::begin(kAreaWords), std::end(kAreaWords), folded) != std::end(kAreaWords) ||
        word.ends_with("ón")) {
      return false;
    }
    return folded.ends_with('a') || folded.ends_with('e') || folded.ends_with("an") ||
           folded.ends_with("en") || word.ends_with("ó") || word.ends_with("á");
  }
  return false;
}

// A letterhead line: an office's name ("Comisión Federal de Electricidad", "GOBIERNO DEL
// ESTADO DE NUEVO LEÓN", "Coordinación de Comunicación Social"), not a sentence.
bool is_letterhead(const Block& block) {
  const std::string_view text = trim_spaces(block.text);
  if (block.kind == BlockKind::kBullet || text.size() > kMaxTitleBytes || ends_with_period(text)) {
    return false;
  }
  // "Poder Judicial suspende labores: Rutilio Escandón": a headline that gives who said it,
  // a name of a few words, after a colon; no office's name does ("Instituto Nacional Electoral
  // INE Comunicado: Aprueba INE…" is a letterhead and its label before the title).
  constexpr std::size_t kMaxSpeakerWords = 4;
  if (const std::size_t colon = text.find(": "); colon != std::string_view::npos) {
    const std::string_view speaker = text.substr(colon + 2);
    if (!speaker.empty() && words_of(speaker).size() <= kMaxSpeakerWords &&
        is_written_as_name(speaker) && !is_written_as_name(text.substr(0, colon))) {
      return false;
    }
  }
  const std::string first = Analyzer::fold(text.substr(0, text.find(' ')));
  // "H. CONGRESO DEL ESTADO", not a title that opens "H. Congreso aprueba…".
  if (first == "h.") return every_word_capitalised(text);
  return std::find(kOfficeWords.begin(), kOfficeWords.end(), first) != kOfficeWords.end() &&
         !goes_on_with_a_verb(text);
}

// A letterhead that is an office's name and nothing else ("Senado de la República",
// "Secretaría de Salud"): a few words in mixed case, each capitalised but the connectors, and
// one of these at least. Headlines that open with an office's name go on with a verb
// ("Secretaría de Salud informa…"), or are in capitals or in Title Case at some length
// ("SECRETARÍA DE SALUD INICIA CAMPAÑA…", "Universidad Autónoma de Nuevo León Gana Premio
// Nacional").
bool is_office_name(const Block& block) {
  static constexpr std::string_view kConnectors[] = {"de", "del", "la",   "las", "los",
                                                     "y",  "e",   "para", "en"};
  constexpr std::size_t kMaxOfficeNameWords = 6;
  if (!is_letterhead(block)) return false;
  std::string_view text = trim_spaces(block.text);
  if (in_capitals(text)) return false;
  // "Secretaría de Salud del Estado de Guanajuato": the state's name adds no headline's words.
  if (const std::size_t state = text.find(" del Estado"); state != std::string_view::npos) {
    text = text.substr(0, state);
  }
  const std::vector<std::string_view> words = words_of(text);
  if (words.size() > kMaxOfficeNameWords) return false;
  bool connector = false;
  for (const std::string_view word : words) {
    if (std::find(std::begin(kConnectors), std::end(kConnectors), word) != std::end(kConnectors)) {
      connector = true;
      continue;
    }
    const UChar32 first = first_code_point(word);
    if (first < 0 || u_islower(first)) return false;
  }
  return connector;
}

// A paragraph that reads like a highlight whose bullet glyph was lost: one or two short
// sentences.
bool is_bare_highlight(const Block& block) {
  return block.kind == BlockKind::kParagraph && block.text.size() <= kMaxTitleBytes &&
         ends_with_period(block.text);
}

// The number some offices print before a bulletin's title ("165. Con capacitación…",
// "Comunicado 142. Aplica…") or its story ("Comunicado N.° 2606.- La directora…"), taken off
// the text; nothing when it has none. A year ("2021. Año de…") is not a number, and the text
// left must still read as a title.
std::optional<std::string> take_leading_number(std::string& title) {
  static const std::regex kLeadingNumber(
      R"(^\s*(?:(?:comunicado|bolet(?:í|Í|i)n)(?:\s+de\s+prensa)?\s+(?:(?:no|n\.?\s*°|n(?:ú|Ú|u)m)\.?\s*)?)?)"
      R"((\d{1,4})\.-?\s+)",
      std::regex::icase | std::regex::optimize);
  // "Nota N°. 10755 Emite la Mesa Directiva…", "Nota N°. 8621 | Espera…": a label with its
  // "No." runs on into the title without a period, or with a bar.
  static const std::regex kLabelledNumber(
      R"(^\s*(?:comunicado|bolet(?:í|Í|i)n|nota)(?:\s+de\s+prensa)?\s+)"
      R"((?:no|n\.?\s*°|n(?:ú|Ú|u)m)\.?\s*(\d{1,6})\s+(?:\|\s+)?(?=[A-ZÁÉÍÓÚÑ]))",
      std::regex::icase | std::regex::optimize);
  // "111271 Arranca Gobernador…": a serial of five digits or six alone before a title (no
  // final period: not a story's count), the line under "COMUNICADO DE PRENSA" it joined.
  static const std::regex kSerial(R"(^\s*(\d{5,6})\s+(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ]))",
                                  std::regex::optimize);
  // "IFAI/021/10 EL ACCESO A LA INFORMACIÓN…": an office's code, the number and its year, as
  // a PDF's header flattened to one line puts them before the title.
  static const std::regex kCodedNumber(
      R"(^\s*([A-Z]{2,10}[/-]\d{1,5}[/-](?:19|20)?\d\d)\s+(?=[A-ZÁÉÍÓÚÑ¿¡“"]))",
      std::regex::optimize);
  std::smatch match;
  bool labelled = false;  // "No." before the number: "Boletín N°. 1937 Elige…" is no year
  if (!std::regex_search(title, match, kLeadingNumber) &&
      !(labelled = std::regex_search(title, match, kLabelledNumber)) &&
      !std::regex_search(title, match, kCodedNumber) &&
      (ends_with_period(title) || !std::regex_search(title, match, kSerial))) {
    return std::nullopt;
  }
  const std::string number = match[1].str();
  const bool year =
      !labelled && number.size() == 4 && (number.starts_with("19") || number.starts_with("20"));
  const std::size_t rest = static_cast<std::size_t>(match.length(0));
  if (year || title.size() - rest < 12) return std::nullopt;
  title.erase(0, rest);
  return number;
}

// An office's code in a number as printed, from its folded form: folding kept the "ñ" of
// "CAMPAÑA" and dropped nothing else a code holds.
std::string office_code(std::string_view folded) {
  std::string code = ascii_upper(folded);
  for (std::size_t at = code.find("ñ"); at != std::string::npos; at = code.find("ñ", at)) {
    code.replace(at, std::string_view("ñ").size(), "Ñ");
  }
  return code;
}

}  // namespace

std::optional<std::string> find_bulletin_number(std::string_view line) {
  // Folded pieces: the word before a number ("boletín", "comunicado", "tarjeta informativa",
  // Morelos's "fotonota", "boletín informativo", Peru's "nota de prensa", Argentina's "reporte
  // diario"), with an office's acronym ("boletin unam-dgcs"), and the abbreviations of "número"
  // ("no.", "n.°", "núm.", "n.º", which folds to "n.o", South America's "nro.").
  static const std::string kWord =
      R"((?:boletin|comunicado|fotonota|reporte\s+diario|(?:tarjeta|nota)\s+informativa|)"
      R"(nota(?=\s+de\s+prensa)))"
      R"((?:\s+informativ[oa])?)"
      R"((?:\s+de\s+prensa)?)"
      R"((?:\s+((?:[a-z]|ñ){2,8}(?:-(?:[a-z]|ñ){1,8})*))??)";
  // "Comunicado No.: 3483": a colon may follow.
  static const std::string kNo = R"((?:(?:no|n\s*\.?\s*°|n\.o|nro|num|numero)\.?:?))";
  // "No. 641/2020", "Boletín núm. 26/2014", "Comunicado de prensa 012/2022", "Boletín SEP No.
  // 123/21", "Comunicado No. 0512-23", "INAI/005/24", "COFECE-001-2020", "Boletín
  // BUAP-C-087/2020".
  // Also "Boletín 1133a/10" (a letter after the number), Ecuador's "Boletín de prensa FGE No.
  // 195-DC-2017" (the office's code between number and year), "Comunicado de Prensa No. 365 de
  // 2012" (the year after "de", in full), as Colombian offices write it, and "Comunicado de
  // Prensa (1127/2020)", the number between parentheses.
  static const std::regex kWithYear(
      "(?:^|[^a-z])(?:" + kWord + R"((\s*-?\s*))" + kNo + R"(?(?:\s*\()?|)" + kNo +
          R"(|([a-z]{2,10}[/-])))" +
          R"(\s*(\d{1,5}[a-z]?)\s*([/-]|-[a-z]{1,4}-|\s+de\s+(?=(?:19|20)\d\d))\s*((?:19|20)?\d\d)(?:[^0-9]|$))",
      std::regex::optimize);
  // "Comunicado 142", "BOLETÍN No. 045", "Boletín-1035", "Boletín UNAM-DGCS-536", "No. 12",
  // "Número: 372", "CGCS-089" (an office's code and three digits): without a year, only as a
  // line of its own.
  // A bare "no" must be "no." there: "No 12" may be Spanish "no".
  static const std::regex kAlone(
      "^\\s*(?:" + kWord + R"((\s*-?\s*))" + kNo +
          R"(?|no\.|n\s*\.?\s*°|nro\.?|num\.|numero:?)\s*-?\s*(\d{1,5}))" + R"(\s*\.?\s*$)",
      std::regex::optimize);
  // The office's acronym is part of the number when a hyphen alone joins them
  // ("UNAM-DGCS-536", "CAMPAÑA-030"), not when "No." stands between ("Boletín SEP No. 123").
  const auto glued_acronym = [](const std::smatch& match, int acronym, int joint) {
    const bool glued = match[acronym].matched && trim_spaces(match[joint].str()) == "-" &&
                       match[joint].length() == 1;
    return glued ? office_code(match[acronym].str()) + "-" : std::string();
  };
  const std::string folded = Analyzer::fold(line);
  std::smatch match;
  if (std::regex_search(folded, match, kWithYear)) {
    // "COFECE-001-2020", not "COVID-19/2021": an office's code numbers in three digits or more.
    if (match[3].matched && match[4].length() < 3) return std::nullopt;
    std::string office =
        match[3].matched ? office_code(match[3].str()) : glued_acronym(match, 1, 2);
    // "Comunicado AA 242/2025": the office's code in capitals and a space, nothing between it
    // and the number, is the number's as the office prints it.
    if (office.empty() && match[1].matched) {
      const std::size_t code_end = static_cast<std::size_t>(match.position(1) + match.length(1));
      const std::string_view between = std::string_view(folded).substr(
          code_end, static_cast<std::size_t>(match.position(4)) - code_end);
      const std::string code = office_code(match[1].str());
      if (!between.empty() && trim_spaces(between).empty() &&
          line.find(code + " " + match[4].str()) != std::string_view::npos) {
        office = code + " ";
      }
    }
    // "195-DC-2017": the office's code between the number and the year, printed in capitals.
    const std::string joint =
        trim_spaces(match[5].str()) == "de" ? " de " : office_code(match[5].str());
    if (joint.size() > 1 && joint.front() == '-' && line.find(joint) == std::string_view::npos) {
      return std::nullopt;
    }
    return office + match[4].str() + joint + match[6].str();
  }
  if (std::regex_search(folded, match, kAlone)) return glued_acronym(match, 1, 2) + match[3].str();
  // "029-2016", ". 061/2015" after a dateline: a number and its year, with no label, on a line
  // of its own; three digits or a zero before it, so that no month ("10/2015") nor range of
  // years ("2015-2018") reads as one.
  static const std::regex kBareWithYear(
      R"(^[\s.,;:]*((?:\d{3}|0\d{3}))\s*([/-])\s*((?:19|20)\d\d)\s*\.?\s*$)", std::regex::optimize);
  if (std::regex_search(folded, match, kBareWithYear)) {
    return match[1].str() + match[2].str() + match[3].str();
  }
  static const std::regex kCodeAlone(R"(^\s*((?:[a-z]|ñ){2,8})-(\d{3,5})\s*\.?\s*$)",
                                     std::regex::optimize);
  if (std::regex_search(folded, match, kCodeAlone)) {
    return office_code(match[1].str()) + "-" + match[2].str();
  }
  // "DCS  56/2011": an office's code, a space and the number with its year, on a line of its
  // own.
  static const std::regex kSpacedCodeAlone(
      R"(^\s*((?:[a-z]|ñ){2,8})\s+(\d{1,5}/(?:19|20)?\d\d)\s*\.?\s*$)", std::regex::optimize);
  if (std::regex_search(folded, match, kSpacedCodeAlone)) {
    // The code in capitals as offices print it: "las 56/2011" is no code.
    const std::string_view code = trim_spaces(line).substr(0, match.length(1));
    if (std::none_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      return office_code(match[1].str()) + " " + match[2].str();
    }
  }
  // "SOP/COM2017/243": an office's code in parts parted by slashes, the number last, on a line
  // of its own.
  static const std::regex kSlashedCodeAlone(
      R"(^\s*((?:[a-z]|ñ){2,8}(?:/(?:[a-z]|ñ){2,8}(?:\d{2}|\d{4})?)+)/(\d{1,5})\s*\.?\s*$)",
      std::regex::optimize);
  if (std::regex_search(folded, match, kSlashedCodeAlone)) {
    return office_code(match[1].str()) + "/" + match[2].str();
  }
  return std::nullopt;
}

namespace {

// "Boletín No. 123, Ciudad de México, 3 de mayo de 2021", "COMUNICADO DE PRENSA 0141 – ABRIL
// 25, 2011": a number line and a dateline in one, parted by a comma or a dash, or the date
// before the number. The dateline's story is the text that follows a page's label on the same
// line, if any.
std::optional<std::pair<std::string, Dateline>> number_then_dateline(std::string_view line) {
  // "COMUNICADO DE PRENSA NÚM. 258/17 8 DE JUNIO DE 2017 AGUASCALIENTES, AGS. PÁGINA 1/2": the
  // number, then the date before the place, and the page's label, as INEGI prints them; in a
  // PDF's text flattened to one line, the page's text after the label goes on as the story's.
  static const std::regex kPageLabel(R"(\s+p(?:á|Á|a)gina\s+\d+\s*/\s*\d+(?:\s+|$))",
                                     std::regex::icase | std::regex::optimize);
  std::match_results<std::string_view::const_iterator> label;
  const bool page_word =
      line.find("GINA ") != std::string_view::npos || line.find("gina ") != std::string_view::npos;
  if (page_word && std::regex_search(line.begin(), line.end(), label, kPageLabel)) {
    const auto label_at = static_cast<std::size_t>(label.position(0));
    const std::string_view header = line.substr(0, label_at);
    const std::vector<DateMention> dates = find_dates(header);
    if (!dates.empty() && dates.front().begin > 0 && dates.front().begin <= kMaxNumberLineBytes) {
      auto number = find_bulletin_number(header.substr(0, dates.front().begin));
      auto dateline = parse_dateline(header.substr(dates.front().begin));
      if (number && dateline && dateline->story.empty()) {
        dateline->story = trim_spaces(line.substr(label_at + label.length(0)));
        return std::pair{std::move(*number), std::move(*dateline)};
      }
    }
  }
  for (const std::string_view separator : {", ", " \u2013 ", " \u2014 ", " - "}) {
    const std::size_t at = line.find(separator);
    if (at == std::string_view::npos || at > kMaxNumberLineBytes) continue;
    auto number = find_bulletin_number(line.substr(0, at));
    if (!number) continue;
    auto dateline = parse_dateline(line.substr(at + separator.size()));
    if (!dateline || !dateline->story.empty()) continue;
    return std::pair{std::move(*number), std::move(*dateline)};
  }
  // "Jueves, 18 de Septiembre de 2008 Boletín 763/08": the date first, then the number.
  if (const std::vector<DateMention> dates =
          line.size() <= kMaxHeaderLineBytes ? find_dates(line) : std::vector<DateMention>{};
      !dates.empty() && dates.front().end < line.size()) {
    const std::string_view rest = trim_spaces(line.substr(dates.front().end));
    auto number = rest.size() <= kMaxNumberLineBytes ? find_bulletin_number(rest) : std::nullopt;
    auto dateline = number ? parse_dateline(line.substr(0, dates.front().end)) : std::nullopt;
    if (number && dateline && dateline->story.empty() &&
        rest.find(*number) != std::string_view::npos) {
      return std::pair{std::move(*number), std::move(*dateline)};
    }
  }
  // "COMUNICADO 1596 LXIV LEGISLATURA 29 DE ABRIL 2024": a congress's term between the number
  // and the date, as Tlaxcala's prints them.
  static const std::regex kTerm(R"(\s+[LXVI]{2,8}\s+LEGISLATURA\s*$)",
                                std::regex::icase | std::regex::optimize);
  if (line.find("EGISLATURA") == std::string_view::npos &&
      line.find("egislatura") == std::string_view::npos) {
    return std::nullopt;
  }
  const std::vector<DateMention> dates = find_dates(line);
  if (dates.size() == 1 && dates.front().begin > 0 && dates.front().begin <= kMaxNumberLineBytes) {
    const std::string_view before = line.substr(0, dates.front().begin);
    std::match_results<std::string_view::const_iterator> term;
    if (std::regex_search(before.begin(), before.end(), term, kTerm)) {
      auto number =
          find_bulletin_number(before.substr(0, static_cast<std::size_t>(term.position(0))));
      auto dateline = parse_dateline(line.substr(dates.front().begin));
      if (number && dateline && dateline->story.empty()) {
        return std::pair{std::move(*number), std::move(*dateline)};
      }
    }
  }
  return std::nullopt;
}

}  // namespace

bool is_header_line(std::string_view line) {
  if (is_boilerplate(line)) return true;
  if (line.size() > kMaxHeaderLineBytes) return false;
  if (const auto dateline = parse_dateline(line)) return dateline->story.empty();
  if (line.size() <= kMaxNumberLineBytes) return find_bulletin_number(line).has_value();
  // "COMUNICADO DE PRENSA NÚM. 258/17 8 DE JUNIO DE 2017 AGUASCALIENTES, AGS. PÁGINA 1/2".
  const auto numbered = number_then_dateline(line);
  return numbered && numbered->second.story.empty();
}

namespace {

// The blocks of a bulletin as the steps of read_structure() take them: a step marks what it
// took as used, and a dateline that goes on with the story leaves the story in its place.
struct BlockSheet {
  std::vector<const Block*> blocks;
  std::vector<bool> used;
  std::deque<Block> stories;  // blocks made here: stories after their datelines, split titles
  // The block of the first dateline or place lead-in, and whether it held nothing else.
  std::optional<std::size_t> dateline;
  bool dateline_alone = false;
  bool dateline_place = false;  // and whether it gave a place
  std::string crawled_month;    // "2020-02": the month a crawler stored the page under
  // Whether the place came from a news site's stamp ("Plano Informativo | 18/06/2025 | 13:59"),
  // which the story's own lead-in ("San Luis Potosí, SLP.- La Secretaría…") corrects.
  bool place_from_stamp = false;
  std::vector<const Block*> link_labels;  // the labels of a press kit's links

  // The first block at or after i that no step took.
  std::size_t next_unused(std::size_t i) const {
    while (i < blocks.size() && used[i]) ++i;
    return i;
  }

  // Block i with only `story`, the text its lead-in (a dateline, a place) went on with.
  void put_story(std::size_t i, std::string story) {
    stories.push_back(Block{blocks[i]->kind, std::move(story), blocks[i]->emphasized});
    blocks[i] = &stories.back();
  }
};

// A place on a line of its own beside a dateline: the line's block and the place it names.
struct PlaceBeside {
  std::size_t block;
  std::string place;
};

// The block just above or below the dateline at block i that is a place on a line of its own,
// if one is; not an office's name ("Secretaría de Salud" / "14 de abril de 2021"), nor an
// office's acronym alone ("CEIEG." / "Jueves, 3 de diciembre de 2020").
std::optional<PlaceBeside> place_beside(const BlockSheet& sheet, std::size_t i) {
  constexpr std::size_t kMaxAcronymLetters = 5;
  for (const std::size_t beside : {i - 1, i + 1}) {  // when i is 0, i - 1 wraps past the end
    if (beside >= sheet.blocks.size() || sheet.used[beside] ||
        is_letterhead(*sheet.blocks[beside])) {
      continue;
    }
    std::string_view word = trim_spaces(sheet.blocks[beside]->text);
    if (word.ends_with('.')) word.remove_suffix(1);
    if (word.size() <= kMaxAcronymLetters && in_capitals(word) &&
        word.find(' ') == std::string_view::npos) {
      continue;
    }
    if (auto place = parse_place_line(sheet.blocks[beside]->text)) {
      return PlaceBeside{beside, std::move(*place)};
    }
  }
  return std::nullopt;
}

// The place beside the dateline at block i, which has none, as the bulletin's.
void take_place_beside(BlockSheet& sheet, std::size_t i, BulletinStructure& structure) {
  if (!structure.place.empty()) return;
  if (auto beside = place_beside(sheet, i)) {
    structure.place = std::move(beside->place);
    sheet.used[beside->block] = true;
  }
}

// The words of `text` that fit in `bytes`, cut at a space (never inside a character).
std::string_view words_within(std::string_view text, std::size_t bytes) {
  if (text.size() <= bytes) return text;
  const std::size_t space = text.rfind(' ', bytes);
  return text.substr(0, space == std::string_view::npos ? 0 : space);
}

// Where a title in capitals that opens `text` ends, before the story's first sentence ("MINISTRO
// PARDO REBOLLEDO, PRESIDENTE DE LA PRIMERA SALA PARA EL PERIODO 2012-2014 El Pleno de la…"):
// three words in capitals at least, then a word in mixed case that starts with a capital. 0
// when `text` does not open so.
std::size_t capitals_run_end(std::string_view text) {
  std::size_t end = 0;
  std::size_t words = 0;
  std::size_t at = 0;
  while (at < text.size() && end <= kMaxTitleBytes) {
    std::size_t next = text.find(' ', at);
    if (next == std::string_view::npos) return 0;
    const std::string_view word = text.substr(at, next - at);
    if (!word.empty()) {
      if (has_ascii_lowercase(word)) {
        const bool capital = word[0] >= 'A' && word[0] <= 'Z';
        return capital && words >= 3 && end >= kMinTitleBytes ? end : 0;
      }
      if (in_capitals(word)) ++words;
      end = next;
    }
    at = next + 1;
  }
  return 0;
}

// `text` past the page's furniture that a flattened header runs into: a page label ("PÁGINA
// 1/2"), the hour ("10:30 h") and boilerplate words ("COMUNICACIÓN SOCIAL").
std::string_view past_furniture_words(std::string_view text) {
  const auto words = [](std::string_view from, std::size_t count) {  // folded, and their end
    std::string folded;
    std::size_t end = 0;
    for (std::size_t n = 0; n < count; ++n) {
      while (end < from.size() && from[end] == ' ') ++end;
      const std::size_t space = std::min(from.find(' ', end), from.size());
      if (space == end) return std::pair{std::string(), std::string_view::npos};
      folded += (n > 0 ? " " : "") + Analyzer::fold(from.substr(end, space - end));
      end = space;
    }
    return std::pair{folded, end};
  };
  for (bool more = true; more;) {
    more = false;
    // The hour of release: "…de 2016 10:30 h EN REGIONES…".
    static const std::regex kHour(R"(^\d{1,2}:\d{2}(?:\s*(?:h|hs|hrs|horas)\b\.?)?\s+)",
                                  std::regex::optimize);
    if (std::match_results<std::string_view::const_iterator> hour;
        std::regex_search(text.begin(), text.end(), hour, kHour)) {
      text = trim_spaces(text.substr(static_cast<std::size_t>(hour.length(0))));
      more = true;
      continue;
    }
    if (const auto [label, end] = words(text, 2);
        end != std::string_view::npos && label.starts_with("pagina ") &&
        std::isdigit(static_cast<unsigned char>(label[7]))) {
      text = trim_spaces(text.substr(end));
      more = true;
      continue;
    }
    // Not any boilerplate: "INSTITUTO MEXICANO DEL SEGURO SOCIAL OTORGA…" is the title.
    static constexpr std::string_view kFurniture[] = {"coordinacion de comunicacion social",
                                                      "direccion de comunicacion social",
                                                      "unidad de comunicacion social",
                                                      "comunicacion social",
                                                      "boletin de prensa",
                                                      "comunicado de prensa"};
    for (const std::string_view phrase : kFurniture) {
      const std::size_t count =
          static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
      if (const auto [folded, end] = words(text, count);
          end != std::string_view::npos && end < text.size() && folded == phrase) {
        text = trim_spaces(text.substr(end));
        more = true;
        break;
      }
    }
  }
  return text;
}

// "Comunicados Suprema Corte de Justicia de la Nación Octubre 2012 No. 211/2012 México D.F., a 1
// de octubre de 2012 MINISTRO PARDO REBOLLEDO, PRESIDENTE DE LA PRIMERA SALA… El Pleno de la
// Primera Sala…": a bulletin that lost every line break runs its header (a kicker, the number,
// the dateline), a title in capitals and the story together. The number is read, the dateline
// and the title get blocks of their own, and the story ends where a next bulletin's header
// repeats the kicker (a page of several releases flattened alike). Read only in a first long
// block whose dateline follows the number or opens the block.
void split_flattened_header(BlockSheet& sheet, BulletinStructure& structure) {
  if (sheet.blocks.empty() || sheet.blocks.front()->kind != BlockKind::kParagraph) return;
  const Block& first = *sheet.blocks.front();
  const std::string_view text = trim_spaces(first.text);
  if (text.size() <= kMaxHeaderLineBytes) return;
  const std::vector<DateMention> dates = find_dates(words_within(text, kMaxFlattenedHeaderBytes));
  if (dates.empty()) return;
  const DateMention& date = dates.front();
  // The dateline's place begins after the number, or at the block's start.
  std::size_t place_begin = 0;
  const auto number = find_bulletin_number(text.substr(0, date.begin));
  if (number) {
    const std::size_t at = text.rfind(*number, date.begin);
    if (at == std::string_view::npos) return;
    place_begin = at + number->size();
  }
  const std::string_view header = trim_spaces(text.substr(place_begin, date.end - place_begin));
  // A date without its place only right after the number: "NÚM. 473/19 30 DE SEPTIEMBRE DE
  // 2019".
  const auto dateline = parse_dateline(header);
  if (!dateline || !dateline->story.empty() || (dateline->place.empty() && !number)) return;
  std::string_view story = past_furniture_words(trim_spaces(text.substr(date.end)));
  // "…de 2018 (CONADE).- El titular…", "…2019, El subdirector…", "…de 2025 – Esta mañana…": a
  // lead-in that parse_dateline() reads, or none this step should cut.
  if (story.empty() || std::ispunct(static_cast<unsigned char>(story.front())) ||
      story.starts_with("\u2013") || story.starts_with("\u2014")) {
    return;
  }
  // The kicker's opening words open the next bulletin where a number and a date follow them
  // again; a story may name its office otherwise.
  constexpr std::size_t kKickerBytes = 40;
  const std::string_view kicker = trim_spaces(text.substr(0, place_begin));
  if (number && kicker.size() >= kKickerBytes) {
    const std::string_view opening = kicker.substr(0, kKickerBytes);
    for (std::size_t next = story.find(opening); next != std::string_view::npos;
         next = story.find(opening, next + 1)) {
      const std::string_view header_again =
          words_within(story.substr(next), kMaxFlattenedHeaderBytes);
      if (find_bulletin_number(header_again) && !find_dates(header_again).empty()) {
        story = trim_spaces(story.substr(0, next));
        break;
      }
    }
  }
  const std::size_t title_end = capitals_run_end(story);
  std::vector<std::string> parts;
  if (!kicker.empty()) parts.emplace_back(kicker);  // a letterhead, most often
  parts.emplace_back(header);
  if (title_end > 0) {
    parts.emplace_back(trim_spaces(story.substr(0, title_end)));
    story = trim_spaces(story.substr(title_end));
  }
  if (story.empty()) return;
  parts.emplace_back(story);
  if (number && !structure.number) structure.number = number;
  sheet.blocks.erase(sheet.blocks.begin());
  for (auto part = parts.rbegin(); part != parts.rend(); ++part) {
    sheet.stories.push_back(Block{BlockKind::kParagraph, std::move(*part), false});
    sheet.blocks.insert(sheet.blocks.begin(), &sheet.stories.back());
  }
}

// A byline's words at most, and an outlet's name's beside one.
constexpr std::size_t kMaxBylineWords = 5;

// A post's byline: "Por: Redacción", "Publicado por Nombre", "Autor: Nombre", "Por admin", "By
// Nombre", "Redacción Web", a blog's author account ("Administrador").
bool is_byline(std::string_view text) {
  const std::string folded = Analyzer::fold(text);
  // "Por  Staff Puebla On Line": the label alone where wide spaces parted it from the name.
  if (folded == "por" || folded == "by" || is_reporters_byline(folded)) return true;
  return folded.starts_with("publicado por") || folded.starts_with("por:") ||
         folded.starts_with("autor:") || folded.starts_with("autora:") ||
         ((folded.starts_with("por ") || folded.starts_with("by ") ||
           folded.starts_with("redaccion") || folded.starts_with("administrador")) &&
          words_of(text).size() <= kMaxBylineWords);
}

bool is_date_label(std::string_view folded);

// A scrap too short to be a title or a sentence: a link's word ("regresar"), a site's section
// ("Tabasco", "Anuncio"), "GOB", a letterhead's word on a line of its own ("Comunicación"), the
// page's date.
bool is_scrap(const Block& block) {
  const std::string_view text = trim_spaces(block.text);
  // A bullet of one word is a section's label ("- Seguridad"), never a highlight; nor is one
  // of a few capitalised words alone, a page's author or section ("- Linda Zavala"), nor a
  // post's byline or update stamp in a theme's list of its details ("• Por admin" / "• 11
  // marzo, 2020", "• Actualizado 13:28").
  if (block.kind == BlockKind::kBullet) {
    constexpr std::size_t kMaxLabelWords = 3;
    const std::vector<std::string_view> words = words_of(text);
    if (!ends_with_period(text) && is_byline(text)) return true;
    // "• Actualizado 13:28": the post's update stamp.
    if (const std::size_t space = text.find(' '); space != std::string_view::npos) {
      const std::string_view rest = trim_spaces(text.substr(space + 1));
      if (is_date_label(Analyzer::fold(text.substr(0, space))) &&
          (is_time(rest) || !find_dates(rest).empty())) {
        return true;
      }
    }
    return words.size() <= 1 || (words.size() <= kMaxLabelWords && !ends_with_period(text) &&
                                 std::all_of(words.begin(), words.end(), [](std::string_view word) {
                                   return u_isupper(first_code_point(word));
                                 }));
  }
  return ((text.size() < kMinTitleBytes || text.find(' ') == std::string_view::npos) &&
          !ends_with_period(text)) ||
         opens_with_page_date(text);
}

// Whether `text` opens with words that tie it to a sentence before ("De esta manera, el MIDAGRI
// viene…", "Asimismo, …"): a story's or a summary's sentence, never a headline.
bool opens_with_connective(std::string_view text) {
  static constexpr std::string_view kConnectives[] = {
      "de esta manera", "de esta forma", "asimismo",       "ademas",          "por otro lado",
      "por su parte",   "en tanto",      "de igual forma", "de igual manera", "en este sentido"};
  const std::string folded = Analyzer::fold(text.substr(0, text.find(',')));
  return std::find(std::begin(kConnectives), std::end(kConnectives), folded) !=
         std::end(kConnectives);
}

// Right above a dateline, one short sentence with its period is a title too: "El dengue se ha
// convertido en una preocupación mundial." / "México, Distrito Federal" / "Viernes 18 de…".
bool is_one_sentence_title(const Block& block) {
  constexpr std::size_t kMaxSentenceTitleBytes = 200;
  if (block.kind == BlockKind::kBullet) return false;
  const std::string_view text = trim_spaces(block.text);
  if (text.size() < kMinTitleBytes || text.size() > kMaxSentenceTitleBytes ||
      !ends_with_period(text) || text.find(' ') == std::string_view::npos) {
    return false;
  }
  const std::string_view before_period = text.substr(0, text.size() - 1);
  return before_period.find(". ") == std::string_view::npos && !opens_with_page_date(text) &&
         !parse_place_line(text) &&  // "Veracruz, Ver.": a place, not a sentence
         !opens_with_connective(text);
}

// Splits block i where a dateline with a place that opens the story follows its first sentences
// within `max_lead` bytes; the sentences get a block of their own above. Says whether it did.
bool split_before_dateline(BlockSheet& sheet, std::size_t i, std::size_t max_lead) {
  const Block& block = *sheet.blocks[i];
  if (block.kind != BlockKind::kParagraph) return false;
  const std::string_view text = trim_spaces(block.text);
  for (std::size_t period = text.find(". "); period != std::string_view::npos && period <= max_lead;
       period = text.find(". ", period + 1)) {
    // "…sede del DIF en Cd. Victoria. Cd. Victoria, Tam., 28 de…": a short capitalised word
    // before the period is an abbreviation ("Cd.", "Gral."); an acronym may end the title.
    const std::string_view word = last_word(text.substr(0, period));
    if (period < kMinTitleBytes || (word.size() <= 4 && !in_capitals(word))) continue;
    const std::string_view rest = text.substr(period + 2);
    const auto dateline = parse_dateline(rest);
    if (!dateline || dateline->place.empty() || dateline->story.empty()) continue;
    sheet.stories.push_back(Block{block.kind, std::string(rest), block.emphasized});
    sheet.blocks[i] = &sheet.stories.back();
    // "Redacción Web/La Voz de Michoacán. Morelia, Michoacán, a 15 de…": a news site's byline
    // leaves the text.
    if (is_newsroom_byline(text.substr(0, period))) return true;
    // The lead keeps its period when it is a sentence under a title, not the title itself.
    const std::size_t lead_end = max_lead == kMaxTitleBytes ? period : period + 1;
    sheet.stories.push_back(Block{block.kind, std::string(text.substr(0, lead_end)), false});
    sheet.blocks.insert(sheet.blocks.begin() + static_cast<std::ptrdiff_t>(i),
                        &sheet.stories.back());
    return true;
  }
  return false;
}

// "Sesiona el Pleno de la LIX Legislatura del Estado. Santiago de Querétaro, Qro., 28 de
// noviembre de 2019.- En sesión…": a page that lost its line breaks runs title, dateline and
// story together. Its first sentence is the title when a dateline with a place follows it.
// Under a title of its own, the sentences before the dateline are a highlight run on into it:
// "Emite COFEPRIS alerta…" / "La COFEPRIS ordenó… del mercado. Ciudad de México; 10 de
// septiembre de 2020.- El pasado 4 de septiembre…".
void split_run_on_title(BlockSheet& sheet) {
  // Past scraps on top ("imagen_2023-09-18_171556292"), to the first block that may be a title.
  std::size_t first = 0;
  while (first + 1 < sheet.blocks.size() && is_scrap(*sheet.blocks[first])) ++first;
  if (sheet.blocks.empty() || split_before_dateline(sheet, first, kMaxTitleBytes)) return;
  if (sheet.blocks.size() > first + 1 &&
      (is_title_candidate(*sheet.blocks[first]) || is_one_sentence_title(*sheet.blocks[first]))) {
    split_before_dateline(sheet, first + 1, kMaxHighlightBytes);
  }
}

// "Tendrá Prodeama personal de guardia" / "Tendrá Prodeama personal de guardia Hermosillo,
// Sonora, diciembre 17 de 2018.- Durante…": a blog prints the title again, run on into the
// dateline that opens the story. The copy leaves the story's block.
void drop_titles_repeated_before_datelines(BlockSheet& sheet) {
  for (std::size_t j = 1; j < sheet.blocks.size(); ++j) {
    const std::string_view above = trim_spaces(sheet.blocks[j - 1]->text);
    const std::string_view text = trim_spaces(sheet.blocks[j]->text);
    if (above.size() < kMinTitleBytes || text.size() <= above.size() + 1 ||
        !text.starts_with(above) || text[above.size()] != ' ') {
      continue;
    }
    const std::string_view rest = text.substr(above.size() + 1);
    const auto dateline = parse_dateline(rest);
    if (!dateline || dateline->place.empty() || dateline->story.empty()) continue;
    sheet.put_story(j, std::string(rest));
  }
}

// Whether a block may be an item of a site's menu printed one per line, with a bullet or
// without: a word to three, letters only ("Agencia de Noticias", "Entrevistas", "• Prensa
// Extranjera").
bool is_menu_item(const Block& block) {
  constexpr std::size_t kMaxItemBytes = 32;
  constexpr std::size_t kMaxItemWords = 3;
  const std::string_view text = trim_spaces(block.text);
  if (text.empty() || text.size() > kMaxItemBytes) return false;
  for (std::size_t at = 0; at < text.size();) {
    int32_t length = 1;
    const UChar32 c = first_code_point(text.substr(at), &length);
    if (c != ' ' && !u_isalpha(c)) return false;
    at += static_cast<std::size_t>(std::max(length, 1));
  }
  return words_of(text).size() <= kMaxItemWords;
}

// A site's clock among the last `within` blocks of the sheet, the date of its top bar above its
// weather or its breadcrumb: it and the blocks after it (the weather's city) leave the sheet.
// Its text, or empty when none is there.
std::string_view drop_clock_above(BlockSheet& sheet, std::size_t within) {
  const std::size_t back = std::min(sheet.blocks.size(), within);
  for (std::size_t k = sheet.blocks.size() - back; k < sheet.blocks.size(); ++k) {
    if (opens_with_page_date(sheet.blocks[k]->text)) {
      const std::string_view clock = trim_spaces(sheet.blocks[k]->text);
      sheet.blocks.resize(k);
      return clock;
    }
  }
  return {};
}

// "Elecciones 2024" / "Elecciones 2024": a section's label printed twice above the title, by
// the menu and by the page, too short to be a title printed twice; both leave the text.
void drop_repeated_labels(BlockSheet& sheet) {
  for (std::size_t i = 0; i + 1 < sheet.blocks.size() && i < kHeaderBlocks;) {
    const std::string_view label = trim_spaces(sheet.blocks[i]->text);
    if (sheet.blocks[i]->kind == BlockKind::kParagraph && label.size() < kMinRepeatedBytes &&
        label == trim_spaces(sheet.blocks[i + 1]->text)) {
      const auto at = sheet.blocks.begin() + static_cast<std::ptrdiff_t>(i);
      sheet.blocks.erase(at, at + 2);
    } else {
      ++i;
    }
  }
}

// "Histórico Comunicación Social" / "Agencia de Noticias" / "Monitoreo de Medios" /
// "Entrevistas" / "Galerias": a site's menu, one item per line, above the story. Four items in
// a row at least, before any sentence; they leave the text, and so does the same menu printed
// again (a theme's menu for small screens).
void drop_vertical_menus(BlockSheet& sheet) {
  constexpr std::size_t kMinItems = 4;
  std::size_t end = std::min(sheet.blocks.size(), 2 * kHeaderBlocks);
  std::size_t run = 0;
  for (std::size_t j = 0; j <= end; ++j) {
    if (j < end && is_menu_item(*sheet.blocks[j])) {
      ++run;
      continue;
    }
    if (run >= kMinItems) {
      j -= run;
      const auto first = sheet.blocks.begin() + static_cast<std::ptrdiff_t>(j);
      sheet.blocks.erase(first, first + static_cast<std::ptrdiff_t>(run));
      end = std::min(sheet.blocks.size(), 2 * kHeaderBlocks);
      run = 0;
      if (j >= end) return;
    }
    if (j < end && ends_with_period(sheet.blocks[j]->text)) return;  // the story has begun
    run = 0;
  }
}

// "InicioSección PoliticaEstatalAlista IMSS Chiapas Plan de Mejora al Hospital General de Zona
// No...." / "Alista IMSS Chiapas Plan de Mejora al Hospital General de Zona No. 2": a
// breadcrumb or a teaser that cut the next block's opening short with an ellipsis leaves the
// text.
void drop_truncated_copies(BlockSheet& sheet) {
  constexpr std::size_t kMinCutBytes = 20;  // a few words: no accidental match
  for (std::size_t j = 0; j + 1 < sheet.blocks.size() && j < kHeaderBlocks;) {
    std::string_view text = trim_spaces(sheet.blocks[j]->text);
    const bool ellipsis = text.ends_with("\u2026") || text.ends_with("...");
    if (text.ends_with("\u2026")) text.remove_suffix(std::string_view("\u2026").size());
    while (text.ends_with('.')) text.remove_suffix(1);
    text = trim_spaces(text);
    const std::string_view next = trim_spaces(sheet.blocks[j + 1]->text);
    bool cut = false;
    for (std::size_t at = 0; ellipsis && !cut && at + kMinCutBytes <= text.size(); ++at) {
      cut = next.size() > text.size() - at && next.starts_with(text.substr(at));
    }
    if (cut) {
      sheet.blocks.erase(sheet.blocks.begin() + static_cast<std::ptrdiff_t>(j));
    } else {
      ++j;
    }
  }
}

// "Baja en la edad de imputabilidad: una jueza…" / "Lo aseguró Roxana Monti, titular del
// Tercer Juzgado… Dijo que hoy el problema más ..." / "27 DE FEBRERO DE 2026": another story's
// teaser on top of the page, its headline, its summary cut short and its date, leaves the
// text; the bulletin below has its own.
void drop_teaser_on_top(BlockSheet& sheet) {
  constexpr std::size_t kTeaserBlocks = 3;
  constexpr std::size_t kMinSummaryWords = 4;
  if (sheet.blocks.size() <= kTeaserBlocks + 1 || !is_title_candidate(*sheet.blocks[0])) return;
  const std::string_view summary = trim_spaces(sheet.blocks[1]->text);
  if (!(summary.ends_with("...") || summary.ends_with("\u2026")) ||
      words_of(summary).size() < kMinSummaryWords) {
    return;
  }
  const std::string_view date = trim_spaces(sheet.blocks[2]->text);
  const std::vector<DateMention> dates = find_dates(date);
  if (dates.size() != 1 || dates.front().begin != 0 || dates.front().end != date.size()) return;
  sheet.blocks.erase(sheet.blocks.begin(),
                     sheet.blocks.begin() + static_cast<std::ptrdiff_t>(kTeaserBlocks));
}

// Whether the folded words before a colon label a page's date: "Fecha", "Publicado", "Esta
// nota fue publicada el día", "Calendario".
bool is_date_label(std::string_view folded) {
  if (folded.ends_with(" publicada el dia") || folded.ends_with(" publicado el dia")) return true;
  // "Calendario 04/09/2025": a calendar widget's label over the post's date.
  static constexpr std::array<std::string_view, 13> kLabels = {"fecha",
                                                               "calendario",
                                                               "publicado el",
                                                               "publicada el",
                                                               "fecha de publicacion",
                                                               "fecha publicacion",
                                                               "publicado",
                                                               "publicada",
                                                               "fecha de emision",
                                                               "actualizado",
                                                               "actualizada",
                                                               "ultima actualizacion",
                                                               "fecha de actualizacion"};
  return std::find(kLabels.begin(), kLabels.end(), folded) != kLabels.end();
}

// "Comunicado de Prensa /14 de mayo de 2020", "Boletín de prensa, 14 de mayo de 2020": the
// kind of text as a label before the date that ends the line, without a number; the date.
std::optional<DateMention> date_after_kind(std::string_view line) {
  static const std::regex kKind(
      R"(^(?:comunicado|boletin|nota|tarjeta)(?:\s+(?:de\s+prensa|informativ[oa]))*\s*[/|,:-]?\s*$)",
      std::regex::optimize);
  constexpr std::size_t kMaxKindBytes = 32;  // "Tarjeta informativa de prensa / "
  // Every header line is asked: its length and first letter first, cheaply.
  constexpr std::size_t kMaxLineBytes = 80;  // the label, a mark and a date with its weekday
  if (line.empty() || line.size() > kMaxLineBytes ||
      std::string_view("CcBbNnTt").find(line.front()) == std::string_view::npos) {
    return std::nullopt;
  }
  const std::vector<DateMention> dates = find_dates(line);
  if (dates.size() != 1 || dates.front().begin == 0 || dates.front().begin > kMaxKindBytes ||
      dates.front().end != line.size()) {
    return std::nullopt;
  }
  const std::string kind = Analyzer::fold(line.substr(0, dates.front().begin));
  if (!std::regex_search(kind, kKind)) return std::nullopt;
  return dates.front();
}

// "Fecha: 28 de agosto de 2024", "Publicado: agosto 28, 2024", "Actualizado: 10 de septiembre
// de 2021": a page's labelled date, its label's words and the date alone (a dateline below
// wins over it).
std::optional<Dateline> labelled_date(std::string_view line) {
  line = trim_spaces(line);
  const std::size_t colon = line.find(':');
  std::string_view text;
  if (const auto date = date_after_kind(line)) {
    text = line.substr(date->begin);
  } else if (colon != std::string_view::npos && colon <= kMaxNumberLineBytes &&
             is_date_label(Analyzer::fold(trim_spaces(line.substr(0, colon))))) {
    text = trim_spaces(line.substr(colon + 1));
  } else if (const std::size_t space = line.find(' ');
             space != std::string_view::npos && space <= kMaxNumberLineBytes &&
             is_date_label(Analyzer::fold(line.substr(0, space)))) {
    text = trim_spaces(line.substr(space + 1));  // "Publicado 04/07/2019 10:53": no colon
  } else {
    return std::nullopt;
  }
  // "Publicado el 23 de mayo de 2016": the label's article before the date.
  if (text.starts_with("el ") || text.starts_with("El ")) text = trim_spaces(text.substr(3));
  // "Publicado: 27.04.2024 - 15:46", "Fecha: 15 de Enero de 2026 a las 07:21:54": the hour
  // after a dash or "a las".
  for (const std::string_view before_time :
       {std::string_view(" - "), std::string_view(" a las ")}) {
    if (const std::size_t at = text.rfind(before_time);
        at != std::string_view::npos && is_time(text.substr(at + before_time.size()))) {
      text = text.substr(0, at);
    }
  }
  auto date = parse_dateline(text);
  if (!date || !date->place.empty() || !date->story.empty()) return std::nullopt;
  return date;
}

// The dateline a header line's part holds: "Ciudad de México, 22 de mayo de 2018", or the same
// without its comma when the place is two capitalised words at least ("Ciudad de México 22 de
// mayo de 2018"; not "Publicado el 22 de mayo de 2018" nor a breadcrumb's "Boletines").
std::optional<Dateline> dateline_part(std::string_view part) {
  if (auto dateline = parse_dateline(part)) return dateline;
  if (auto date = labelled_date(part)) return date;  // "Fecha publicación: jueves, 13 de…"
  const std::vector<DateMention> dates = find_dates(part);
  if (dates.empty() || dates.front().begin == 0 || dates.front().end != part.size()) {
    return std::nullopt;
  }
  const std::string_view place = trim_spaces(part.substr(0, dates.front().begin));
  std::size_t capitalised = 0;
  for (std::size_t at = 0; at < place.size();) {
    const std::size_t space = std::min(place.find(' ', at), place.size());
    const std::string_view word = place.substr(at, space - at);
    at = space + 1;
    if (word == "de" || word == "del") continue;
    if (word.empty() || word[0] < 'A' || word[0] > 'Z') return std::nullopt;
    ++capitalised;
  }
  if (capitalised < 2) return std::nullopt;
  return parse_dateline(std::string(place) + ", " + std::string(part.substr(dates.front().begin)));
}

// "Secretaría de Ecología y Medio Ambiente. Comunicado 051.": the office's name, a period, and
// its number line, on one line under the title. The office and the number.
std::optional<std::pair<std::string, std::string>> office_then_number(std::string_view line) {
  line = trim_spaces(line);
  if (line.size() > kMaxHeaderLineBytes ||
      line.find_first_of("0123456789") == std::string_view::npos) {
    return std::nullopt;
  }
  for (std::size_t period = line.find(". "); period != std::string_view::npos;
       period = line.find(". ", period + 1)) {
    const std::string_view number_line = trim_spaces(line.substr(period + 1));
    if (number_line.size() > kMaxNumberLineBytes) continue;
    Block office{BlockKind::kParagraph, std::string(line.substr(0, period))};
    if (!is_office_name(office)) continue;
    if (auto number = find_bulletin_number(number_line)) {
      return std::pair{std::move(office.text), std::move(*number)};
    }
  }
  return std::nullopt;
}

// "Sala Regional Toluca 72/2015": an office's name, its words capitalised, then the number with
// its year; the number.
std::optional<std::string> number_after_office(std::string_view part) {
  static const std::regex kNumberWithYear(R"(\d{1,5}/(?:19|20)?\d\d)", std::regex::optimize);
  part = trim_spaces(part);
  const std::size_t space = part.rfind(' ');
  if (space == std::string_view::npos) return std::nullopt;
  const std::string number(part.substr(space + 1));
  const std::string_view office = trim_spaces(part.substr(0, space));
  if (number.find('/') == std::string::npos || !std::regex_match(number, kNumberWithYear) ||
      !every_word_capitalised(office) || words_of(office).size() > kMaxBylineWords ||
      office.find_first_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  return number;
}

// "Boletín: DCS/030/18/ Publicado por: Dirección de Comunicación Social / Ciudad de México 22 de
// mayo de 2018": a web page's header line, its number, byline and dateline parted by " / ",
// " | " or a bullet ("14 abril, 2023•By Nombre", a date alone then: the page's); the dateline's
// place and date may be parted too ("Redacción PV / Xalapa, Ver. / Martes 12 de diciembre del
// 2017"). When every
// part is one of those (or boilerplate), reads the number and the dateline (place and date)
// into `structure` where it has none yet, and says so; a line with any other
// part ("Boletín 045/2021 | Inaugura Gobernador el Hospital…", a breadcrumb) is left alone.
bool read_header_parts(std::string_view line, BulletinStructure& structure) {
  constexpr std::size_t kMaxPartedHeaderBytes = 200;
  if (line.size() > kMaxPartedHeaderBytes) return false;
  // " / ", " | ", a news site's bullet between date and byline ("14 abril, 2023•By Nombre"), and
  // the spaces of a table's cells ("Comunicado No.: 3483  Fecha publicación: jueves, 13 de…").
  constexpr std::array<std::string_view, 5> kSeparators = {" / ", " | ", "\u2022", " \u00B7 ",
                                                           "  "};
  std::vector<std::string_view> parts;
  for (std::size_t at = 0; at <= line.size();) {
    std::size_t end = line.size();
    std::size_t length = 0;
    for (const std::string_view separator : kSeparators) {
      if (const std::size_t found = line.find(separator, at); found < end) {
        end = found;
        length = separator.size();
      }
    }
    // Cells spaced wide around their bar ("17/12/2020   |   Tribunal…") leave the bar alone.
    std::string_view part = trim_spaces(line.substr(at, end - at));
    while (part.starts_with('|') || part.starts_with('/')) part = trim_spaces(part.substr(1));
    while (part.ends_with('|') || part.ends_with('/')) {
      part = trim_spaces(part.substr(0, part.size() - 1));
    }
    if (!part.empty()) parts.push_back(part);
    at = end + std::max<std::size_t>(length, 1);
  }
  if (parts.size() < 2) return false;
  std::optional<std::string> number;
  std::optional<Dateline> dateline;
  std::optional<std::string> page_date;  // a date without a place: when the page was posted
  std::vector<std::string> letterheads;  // the office that signs the page, named still
  bool bylined = false;
  std::size_t outlet_parts = 0;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    const std::string_view part = parts[k];
    // The number opens its part: "Boletín: DCS/030/18/ Publicado por: …"; or ends it after the
    // office's name: "1 /octubre /2015 / Sala Regional Toluca 72/2015".
    auto number_here = find_bulletin_number(words_within(part, kMaxNumberLineBytes));
    if (!number_here) number_here = number_after_office(part);
    auto dateline_here = dateline_part(part);
    // The place and the date parted too: "Ixtaczoquitlán, Ver. | 15 abril 2025".
    if (!dateline_here && !number_here && k + 1 < parts.size()) {
      auto placed = parse_dateline(std::string(part) + ", " + std::string(parts[k + 1]));
      if (placed && !placed->place.empty() && placed->story.empty() &&
          dateline_part(parts[k + 1])) {
        dateline_here = std::move(placed);
        ++k;
      }
    }
    if (dateline_here && dateline_here->story.empty() && dateline_here->place.empty()) {
      if (!page_date) page_date = std::move(dateline_here->iso);
      continue;
    }
    if (dateline_here && (!dateline_here->story.empty() || dateline_here->place.empty())) {
      dateline_here.reset();
    }
    if (is_time(part)) continue;  // "19/04/2011 | 10:00 | …": the hour it was posted
    const bool byline = is_byline(part);
    if (!number_here && !dateline_here && !byline && !is_boilerplate(part)) {
      // The office and its press address beside the date: "17/12/2020 | Tribunal Superior de
      // Justicia | prensa@pjenl.gob.mx".
      const Block office{BlockKind::kParagraph, std::string(part), false};
      if (is_letterhead(office)) {
        letterheads.emplace_back(part);
        continue;
      }
      if (part.find('@') != std::string_view::npos && part.find(' ') == std::string_view::npos) {
        continue;
      }
      // An outlet's name, or its town, beside a byline: "Xalapa: / Bitácora del Golfo /
      // Redacción".
      if (words_of(part).size() > kMaxBylineWords || !u_isupper(first_code_point(part)))
        return false;
      ++outlet_parts;
      continue;
    }
    bylined = bylined || byline;
    if (!number) number = std::move(number_here);
    if (!dateline) dateline = std::move(dateline_here);
  }
  // A date alone beside a section's label or a region ("Jueves, 11 de Junio del 2015 | Nota
  // Principal"): the page's date still.
  const bool labelled_page_date = page_date && !number && !dateline;
  if (outlet_parts > 0 && !bylined && !labelled_page_date) return false;
  if (!number && !dateline && !page_date && !bylined) return false;
  for (std::string& office : letterheads) structure.letterheads.push_back(std::move(office));
  if (number && !structure.number) structure.number = std::move(number);
  if (dateline && !structure.dateline_date) {
    structure.place = std::move(dateline->place);
    structure.dateline_date = std::move(dateline->iso);
  } else if (page_date && !structure.dateline_date) {
    structure.dateline_date = std::move(page_date);
  }
  return true;
}

// "Secretaría de Salud | 04 de febrero de 2026 | Nacional/ En el Día Mundial contra el
// Cáncer, …": a site's header line, its section's one word and a slash, then the story glued
// on. The header without the section, and the story; nothing when the line is no such thing.
std::optional<std::pair<std::string_view, std::string_view>> header_glued_to_story(
    std::string_view line) {
  constexpr std::size_t kMaxSectionBytes = 24;
  constexpr std::size_t kMinStoryWords = 6;
  const std::size_t bar = line.rfind(" | ");
  if (bar == std::string_view::npos) return std::nullopt;
  const std::string_view after = line.substr(bar + 3);
  const std::size_t slash = after.find('/');
  if (slash == std::string_view::npos || slash > kMaxSectionBytes) return std::nullopt;
  const std::string_view section = trim_spaces(after.substr(0, slash));
  const std::string_view story = trim_spaces(after.substr(slash + 1));
  if (section.empty() || section.find(' ') != std::string_view::npos ||
      !u_isupper(first_code_point(section)) || story.empty() ||
      !u_isupper(first_code_point(story)) || words_of(story).size() < kMinStoryWords) {
    return std::nullopt;
  }
  return std::pair{trim_spaces(line.substr(0, bar)), story};
}

// "Publicado:" alone on its line, the date on the next.
bool is_date_label_alone(std::string_view line) {
  line = trim_spaces(line);
  if (line.ends_with(':')) line.remove_suffix(1);
  return line.size() <= kMaxNumberLineBytes && is_date_label(Analyzer::fold(trim_spaces(line)));
}

// The date a blog's line of categories ends with, the post's: "Categorías: Notas de prensa —
// … — 30 noviembre 2018 16:14".
std::optional<Dateline> category_line_date(std::string_view line) {
  line = trim_spaces(line);
  if (!is_category_line(Analyzer::fold(line))) return std::nullopt;
  const std::vector<DateMention> dates = find_dates(line);
  if (dates.empty()) return std::nullopt;
  const std::string_view after = trim_spaces(line.substr(dates.back().end));
  if (!after.empty() && !is_time(after)) return std::nullopt;
  return Dateline{{}, dates.back().iso, {}};
}

// The date a press-release service's stamp opens with, the release's: "10/28/2025 | Press
// release | Distributed by Public on 10/28/2025 11:53".
std::optional<Dateline> release_service_date(std::string_view line) {
  line = trim_spaces(line);
  if (Analyzer::fold(line).find("| press release |") == std::string::npos) return std::nullopt;
  const std::vector<DateMention> dates = find_dates(line);
  if (dates.empty() || dates.front().begin != 0) return std::nullopt;
  return Dateline{{}, dates.front().iso, {}};
}

// "Por La Gaceta.me 06 Agosto 2018": a news site's byline and the date it posted the story.
// The section's label in capitals may stand before it: "NACIONALES Por: Infopaís22/04/2025".
std::optional<Dateline> byline_date(std::string_view line) {
  line = trim_spaces(line);
  if (line.size() > kMaxNumberLineBytes) return std::nullopt;
  if (const std::size_t by = line.find(" Por: ");
      by != std::string_view::npos && in_capitals(line.substr(0, by))) {
    line = line.substr(by + 1);
  }
  // The first word whole: a cut through a letter's bytes would fold broken UTF-8.
  const std::string opening = Analyzer::fold(line.substr(0, line.find(' ')));
  if (opening != "por" && !opening.starts_with("por:")) return std::nullopt;
  const std::vector<DateMention> dates = find_dates(line);
  if (dates.empty() || trim_spaces(line.substr(dates.back().end)).size() > 1 ||
      words_of(line.substr(0, dates.back().begin)).size() > kMaxBylineWords + 1) {
    return std::nullopt;
  }
  return Dateline{{}, dates.back().iso, {}};
}

// "Política07 de abril de 2025Leticia Aguayo Soto": a theme's section, the post's date and its
// byline, glued together on one line. The section one word; the date glued to it and to the
// byline's capital.
std::optional<Dateline> glued_stamp_date(std::string_view line) {
  constexpr std::size_t kMaxStampBytes = 120;
  line = trim_spaces(line);
  if (line.size() > kMaxStampBytes) return std::nullopt;
  // Every header line is asked: a digit glued to a letter before it first, cheaply.
  bool glued_digit = false;
  for (std::size_t i = 1; i < line.size() && !glued_digit; ++i) {
    const auto previous = static_cast<unsigned char>(line[i - 1]);
    glued_digit = line[i] >= '0' && line[i] <= '9' && (std::isalpha(previous) || previous >= 0x80);
  }
  if (!glued_digit) return std::nullopt;
  const std::vector<DateMention> dates = find_dates(line);
  if (dates.size() != 1 || dates.front().begin == 0 || dates.front().end >= line.size()) {
    return std::nullopt;
  }
  const std::string_view section = line.substr(0, dates.front().begin);
  const std::string_view byline = line.substr(dates.front().end);
  if (section.find(' ') != std::string_view::npos || !u_isupper(first_code_point(byline)) ||
      !u_isupper(first_code_point(section))) {
    return std::nullopt;
  }
  return Dateline{{}, dates.front().iso, {}};
}

// A page stored with its date ahead of its text, as some crawlers keep pages: "date 2025-12-31
// Acciones coordinadas para proteger…". The date, and the text after it (perhaps empty).
// A month alone ("date 2022-01 Suman 122 municipios…") is no date: the month ("2022-01") takes
// the place of the date, for a dateline without a year to be read in.
std::optional<std::pair<std::string, std::string>> crawler_date(std::string_view text) {
  constexpr std::string_view kLabel = "date ";
  constexpr std::size_t kIsoBytes = 10;
  constexpr std::size_t kMonthBytes = 7;
  text = trim_spaces(text);
  if (!text.starts_with(kLabel) || text.size() < kLabel.size() + kMonthBytes) return std::nullopt;
  const std::string_view stamp = text.substr(kLabel.size());
  const auto rest_after = [&](std::size_t bytes) -> std::optional<std::string_view> {
    const std::string_view rest = stamp.substr(std::min(bytes, stamp.size()));
    if (!rest.empty() && rest.front() != ' ') return std::nullopt;
    return trim_spaces(rest);
  };
  if (stamp.size() >= kIsoBytes && is_iso_date(stamp.substr(0, kIsoBytes))) {
    if (const auto rest = rest_after(kIsoBytes)) {
      return std::pair{std::string(stamp.substr(0, kIsoBytes)), std::string(*rest)};
    }
  }
  static const std::regex kMonth(R"(^(?:19|20)\d\d-(?:0[1-9]|1[0-2])$)", std::regex::optimize);
  const std::string month(stamp.substr(0, kMonthBytes));
  if (std::regex_match(month, kMonth)) {
    if (const auto rest = rest_after(kMonthBytes)) return std::pair{month, std::string(*rest)};
  }
  return std::nullopt;
}

// "02" for February, "09" for the ninth day: a month or a day as an ISO date writes it.
std::string two_digits(int number) {
  char digits[4];
  std::snprintf(digits, sizeof digits, "%02d", number % 100);
  return digits;
}

// The place a header line names among its parts parted by '/' ("MÉXICO, D.F." in "BOLETIN
// 1133a/10/ MÉXICO, D.F./ JUE-30-SEP/"), as parse_place_line() reads one; empty when none.
std::string place_among_parts(std::string_view line) {
  for (std::size_t at = 0; at < line.size();) {
    const std::size_t slash = std::min(line.find('/', at), line.size());
    if (auto place = parse_place_line(line.substr(at, slash - at))) return std::move(*place);
    at = slash + 1;
  }
  return {};
}

// The date of a theme's badge that opens at block i, its month, day and year on lines of their
// own ("JUL" / "17" / "2014", "17" / "Jul" / "2014"); nothing when there is none.
std::optional<std::string> date_badge(const BlockSheet& sheet, std::size_t i) {
  constexpr std::size_t kMaxPartBytes = 10;  // "septiembre"
  if (i + 2 >= sheet.blocks.size() || sheet.used[i + 1] || sheet.used[i + 2]) return std::nullopt;
  std::string parts[3];
  for (std::size_t k = 0; k < 3; ++k) {
    const std::string_view part = trim_spaces(sheet.blocks[i + k]->text);
    if (part.empty() || part.size() > kMaxPartBytes || part.find(' ') != std::string_view::npos) {
      return std::nullopt;
    }
    parts[k] = std::string(part);
  }
  const auto digits = [](const std::string& part, std::size_t most) {
    return part.size() <= most &&
           std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (parts[2].size() != 4 || !digits(parts[2], 4)) return std::nullopt;
  // The day first in the date read either way: "17 JUL 2014".
  const std::string day_first = digits(parts[0], 2)   ? parts[0] + " " + parts[1]
                                : digits(parts[1], 2) ? parts[1] + " " + parts[0]
                                                      : std::string();
  if (day_first.empty()) return std::nullopt;
  const std::string joined = day_first + " " + parts[2];
  const std::vector<DateMention> dates = find_dates(joined);
  if (dates.size() != 1 || dates.front().begin != 0 || dates.front().end != joined.size()) {
    return std::nullopt;
  }
  return dates.front().iso;
}

// Whether the date read so far stood alone, with no place nor number: a page's date.
bool date_alone_above(const BlockSheet& sheet, const BulletinStructure& structure) {
  return structure.dateline_date && sheet.dateline_alone && !sheet.dateline_place &&
         structure.place.empty() && !structure.number;
}

// The place on a line of its own that opens the story without a date, block i: a town and its
// state ("Guadalajara, Jalisco."), the story's first sentence in the next block; not a place
// beside a dateline ("México, D.F." / "19 de marzo de 2015"), which place_beside() reads.
// Under a header line that gave the date but no place, the town's line needs no period ("1
// /octubre /2015 / Sala Regional Toluca 72/2015" / "Toluca de Lerdo, Estado de México").
std::optional<std::string> town_line_above_story(const BlockSheet& sheet, std::size_t i,
                                                 bool under_dated_header) {
  constexpr std::size_t kMinStoryWords = 8;
  const std::string_view text = trim_spaces(sheet.blocks[i]->text);
  if ((!text.ends_with('.') && !under_dated_header) || text.find(", ") == std::string_view::npos ||
      i + 1 >= sheet.blocks.size() || sheet.used[i + 1]) {
    return std::nullopt;
  }
  const Block& next = *sheet.blocks[i + 1];
  if (next.kind != BlockKind::kParagraph || words_of(next.text).size() < kMinStoryWords ||
      parse_dateline(next.text) || !u_isupper(first_code_point(next.text))) {
    return std::nullopt;
  }
  return parse_place_line(text);
}

// The header among the first blocks: dateline and number lines leave the text. The first
// dateline counts; or, when that one had no place, a later one that has it: "13 de agosto de
// 2024" above a web page's text is when the page was posted, "Tijuana, B.C., a 12 de agosto de
// 2024.- La Secretaría…" opening the text is the bulletin's own dateline.
void read_header(BlockSheet& sheet, BulletinStructure& structure) {
  // Whether the date read stood alone on its line, as a site's clock or a post's stamp above the
  // title does ("jueves , 21 noviembre 2024" / title / "Boletín 66/2024" / "20 de junio de
  // 2024"; "Ciudad Acuña, Coahuila, México | 19 de Abril del 2024" / title / "Saltillo, …. 18 de
  // febrero del 2014.- El Gobernador…"): a later date in the header, before the story, wins.
  bool page_date_first = false;
  // Past the story's first paragraph, a date alone is the story's or another story's: a teaser's
  // ("17 de noviembre de 2021" / "Desde la Comuna informaron…" / … / "• 14 de enero de 2026" /
  // "• Prensa, Secretaría de Salud"); but the same date signing the story off may place it
  // ("Huacho, 3 de diciembre de 2021").
  bool story_begun = false;
  std::optional<std::size_t> dated_header_at;  // the header line read in parts
  for (std::size_t i = 0; i < sheet.blocks.size() && i < kHeaderBlocks; ++i) {
    if (sheet.used[i]) continue;  // a blog's byline
    std::string_view text = sheet.blocks[i]->text;
    if (auto stamped = i == 0 ? crawler_date(text) : std::nullopt) {
      // The page's date, which a dateline below wins over; the rest of the line stays text.
      if (!is_iso_date(stamped->first)) {
        sheet.crawled_month = std::move(stamped->first);
      } else {
        structure.dateline_date = std::move(stamped->first);
        sheet.dateline_alone = true;
      }
      if (stamped->second.empty() || labelled_date("Fecha: " + stamped->second)) {
        sheet.used[i] = true;  // "date 2025-08-30 agosto 30, 2025": the date twice
        continue;
      }
      sheet.put_story(i, std::move(stamped->second));
      text = sheet.blocks[i]->text;
    }
    // "JUL" / "17" / "2014": a theme's date badge, month, day and year on lines of their own.
    if (auto badge = date_badge(sheet, i)) {
      if (!structure.dateline_date) {
        structure.dateline_date = std::move(*badge);
        if (!sheet.dateline) sheet.dateline = i + 2;
        sheet.dateline_alone = true;
      }
      sheet.used[i] = sheet.used[i + 1] = sheet.used[i + 2] = true;
      continue;
    }
    // "Publicado:" / "15/06/2022": the label on a line of its own, the date on the next.
    if (is_date_label_alone(text) && i + 1 < sheet.blocks.size() && !sheet.used[i + 1]) {
      std::string_view label = trim_spaces(text);
      if (label.ends_with(':')) label.remove_suffix(1);
      if (auto date = labelled_date(std::string(label) + ": " +
                                    std::string(trim_spaces(sheet.blocks[i + 1]->text)))) {
        if (!structure.dateline_date) {
          structure.dateline_date = std::move(date->iso);
          if (!sheet.dateline) sheet.dateline = i + 1;
          sheet.dateline_alone = true;
        }
        sheet.used[i] = sheet.used[i + 1] = true;
        continue;
      }
    }
    // "Fecha de publicación:" / "15:22" (an hour, which leaves as furniture), "Publicado" /
    // "el" / …: a label with no date to read is no title nor highlight.
    if (is_date_label_alone(text)) {
      sheet.used[i] = true;
      continue;
    }
    if (auto date = labelled_date(text);
        date || (date = byline_date(text)) || (date = glued_stamp_date(text))) {
      // A date alone, which a dateline below may still place and date.
      if (!structure.dateline_date) {
        structure.dateline_date = std::move(date->iso);
        if (!sheet.dateline) sheet.dateline = i;
        sheet.dateline_alone = true;
      }
      sheet.used[i] = true;
      continue;
    }
    // "19 febrero, 2023Foto: Internet. A nivel…": the page's date glued to what follows it, a
    // caption or a deck; the date alone, and the rest stays text.
    if (const std::vector<DateMention> dates =
            structure.dateline_date || text.empty() || text.front() < '0' || text.front() > '9'
                ? std::vector<DateMention>{}
                : find_dates(words_within(text, kMaxNumberLineBytes));
        !dates.empty() && dates.front().begin == 0 && dates.front().end < text.size() &&
        u_isupper(first_code_point(text.substr(dates.front().end)))) {
      structure.dateline_date = dates.front().iso;
      if (!sheet.dateline) sheet.dateline = i;
      sheet.dateline_alone = true;
      sheet.put_story(i, std::string(text.substr(dates.front().end)));
      text = sheet.blocks[i]->text;
    }
    auto dateline = !structure.dateline_date || structure.place.empty() || page_date_first
                        ? parse_dateline(text)
                        : std::nullopt;
    if (dateline && structure.dateline_date && story_begun && dateline->story.empty() &&
        (dateline->iso != structure.dateline_date || dateline->place.empty())) {
      dateline.reset();
    }
    const bool later = dateline && structure.dateline_date;
    // Without a place, a later dateline still wins over a date alone when it opens the story:
    // "22 abril 2008" / title / "16 de Abril de 2008.- Las corporaciones…".
    const bool opens_story_under_date = later && sheet.dateline_alone && !dateline->story.empty();
    // "Lunes, 15 Octubre 2018 05:53" / "15 de octubre, 2018": the same date again, alone; not
    // where a place beside it makes it the dateline ("19 may 2010" / … / "2010-05-19" /
    // "Washington D.C., EUA").
    if (later && dateline->place.empty() && dateline->story.empty() &&
        dateline->iso == structure.dateline_date &&
        !(structure.place.empty() && place_beside(sheet, i))) {
      sheet.used[i] = true;
      continue;
    }
    // "domingo, 22 de marzo de 2015" (the blog's) / … / "México, D.F." / "19 de marzo de 2015":
    // a later date with its place beside it is the bulletin's dateline.
    if (later && dateline->place.empty() && !opens_story_under_date && !page_date_first &&
        !(structure.place.empty() && place_beside(sheet, i))) {
      dateline.reset();
    }
    // The page's own date with its place gives way only to a dateline that opens the story.
    if (later && page_date_first && !structure.place.empty() && dateline->story.empty()) {
      dateline.reset();
    }
    if (dateline) {
      page_date_first = !later && dateline->story.empty();
      structure.place = dateline->place;
      structure.dateline_date = dateline->iso;
      take_place_beside(sheet, i, structure);
      if (!sheet.dateline || later) {
        sheet.dateline = i;
        sheet.dateline_alone = dateline->story.empty();
        sheet.dateline_place = !dateline->place.empty();
      }
      if (dateline->story.empty()) {
        sheet.used[i] = true;
        continue;
      }
      if (!structure.number) structure.number = take_leading_number(dateline->story);
      sheet.put_story(i, std::move(dateline->story));
      text = sheet.blocks[i]->text;
    } else if (auto header =
                   !structure.number && text.find_first_of("0123456789") != std::string_view::npos
                       ? number_then_dateline(text)
                       : std::nullopt;
               header && (!structure.dateline_date || date_alone_above(sheet, structure) ||
                          header->second.iso == *structure.dateline_date)) {
      // The number line's date is the bulletin's, where a page's date above it is the post's
      // ("martes, 26 de abril de 2011" / … / "COMUNICADO DE PRENSA 0141 – ABRIL 25, 2011"),
      // or the same day a mirror's teaser gave ("8 jun. 2017 - El Instituto…").
      structure.number = std::move(header->first);
      structure.place = std::move(header->second.place);
      structure.dateline_date = std::move(header->second.iso);
      if (header->second.story.empty()) {
        sheet.used[i] = true;
      } else {
        sheet.put_story(i, std::move(header->second.story));
      }
      continue;
    } else if (const auto glued =
                   !structure.dateline_date ? header_glued_to_story(text) : std::nullopt;
               glued && read_header_parts(glued->first, structure)) {
      const std::string story(glued->second);
      sheet.put_story(i, story);
      sheet.dateline = i;
      sheet.dateline_alone = false;
      sheet.dateline_place = !structure.place.empty();
      continue;
    } else if (const bool dated = structure.dateline_date.has_value();
               !(structure.dateline_date && structure.number) &&
               read_header_parts(text, structure)) {
      sheet.used[i] = true;
      sheet.place_from_stamp = !dated && !structure.place.empty();
      page_date_first = !dated && structure.dateline_date;
      dated_header_at = i;
      // "Redacción PV / Xalapa, Ver. / Martes 12 de…": the dateline a title stands above.
      if (!dated && !structure.place.empty() && !sheet.dateline) {
        sheet.dateline = i;
        sheet.dateline_alone = true;
        sheet.dateline_place = true;
      }
      continue;
    } else if (auto stamped_place =
                   sheet.place_from_stamp ? parse_place_lead_in(text) : std::nullopt;
               stamped_place && !stamped_place->place.empty() && !stamped_place->story.empty()) {
      structure.place = std::move(stamped_place->place);
      sheet.place_from_stamp = false;
      sheet.put_story(i, std::move(stamped_place->story));
      text = sheet.blocks[i]->text;
    } else if (auto town =
                   structure.place.empty() && !sheet.dateline
                       ? town_line_above_story(sheet, i,
                                               dated_header_at && *dated_header_at + 1 == i &&
                                                   structure.dateline_date.has_value())
                       : std::nullopt) {
      // "Guadalajara, Jalisco." / "En un comunicado la Universidad…": the place, and no date.
      structure.place = std::move(*town);
      sheet.dateline = i;
      sheet.dateline_alone = true;
      sheet.dateline_place = true;
      sheet.used[i] = true;
      continue;
    } else if (auto lead_in = structure.place.empty() ? parse_place_lead_in(text) : std::nullopt) {
      // "Ciudad de México.- La Secretaría de Marina informó…": the place without a date; or
      // "Redacción.- A través de…", a byline. Under a date alone, the story opens here.
      const bool under_date_alone = structure.dateline_date && sheet.dateline_alone;
      if (!sheet.dateline || sheet.dateline_alone) {
        sheet.dateline = i;
        sheet.dateline_alone = false;
        sheet.dateline_place = !lead_in->place.empty();
      }
      structure.place = std::move(lead_in->place);
      // "viernes, 30 de octubre de 2009" (the blog's) / … / "San José, Jueves 29 de Octubre.
      // El Ministro…": the lead-in's day and month, in the page's year.
      if (!lead_in->iso.empty() && (under_date_alone || !structure.dateline_date)) {
        structure.dateline_date = std::move(lead_in->iso);
      } else if (lead_in->month != 0 && under_date_alone) {
        if (auto dated = day_in_year_of(*structure.dateline_date, lead_in->month, lead_in->day)) {
          structure.dateline_date = std::move(*dated);
        }
      } else if (lead_in->month != 0 && !structure.dateline_date &&
                 sheet.crawled_month.ends_with(two_digits(lead_in->month))) {
        // " date 2020-02 Oaxaca de Juárez, 29 de febrero. Acción Nacional…": the month the
        // crawler stored the page under gives the day its year.
        if (const std::string iso = sheet.crawled_month + "-" + two_digits(lead_in->day);
            is_iso_date(iso)) {
          structure.dateline_date = iso;
        }
      } else if (lead_in->month != 0 && !structure.dateline_date) {
        // "Bogotá, 7 ago (SIG). Un despliegue… marcaron este sábado 7 de agosto de 2010…": the
        // story's own sentence gives the day its year.
        char day_and_month[8];
        std::snprintf(day_and_month, sizeof day_and_month, "-%02d-%02d", lead_in->month,
                      lead_in->day);
        for (const DateMention& mention : find_dates(lead_in->story)) {
          if (mention.iso.ends_with(day_and_month)) {
            structure.dateline_date = mention.iso;
            break;
          }
        }
      }
      if (lead_in->story.empty()) {  // the story starts in the next block
        sheet.used[i] = true;
        continue;
      }
      sheet.put_story(i, std::move(lead_in->story));
      text = sheet.blocks[i]->text;
    } else if (auto tag = sheet.dateline && sheet.dateline_alone && *sheet.dateline + 1 == i
                              ? parse_place_lead_in(text)
                              : std::nullopt;
               tag && tag->iso.empty() && !tag->story.empty()) {
      // "Monterrey, Nuevo León | 26 enero de 2018" / "Tribuna Libre.- La Sala Regional…": an
      // outlet's tag opens the story under the dateline, which placed it already.
      sheet.put_story(i, std::move(tag->story));
      text = sheet.blocks[i]->text;
    }
    // A number line; or the kicker a flattened header left, with the number read from it; and
    // a place among the line's parts ("BOLETIN 1133a/10/ MÉXICO, D.F./ JUE-30-SEP/").
    if (text.size() <= kMaxNumberLineBytes) {
      if (auto number = find_bulletin_number(text);
          number && number == structure.number.value_or(*number)) {
        structure.number = number;
        sheet.used[i] = true;
        if (structure.place.empty()) structure.place = place_among_parts(text);
      }
    }
    if (!sheet.used[i] && !story_begun) {
      if (auto signed_number = office_then_number(text);
          signed_number &&
          signed_number->second == structure.number.value_or(signed_number->second)) {
        structure.letterheads.push_back(std::move(signed_number->first));
        structure.number = std::move(signed_number->second);
        sheet.used[i] = true;
      }
    }
    constexpr std::size_t kMinStoryWords = 25;
    if (!story_begun && !sheet.used[i] && ends_with_period(text) &&
        words_of(text).size() >= kMinStoryWords) {
      story_begun = true;
      page_date_first = false;
    }
  }
}

// Some offices sign the bulletin off with its place and date instead of opening with them.
void read_closing_dateline(BlockSheet& sheet, BulletinStructure& structure) {
  const std::size_t size = sheet.blocks.size();
  const std::size_t footer = std::max(kHeaderBlocks, size - std::min(size, kFooterBlocks));
  for (std::size_t i = size; i > footer && !structure.dateline_date; --i) {
    // "Esta nota fue publicada el día: 21, diciembre, 2016": a page's date under the story.
    auto dateline = parse_dateline(sheet.blocks[i - 1]->text);
    if (!dateline) dateline = labelled_date(sheet.blocks[i - 1]->text);
    if (!dateline || !dateline->story.empty()) continue;
    structure.place = dateline->place;
    structure.dateline_date = dateline->iso;
    sheet.used[i - 1] = true;
  }
  // "…se habilitó el call center 01 800 623 2323. 19/09/2017": the date that signs the story
  // off, glued to its last sentence.
  if (!structure.dateline_date && size >= 2) {
    const std::string_view last = trim_spaces(sheet.blocks[size - 1]->text);
    const std::vector<DateMention> dates =
        last.size() > 2 && std::isdigit(static_cast<unsigned char>(last.back()))
            ? find_dates(last)
            : std::vector<DateMention>{};
    if (!dates.empty() && dates.back().end == last.size() &&
        trim_spaces(last.substr(0, dates.back().begin)).ends_with('.')) {
      structure.dateline_date = dates.back().iso;
    }
  }
}

// Whether block i, one short sentence with its period, opens a page whose dateline follows
// within a few blocks (the summary sentences between): "SSG actualiza panorama de dengue,
// confirma 187 casos acumulados." / "SSG actualiza al personal…" / "Guanajuato, Guanajuato. 24
// de julio de 2024.- La Secretaría…".
bool sentence_title_above_dateline(const BlockSheet& sheet, std::size_t i) {
  return sheet.dateline && *sheet.dateline > i && *sheet.dateline - i <= kMaxUnmarked &&
         sheet.dateline_place && is_one_sentence_title(*sheet.blocks[i]);
}

// How many of a title's words of four letters or more `text` says again (as word starts).
struct Echo {
  std::size_t words = 0;
  std::size_t echoed = 0;
};
Echo echo_of(std::string_view title, std::string_view text) {
  const std::string folded_text = " " + Analyzer::fold(text) + " ";
  Echo echo;
  for (const std::string_view word : words_of(title)) {
    std::string folded = Analyzer::fold(word);
    while (!folded.empty() && std::ispunct(static_cast<unsigned char>(folded.back()))) {
      folded.pop_back();
    }
    if (folded.size() < 4) continue;
    ++echo.words;
    if (folded_text.find(" " + folded) != std::string::npos) ++echo.echoed;
  }
  return echo;
}

// Whether block i, one short sentence with its period, is a headline that the story's first
// sentence says again at more length: "En Atoyac, gran inauguración de la Calle El Roble…" /
// "El H. Ayuntamiento… llevó a cabo la inauguración de la Calle El Roble…". Most of its words
// of four letters or more come again there.
bool sentence_title_echoed_by_story(const BlockSheet& sheet, std::size_t i) {
  constexpr std::size_t kMinEchoedWords = 4;
  constexpr double kMinEchoedShare = 0.6;
  if (!is_one_sentence_title(*sheet.blocks[i])) return false;
  const std::size_t story = sheet.next_unused(i + 1);
  if (story >= sheet.blocks.size() || sheet.blocks[story]->kind != BlockKind::kParagraph) {
    return false;
  }
  constexpr std::size_t kLeadBytes = 300;  // a sentence or so; abbreviations end none
  const std::string_view title = trim_spaces(sheet.blocks[i]->text);
  const std::string_view story_text = trim_spaces(sheet.blocks[story]->text);
  if (story_text.size() <= title.size()) return false;
  const Echo echo = echo_of(title, words_within(story_text, kLeadBytes));
  return echo.words >= kMinEchoedWords &&
         static_cast<double>(echo.echoed) >= kMinEchoedShare * static_cast<double>(echo.words);
}

// Whether `line` is the headline printed again in other words, as pages print it twice
// ("Entregan obras de movilidad y servicios en colonia Cerro de la Campana." / "Entregan obras
// de movilidad y de servicios en la colonia…"): every word of the title of four letters or
// more, and few words besides.
bool restates_title(std::string_view line, std::string_view title) {
  constexpr std::size_t kMinWords = 4;
  constexpr std::size_t kMostExtraWords = 4;
  // Few words besides: a line much longer than the title is none, whatever it says.
  constexpr std::size_t kMostExtraBytes = 48;
  if (title.empty() || line == title || line.size() > title.size() + kMostExtraBytes) return false;
  const Echo echo = echo_of(title, line);
  return echo.words >= kMinWords && echo.echoed == echo.words &&
         words_of(line).size() <= words_of(title).size() + kMostExtraWords;
}

// A sidebar's list that opens the page above the story: three short bullets or more, then a
// title ("- 12 de Mayo | Día Internacional de la enfermería", "- 13 de Mayo | Sahuaripa
// recibe título de ciudad"… / "Llama Gobierno de Sonora a vacunarse…"). A bulletin's
// highlights stand under its title, not above it; above a dateline that opens the story, with
// no title, they are the highlights still. Marks the list used; returns how many blocks it
// held.
std::size_t drop_leading_list(BlockSheet& sheet) {
  constexpr std::size_t kMinListItems = 3;
  constexpr std::size_t kMaxItemBytes = 90;  // a sidebar's line, not a highlight's sentence
  const std::size_t first = sheet.next_unused(0);
  std::size_t end = first;
  while (end < sheet.blocks.size() && sheet.blocks[end]->kind == BlockKind::kBullet &&
         sheet.blocks[end]->text.size() <= kMaxItemBytes) {
    end = sheet.next_unused(end + 1);
  }
  if (end - first < kMinListItems || end == sheet.blocks.size() ||
      !is_title_candidate(*sheet.blocks[end]) || (sheet.dateline && *sheet.dateline == end)) {
    return 0;
  }
  for (std::size_t k = first; k < end; ++k) sheet.used[k] = true;
  return end - first;
}

// "Instituto de Transparencia, Acceso a la Información Pública, … de la Ciudad de México" /
// "DCS/164/2025" / "• La Comisionada…", "SECTUR FEDERAL" / "GOBIERNO DE MEXICO" / "El secretario
// de Turismo… presidió…": an office's letterhead, written as a name, straight above the
// highlights or the story's first paragraph is no title; the page left its headline out.
bool letterhead_over_untitled_story(const BlockSheet& sheet, std::size_t at) {
  constexpr std::size_t kMinStoryWords = 25;
  const std::size_t after = sheet.next_unused(at + 1);
  if (after >= sheet.blocks.size() || !is_letterhead(*sheet.blocks[at]) ||
      !is_written_as_name(sheet.blocks[at]->text)) {
    return false;
  }
  const Block& below = *sheet.blocks[after];
  return below.kind == BlockKind::kBullet ||
         (below.kind == BlockKind::kParagraph && ends_with_period(below.text) &&
          words_of(below.text).size() >= kMinStoryWords);
}

// The first block left for the title: letterhead lines are furniture when a title follows
// them; a title may open with an office's name too ("Secretaría de Salud informa…"), and then
// nothing titled follows. The header ends `header_end` blocks into the sheet.
std::size_t skip_letterheads(BlockSheet& sheet, BulletinStructure& structure,
                             std::size_t header_end) {
  std::size_t next = sheet.next_unused(0);
  bool after_letterhead = false;
  while (next < sheet.blocks.size() && next < header_end) {
    const Block& block = *sheet.blocks[next];
    const std::string_view text = trim_spaces(block.text);
    const bool short_line = text.size() <= kMaxLetterheadLineBytes;
    // A letterhead's last, short line ("LXIV Legislatura", "Central Electoral") when a title
    // still follows.
    const bool letterhead_line =
        after_letterhead && short_line && !ends_with_period(text) && every_word_capitalised(text);
    // A web page's label ("Atajo de Navegación:"), an office's acronym alone ("CEIEG."), or a
    // section's one word ("ALCALDÍAS", "Nacional"): no headline is one word.
    const bool label = short_line && text.ends_with(':');
    const bool lone_word =
        short_line && text.find(' ') == std::string_view::npos && every_word_capitalised(text);
    // A page's tag, in lower case as no headline or letterhead is ("teatro del pueblo").
    const bool tag = short_line && u_islower(first_code_point(text));
    if (!is_letterhead(block) && !letterhead_line && !label && !lone_word && !tag &&
        !is_scrap(block) && !has_contact_details(text)) {
      break;
    }
    std::size_t after = sheet.next_unused(next + 1);
    // Past a run of scraps ("17.8 C" / "Zacatecas" / "spot_img", "Image Image" under a
    // letterhead), to the title they sit on.
    // A letterhead's telephone and mail under it, too.
    while (after < sheet.blocks.size() && after < header_end &&
           (is_scrap(*sheet.blocks[after]) || has_contact_details(sheet.blocks[after]->text))) {
      after = sheet.next_unused(after + 1);
    }
    if (after == sheet.blocks.size() ||
        !(is_title_candidate(*sheet.blocks[after]) || sentence_title_above_dateline(sheet, after) ||
          sentence_title_echoed_by_story(sheet, after))) {
      if (letterhead_over_untitled_story(sheet, next)) {
        sheet.used[next] = true;
        structure.letterheads.emplace_back(text);
        next = after;
      }
      break;
    }
    for (std::size_t k = next; k < after; ++k) sheet.used[k] = true;
    // A letterhead's contact lines name the office and its state ("H. Congreso del Estado…
    // Puebla, Pue. CP 72000"): they leave the text, not the record.
    if (is_letterhead(block) || has_contact_details(text)) {
      structure.letterheads.emplace_back(text);
    }
    next = after;
    after_letterhead = true;
  }
  return next;
}

// A blog theme's byline that names the post it stands under: "Publicado por ZACATECASWEBNEWS
// en noviembre - 6 - 2012 Comentarios desactivados en PROMUEVEN INMUZA E IEMAZ…", under a
// ticker of other posts' headlines. The block whose text the byline repeats, and the byline's;
// nothing when no byline names a block so.
struct BylineTitle {
  std::size_t title;
  std::size_t byline;
};
std::optional<BylineTitle> title_named_by_byline(const BlockSheet& sheet) {
  constexpr std::size_t kMostTickerBlocks = 24;
  static constexpr std::string_view kNamers[] = {"Comentarios desactivados en ",
                                                 "comentarios desactivados en "};
  const std::size_t end = std::min(sheet.blocks.size(), kMostTickerBlocks);
  for (std::size_t j = 1; j < end; ++j) {
    const std::string_view byline = trim_spaces(sheet.blocks[j]->text);
    for (const std::string_view namer : kNamers) {
      const std::size_t at = byline.find(namer);
      if (at == std::string_view::npos) continue;
      const std::string_view named = trim_spaces(byline.substr(at + namer.size()));
      for (std::size_t k = j; k-- > 0;) {
        if (!sheet.used[k] && trim_spaces(sheet.blocks[k]->text) == named) {
          return BylineTitle{k, j};
        }
      }
    }
  }
  return std::nullopt;
}

// A page that prints its title twice, once with its own words glued on ("Imagen de Título 1",
// "Título Alcaldías") and once alone: the later block, whose text the earlier one holds with
// more, is the title. Nothing when no title repeats so.
std::optional<std::size_t> repeated_title(const BlockSheet& sheet, std::size_t from) {
  const std::size_t end = std::min(sheet.blocks.size(), from + kHeaderBlocks);
  for (std::size_t j = from + 1; j < end; ++j) {
    const std::string_view title = trim_spaces(sheet.blocks[j]->text);
    if (sheet.used[j] || title.size() < kMinRepeatedBytes ||
        !is_title_candidate(*sheet.blocks[j])) {
      continue;
    }
    const std::string_view glued = trim_spaces(sheet.blocks[from]->text);
    // The copy is the title and a few words; a name the headline holds ("Cumplirá SCT…, dice
    // Jorge Arganis Díaz-Leal en Hidalgo" / "Jorge Arganis Díaz-Leal") is a photo's caption.
    if (glued.size() <= title.size() || glued.size() >= 2 * title.size()) continue;
    if (glued.find(title) != std::string_view::npos) return j;
    // "032 – CONAPRED RESPONDE A LA FRACCIÓN…" / "Conapred responde a la fracción…": the copy in
    // capitals with the number glued on, then the title as written.
    if (in_capitals(glued) && !in_capitals(title) &&
        Analyzer::fold(glued).find(Analyzer::fold(title)) != std::string::npos) {
      return j;
    }
  }
  return std::nullopt;
}

// "Noticias y notas" / "Aquí encontrara lo mejor…" / "14 mil personas adultas mayores…" /
// "Ministerio de la Presidencia. el 30-03-2017, 01:10 (UTC)" / "14 mil personas adultas
// mayores…": a page that prints the title, its stamp (who posted it and when), then the title
// again. The first copy's block, below the page's own labels; nothing when no title repeats so.
std::optional<std::size_t> title_around_stamp(const BlockSheet& sheet, std::size_t from) {
  const std::size_t end = std::min(sheet.blocks.size(), from + kHeaderBlocks);
  for (std::size_t j = sheet.next_unused(from); j < end; j = sheet.next_unused(j + 1)) {
    const std::size_t stamp = sheet.next_unused(j + 1);
    const std::size_t copy = sheet.next_unused(stamp + 1);
    if (copy >= sheet.blocks.size()) return std::nullopt;
    const std::string_view title = trim_spaces(sheet.blocks[j]->text);
    const std::string_view stamp_text = trim_spaces(sheet.blocks[stamp]->text);
    if (title.size() >= kMinRepeatedBytes && is_title_candidate(*sheet.blocks[j]) &&
        stamp_text.size() <= kMaxHeaderLineBytes && !find_dates(stamp_text).empty() &&
        Analyzer::fold(title) == Analyzer::fold(sheet.blocks[copy]->text)) {
      return j;
    }
  }
  return std::nullopt;
}

// "En Quintana Roo #JuntosSaldremosAdelante…" / "Noticias" / the title / "Secretaría de
// Ecología… Comunicado 051." / "Chetumal, Quintana Roo. Junio 15 de 2022." / the title: a page
// that prints the title above its header (number, dateline, already read) and again below it.
// The first copy's block, below the site's banners and labels; nothing when no title repeats so.
std::optional<std::size_t> title_around_header(const BlockSheet& sheet, std::size_t from) {
  const std::size_t end = std::min(sheet.blocks.size(), from + kHeaderBlocks);
  for (std::size_t j = sheet.next_unused(from); j < end; j = sheet.next_unused(j + 1)) {
    const std::size_t copy = sheet.next_unused(j + 1);
    if (copy >= sheet.blocks.size()) return std::nullopt;
    const std::string_view title = trim_spaces(sheet.blocks[j]->text);
    if (copy > j + 1 && title.size() >= kMinRepeatedBytes && is_title_candidate(*sheet.blocks[j]) &&
        Analyzer::fold(title) == Analyzer::fold(sheet.blocks[copy]->text)) {
      return j;
    }
  }
  return std::nullopt;
}

// "Aprueba INE distribución del financiamiento… 2025  - Central Electoral": the title as a
// page's head gives it, with the site's name after a dash, where another block above or below
// prints the title without it ("Instituto Nacional Electoral INE Comunicado: Aprueba INE…").
std::string without_site_name(std::string title, const BlockSheet& sheet, std::size_t at) {
  const std::size_t end = std::min(sheet.blocks.size(), at + kHeaderBlocks);
  const std::size_t begin = at > kHeaderBlocks ? at - kHeaderBlocks : 0;
  // "ENTREGA CAEM 34 MILLONES… – Edoméx Informa | Noticias del Estado de México" over the
  // headline alone: whatever the site's name, a block that prints exactly what precedes the
  // first dash or bar is the headline.
  for (const std::string_view separator : {" - ", " \u2013 ", " \u2014 ", " | "}) {
    const std::size_t at_separator = title.find(separator);
    if (at_separator == std::string::npos || at_separator < kMinRepeatedBytes) continue;
    std::string headline(trim_spaces(std::string_view(title).substr(0, at_separator)));
    const std::string folded = Analyzer::fold(headline);
    for (std::size_t k = begin; k < end; ++k) {
      if (k != at && Analyzer::fold(trim_spaces(sheet.blocks[k]->text)) == folded) return headline;
    }
  }
  constexpr std::size_t kMaxSiteNameWords = 3;
  const std::size_t dash = title.rfind(" - ");
  if (dash == std::string::npos) return title;
  const std::string_view site = trim_spaces(std::string_view(title).substr(dash + 3));
  const std::vector<std::string_view> words = words_of(site);
  if (words.empty() || words.size() > kMaxSiteNameWords || !every_word_capitalised(site)) {
    return title;
  }
  const std::string headline(trim_spaces(std::string_view(title).substr(0, dash)));
  const std::string folded = Analyzer::fold(headline);
  for (std::size_t k = begin; k < end; ++k) {
    if (k != at && Analyzer::fold(sheet.blocks[k]->text).find(folded) != std::string::npos) {
      return headline;
    }
  }
  return title;
}

// "BOLETÍN | SS|SESVER amplía fechas…": a web page's label glued before the title.
std::string without_label(std::string_view title) {
  // "Alcanza generación de empleos, cifra histórica abril 11, 2017 | 110 vistas": the post's
  // date and its counter after the title.
  if (const std::size_t bar = title.rfind(" | ");
      bar != std::string_view::npos && is_page_counter(Analyzer::fold(title.substr(bar + 3)))) {
    title = trim_spaces(title.substr(0, bar));
    const std::vector<DateMention> dates = find_dates(title);
    if (!dates.empty() && dates.back().end == title.size() && dates.back().begin > 0) {
      title = trim_spaces(title.substr(0, dates.back().begin));
    }
  }
  // "Comunicado de Prensa. Índice Nacional de Precios Productor": the label and its period.
  constexpr std::size_t kMaxLabelBytes = 32;
  if (const std::size_t period = title.find(". ");
      period != std::string_view::npos && period <= kMaxLabelBytes &&
      title.size() - period >= kMinTitleBytes && is_boilerplate(title.substr(0, period))) {
    return std::string(trim_spaces(title.substr(period + 2)));
  }
  const std::size_t bar = title.find(" | ");
  if (bar == std::string_view::npos) return std::string(title);
  // "#Colón | Arranca la Gira Navideña 2019": the site's tag of the story's town or section.
  const std::string_view label = trim_spaces(title.substr(0, bar));
  const bool tag =
      label.size() > 1 && label.front() == '#' && label.find(' ') == std::string_view::npos;
  if (!tag && !is_boilerplate(label)) return std::string(title);
  return std::string(trim_spaces(title.substr(bar + 3)));
}

// A title without the one asterisk left at its end where a chat's bold ("*Invierten…*") lost
// its other half, or the bullet a page's layout set after it ("…DESTACA GOBIERNO FEDERAL•").
std::string without_stray_mark(std::string title) {
  if (title.ends_with('*') && title.find('*') == title.size() - 1) {
    title.pop_back();
  }
  // "…de cara a las elecciones de 2018 |": a bar left after the title by the page's fields.
  if (title.ends_with(" |")) title.resize(title.size() - 2);
  // "*CNDH rechaza señalamientos…**": a bold's asterisks, uneven.
  if (title.starts_with('*') && title.ends_with('*')) {
    const std::size_t first = title.find_first_not_of('*');
    const std::size_t last = title.find_last_not_of('*');
    if (first != std::string::npos) title = title.substr(first, last - first + 1);
  }
  constexpr std::string_view kBullet = "\u2022";
  if (title.ends_with(kBullet) && title.find(kBullet) == title.size() - kBullet.size()) {
    title.resize(title.size() - kBullet.size());
  }
  return std::string(trim_spaces(title));
}

// Block i as a deck the story prints again under the header lines between: "Regresa
// Legislatura 65…" / "El Congreso del Estado iniciará…" / "Comunicado No.: 3483  Fecha
// publicación: …" / "El Congreso del Estado iniciará…".
bool is_deck_printed_again(const BlockSheet& sheet, std::size_t i) {
  const Block& block = *sheet.blocks[i];
  if (block.kind != BlockKind::kParagraph || block.text.size() > kMaxHighlightBytes) return false;
  const std::size_t next = sheet.next_unused(i + 1);
  return next > i + 1 && next < sheet.blocks.size() &&
         trim_spaces(sheet.blocks[next]->text) == trim_spaces(block.text);
}

// A picture's or a text's credit on a line of its own: "Fuente: Prensa Gobierno de Mendoza",
// "Foto publicada en agenciasanluis.com", "Fotos: Minsa".
bool is_credit_line(std::string_view text) {
  constexpr std::size_t kMaxCreditBytes = 80;
  static constexpr std::string_view kCredits[] = {"fuente:", "foto:",   "fotos:",     "foto ",
                                                  "imagen:", "credito", "fotografia:"};
  text = trim_spaces(text);
  if (text.size() > kMaxCreditBytes) return false;
  const std::string folded = Analyzer::fold(text);
  return std::any_of(std::begin(kCredits), std::end(kCredits),
                     [&](std::string_view credit) { return folded.starts_with(credit); });
}

// A name on a line of its own: a few words, each capitalised but the little words of names,
// without a final period ("Secretaría de Gobernación", "Ciudad de México").
bool is_name_line(const Block& block) {
  constexpr std::size_t kMaxNameLineWords = 5;
  const std::string_view text = trim_spaces(block.text);
  return block.kind == BlockKind::kParagraph && !text.empty() && !ends_with_period(text) &&
         !in_capitals(text) && words_of(text).size() <= kMaxNameLineWords &&
         is_written_as_name(text);
}

// Block i, after the title, as a highlight printed without a bullet: a paragraph between the
// title and the dateline ("Turismo internacional deja…" / "Miguel Torruco informó que…" /
// "Ciudad de México, 13 de junio de 2022.- El secretario…"), or one of the unfinished lines
// (no final period) right under a dateline of its own, with the story still to come.
bool is_unmarked_highlight(const BlockSheet& sheet, std::size_t i) {
  const Block& block = *sheet.blocks[i];
  if (block.kind != BlockKind::kParagraph || block.text.size() > kMaxHighlightBytes) return false;
  // "…el SAPAC informa a la ciudadanía:": a list's lead-in, the story's.
  if (trim_spaces(block.text).ends_with(':')) return false;
  // A dateline alone after the paragraphs may sign the bulletin off: they are its story; so is
  // the rest of a dateline's own line. A date alone right under the title and its deck, the
  // story below it, is a post's stamp: "Realizó IMSS…" / "Fueron realizadas en…" /
  // "Política07 de abril de 2025Leticia…" / "Durante el primer trimestre…".
  if (i < *sheet.dateline) {
    const bool stamp_under_deck = sheet.dateline_alone && *sheet.dateline <= kMaxUnmarked &&
                                  sheet.next_unused(*sheet.dateline + 1) < sheet.blocks.size();
    return (!sheet.dateline_alone || stamp_under_deck) && *sheet.dateline - i <= kMaxUnmarked;
  }
  if (i == *sheet.dateline) return false;
  if (!sheet.dateline_alone || i - *sheet.dateline > kMaxUnmarked) return false;
  // "-Trabajará por etapas…; atenderá a 315 mil derechohabientes.": a hyphen glued to the
  // first word marks a highlight, whose sentence may end with a period.
  for (std::size_t j = *sheet.dateline + 1; j <= i; ++j) {
    const std::string_view text = trim_spaces(sheet.blocks[j]->text);
    const bool hyphened =
        text.size() > 1 && text[0] == '-' && u_isupper(first_code_point(text.substr(1)));
    if (!sheet.used[j] && ends_with_period(text) && !hyphened) return false;
  }
  for (std::size_t j = i + 1; j < sheet.blocks.size(); ++j) {
    if (!sheet.used[j] && ends_with_period(sheet.blocks[j]->text)) return true;
  }
  return false;
}

// "Acciones de Gobierno" / "Sonora tierra de oportunidades" / "Llama Gobierno de Sonora a
// vacunarse contra influenza…" / the story: two short labels stacked above a headline twice
// as long as either at least, which the story's first sentence follows. The headline's block, or
// `first` when the blocks are no such stack.
std::size_t past_stacked_labels(const BlockSheet& sheet, std::size_t first) {
  constexpr std::size_t kMaxLabelWords = 5;
  const auto short_label = [&](std::size_t i) {
    const std::string_view text = trim_spaces(sheet.blocks[i]->text);
    return sheet.blocks[i]->kind == BlockKind::kParagraph &&
           text.size() <= kMaxLetterheadLineBytes && !ends_with_period(text) &&
           !text.ends_with(':') && words_of(text).size() <= kMaxLabelWords;
  };
  const std::size_t second = sheet.next_unused(first + 1);
  const std::size_t headline =
      second < sheet.blocks.size() ? sheet.next_unused(second + 1) : sheet.blocks.size();
  const std::size_t story =
      headline < sheet.blocks.size() ? sheet.next_unused(headline + 1) : sheet.blocks.size();
  if (story >= sheet.blocks.size() || !short_label(first) || !short_label(second) ||
      !is_title_candidate(*sheet.blocks[headline]) ||
      ends_with_period(sheet.blocks[headline]->text) ||
      sheet.blocks[story]->kind != BlockKind::kParagraph ||
      !ends_with_period(sheet.blocks[story]->text) ||
      (sheet.dateline && *sheet.dateline == headline)) {
    return first;
  }
  const std::size_t longer_label = std::max(trim_spaces(sheet.blocks[first]->text).size(),
                                            trim_spaces(sheet.blocks[second]->text).size());
  return trim_spaces(sheet.blocks[headline]->text).size() >= 2 * longer_label ? headline : first;
}

// The title at or after the candidate at `title`: a short line above a longer one that is a
// title too is a section's or a page's label ("Locales y estatales", "TERCER INFORME DE
// GOBIERNO"), since a bulletin's title is rarely that short; not above a line of middling length,
// which may be the subtitle of a short title ("Anuncio de Política Monetaria").
std::size_t past_kicker(const BlockSheet& sheet, std::size_t title) {
  if (const std::size_t stacked = past_stacked_labels(sheet, title); stacked != title) {
    return stacked;
  }
  std::size_t after = sheet.next_unused(title + 1);
  // Past scraps too short to be anything but furniture ("GOB", "Img").
  while (after < sheet.blocks.size() && after < kHeaderBlocks &&
         trim_spaces(sheet.blocks[after]->text).size() < kMinTitleBytes) {
    after = sheet.next_unused(after + 1);
  }
  if (after == sheet.blocks.size() ||
      !(is_title_candidate(*sheet.blocks[after]) || is_one_sentence_title(*sheet.blocks[after]))) {
    return title;
  }
  // "Sesiona Diputación Permanente" / "Hermosillo, Sonora, 14 de septiembre de 2006.- La
  // Diputación…": the story that a dateline opened is no title under a label.
  if (sheet.dateline && *sheet.dateline == after && !sheet.dateline_alone) return title;
  const std::string_view kicker = trim_spaces(sheet.blocks[title]->text);
  const std::string_view longer = trim_spaces(sheet.blocks[after]->text);
  // "Declaración conjunta" / "Declaración Conjunta de los Presidentes de México y EUA": a
  // post's short name above the headline it opens.
  if (const std::string folded = Analyzer::fold(kicker);
      Analyzer::fold(longer).starts_with(folded + " ")) {
    return after;
  }
  // A label is capitalised word by word, or in capitals above a title in capitals too; a
  // title in capitals above a subtitle in mixed case is no label. So is a name with its
  // words abbreviated, as no headline writes them ("Int. del Edo. Municipal"), and a section's
  // name of three words at most in sentence case ("Territorio y comarcas") over a headline,
  // no sentence, three times as long.
  constexpr std::size_t kMaxSectionWords = 3;
  const bool abbreviated = is_written_as_name(kicker) && [&] {
    const std::vector<std::string_view> words = words_of(kicker);
    return std::any_of(words.begin(), words.end() - 1, [](std::string_view word) {
      return word.size() > 2 && word.ends_with('.') && u_isupper(first_code_point(word));
    });
  }();
  const bool label_like = ((every_word_capitalised(kicker) || abbreviated) &&
                           (!in_capitals(kicker) || in_capitals(longer))) ||
                          (words_of(kicker).size() <= kMaxSectionWords && !in_capitals(kicker) &&
                           longer.size() >= 3 * kicker.size() && !ends_with_period(longer));
  const bool label = label_like && kicker.size() <= kMaxLetterheadLineBytes &&
                     longer.size() >= std::max(2 * kicker.size(), kMinTitleUnderLabelBytes) &&
                     sheet.blocks[title]->kind == sheet.blocks[after]->kind;
  return label ? after : title;
}

// "-El Fiscal General… rindió cuentas…": a highlight's hyphen, which the cleaner leaves on a
// line that ends like a sentence (it may open dialogue in the story).
std::string without_glued_hyphen(const std::string& text) {
  if (text.size() < 2 || text[0] != '-') return text;
  return u_isupper(first_code_point(std::string_view(text).substr(1))) ? text.substr(1) : text;
}

// "*Apuntala este gobierno… estatales*": a highlight in a chat's bold over several lines, which
// the cleaner leaves (it unbolds a line at a time).
std::string without_wrapping_asterisks(std::string text) {
  while (text.size() > 2 && text.front() == '*' && text.back() == '*') {
    text = std::string(trim_spaces(std::string_view(text).substr(1, text.size() - 2)));
  }
  return text;
}

// "«Como parte del compromiso del Ayuntamiento, … vulnerables».": a summary set in guillemets,
// as one quotation, and the period after them. A line that quotes more than once keeps its
// marks.
std::string without_wrapping_guillemets(std::string text) {
  constexpr std::string_view kOpen = "\u00AB";
  constexpr std::string_view kClose = "\u00BB";
  std::string_view inner = text;
  if (inner.ends_with('.')) inner.remove_suffix(1);
  if (!inner.starts_with(kOpen) || !inner.ends_with(kClose)) return text;
  inner = inner.substr(kOpen.size(), inner.size() - kOpen.size() - kClose.size());
  if (inner.find(kOpen) != std::string_view::npos || inner.find(kClose) != std::string_view::npos) {
    return text;
  }
  return std::string(trim_spaces(inner));
}

// A few words each capitalised, without a final period: a photo's caption or a label under the
// title, no highlight ("Jorge Arganis Díaz-Leal").
bool is_short_caption(std::string_view text) {
  constexpr std::size_t kMaxCaptionWords = 4;
  return !ends_with_period(text) && every_word_capitalised(text) &&
         words_of(text).size() <= kMaxCaptionWords;
}

// Block i as a deck of one sentence, with its period, right under the title at `title`: a
// short sentence that points back at the title, above a story's first paragraph twice its
// length at least ("261 FAMILIAS DE MAGALLANES ACCEDEN A SUBSIDIOS…" / "Estos beneficios del
// Minvu permitirán financiar…" / "El Ministerio de Vivienda y Urbanismo (Minvu) informó la
// selección…"). A story's own first sentence names what it tells of ("El Sindicato Nacional…
// respalda…"); nor does a story open with its place or its date.
bool is_sentence_deck(const BlockSheet& sheet, std::size_t title, std::size_t i) {
  static constexpr std::string_view kPointers[] = {"este",  "esta",  "estos",  "estas",
                                                   "dicho", "dicha", "dichos", "dichas"};
  constexpr std::size_t kMinDeckWords = 8;
  constexpr std::size_t kMaxDeckWords = 35;
  constexpr std::size_t kMinLeadWords = 30;
  std::size_t first = sheet.next_unused(title + 1);
  while (first < i && is_scrap(*sheet.blocks[first])) first = sheet.next_unused(first + 1);
  const Block& block = *sheet.blocks[i];
  const std::string_view text = trim_spaces(block.text);
  if (i != first || i == sheet.dateline || block.kind != BlockKind::kParagraph ||
      !ends_with_period(text) ||
      std::find(std::begin(kPointers), std::end(kPointers),
                Analyzer::fold(text.substr(0, text.find(' ')))) == std::end(kPointers)) {
    return false;
  }
  const std::size_t words = words_of(text).size();
  if (words < kMinDeckWords || words > kMaxDeckWords ||
      text.substr(0, text.size() - 1).find(". ") != std::string_view::npos) {
    return false;
  }
  const std::size_t story = sheet.next_unused(i + 1);
  if (story >= sheet.blocks.size() || sheet.blocks[story]->kind != BlockKind::kParagraph ||
      !ends_with_period(sheet.blocks[story]->text)) {
    return false;
  }
  const std::size_t lead_words = words_of(sheet.blocks[story]->text).size();
  return lead_words >= std::max(kMinLeadWords, 2 * words) && !parse_dateline(text) &&
         !parse_place_lead_in(text) && find_dates(text).empty();
}

// Block i as the subtitle printed right under the title at `title`: an unfinished line (no
// final period) before the story's first paragraph ("Entrega Gobierno de Oaxaca Hospital…" /
// "La obra beneficiará a más de 120 mil habitantes de la Costa" / "Con una inversión…").
// Not the story's opening behind its place ("Ciudad Victoria, Tamaulipas.- El Gobierno…"),
// even where it lacks its period.
bool is_subtitle(const BlockSheet& sheet, std::size_t title, std::size_t i) {
  const auto unfinished = [&](std::size_t k) {
    const Block& block = *sheet.blocks[k];
    // "…insta a las familias a cumplir las medidas de la Defensa Civil:" opens the story's
    // list, the bullets under it the story's own.
    return k != sheet.dateline && block.kind == BlockKind::kParagraph &&
           block.text.size() <= kMaxTitleBytes && !ends_with_period(block.text) &&
           !trim_spaces(block.text).ends_with(':');
  };
  // A deck of sentences printed without their periods, up to three, one a line ("Este nuevo
  // hábitat se ha descrito en…" / "Los investigadores han hallado diferencias…" / "El trabajo
  // ha sido liderado por…"): each of them, as long as a sentence is.
  // Not a caption in a name's capitals ("Junta de Gobierno Local de Málaga./Ayto. de Málaga"),
  // nor a letterhead's telephone and mail.
  const auto deck_line = [&](std::size_t k) {
    constexpr std::size_t kMinDeckLineWords = 8;
    const std::string_view text = sheet.blocks[k]->text;
    const std::vector<std::string_view> words = words_of(text);
    const auto lower_case = std::count_if(words.begin(), words.end(), [](std::string_view word) {
      return u_islower(first_code_point(word));
    });
    return unfinished(k) && words.size() >= kMinDeckLineWords &&
           static_cast<std::size_t>(2 * lower_case) > words.size() && !has_contact_details(text);
  };
  std::size_t first = sheet.next_unused(title + 1);
  // Past a page's counters between them ("0" / "367"): scraps, no lines of the deck.
  while (first < i && is_scrap(*sheet.blocks[first])) first = sheet.next_unused(first + 1);
  std::size_t lines = 1;
  while (first < i && lines < kMaxUnmarked && deck_line(first)) {
    first = sheet.next_unused(first + 1);
    ++lines;
  }
  if (i != first || !unfinished(i) || (lines > 1 && !deck_line(i))) return false;
  // Above the story's first paragraph, or above the bullets ("Será permanente la inscripción…"
  // / "Las ventanillas recibirán a interesados…" / "• Deben presentar…"); a line of a deck
  // above the next line of it.
  const std::size_t story = sheet.next_unused(i + 1);
  if (story >= sheet.blocks.size()) return false;
  if (ends_with_period(sheet.blocks[story]->text) ||
      sheet.blocks[story]->kind == BlockKind::kBullet) {
    return true;
  }
  return lines < kMaxUnmarked && deck_line(story) && deck_line(i) &&
         is_subtitle(sheet, title, story);
}

// Where a second bulletin begins further down the page (a blog's archive, a page of several
// releases): at a later dateline that opens a story ("Apaseo El Alto, Gto. 17 de enero
// 2020.- La Administración…"), with the bullets and the title above it. blocks.size() when
// the page holds one bulletin.
std::size_t second_bulletin_start(const BlockSheet& sheet) {
  const std::size_t size = sheet.blocks.size();
  if (!sheet.dateline) return size;
  // A dateline with a place, or without one on a page whose own dateline has none either ("16
  // de Abril de 2008.- Las corporaciones…" / title / "15 de Abril de 2008.- En sesión…").
  const bool placeless = !sheet.dateline_place;
  const auto opens_story = [&](std::string_view text) {
    const auto dateline = parse_dateline(text);
    return dateline && (!dateline->place.empty() || placeless) && !dateline->story.empty();
  };
  for (std::size_t j = *sheet.dateline + 2; j < size; ++j) {
    if (sheet.used[j] || sheet.blocks[j]->kind != BlockKind::kParagraph) continue;
    if (!opens_story(sheet.blocks[j]->text)) continue;
    std::size_t start = j;
    while (start > *sheet.dateline + 1 && sheet.blocks[start - 1]->kind == BlockKind::kBullet) {
      --start;
    }
    const bool bullets = start < j;
    // Only under a title of its own: a digest's next item, a release the story quotes, a
    // closing dateline or a list's lead-in ("…los siguientes ejes:") is this bulletin's.
    if (start <= *sheet.dateline + 1) continue;
    const Block& title = *sheet.blocks[start - 1];
    const std::string_view title_text = trim_spaces(title.text);
    // Not a story's last paragraph above the repeated copy's bullets ("Presentes: Nombre,
    // subdirector técnico; …; Nombre, asistente jurídico." / "* En breve…").
    const bool titled =
        !title_text.ends_with(':') &&
        (is_title_candidate(title) ||
         (bullets && title.kind == BlockKind::kParagraph && title_text.size() <= kMaxTitleBytes &&
          (!ends_with_period(title_text) || is_one_sentence_title(title))));
    if (titled) return start - 1;
    // A copy of this bulletin printed again below it, from its bullets.
    if (bullets) {
      for (std::size_t k = 0; k + 1 < start; ++k) {
        if (sheet.blocks[k]->text == sheet.blocks[start]->text) return start;
      }
    }
  }
  return size;
}

// The title right above the dateline when the page opens with its furniture instead: a notice
// it repeats ("El contenido de esta página será temporalmente modificado…" three times), scraps
// (". . ."), a news site's edition. "Implementó SSP dispositivo en “Acatrina Fest 2021”" /
// "Acapulco, Gro., 02 de noviembre de 2021.- Para brindar seguridad…". Nothing when any other block
// stands above it (a title ending in a period above its subtitle), or the block above the dateline
// is no title.
std::optional<std::size_t> title_above_dateline(const BlockSheet& sheet, std::size_t first) {
  if (!sheet.dateline) return std::nullopt;
  std::size_t above = *sheet.dateline;
  while (above > first && sheet.used[above - 1]) --above;  // past header lines already read
  if (above <= first ||
      !(is_title_candidate(*sheet.blocks[above - 1]) ||
        is_one_sentence_title(*sheet.blocks[above - 1])) ||
      is_office_name(*sheet.blocks[above - 1])) {
    return std::nullopt;
  }
  const std::size_t title = above - 1;
  const auto repeated = [&](std::size_t k) {
    for (std::size_t other = first; other < title; ++other) {
      if (other != k && sheet.blocks[other]->text == sheet.blocks[k]->text) return true;
    }
    return false;
  };
  const auto marks_only = [&](std::size_t k) {  // ". . .", "* * *"
    const std::string_view text = sheet.blocks[k]->text;
    return std::none_of(text.begin(), text.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80) != 0;
    });
  };
  // A news site's edition on top ("Veracruz, Ver."), where the dateline has its own place.
  const auto edition = [&](std::size_t k) {
    return sheet.dateline_place && parse_place_line(sheet.blocks[k]->text).has_value();
  };
  for (std::size_t k = first; k < title; ++k) {
    if (!sheet.used[k] && !is_scrap(*sheet.blocks[k]) && !marks_only(k) && !repeated(k) &&
        !is_office_name(*sheet.blocks[k]) && !edition(k)) {
      return std::nullopt;
    }
  }
  return title;
}

// A headline in capitals with its bullets under the header lines (number and dateline) that
// the candidate at `title` stands above: the bulletin's own title, where the one above is the
// page's ("Sesión del pleno de la SCJN, lunes 7 de octubre" / "No. 324/2024" / "Ciudad de
// México, a 07 de octubre de 2024" / "DETERMINA EL PLENO…" / "• Al igual que…").
std::optional<std::size_t> headline_under_header(const BlockSheet& sheet, std::size_t title) {
  constexpr std::size_t kMinHeaderLines = 2;
  if (!sheet.dateline || *sheet.dateline <= title) return std::nullopt;
  std::size_t below = title + 1;
  while (below < sheet.blocks.size() && sheet.used[below]) ++below;
  if (below - title - 1 < kMinHeaderLines || below <= *sheet.dateline ||
      below + 1 >= sheet.blocks.size()) {
    return std::nullopt;
  }
  const Block& headline = *sheet.blocks[below];
  if (!is_title_candidate(headline) || !in_capitals(headline.text) ||
      sheet.blocks[below + 1]->kind != BlockKind::kBullet ||
      in_capitals(sheet.blocks[title]->text)) {
    return std::nullopt;
  }
  return below;
}

}  // namespace

BulletinStructure read_structure(const ParsedDocument& document) {
  BulletinStructure structure;
  BlockSheet sheet;
  // A story has begun once it has a few sentences: a share bar or a "Ver más" under the lead
  // is still the page's top, not its end.
  std::size_t story_sentences = 0;
  bool story_over = false;                // past the end mark or the page's teasers: links only
  std::optional<std::size_t> weather_at;  // blocks kept when a weather widget was left out
  constexpr std::size_t kWidgetBlocks = 2;
  constexpr std::size_t kMaxCaptionBytes = 120;
  bool after_picture = false;
  bool under_sidebar_heading = false;
  std::string_view clock;  // the date a site's clock printed above its weather
  std::optional<std::string> byline_place;
  for (const Block& block : document.blocks) {
    const bool end_mark = block.kind == BlockKind::kEndMark || is_end_mark(block.text);
    const bool story_begun = story_sentences >= kMinStorySentences;
    story_over = story_over || (story_begun && (end_mark || is_article_end(block.text)));
    if (end_mark) continue;
    // Above the story, the heading of a sidebar of teasers ("Más Leídas") is the page's only,
    // and so is a date alone right under it, its ticker's ("Últimas Noticias" / "viernes,
    // abril 26, 2024").
    if (!story_begun && is_article_end(block.text)) {
      under_sidebar_heading = true;
      continue;
    }
    if (std::exchange(under_sidebar_heading, false) && block.text.size() <= kMaxHeaderLineBytes) {
      if (const auto date = parse_dateline(block.text);
          date && date->place.empty() && date->story.empty()) {
        continue;
      }
    }
    if (block.kind == BlockKind::kParagraph && ends_with_period(block.text)) ++story_sentences;
    // The caption under a picture whose file name the copy kept: "yum_bala.conanp.jpg" / "Yum
    // Balam, Isla Grande de Holbox".
    if (after_picture && block.text.size() <= kMaxCaptionBytes && !ends_with_period(block.text) &&
        !parse_dateline(block.text) && !parse_place_lead_in(block.text)) {
      after_picture = false;
      continue;
    }
    after_picture = is_image_file_name(block.text);
    // "Publicado" / "el" / "#México | Se atienden…": a theme's label that lost its date, which
    // the cleaner joined to the line after it; that line stays.
    if (!story_begun) {
      if (const auto rest = after_dateless_label(block.text)) {
        if (!rest->empty()) {
          sheet.stories.push_back(Block{block.kind, std::string(*rest), block.emphasized});
          sheet.blocks.push_back(&sheet.stories.back());
        }
        continue;
      }
    }
    if (!story_begun) {
      if (const auto rest = after_glued_kind_label(block.text)) {
        sheet.stories.push_back(Block{block.kind, std::string(*rest), block.emphasized});
        sheet.blocks.push_back(&sheet.stories.back());
        continue;
      }
    }
    // The clock's date printed again under the masthead ("La Jornada" / "miércoles 13 de agosto
    // de 2025").
    if (!story_begun && !clock.empty() && trim_spaces(block.text) == clock) continue;
    // A news theme's breadcrumb glued together ("InicioJaliscoLa SICT inició…"), the title it
    // ends with printed below it; the date in the theme's top bar above it is today's
    // ("domingo, noviembre 30, 2025" / "Mas..." / "InicioNacional…").
    if (!story_begun && is_glued_breadcrumb(block.text)) {
      if (const std::string_view dropped = drop_clock_above(sheet, kWidgetBlocks);
          !dropped.empty()) {
        clock = dropped;
      }
      continue;
    }
    if (is_boilerplate(block.text)) {
      // "Redacción / Guanajuato, Gto.": the newsroom's byline and the place it writes from, a
      // town and its state, which a dateline below wins over ("Redacción Web/La Voz de
      // Michoacán." names an outlet).
      if (!story_begun && !byline_place && is_newsroom_byline(block.text)) {
        const std::size_t slash = block.text.rfind('/');
        const std::string_view after =
            slash == std::string::npos
                ? std::string_view()
                : trim_spaces(std::string_view(block.text).substr(slash + 1));
        if (after.find(", ") != std::string_view::npos) byline_place = parse_place_line(after);
      }
      // The caption printed once more with its credit: "…in Panama City" / "…in Panama City -
      // REUTERS / CARLOS JASSO - Archivo".
      if (!sheet.blocks.empty() && sheet.blocks.back()->text.size() < block.text.size() &&
          block.text.starts_with(sheet.blocks.back()->text) &&
          is_agency_photo_caption(Analyzer::fold(block.text))) {
        sheet.blocks.pop_back();
      }
      if (is_weather(Analyzer::fold(block.text))) {
        weather_at = sheet.blocks.size();
        // The date above a site's weather is today's too, with the city the weather is of
        // between them ("miércoles 13 de agosto de 2025" / "Ciudad de México" / "17.75°C").
        if (const std::string_view dropped =
                story_begun ? "" : drop_clock_above(sheet, kWidgetBlocks);
            !dropped.empty()) {
          clock = dropped;
        }
      }
      // The post's date that a blog's line of categories ends with, which a dateline below wins
      // over.
      if (auto posted = category_line_date(block.text); posted && !structure.dateline_date) {
        structure.dateline_date = std::move(posted->iso);
        sheet.dateline_alone = true;
      }
      if (auto released = story_begun ? std::nullopt : release_service_date(block.text);
          released && !structure.dateline_date) {
        structure.dateline_date = std::move(released->iso);
        sheet.dateline_alone = true;
      }
      continue;
    }
    // A menu up top; below, the same shape may be a table's header.
    if (!story_begun && might_be_navigation(block.text) &&
        is_navigation(Analyzer::fold(without_marks(block.text)))) {
      continue;
    }
    // The date beside a site's weather is today's, not the bulletin's ("17.8 C" / "Zacatecas"
    // / "jueves, 16 mayo, 2024").
    if (weather_at && sheet.blocks.size() - *weather_at <= kWidgetBlocks &&
        opens_with_page_date(block.text)) {
      continue;
    }
    if (is_link_line(block.text)) {
      // "Las imágenes pueden consultarse en el siguiente link:" / "Video, Secretario General…,
      // Manuel Romo" / "https://we.tl/…": a press kit's label opens no story; it names who
      // spoke, so its text stays.
      if (!sheet.blocks.empty() && is_link_label(sheet.blocks.back()->text)) {
        sheet.link_labels.push_back(sheet.blocks.back());
      }
      structure.links.emplace_back(trim_spaces(block.text));
      continue;
    }
    if (story_over) {
      collect_urls(block.text, structure.links);  // "LINK FOTOS https://…" after "---o0o---"
    } else {
      sheet.blocks.push_back(&block);
    }
  }
  drop_vertical_menus(sheet);
  drop_repeated_labels(sheet);
  split_flattened_header(sheet, structure);
  split_run_on_title(sheet);
  drop_titles_repeated_before_datelines(sheet);
  drop_truncated_copies(sheet);
  drop_teaser_on_top(sheet);
  sheet.used.assign(sheet.blocks.size(), false);
  if (const auto named = title_named_by_byline(sheet)) {
    // The ticker leaves the sheet, so that the header's blocks count from the post's title.
    sheet.blocks.erase(sheet.blocks.begin(),
                       sheet.blocks.begin() + static_cast<std::ptrdiff_t>(named->title));
    sheet.used.assign(sheet.blocks.size(), false);
    const std::size_t byline = named->byline - named->title;
    sheet.used[byline] = true;
    // "Publicado por Nombre en noviembre - 6 - 2012 Comentarios…": the post's date.
    const std::vector<DateMention> dates = find_dates(sheet.blocks[byline]->text);
    if (!dates.empty()) {
      structure.dateline_date = dates.front().iso;
      sheet.dateline = byline;
      sheet.dateline_alone = true;
    }
  }
  read_header(sheet, structure);
  read_closing_dateline(sheet, structure);
  if (structure.place.empty() && byline_place) structure.place = std::move(*byline_place);
  // The header's blocks count past a sidebar's list above it.
  const std::size_t header_end = kHeaderBlocks + drop_leading_list(sheet);
  std::size_t next = skip_letterheads(sheet, structure, header_end);
  const std::vector<const Block*>& blocks = sheet.blocks;
  std::vector<bool>& used = sheet.used;

  if (document.metadata.title) {
    structure.title = *document.metadata.title;
  } else if (document.title_hint) {
    structure.title = *document.title_hint;
  } else if (next < blocks.size() &&
             (is_title_candidate(*blocks[next]) || sentence_title_above_dateline(sheet, next) ||
              sentence_title_echoed_by_story(sheet, next)) &&
             !is_office_name(*blocks[next])) {
    if (const auto stamped = title_around_stamp(sheet, next)) {
      for (std::size_t k = next; k < *stamped; ++k) used[k] = true;  // the page's labels
      const std::size_t stamp = sheet.next_unused(*stamped + 1);
      used[stamp] = used[sheet.next_unused(stamp + 1)] = true;
      // Who posted it, an office as a rule, is named among the bulletin's bodies still.
      const DateMention posted = find_dates(blocks[stamp]->text).front();
      if (!structure.dateline_date) structure.dateline_date = posted.iso;
      const std::string_view stamp_text = blocks[stamp]->text;
      if (const std::string_view poster = trim_spaces(stamp_text.substr(0, posted.begin));
          !poster.empty()) {
        structure.letterheads.emplace_back(poster);
      }
      next = *stamped;
    } else if (const auto printed = title_around_header(sheet, next)) {
      for (std::size_t k = next; k < *printed; ++k) used[k] = true;  // the site's banners
      used[sheet.next_unused(*printed + 1)] = true;
      next = *printed;
    } else if (const auto repeated = repeated_title(sheet, next)) {
      used[next] = true;  // the page's copy, which may carry the number: "Comunicado 63. Título"
      if (!structure.number) {
        std::string copy(trim_spaces(blocks[next]->text));
        structure.number = take_leading_number(copy);
      }
      next = *repeated;
    } else if (const std::size_t title = past_kicker(sheet, next); title != next) {
      for (std::size_t k = next; k < title; ++k) used[k] = true;  // labels leave the text
      next = title;
    } else if (const auto headline = headline_under_header(sheet, next)) {
      used[next] = true;  // the page's title
      next = *headline;
    }
    std::string title(trim_spaces(blocks[next]->text));
    // "Nota N°. 8621 | Espera Graue Wiechers…": the number and the title parted by a bar.
    if (title.find(" | ") != std::string::npos) {
      std::string rest = title;
      if (auto number = take_leading_number(rest);
          number && number == structure.number.value_or(*number)) {
        structure.number = std::move(number);
        title = std::move(rest);
      }
    }
    structure.title = without_site_name(without_stray_mark(without_label(title)), sheet, next);
    used[next] = true;
  } else if (const auto title = title_above_dateline(sheet, next)) {
    for (std::size_t k = next; k <= *title; ++k) {  // the page's furniture
      if (!used[k] && k < *title && is_office_name(*blocks[k])) {
        structure.letterheads.emplace_back(trim_spaces(blocks[k]->text));
      }
      used[k] = true;
    }
    next = *title;
    structure.title = without_stray_mark(std::string(trim_spaces(blocks[next]->text)));
  }
  // "*EN PROCESO DE ELECCIÓN INTERNA EN EL CEN DEL PRI": a headline in capitals that a site's
  // asterisk made a bullet, the one bullet above the story.
  if (structure.title.empty() && !document.metadata.title && !document.title_hint &&
      next < blocks.size() && blocks[next]->kind == BlockKind::kBullet &&
      in_capitals(blocks[next]->text) && trim_spaces(blocks[next]->text).size() >= kMinTitleBytes &&
      blocks[next]->text.size() <= kMaxTitleBytes) {
    const std::size_t after = sheet.next_unused(next + 1);
    if (after < blocks.size() && blocks[after]->kind != BlockKind::kBullet) {
      structure.title = trim_spaces(blocks[next]->text);
      used[next] = true;
    }
  }
  // Without a title, the office's name on top is its letterhead still.
  if (structure.title.empty() && next < blocks.size() && is_office_name(*blocks[next])) {
    used[next] = true;
    structure.letterheads.emplace_back(trim_spaces(blocks[next]->text));
  }
  if (!document.metadata.title && !structure.number) {
    structure.number = take_leading_number(structure.title);
  }

  // Highlights: bullets before the body, bare highlight sentences just before them, and the
  // lines an office prints between title and dateline, or under a dateline of its own before
  // the story, without bullets.
  const bool title_taken = next < blocks.size() && used[next];
  const std::size_t second_bulletin = second_bulletin_start(sheet);
  // Highlights stand before a story: bullets that neither the dateline nor a sentence follows
  // ("**De acuerdo con las leyes…" / "Boletín informativo.") are the story's own lines, and a
  // bold's opening asterisks made a bullet of the last.
  constexpr std::size_t kMinSentenceWords = 4;  // more than a label's
  std::size_t story_end = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if ((blocks[i]->kind == BlockKind::kParagraph &&
         words_of(blocks[i]->text).size() >= kMinSentenceWords) ||
        (sheet.dateline && *sheet.dateline == i)) {  // an excerpt may cut its story short
      story_end = i + 1;
    }
  }
  bool in_body = false;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (used[i]) continue;
    if (i >= second_bulletin) {  // another bulletin's: its links only
      collect_urls(blocks[i]->text, structure.links);
      continue;
    }
    const Block& block = *blocks[i];
    const std::string text(trim_spaces(block.text));
    if (text == structure.title) continue;
    if (!in_body && std::find(sheet.link_labels.begin(), sheet.link_labels.end(), &block) !=
                        sheet.link_labels.end()) {
      structure.body.push_back(text);
      continue;
    }
    // The headline printed again; a bullet that restates it is the office's highlight still.
    if (!in_body && block.kind != BlockKind::kBullet && restates_title(text, structure.title)) {
      continue;
    }
    if (!in_body && block.kind == BlockKind::kBullet && !is_scrap(block) && i < story_end) {
      structure.highlights.push_back(without_wrapping_asterisks(text));
      continue;
    }
    // Between the title and the story, a photo's caption or a byline leaves the text; above
    // the story, a picture's or a text's credit does.
    if (!in_body && title_taken && next < i && is_short_caption(text)) continue;
    if (!in_body && is_credit_line(text)) continue;
    // "lunes, 5 de abril de 2010" / "Comunicado 143" / "Secretaría de Gobernación" / "Ciudad de
    // México" / "• Diversos daños…": under a dateline alone, the office and the town, each a
    // name on a line of its own, are no highlights.
    if (!in_body && sheet.dateline && sheet.dateline_alone && i > *sheet.dateline &&
        i - *sheet.dateline <= kMaxUnmarked && is_name_line(block)) {
      if (is_letterhead(block)) {
        structure.letterheads.push_back(text);
        continue;
      }
      if (auto place = structure.place.empty() ? parse_place_line(text + ".") : std::nullopt) {
        structure.place = std::move(*place);
        continue;
      }
    }
    if (!in_body && title_taken && next < i && !is_scrap(block) &&
        ((sheet.dateline && is_unmarked_highlight(sheet, i)) || is_subtitle(sheet, next, i) ||
         is_sentence_deck(sheet, next, i) || is_deck_printed_again(sheet, i))) {
      structure.highlights.push_back(without_label(without_glued_hyphen(text)));
      continue;
    }
    // Without a title, the lines above the dateline that opens the story are its highlights
    // still ("-En la Conmemoración del Día del Trabajo, el mandatario…" / "CIUDAD DE PUEBLA,
    // Pue.- En su paso…").
    constexpr std::size_t kMinUntitledHighlightWords = 8;  // a sentence, not a page's label
    if (!in_body && structure.title.empty() && sheet.dateline && i < *sheet.dateline &&
        !is_scrap(block) && words_of(text).size() >= kMinUntitledHighlightWords &&
        is_unmarked_highlight(sheet, i)) {
      structure.highlights.push_back(without_label(without_glued_hyphen(text)));
      continue;
    }
    // Not past the story's opening: the paragraphs after a dateline that opens the story are
    // the story, whatever bullets a second bulletin further down the page prints.
    const bool past_opening =
        sheet.dateline && (i == *sheet.dateline || (i > *sheet.dateline && !sheet.dateline_alone));
    if (!in_body && !past_opening && is_bare_highlight(block)) {
      std::size_t j = i + 1;
      while (j < blocks.size() && (used[j] || is_bare_highlight(*blocks[j]))) ++j;
      if (j < blocks.size() && blocks[j]->kind == BlockKind::kBullet && j < story_end) {
        structure.highlights.push_back(text);
        continue;
      }
    }
    if (block.kind == BlockKind::kHeading && !in_body) continue;  // section headings up top
    if (is_scrap(block) && !in_body) continue;
    in_body = true;
    structure.body.push_back(text);
    collect_urls(text, structure.links);
  }
  // Without a dateline, the story's opening may date itself: "…inaugurada este lunes 7 de
  // mayo de 2018…", "hoy, jueves 3 de abril de 2025": the day it tells of is the day it was
  // written. Only its first paragraph, and only "este" or "hoy" before a weekday.
  if (!structure.dateline_date && !structure.body.empty()) {
    const std::string_view opening = structure.body.front();
    for (const DateMention& date : find_dates(opening)) {
      if (!date.has_weekday) continue;
      const std::string before =
          Analyzer::fold(last_word(trim_spaces(opening.substr(0, date.begin))));
      if (before == "este" || before == "hoy" || before == "hoy,") {
        structure.dateline_date = date.iso;
        break;
      }
    }
  }
  for (std::string& highlight : structure.highlights) {
    highlight = without_wrapping_guillemets(std::move(highlight));
  }
  // A page that prints its deck twice, as a summary and again as a photo's caption.
  structure.highlights.erase(std::unique(structure.highlights.begin(), structure.highlights.end()),
                             structure.highlights.end());
  if (structure.title.empty()) structure.warnings.push_back("no title found");
  if (structure.body.empty()) structure.warnings.push_back("no body text found");
  return structure;
}

}  // namespace hemeroteca
