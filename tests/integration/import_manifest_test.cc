// Manifests (docs/manifest-format.md): the facts they give win over extraction, for files and
// for files inside archives; a manifest that must be fixed stops the job before it starts.
#include <gtest/gtest.h>

#include "hemeroteca/indexer/manifest.h"
#include "hemeroteca/schema/error.h"
#include "import_support.h"

namespace hemeroteca::testing {
namespace {

namespace fs = std::filesystem;

class ImportManifestTest : public ::testing::Test {
 protected:
  ImportSummary Import(const std::vector<fs::path>& inputs, const fs::path& manifest) {
    ImportOptions options;
    options.database = temp_.path() / "index";
    options.manifest = manifest;
    return import_paths(inputs, schema_, options);
  }
  Record Stored(const std::string& source) const {
    return record_of(temp_.path() / "index", source_id(source));
  }
  std::string Path(const std::string& name) const {
    return fs::weakly_canonical(temp_.path() / name).string();
  }
  // The message of the Error that loading `text` as the manifest `name` throws.
  std::string Refusal(const std::string& name, const std::string& text) const {
    try {
      Manifest::load(temp_.write(name, text));
    } catch (const Error& e) {
      EXPECT_EQ(ErrorKind::kInvalidArgument, e.kind());
      return std::string(e.what()).substr(temp_.path().string().size() + 1);
    }
    return "accepted";
  }

  TempDir temp_;
  Schema schema_ = Schema::load(schema_dir() / "fields.xml");
};

TEST_F(ImportManifestTest, CsvFactsWinOverWhatExtractionFinds) {
  temp_.write("boletines/uno.txt", bulletin_text(1));  // its dateline says 2021-03-02
  temp_.write("boletines/dos.txt", bulletin_text(2));
  const fs::path manifest =
      temp_.write("manifiesto.csv",
                  "file,date,number,title,url\n"
                  "boletines/uno.txt,2019-01-02,12/2019,\"Título, con coma y \"\"comillas\"\"\",\n"
                  "boletines/dos.txt,,,,https://example.org/prensa/dos\n");
  EXPECT_EQ("added 2, replaced 0, unchanged 0, failed 0, duplicates 0, removed 0, pruned 0",
            counts(Import({temp_.path() / "boletines"}, manifest)));
  const Record uno = Stored(Path("boletines/uno.txt"));
  EXPECT_EQ("2019-01-02", uno.date.value_or(""));
  EXPECT_EQ(DateSource::kMetadata, uno.date_source);
  EXPECT_EQ("12/2019", uno.number.value_or(""));
  EXPECT_EQ("Título, con coma y \"comillas\"", uno.title);
  // A URL names the bulletin: its id comes from it, wherever the file lies.
  const Record dos = Stored("https://example.org/prensa/dos");
  EXPECT_EQ("https://example.org/prensa/dos", dos.source);
  EXPECT_EQ("2021-03-03", dos.date.value_or(""));
}

TEST_F(ImportManifestTest, XmlManifestNamesFilesInsideArchives) {
  write_archive(temp_.path() / "lote.zip", "zip",
                {{"2020/a.txt", bulletin_text(1)}, {"2020/b.txt", bulletin_text(2)}});
  const fs::path manifest = temp_.write(
      "manifiesto.xml",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<hemeroteca-manifest version=\"1\">\n"
      "  <file path=\"lote.zip!/2020/a.txt\" date=\"2020-09-18\" number=\"641/2020\"/>\n"
      "</hemeroteca-manifest>\n");
  Import({temp_.path() / "lote.zip"}, manifest);
  const Record a = Stored(Path("lote.zip") + "!/2020/a.txt");
  EXPECT_EQ("2020-09-18", a.date.value_or(""));
  EXPECT_EQ("641/2020", a.number.value_or(""));
  EXPECT_EQ("2021-03-03", Stored(Path("lote.zip") + "!/2020/b.txt").date.value_or(""));
}

TEST_F(ImportManifestTest, ChangingAFileEntryExtractsThatFileAgain) {
  temp_.write("boletines/uno.txt", bulletin_text(1));
  temp_.write("boletines/dos.txt", bulletin_text(2));
  Import({temp_.path() / "boletines"},
         temp_.write("m.csv", "file,date\nboletines/uno.txt,2019-01-02\n"));
  EXPECT_EQ("added 0, replaced 1, unchanged 1, failed 0, duplicates 0, removed 0, pruned 0",
            counts(Import({temp_.path() / "boletines"},
                          temp_.write("m.csv", "file,date\nboletines/uno.txt,2018-05-06\n"))));
  EXPECT_EQ("2018-05-06", Stored(Path("boletines/uno.txt")).date.value_or(""));
}

TEST_F(ImportManifestTest, AManifestInsideTheFolderIsNotImportedAsABulletin) {
  temp_.write("boletines/uno.txt", bulletin_text(1));
  const fs::path manifest =
      temp_.write("boletines/manifiesto.xml",
                  "<hemeroteca-manifest version=\"1\"><file path=\"uno.txt\" date=\"2019-01-02\"/>"
                  "</hemeroteca-manifest>");
  EXPECT_EQ("added 1, replaced 0, unchanged 0, failed 0, duplicates 0, removed 0, pruned 0",
            counts(Import({temp_.path() / "boletines"}, manifest)));
  EXPECT_EQ("2019-01-02", Stored(Path("boletines/uno.txt")).date.value_or(""));
}

TEST_F(ImportManifestTest, MistakesAreRefusedWithFileAndLine) {
  EXPECT_EQ("m.csv:3: date \"2020-02-30\" is not a real day written YYYY-MM-DD",
            Refusal("m.csv", "file,date\na.txt,2020-02-01\nb.txt,2020-02-30\n"));
  EXPECT_EQ(
      "m.csv:1: the header has no \"file\" column; columns are file, date, number, url, "
      "source, title",
      Refusal("m.csv", "archivo,fecha\na.txt,2020-02-01\n"));
  EXPECT_EQ("m.csv:3: \"./a.txt\" is listed twice; keep one",
            Refusal("m.csv", "file\na.txt\n./a.txt\n"));
  EXPECT_EQ("m.csv:2: a quoted field is never closed; add the \"",
            Refusal("m.csv", "file,title\na.txt,\"sin cerrar\n"));
  EXPECT_EQ("m.xml:1: the root element must be <hemeroteca-manifest version=\"1\">",
            Refusal("m.xml", "<manifest/>"));
  EXPECT_EQ("m.xml:2: an entry without a file name",
            Refusal("m.xml",
                    "<hemeroteca-manifest version=\"1\">\n<file date=\"2020-01-01\"/>"
                    "</hemeroteca-manifest>"));
  EXPECT_EQ("m.txt: a manifest is a .csv or an .xml file (docs/manifest-format.md)",
            Refusal("m.txt", "file\n"));
}

TEST_F(ImportManifestTest, AMissingManifestIsNotFound) {
  try {
    Manifest::load(temp_.path() / "no-existe.csv");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(ErrorKind::kNotFound, e.kind());
  }
}

}  // namespace
}  // namespace hemeroteca::testing
