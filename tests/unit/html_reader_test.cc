// HTML pages through read_bytes(): the article's blocks, title_hint, date_hint and charset.
#include <gtest/gtest.h>

#include "block_letter.h"
#include "hemeroteca/indexer/reader.h"
#include "hemeroteca/schema/error.h"
#include "test_support.h"

namespace hemeroteca {
namespace {

// Long enough to count as article text when the container is chosen.
constexpr std::string_view kLong =
    "El Instituto informó hoy que la nueva clínica atenderá a treinta mil derechohabientes.";

ParsedDocument ReadHtml(std::string_view html) { return read_bytes(html, "pagina.html").at(0); }

// Blocks as "H:…|B:…|P:…", with "*" after the kind when the block is emphasized.
std::string Blocks(const ParsedDocument& document) {
  std::string out;
  for (const Block& block : document.blocks) {
    if (!out.empty()) out += "|";
    out += testing::BlockLetter(block.kind);
    if (block.emphasized) out += "*";
    out += ":" + block.text;
  }
  return out;
}

std::string Page(std::string_view head, std::string_view body) {
  return "<!DOCTYPE html><html><head>" + std::string(head) + "</head><body>" + std::string(body) +
         "</body></html>";
}

TEST(HtmlReader, TurnsMarkupIntoBlocks) {
  const struct {
    std::string_view body;
    std::string_view blocks;
  } cases[] = {
      {"<h2>Título</h2><ul><li>Uno.</li><li>Dos.</li></ul><p>Texto.</p>",
       "H:Título|B:Uno.|B:Dos.|P:Texto."},
      {"<p>El   <b>IMSS</b>\n   informó&nbsp;que &laquo;todo&raquo; va &amp; bien.</p>",
       "P:El IMSS informó que «todo» va & bien."},
      {"<p>Primera frase.<br>Segunda frase.</p><p>Una línea que sigue<br/>en la otra.</p>",
       "P:Primera frase.|P:Segunda frase.|P:Una línea que sigue en la otra."},
      {"<p>Fin de la línea.<br><br></p>", "P:Fin de la línea."},
      {"<p>- Uno<br>- Dos</p><p>\u2022 Tres</p>", "B:Uno|B:Dos|B:Tres"},
      {"<p><strong>Todo en negritas.</strong></p><p>Solo <b>una</b> palabra.</p>",
       "P*:Todo en negritas.|P:Solo una palabra."},
      {"<div>Texto suelto.<p>Párrafo.</p>Más texto.</div>",
       "P:Texto suelto.|P:Párrafo.|P:Más texto."},
      {"<ul><li>Punto<ul><li>Subpunto</li></ul></li></ul>", "B:Punto|B:Subpunto"},
      {"<table><tr><td>Estado</td><td>Dosis</td></tr></table>", "P:Estado|P:Dosis"},
      {"<pre>Línea uno.\nLínea dos.</pre>", "P:Línea uno.|P:Línea dos."},
      {"<p>Foto:<img src=\"a.jpg\" alt=\"Imprimir\"></p><p align=\"center\"><img "
       "src=\"b.jpg\"></p>",
       "P:Foto:"},
  };
  for (const auto& c : cases) EXPECT_EQ(c.blocks, Blocks(ReadHtml(Page("", c.body)))) << c.body;
}

TEST(HtmlReader, SkipsPageFurniture) {
  const struct {
    std::string_view body;
    std::string_view blocks;
  } cases[] = {
      {"<script>document.write('<p>no</p>')</script><style>p{}</style><noscript>Activa JS"
       "</noscript><p>Texto.</p>",
       "P:Texto."},
      {"<nav><ul><li>Inicio</li></ul></nav><form><label>Buscar</label><button>Ir</button>"
       "</form><p>Texto.</p><footer>Derechos reservados.</footer>",
       "P:Texto."},
      {"<header><h1>Portal del Instituto</h1></header><p>Texto.</p>", "P:Texto."},
      {"<article><header><h1>Título</h1></header><p>Texto.</p></article>", "H:Título|P:Texto."},
      {"<?php include('menu.php'); ?><p>Texto.</p><?php echo $a->b; ?><?= $c ?>", "P:Texto."},
      {"<p><a href=\"?print=1\" title=\"Imprimir\">Imprimir</a></p><p hidden>Oculto.</p>"
       "<div style=\"display: none\">Oculto.</div><div aria-hidden=\"true\">Oculto.</div>"
       "<p>Visible.</p>",
       "P:Visible."},
      {"<div class=\"main-menu\"><p>Inicio</p></div><div id=\"menuPrensa\"><p>Boletines</p>"
       "</div><ul class=\"actions\"><li>Correo</li></ul><div role=\"navigation\">Ir</div>"
       "<p>Texto.</p>",
       "P:Texto."},
      {"<ul><li><a href=\"/1\">Inicio</a></li><li><a href=\"/2\">Trámites</a></li></ul>"
       "<p>Texto con un <a href=\"/x\">enlace</a> dentro.</p>",
       "P:Texto con un enlace dentro."},
      {"<h1>Sala de Prensa</h1><h1>Título real</h1><dl><dt>Detalles</dt></dl><p>Texto.</p>",
       "H:Título real|P:Texto."},
      {"<div class=\"page-with-sidebar\"><p>Texto.</p></div>", "P:Texto."},
  };
  for (const auto& c : cases) EXPECT_EQ(c.blocks, Blocks(ReadHtml(Page("", c.body)))) << c.body;
}

TEST(HtmlReader, KeepsTheArticleAndDropsTheSidebar) {
  const std::string body =
      "<div class=\"columnas\"><div id=\"nota\"><h1>Abre el Instituto una clínica</h1><p>" +
      std::string(kLong) + "</p><p>" + std::string(kLong) + "</p></div><div class=\"lateral\">" +
      "<h2>Lo más leído</h2><p>Otra nota de otro día que no pertenece a este boletín de prensa, "
      "con bastante texto propio.</p></div></div>";
  const ParsedDocument document = ReadHtml(Page("", body));
  EXPECT_EQ("H:Abre el Instituto una clínica|P:" + std::string(kLong) + "|P:" + std::string(kLong),
            Blocks(document));
}

TEST(HtmlReader, WidensTheArticleToItsTitleAndDateline) {
  const std::string body =
      "<div class=\"item-page\"><h1>Título del boletín</h1>"
      "<p align=\"right\">Toluca, Méx., a 19 de julio de 2014.</p>"
      "<div align=\"justify\"><ul><li>Destacado.</li></ul><p>" +
      std::string(kLong) + "</p><p>" + std::string(kLong) +
      "</p></div></div><div class=\"otra\"><p>" + std::string(kLong) + "</p></div>";
  EXPECT_EQ("H:Título del boletín|P:Toluca, Méx., a 19 de julio de 2014.|B:Destacado.|P:" +
                std::string(kLong) + "|P:" + std::string(kLong),
            Blocks(ReadHtml(Page("", body))));
}

TEST(HtmlReader, FindsTheTitle) {
  const std::string text = "<p>" + std::string(kLong) + "</p>";
  const struct {
    std::string head;
    std::string body;
    std::string_view title;  // "-" for none
  } cases[] = {
      {"<title>DELEGACIÓN SONORA - ABRE EL INSTITUTO UNA CLÍNICA</title>",
       "<h1>Sala de Prensa</h1>" + text, "ABRE EL INSTITUTO UNA CLÍNICA"},
      {"<title>Portal | Nota del día</title>", "<h1>Título de la nota </h1>" + text,
       "Título de la nota"},
      {"<title>Sitio - Título B</title>", "<h1>Sección especial</h1><h1>Título B</h1>" + text,
       "Título B"},
      {"<title>Instituto Estatal de Seguridad Social - Nota breve</title>",
       "<h1>Nota breve</h1>" + text, "Nota breve"},
      {"", "<h2>Solo un h2</h2>" + text, "Solo un h2"},
      {"<title>Nota sin separador</title>", text, "Nota sin separador"},
      {"<title>Sala de Prensa</title>", text, "-"},
      {"", text, "-"},
  };
  for (const auto& c : cases) {
    const ParsedDocument document = ReadHtml(Page(c.head, c.body));
    EXPECT_EQ(c.title, document.title_hint.value_or("-")) << c.head << c.body;
  }
}

TEST(HtmlReader, FindsThePublicationDateAndDropsItsLine) {
  const std::string text = "<p>" + std::string(kLong) + "</p>";
  const std::string line =
      "<dl class=\"article-info\"><dd>Publicado el Lunes, 21 Julio 2014 17:54"
      "</dd></dl>";
  const struct {
    std::string head;
    std::string body;
    std::string_view date;
  } cases[] = {
      {"<meta property=\"article:published_time\" content=\"2014-07-21T17:54:00-05:00\">",
       line + text, "2014-07-21T17:54:00-05:00"},
      {"<meta itemprop=\"datePublished\" content=\"2014-07-21\">", text, "2014-07-21"},
      {"", "<time datetime=\"2014-07-21\">21 de julio</time>" + text, "2014-07-21"},
      {"", line + text, "Publicado el Lunes, 21 Julio 2014 17:54"},
      {"", text, "-"},
  };
  for (const auto& c : cases) {
    const ParsedDocument document = ReadHtml(Page(c.head, c.body));
    EXPECT_EQ(c.date, document.date_hint.value_or("-")) << c.head << c.body;
    EXPECT_EQ(std::string::npos, Blocks(document).find("Publicado")) << c.body;
  }
}

TEST(HtmlReader, HonoursTheDeclaredCharset) {
  const std::string latin =
      "<p>Campa\xF1"
      "a de vacunaci\xF3n \x93gratuita\x94.</p>";
  const std::string_view expected = "P:Campaña de vacunación “gratuita”.";
  const struct {
    std::string head;
    std::string_view warnings;
  } cases[] = {
      {"<meta charset=\"iso-8859-1\">", "converted from windows-1252"},
      {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">",
       "converted from windows-1252"},
      {"<meta charset=\"utf-8\">",
       "converted from windows-1252|declared utf-8, but the bytes "
       "are not UTF-8"},
      {"<meta charset=\"x-desconocido\">",
       "converted from windows-1252|unknown charset "
       "\"x-desconocido\" declared; read as windows-1252"},
      {"", "converted from windows-1252"},
  };
  for (const auto& c : cases) {
    const ParsedDocument document = ReadHtml(Page(c.head, latin));
    EXPECT_EQ(expected, Blocks(document)) << c.head;
    std::string warnings;
    for (const std::string& w : document.warnings) warnings += (warnings.empty() ? "" : "|") + w;
    EXPECT_EQ(c.warnings, warnings) << c.head;
  }
  const ParsedDocument utf8 = ReadHtml(Page("<meta charset=\"iso-8859-1\">", "<p>Campaña.</p>"));
  EXPECT_EQ("P:Campaña.", Blocks(utf8));
  EXPECT_EQ("declared iso-8859-1, but the bytes are UTF-8; read as UTF-8", utf8.warnings.at(0));
}

TEST(HtmlReader, ReadsAPageInTheIsssteShape) {
  const ParsedDocument document =
      read_file(testing::fixtures_dir() / "formats" / "comunicado.html").at(0);
  EXPECT_EQ("html", document.format);
  EXPECT_EQ("ENTREGA EL INSTITUTO 300 CRÉDITOS EN ZAPOPAN", document.title_hint.value_or("-"));
  EXPECT_EQ("Publicado el Martes, 10 Marzo 2015 12:05", document.date_hint.value_or("-"));
  EXPECT_TRUE(document.warnings.empty());
  EXPECT_EQ(
      "H:ENTREGA EL INSTITUTO 300 CRÉDITOS EN ZAPOPAN|"
      "P:Zapopan, Jal., a 10 de marzo de 2015.|"
      "B:Los créditos suman 45 millones de pesos para trabajadores del estado.|"
      "B:Se abrirá una ventanilla «exprés» en la clínica local.|"
      "P:El director de la delegación, Ramiro Ejemplo Ficticio, entregó 300 créditos "
      "personales a trabajadores de la educación y de la salud en una ceremonia celebrada en el "
      "auditorio municipal.|"
      "P:Explicó que los préstamos tienen una tasa fija & plazos de hasta 48 meses.|"
      "P:En tanto, la presidenta municipal, Laura Modelo Inventada, agradeció el apoyo.|"
      "P:La delegación atenderá de lunes a viernes en horario continuo.|"
      "P*:Los interesados pueden consultar los requisitos en la página del Instituto.",
      Blocks(document));
}

TEST(HtmlReader, RefusesPagesNestedTooDeepQuickly) {
  std::string page = "<html><body>";
  for (int i = 0; i < 100000; ++i) page += "<div>";
  try {
    ReadHtml(page);
    ADD_FAILURE() << "read a page nested 100000 deep";
  } catch (const Error& e) {
    EXPECT_EQ(ErrorKind::kInvalidArgument, e.kind());
    EXPECT_NE(std::string(e.what()).find("nest 100000 deep"), std::string::npos) << e.what();
  }
}

TEST(HtmlReader, ReadsAPageWithThousandsOfParagraphs) {
  std::string body;
  for (int i = 0; i < 20000; ++i) body += "<p>" + std::string(kLong) + "</p>\n";
  const ParsedDocument document = ReadHtml(Page("<title>Largo</title>", body));
  EXPECT_EQ(20000u, document.blocks.size());
  EXPECT_EQ("Largo", document.title_hint.value_or("-"));
}

}  // namespace
}  // namespace hemeroteca
