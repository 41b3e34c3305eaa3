#include "hemeroteca/indexer/reader.h"

#include <gtest/gtest.h>

#include <chrono>
#include <random>

#include "block_letter.h"
#include "hemeroteca/schema/error.h"
#include "test_support.h"

namespace hemeroteca {
namespace {

std::filesystem::path Fixture(const std::string& name) {
  return testing::fixtures_dir() / "formats" / name;
}

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

std::string Warnings(const ParsedDocument& document) {
  std::string out;
  for (const std::string& warning : document.warnings) out += (out.empty() ? "" : "|") + warning;
  return out;
}

std::string Repeat(std::string_view unit, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += unit;
  return out;
}

const char* KindName(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kInvalidArgument:
      return "invalid";
    case ErrorKind::kNotFound:
      return "not-found";
    case ErrorKind::kIo:
      return "io";
    case ErrorKind::kCorrupt:
      return "corrupt";
    case ErrorKind::kUnavailable:
      return "unavailable";
  }
  return "?";
}

// "kind: message" of the Error reading `bytes` throws, or "read N" with the document count.
std::string ReadOutcome(std::string_view bytes, const std::string& name = "boletin.txt",
                        const ReadOptions& options = {}) {
  try {
    return "read " + std::to_string(read_bytes(bytes, name, options).size());
  } catch (const Error& e) {
    return std::string(KindName(e.kind())) + ": " + e.what();
  }
}

TEST(DetectFormat, JudgesContentFirstAndTheExtensionSecond) {
  const struct {
    std::string_view bytes;
    std::string_view name;
    std::string_view format;
  } cases[] = {
      {"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n", "boletin.bin", "pdf"},
      {"%PDF-1.7\n", "boletin.txt", "pdf"},
      {"\n\n%PDF-1.5\n", "", "pdf"},
      {"<!DOCTYPE html>\n<html><body></body></html>", "boletin.txt", "html"},
      {"\xEF\xBB\xBF  <!doctype HTML>", "", "html"},
      {"<html lang=\"es\">", "", "html"},
      {"<?php include('cabecera.php'); ?>\n<html>", "", "html"},
      {"<!-- copia -->\n<head><title>x</title></head>", "", "html"},
      {"<div>Hola</div>", "pagina.htm", "html"},
      {"<p>Hola</p>", "pagina.txt", "html"},
      {"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", "", "html"},
      {"<?xml version=\"1.0\"?>\n<hemeroteca-archive version=\"1\">", "a.txt", "xml"},
      {"<!-- sin prólogo -->\n<hemeroteca-archive version=\"1\">", "", "xml"},
      {"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", "feed.xml", "xml"},
      {"# Título\n\nTexto.", "boletin.txt", "markdown"},
      {"Texto sin marcas.", "boletin.md", "markdown"},
      {"Texto.\fOtra página.", "boletin.txt", "pdf-text"},
      {"Texto.\nPÁGINA 1/2\nOtra página.", "boletin.txt", "pdf-text"},
      {"Texto.\n1 de 2\nOtra página.", "boletin.txt", "pdf-text"},
      {"Texto llano.\n", "boletin.html", "text"},
      {"Texto llano.\n", "boletin.pdf", "text"},
      {"Texto llano.\n", "boletin.xml", "text"},
      {"a < b, dijo.", "boletin.txt", "text"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(c.format, detect_format(c.bytes, c.name)) << c.bytes;
  }
}

TEST(IsSupportedFile, KnowsEveryFormatsExtensionInAnyCase) {
  for (std::string_view name :
       {"a.txt", "a.text", "a.md", "a.markdown", "a.html", "a.HTM", "a.pdf", "a.PDF", "a.xml"}) {
    EXPECT_TRUE(is_supported_file(std::string(name))) << name;
  }
  for (std::string_view name : {"a.doc", "a.jpg", "a", "a.html.bak", "a.xsd"}) {
    EXPECT_FALSE(is_supported_file(std::string(name))) << name;
  }
}

TEST(ReadText, DecodesWindows1252AndSaysSo) {
  const std::vector<ParsedDocument> documents = read_file(Fixture("windows-1252.txt"));
  ASSERT_EQ(1u, documents.size());
  EXPECT_EQ("text", documents[0].format);
  EXPECT_EQ("converted from windows-1252", Warnings(documents[0]));
  EXPECT_EQ(
      "P:BOLETÍN DE PRENSA|P:Mérida, Yuc., a 2 de febrero de 2019.|"
      "P:Inaugura el Instituto una unidad de hemodiálisis en Mérida|"
      "B:La unidad atenderá a 120 pacientes al año.|"
      "P:El director de la unidad señaló que “la atención será gratuita” para los "
      "derechohabientes de la península, y que el año próximo se abrirá otra sede en Campeche.",
      Blocks(documents[0]));
}

TEST(ReadText, ReadsCrlfLineEndings) {
  const std::vector<ParsedDocument> documents = read_file(Fixture("crlf.txt"));
  ASSERT_EQ(1u, documents.size());
  EXPECT_EQ("", Warnings(documents[0]));
  EXPECT_EQ(
      "P:BOLETÍN DE PRENSA|P:Puebla, Pue., a 8 de abril de 2021.|"
      "P:Concluye la jornada de vacunación en Puebla|B:Se aplicaron 15 mil dosis en cinco días.|"
      "P:La jornada de vacunación concluyó con la participación de brigadas de enfermería en "
      "las 217 cabeceras municipales.",
      Blocks(documents[0]));
}

// Markdown kept as a static site's sources: the title and date live in the front matter, and
// its keys are no part of the bulletin's text.
TEST(ReadMarkdown, TakesTitleAndDateFromYamlFrontMatter) {
  const std::vector<ParsedDocument> documents = read_bytes(
      "---\r\nlayout: blog\r\ntitle:  \"Inauguración de espacios\"\r\nDate:   2020-12-30\r\n"
      "tags:\r\n  - title: no es el título\r\nautor:\r\n---\r\n\r\n"
      "*Playas de Rosarito, Baja California; 30 de diciembre del 2020.*\r\n\r\n"
      "La presidenta municipal inauguró tres espacios.\r\n",
      "boletin.md");
  ASSERT_EQ(1u, documents.size());
  EXPECT_EQ("markdown", documents[0].format);
  EXPECT_EQ("Inauguración de espacios", documents[0].title_hint.value_or("(none)"));
  EXPECT_EQ("2020-12-30", documents[0].date_hint.value_or("(none)"));
  EXPECT_EQ(
      "P:Playas de Rosarito, Baja California; 30 de diciembre del 2020.|"
      "P:La presidenta municipal inauguró tres espacios.",
      Blocks(documents[0]));
}

TEST(ReadMarkdown, TakesTitleAndDateFromTomlFrontMatterInAnyFileName) {
  const std::vector<ParsedDocument> documents = read_bytes(
      "+++\ntitulo = 'Refuerza la vigilancia en Tecate'\nfecha = 2022-02-15T10:00:00-08:00\n"
      "+++\nTecate, Baja California, 15 de febrero de 2022.\n",
      "boletin.txt");
  ASSERT_EQ(1u, documents.size());
  EXPECT_EQ("markdown", documents[0].format);
  EXPECT_EQ("Refuerza la vigilancia en Tecate", documents[0].title_hint.value_or("(none)"));
  EXPECT_EQ("2022-02-15T10:00:00-08:00", documents[0].date_hint.value_or("(none)"));
  EXPECT_EQ("P:Tecate, Baja California, 15 de febrero de 2022.", Blocks(documents[0]));
}

TEST(ReadMarkdown, TakesTitleAndDateFromPelicanMetadataLines) {
  const std::vector<ParsedDocument> documents = read_bytes(
      "Title: Se reúnen el Secretario Técnico y el Alcalde de Monclova\n"
      "Slug: 2019-05-02-reunion\nDate: 2019-05-02 19:43\nImage: preview.jpg\n\n"
      "* Acuerdan una agenda anticorrupción.\n\nMonclova, Coahuila a 2 de mayo de 2019.\n",
      "boletin.md");
  ASSERT_EQ(1u, documents.size());
  EXPECT_EQ("Se reúnen el Secretario Técnico y el Alcalde de Monclova",
            documents[0].title_hint.value_or("(none)"));
  EXPECT_EQ("2019-05-02 19:43", documents[0].date_hint.value_or("(none)"));
  EXPECT_EQ("B:Acuerdan una agenda anticorrupción.|P:Monclova, Coahuila a 2 de mayo de 2019.",
            Blocks(documents[0]));
  // A bulletin that merely opens with a label keeps its text.
  const std::vector<ParsedDocument> labelled =
      read_bytes("Title: Boletín 12\nLa delegación informa que la clínica abre hoy.\n", "nota.md");
  EXPECT_FALSE(labelled[0].title_hint);
  EXPECT_NE(std::string::npos, Blocks(labelled[0]).find("La delegación informa"));
}

// A document that opens with a rule is no front matter when its lines are no "key: value"
// (review): nothing of it is lost. A YAML value may sit on the lines below its key.
TEST(ReadMarkdown, ReadsOnlyKeysAsFrontMatter) {
  const std::vector<ParsedDocument> ruled = read_bytes(
      "---\n**BOLETÍN No. 123**\n\n# Inauguran hospital en Hermosillo\n\nHermosillo, Sonora, 15 "
      "de febrero de 2022.- El gobernador inauguró el hospital.\n\n---\n\nComunicación Social\n",
      "boletin.md");
  ASSERT_EQ(1u, ruled.size());
  EXPECT_FALSE(ruled[0].title_hint);
  EXPECT_NE(std::string::npos, Blocks(ruled[0]).find("H:Inauguran hospital en Hermosillo"));
  const std::vector<ParsedDocument> folded = read_bytes(
      "---\nlayout: post\ntags:\n- salud\ntitle: >-\n  Inauguran hospital general\n  en Cajeme\n"
      "date: 2022-02-15\n---\n\nCiudad Obregón, Sonora.- El gobernador inauguró el hospital.\n",
      "boletin.md");
  ASSERT_EQ(1u, folded.size());
  EXPECT_EQ("Inauguran hospital general en Cajeme", folded[0].title_hint.value_or("(none)"));
  EXPECT_EQ("2022-02-15", folded[0].date_hint.value_or("(none)"));
  // Lines with keys no metadata has are the bulletin's own.
  const std::vector<ParsedDocument> labelled = read_bytes(
      "Título: Inauguran hospital\nLugar: Hermosillo, Sonora\n\nEl gobernador inauguró.\n",
      "nota.md");
  EXPECT_FALSE(labelled[0].title_hint);
  EXPECT_NE(std::string::npos, Blocks(labelled[0]).find("Lugar: Hermosillo, Sonora"));
}

// A rule that opens a document but is never closed is a rule, not front matter: nothing of
// the text is lost.
TEST(ReadMarkdown, KeepsTheTextOfAnUnclosedFrontMatter) {
  const std::vector<ParsedDocument> documents =
      read_bytes("---\ntitle: Nota sin cierre\n\nEl texto sigue aquí.\n", "nota.md");
  ASSERT_EQ(1u, documents.size());
  EXPECT_FALSE(documents[0].title_hint);
  EXPECT_NE(std::string::npos, Blocks(documents[0]).find("El texto sigue aquí."));
  EXPECT_NE(std::string::npos, Blocks(documents[0]).find("Nota sin cierre"));
}

TEST(ReadText, HandlesBomAndRepairsInvalidBytes) {
  const struct {
    std::string_view bytes;
    std::string_view blocks;
    std::string_view warnings;
  } cases[] = {
      {"\xEF\xBB\xBFHola, mañana.", "P:Hola, mañana.", ""},
      {"Mañana abre la clínica de Cancún \xFF.", "P:Mañana abre la clínica de Cancún \uFFFD.",
       "replaced 1 invalid UTF-8 byte(s) with U+FFFD"},
      {"Ma\xF1"
       "ana abre la cl\xEDnica.",
       "P:Mañana abre la clínica.", "converted from windows-1252"},
  };
  for (const auto& c : cases) {
    const ParsedDocument document = read_bytes(c.bytes, "boletin.txt").at(0);
    EXPECT_EQ(c.blocks, Blocks(document)) << c.bytes;
    EXPECT_EQ(c.warnings, Warnings(document)) << c.bytes;
  }
}

TEST(ReadPdfText, DropsHeadersFootersAndPageNumbers) {
  const std::vector<ParsedDocument> documents = read_file(Fixture("extraido-de-pdf.txt"));
  ASSERT_EQ(1u, documents.size());
  EXPECT_EQ("pdf-text", documents[0].format);
  EXPECT_EQ(
      "P:BOLETÍN DE PRENSA|P:Amplía el Instituto el horario de sus guarderías|"
      "B:El nuevo horario aplica desde el lunes.|"
      "P:El Instituto informó que sus guarderías atenderán de 6:00 a 20:00 horas en todo el "
      "país, como parte del programa de apoyo a madres y padres que trabajan en horario "
      "extendido.|"
      "P:La medida beneficia a 200 mil niñas y niños inscritos en las estancias de la red "
      "institucional.|"
      "P:Las guarderías contarán con personal adicional para el turno vespertino.|"
      "P:Los padres pueden consultar el horario de su estancia en la aplicación del Instituto.|"
      "E:---o0o---",
      Blocks(documents[0]));
}

TEST(ReadFile, DispatchesEachFixtureByContent) {
  const struct {
    std::string_view file;
    std::string_view format;
    std::size_t documents;
  } cases[] = {
      {"comunicado.html", "html", 1}, {"boletin.pdf", "pdf", 1},
      {"archivo.xml", "xml", 2},      {"windows-1252.txt", "text", 1},
      {"crlf.txt", "text", 1},        {"extraido-de-pdf.txt", "pdf-text", 1},
  };
  for (const auto& c : cases) {
    const std::vector<ParsedDocument> documents = read_file(Fixture(std::string(c.file)));
    ASSERT_EQ(c.documents, documents.size()) << c.file;
    EXPECT_EQ(c.format, documents[0].format) << c.file;
    EXPECT_FALSE(documents[0].content_hash.empty()) << c.file;
  }
}

TEST(ReadFile, NamesTheFileByItsAbsolutePath) {
  const ParsedDocument document = read_file(Fixture("crlf.txt")).at(0);
  EXPECT_EQ(std::filesystem::weakly_canonical(Fixture("crlf.txt")).string(), document.source);
}

TEST(BrokenInput, GetsAClearErrorNeverACrash) {
  const struct {
    std::string bytes;
    std::string_view name;
    std::string_view outcome;  // the start of ReadOutcome()
  } cases[] = {
      {"", "a.txt", "invalid: a.txt: file is empty"},
      {" \r\n\t\n", "a.txt", "invalid: a.txt: file is empty"},
      {"\xEF\xBB\xBF\n", "a.txt", "invalid: a.txt: file is empty"},
      {std::string("\x7F"
                   "ELF\x02\x01\x01\0\0\0",
                   10),
       "a.txt", "invalid: a.txt: not a bulletin"},
      {std::string("H\0o\0l\0a\0", 8), "a.txt", "invalid: a.txt: not a bulletin"},
      {"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "a.pdf", "corrupt: a.pdf: the PDF is truncated"},
      {"<hemeroteca-archive version=\"1\">\n<bulletin>", "a.xml", "invalid: a.xml:2: malformed"},
      {"<html><body><script>x()</script></body></html>", "a.html", "invalid: a.html: no text"},
      {"---\n***\n", "a.txt", "invalid: a.txt: no text found"},
      {"\n---o0o---\n", "a.txt", "invalid: a.txt: no text found"},
      {"<html><body>" + Repeat("<div>", 3000), "a.html", "invalid: a.html: HTML elements nest"},
      {"<html><body>" + Repeat("<table><td>x", 50000), "a.html", "invalid: a.html: HTML"},
  };
  for (const auto& c : cases) {
    const std::string outcome = ReadOutcome(c.bytes, std::string(c.name));
    EXPECT_TRUE(outcome.starts_with(c.outcome)) << outcome;
  }
}

TEST(BrokenInput, SurvivesRandomBytesBehindEveryFormatsSignature) {
  std::mt19937 random(20240530);
  for (std::string_view prefix :
       {"", "%PDF-1.4\n", "<!DOCTYPE html><html><body><p>", "<?xml version=\"1.0\"?>\n",
        "<hemeroteca-archive version=\"1\"><bulletin><text format=\"html\">", "# Título\n"}) {
    for (int round = 0; round < 25; ++round) {
      std::string bytes(prefix);
      const std::size_t size = 1 + random() % 4096;
      for (std::size_t i = 0; i < size; ++i) bytes.push_back(static_cast<char>(random() % 256));
      const std::string outcome = ReadOutcome(bytes, "azar.bin");
      EXPECT_FALSE(outcome.empty());  // read or refused; reaching here means no crash
    }
  }
}

TEST(BrokenInput, RefusesAFiftyMegabyteTextAtOnce) {
  // 50 MB of text is no bulletin: it is refused by size, before decoding, with advice.
  testing::TempDir dir;
  std::string line = "Línea de un volcado de texto que no es un boletín de prensa.\n";
  std::string text;
  text.reserve(50 * 1024 * 1024 + line.size());
  while (text.size() < 50 * 1024 * 1024) text += line;
  const std::filesystem::path file = dir.write("enorme.txt", text);
  const auto start = std::chrono::steady_clock::now();
  try {
    read_file(file);
    ADD_FAILURE() << "a 50 MB text file was read";
  } catch (const Error& e) {
    EXPECT_EQ(ErrorKind::kInvalidArgument, e.kind());
    EXPECT_NE(std::string(e.what()).find("XML archive"), std::string::npos) << e.what();
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST(BrokenInput, RefusesFilesOverTheSizeLimitsBeforeReadingThem) {
  testing::TempDir dir;
  const std::filesystem::path file = dir.write("grande.txt", std::string(2000, 'a'));
  ReadOptions options;
  options.max_bytes = 1000;
  EXPECT_EQ("read 1", ReadOutcome(std::string(2000, 'a'), "a.txt"));
  EXPECT_TRUE(ReadOutcome(std::string(2000, 'a'), "a.txt", options)
                  .starts_with("invalid: a.txt: file is 2000 bytes, over the limit of 1000"));
  try {
    read_file(file, options);
    ADD_FAILURE() << "read a file over max_bytes";
  } catch (const Error& e) {
    EXPECT_EQ(ErrorKind::kInvalidArgument, e.kind());
  }
  options = ReadOptions{};
  options.max_bulletin_bytes = 1000;
  EXPECT_TRUE(ReadOutcome(std::string(2000, 'a'), "a.txt", options).starts_with("invalid:"));
}

TEST(BrokenInput, NamesAMissingFile) {
  testing::TempDir dir;
  try {
    read_file(dir.path() / "no-existe.txt");
    ADD_FAILURE() << "read a missing file";
  } catch (const Error& e) {
    EXPECT_EQ(ErrorKind::kNotFound, e.kind());
    EXPECT_NE(std::string(e.what()).find("no-existe.txt"), std::string::npos);
  }
}

}  // namespace
}  // namespace hemeroteca
