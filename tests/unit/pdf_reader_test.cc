// PDF files through read_bytes(): text per page, page furniture dropped, broken files refused.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <map>

#include "block_letter.h"
#include "hemeroteca/indexer/reader.h"
#include "hemeroteca/schema/error.h"
#include "test_support.h"

namespace hemeroteca {
namespace {

std::string FixtureBytes() {
  std::ifstream in(testing::fixtures_dir() / "formats" / "boletin.pdf", std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A one-page PDF written by hand, with a correct cross-reference table: `content` is the page's
// content stream and `trailer_extra` goes into the trailer dictionary.
std::string MinimalPdf(const std::string& content, const std::string& trailer_extra = "",
                       const std::string& extra_object = "") {
  std::map<int, std::string> objects = {
      {1, "<< /Type /Catalog /Pages 2 0 R >>"},
      {2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"},
      {3,
       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
       "/Resources << /Font << /F1 5 0 R >> >> >>"},
      {4,
       "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream"},
      {5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"},
  };
  if (!extra_object.empty()) objects[6] = extra_object;
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (const auto& [number, body] : objects) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(number) + " 0 obj\n" + body + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    const std::string digits = std::to_string(offset);
    pdf += std::string(10 - digits.size(), '0') + digits + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R " +
         trailer_extra + " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

std::string Blocks(const ParsedDocument& document) {
  std::string out;
  for (const Block& block : document.blocks) {
    if (!out.empty()) out += "|";
    out += testing::BlockLetter(block.kind);
    out += ":" + block.text;
  }
  return out;
}

// "kind: message" of the Error reading `bytes` throws, or "read" when it reads.
std::string Outcome(const std::string& bytes, const ReadOptions& options = {}) {
  try {
    read_bytes(bytes, "boletin.pdf", options);
    return "read";
  } catch (const Error& e) {
    return std::string(e.kind() == ErrorKind::kCorrupt ? "corrupt: " : "invalid: ") + e.what();
  }
}

TEST(PdfReader, ReadsEveryPageAndDropsItsFurniture) {
  const std::vector<ParsedDocument> documents =
      read_file(testing::fixtures_dir() / "formats" / "boletin.pdf");
  ASSERT_EQ(1u, documents.size());
  EXPECT_EQ("pdf", documents[0].format);
  EXPECT_TRUE(documents[0].warnings.empty());
  // The running header (INSTITUTO MEXICANO DEL SEGURO SOCIAL) and "Página N de 2" are gone;
  // "tele-/comunicaciones" is joined and the sentence cut by the page break reflows; the end
  // mark stays, for the structure to end the story there.
  EXPECT_EQ(
      "P:BOLETÍN DE PRENSA|P:Ciudad de México, martes 3 de marzo de 2020.|P:No. 101/2020|"
      "P:El IMSS amplía la atención de consultas a distancia|"
      "B:Se habilitaron 200 consultorios digitales en 12 estados.|"
      "B:La meta es atender a 50 mil pacientes por mes.|"
      "P:El Instituto Mexicano del Seguro Social (IMSS) informó que la consulta a distancia "
      "crece en todo el país, con una infraestructura de telecomunicaciones renovada y personal "
      "capacitado.|"
      "P:El director de Prestaciones Médicas explicó que los pacientes con enfermedades "
      "crónicas podrán renovar sus recetas sin acudir a la unidad médica, lo que reduce los "
      "tiempos de espera.|E:---o0o---",
      Blocks(documents[0]));
}

TEST(PdfReader, ReadsAPdfWrittenAtRunTime) {
  const std::string pdf =
      MinimalPdf("BT /F1 12 Tf 72 700 Td (Campa\\361a de vacunaci\\363n.) Tj ET");
  EXPECT_EQ("P:Campaña de vacunación.", Blocks(read_bytes(pdf, "x.pdf").at(0)));
}

TEST(PdfReader, RefusesBrokenFilesWithAClearError) {
  const std::string fixture = FixtureBytes();
  const std::string encrypted = MinimalPdf(
      "BT /F1 12 Tf 72 700 Td (Secreto.) Tj ET",
      "/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]",
      "<< /Filter /Standard /V 1 /R 2 /O <" + std::string(64, 'a') + "> /U <" +
          std::string(64, 'c') + "> /P -44 >>");
  const struct {
    std::string bytes;
    std::string_view outcome;  // the start of Outcome()
  } cases[] = {
      {fixture.substr(0, fixture.size() / 2), "corrupt: boletin.pdf: the PDF is truncated"},
      {fixture.substr(0, 20), "corrupt: boletin.pdf: the PDF is truncated"},
      {"%PDF-1.4\nbasura sin objetos\n%%EOF\n", "corrupt: boletin.pdf: the PDF is damaged"},
      {fixture.substr(0, 600) + "\n%%EOF\n", "corrupt: boletin.pdf: the PDF is damaged"},
      {encrypted, "invalid: boletin.pdf: the PDF is encrypted"},
      {MinimalPdf(""), "invalid: boletin.pdf: the PDF has no text layer"},
  };
  for (const auto& c : cases) {
    const std::string outcome = Outcome(c.bytes);
    EXPECT_TRUE(outcome.starts_with(c.outcome)) << outcome;
  }
}

TEST(PdfReader, RefusesMoreTextThanABulletinHolds) {
  ReadOptions options;
  options.max_bulletin_bytes = 100;
  EXPECT_TRUE(Outcome(FixtureBytes(), options).starts_with("invalid: boletin.pdf: the PDF holds"));
}

}  // namespace
}  // namespace hemeroteca
