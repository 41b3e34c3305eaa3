// XML archives through read_bytes(): one document per <bulletin>, known metadata, clear errors.
#include <gtest/gtest.h>

#include "block_letter.h"
#include "hemeroteca/indexer/reader.h"
#include "hemeroteca/schema/error.h"
#include "test_support.h"

namespace hemeroteca {
namespace {

std::string Blocks(const ParsedDocument& document) {
  std::string out;
  for (const Block& block : document.blocks) {
    if (!out.empty()) out += "|";
    out += testing::BlockLetter(block.kind);
    out += ":" + block.text;
  }
  return out;
}

// Known metadata as "date number url source title", "-" for each one missing.
std::string Metadata(const KnownMetadata& m) {
  std::string out;
  for (const auto* field : {&m.date, &m.number, &m.url, &m.source, &m.title}) {
    out += (out.empty() ? "" : " ") + field->value_or("-");
  }
  return out;
}

std::string Archive(const std::string& bulletins) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hemeroteca-archive version=\"1\">\n" +
         bulletins + "</hemeroteca-archive>\n";
}

std::vector<ParsedDocument> Read(const std::string& xml) { return read_bytes(xml, "archivo.xml"); }

TEST(XmlArchive, ReadsEveryBulletinWithItsMetadata) {
  const std::vector<ParsedDocument> documents =
      read_file(testing::fixtures_dir() / "formats" / "archivo.xml");
  ASSERT_EQ(2u, documents.size());
  EXPECT_EQ("xml", documents[0].format);
  EXPECT_EQ("prueba/641-2020", documents[0].source);
  EXPECT_EQ(
      "2020-09-18 641/2020 https://example.org/prensa/641-2020 prueba/641-2020 Acuerdan el "
      "Instituto y madres de pacientes un plan de abasto",
      Metadata(documents[0].metadata));
  EXPECT_EQ(
      "P:Ciudad de México, viernes 18 de septiembre de 2020.|"
      "B:Se revisará el abasto de medicamentos cada semana.|"
      "P:El director general encabezó la sesión semanal del grupo de trabajo para la atención "
      "de pacientes pediátricos.",
      Blocks(documents[0]));
  EXPECT_TRUE(documents[0].warnings.empty());

  EXPECT_EQ("https://example.org/prensa/642-2020", documents[1].source);
  EXPECT_EQ("- - https://example.org/prensa/642-2020 - -", Metadata(documents[1].metadata));
  EXPECT_EQ("Abre el Instituto una clínica en Tlaxcala", documents[1].title_hint.value_or("-"));
  EXPECT_EQ(
      "H:Abre el Instituto una clínica en Tlaxcala|P:Tlaxcala, Tlax., a 19 de septiembre de "
      "2020.|B:La clínica atenderá a 30 mil derechohabientes.|"
      "P:La nueva clínica cuenta con 12 consultorios & un laboratorio.",
      Blocks(documents[1]));
  ASSERT_EQ(1u, documents[1].warnings.size());
  EXPECT_TRUE(documents[1].warnings[0].ends_with(
      "archivo.xml:14: ignored date \"2020-02-30\": expected YYYY-MM-DD"))
      << documents[1].warnings[0];
  EXPECT_NE(documents[0].content_hash, documents[1].content_hash);
}

TEST(XmlArchive, NamesABulletinBySourceElseUrlElsePosition) {
  const std::vector<ParsedDocument> documents =
      Read(Archive("<bulletin source=\"s\" url=\"u\"><text>Uno.</text></bulletin>\n"
                   "<bulletin url=\"u2\"><text>Dos.</text></bulletin>\n"
                   "<bulletin><text>Tres.</text></bulletin>\n"));
  ASSERT_EQ(3u, documents.size());
  EXPECT_EQ("s u2 archivo.xml#3",
            documents[0].source + " " + documents[1].source + " " + documents[2].source);
}

TEST(XmlArchive, ChecksDatesAndWarnsInsteadOfFailing) {
  const struct {
    std::string_view date;
    bool kept;
  } cases[] = {{"2020-02-29", true},
               {"2021-02-29", false},
               {"2020-13-01", false},
               {"2020-04-31", false},
               {"18/09/2020", false},
               {"2020-9-18", false},
               {"", false}};
  for (const auto& c : cases) {
    const ParsedDocument document = Read(Archive("<bulletin date=\"" + std::string(c.date) +
                                                 "\"><text>Texto.</text></bulletin>\n"))
                                        .at(0);
    EXPECT_EQ(c.kept, document.metadata.date.has_value()) << c.date;
    EXPECT_EQ(c.kept || c.date.empty(), document.warnings.empty()) << c.date;
  }
}

TEST(XmlArchive, ReadsEachTextInItsFormat) {
  const std::vector<ParsedDocument> documents = Read(
      Archive("<bulletin><text format=\"markdown\">## Título\n\n- **Punto.**</text></bulletin>\n"
              "<bulletin><text format=\"html\"><h1>Título</h1><p>Texto <b>en</b> HTML.</p></text>"
              "</bulletin>\n"
              "<bulletin><text format=\"pdf-text\">IMSS\nUno,\n1\fIMSS\ndos.\n2</text></bulletin>\n"
              "<bulletin><text>&lt;p&gt;Detectado.&lt;/p&gt;</text></bulletin>\n"));
  ASSERT_EQ(4u, documents.size());
  EXPECT_EQ("H:Título|B:Punto.", Blocks(documents[0]));
  EXPECT_EQ("H:Título|P:Texto en HTML.", Blocks(documents[1]));
  EXPECT_EQ("P:Uno, dos.", Blocks(documents[2]));
  EXPECT_EQ("P:Detectado.", Blocks(documents[3]));
}

TEST(XmlArchive, DecodesADeclaredWindows1252Archive) {
  const std::string xml =
      "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n"
      "<hemeroteca-archive version=\"1\"><bulletin><title>Campa\xF1"
      "a</title>"
      "<text>Vacunaci\xF3n \x93gratuita\x94.</text></bulletin>"
      "</hemeroteca-archive>";
  const ParsedDocument document = Read(xml).at(0);
  EXPECT_EQ("Campaña", document.metadata.title.value_or("-"));
  EXPECT_EQ("P:Vacunación “gratuita”.", Blocks(document));
  EXPECT_EQ("converted from windows-1252", document.warnings.at(0));
}

TEST(XmlArchive, RefusesBrokenArchivesNamingFileAndLine) {
  const struct {
    std::string xml;
    std::string_view message;
  } cases[] = {
      {"<hemeroteca-archive version=\"1\">\n<bulletin>\n<text>Sin cerrar</bulletin>",
       "archivo.xml:3: malformed XML"},
      {"<?xml version=\"1.0\"?>\n<hemeroteca-archive version=\"1\">\n</hemeroteca-archive>",
       "archivo.xml:2: the archive holds no <bulletin>"},
      {"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>",
       "archivo.xml:2: the root element is <rss>"},
      {"<?xml version=\"1.0\"?>\n\n<hemeroteca-archive version=\"2\"/>",
       "archivo.xml:3: archive version 2 is not supported"},
      {Archive("<bulletin>\n<title>Sin texto</title></bulletin>\n"),
       "archivo.xml:3: bulletin 1 has no <text>"},
      {Archive("<bulletin><text>Uno.</text></bulletin>\n<bulletin><text format=\"doc\">x</text>"
               "</bulletin>\n"),
       "archivo.xml:4: unknown format \"doc\""},
      {Archive("<bulletin><text>Uno.</text></bulletin>\n<bulletin><text>  </text></bulletin>\n"),
       "archivo.xml:4: bulletin 2: no text found"},
  };
  for (const auto& c : cases) {
    try {
      Read(c.xml);
      ADD_FAILURE() << "read " << c.xml;
    } catch (const Error& e) {
      EXPECT_EQ(ErrorKind::kInvalidArgument, e.kind()) << e.what();
      EXPECT_TRUE(std::string(e.what()).starts_with(c.message)) << e.what();
    }
  }
}

TEST(XmlArchive, RefusesABulletinLargerThanTheLimit) {
  ReadOptions options;
  options.max_bulletin_bytes = 10;
  try {
    read_bytes(Archive("<bulletin><text>Un texto de más de diez bytes.</text></bulletin>\n"),
               "archivo.xml", options);
    ADD_FAILURE() << "read a bulletin over the limit";
  } catch (const Error& e) {
    EXPECT_TRUE(std::string(e.what()).starts_with("archivo.xml:3: bulletin 1: ")) << e.what();
  }
}

}  // namespace
}  // namespace hemeroteca
