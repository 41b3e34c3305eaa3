// The import job over real files, archives and a real Xapian index: idempotency, incremental
// skipping, changed and vanished inputs, bad files, zip and tar archives, the write lock.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "hemeroteca/schema/error.h"
#include "import_support.h"

namespace hemeroteca::testing {
namespace {

namespace fs = std::filesystem;

class ImportJobTest : public ::testing::Test {
 protected:
  fs::path index() const { return temp_.path() / "index"; }
  fs::path folder() const { return temp_.path() / "boletines"; }

  ImportSummary Import(const std::vector<fs::path>& inputs, ImportOptions options = {}) {
    options.database = index();
    options.workers = 2;
    options.batch_size = 7;  // several transactions even for small folders
    return import_paths(inputs, schema_, options);
  }

  void WriteBulletins(std::size_t count) const {
    for (std::size_t i = 0; i < count; ++i) {
      temp_.write("boletines/" + std::to_string(i) + ".txt", bulletin_text(i));
    }
  }

  TempDir temp_;
  Schema schema_ = Schema::load(schema_dir() / "fields.xml");
};

TEST_F(ImportJobTest, ImportingTheSameFilesTwiceChangesNothing) {
  WriteBulletins(5);
  EXPECT_EQ("added 5, replaced 0, unchanged 0, failed 0, duplicates 0, removed 0, pruned 0",
            counts(Import({folder()})));
  const auto first = records_of(index());
  EXPECT_EQ("added 0, replaced 0, unchanged 5, failed 0, duplicates 0, removed 0, pruned 0",
            counts(Import({folder()})));
  EXPECT_EQ(first, records_of(index()));
  EXPECT_EQ(5u, document_count(index()));
  // "Did you mean" reads the index's own words: nothing goes to Xapian's spelling table, whose
  // commits in batches corrupted large indexes with Xapian 1.4.22 (schema/spelling.h).
  const Xapian::Database database(index().string());
  EXPECT_TRUE(database.spellings_begin() == database.spellings_end());
}

TEST_F(ImportJobTest, ForceExtractsUnchangedFilesAgainWithTheSameResult) {
  WriteBulletins(3);
  Import({folder()});
  const auto first = records_of(index());
  EXPECT_EQ("added 0, replaced 3, unchanged 0, failed 0, duplicates 0, removed 0, pruned 0",
            counts(Import({folder()}, ImportOptions{.force = true})));
  EXPECT_EQ(first, records_of(index()));
}

TEST_F(ImportJobTest, AChangedFileReplacesItsBulletin) {
  WriteBulletins(3);
  Import({folder()});
  temp_.write("boletines/1.txt", bulletin_text(1, "vacunación"));
  EXPECT_EQ("added 0, replaced 1, unchanged 2, failed 0, duplicates 0, removed 0, pruned 0",
            counts(Import({folder()})));
  EXPECT_EQ(3u, document_count(index()));
  const std::string id = source_id(fs::weakly_canonical(folder() / "1.txt").string());
  EXPECT_EQ("Fortalece el Instituto el vacunación en la unidad 1", record_of(index(), id).title);
}

TEST_F(ImportJobTest, AnArchiveFileThatLosesABulletinLosesItInTheIndex) {
  auto archive = [&](int bulletins) {
    std::string xml = "<hemeroteca-archive version=\"1\">\n";
    for (int i = 0; i < bulletins; ++i) {
      xml += "<bulletin source=\"prueba/" + std::to_string(i) + "\"><text>" +
             bulletin_text(static_cast<std::size_t>(i)) + "</text></bulletin>\n";
    }
    temp_.write("boletines/archivo.xml", xml + "</hemeroteca-archive>\n");
  };
  archive(3);
  EXPECT_EQ("added 3, replaced 0, unchanged 0, failed 0, duplicates 0, removed 0, pruned 0",
            counts(Import({folder()})));
  archive(2);
  EXPECT_EQ("added 0, replaced 2, unchanged 0, failed 0, duplicates 0, removed 1, pruned 0",
            counts(Import({folder()})));
  EXPECT_EQ(2u, document_count(index()));
  EXPECT_EQ("", record_of(index(), source_id("prueba/2")).id);
}

TEST_F(ImportJobTest, AnArchiveFileOfManyBulletinsIsExtractedInParts) {
  std::string xml = "<hemeroteca-archive version=\"1\">\n";
  for (int i = 0; i < 70; ++i) {
    xml += "<bulletin source=\"serie/" + std::to_string(i) + "\"><text>" +
           bulletin_text(static_cast<std::size_t>(i)) + "</text></bulletin>\n";
  }
  temp_.write("boletines/serie.xml", xml + "</hemeroteca-archive>\n");
  EXPECT_EQ("added 70, replaced 0, unchanged 0, failed 0, duplicates 0, removed 0, pruned 0",
            counts(Import({folder()})));
  EXPECT_EQ("added 0, replaced 0, unchanged 1, failed 0, duplicates 0, removed 0, pruned 0",
            counts(Import({folder()})));
  EXPECT_EQ(70u, document_count(index()));
}

TEST_F(ImportJobTest, TwoBulletinsWithOneSourceInOneTransactionAreOneBulletin) {
  temp_.write("boletines/doble.xml",
              "<hemeroteca-archive version=\"1\"><bulletin source=\"misma/1\"><text>" +
                  bulletin_text(1) + "</text></bulletin><bulletin source=\"misma/1\"><text>" +
                  bulletin_text(2) + "</text></bulletin></hemeroteca-archive>");
  EXPECT_EQ("added 1, replaced 1, unchanged 0, failed 0, duplicates 0, removed 0, pruned 0",
            counts(Import({folder()})));
  EXPECT_EQ(1u, document_count(index()));
}

TEST_F(ImportJobTest, ABadFileIsReportedWithItsReasonAndTheOthersAreImported) {
  WriteBulletins(2);
  temp_.write("boletines/vacio.txt", "  \n");
  temp_.write("boletines/basura.txt", std::string("\x00\x01\x02\xff\xfe binario", 14));
  const ImportSummary summary = Import({folder()});
  EXPECT_EQ("added 2, replaced 0, unchanged 0, failed 2, duplicates 0, removed 0, pruned 0",
            counts(summary));
  ASSERT_EQ(2u, summary.failures.size());
  EXPECT_EQ(fs::weakly_canonical(folder() / "basura.txt").string(), summary.failures[0].source);
  EXPECT_NE(std::string::npos, summary.failures[0].reason.find("binary"))
      << summary.failures[0].reason;
  EXPECT_EQ(fs::weakly_canonical(folder() / "vacio.txt").string(), summary.failures[1].source);
  EXPECT_EQ("file is empty", summary.failures[1].reason);
  // Bad files are tried (and reported) again; good ones are skipped.
  EXPECT_EQ("added 0, replaced 0, unchanged 2, failed 2, duplicates 0, removed 0, pruned 0",
            counts(Import({folder()})));
}

TEST_F(ImportJobTest, PruneRemovesBulletinsWhoseFileIsGoneAndOnlyWhenAsked) {
  WriteBulletins(3);
  temp_.write("otros/suelto.txt", bulletin_text(9));
  Import({folder(), temp_.path() / "otros"});
  fs::remove(folder() / "2.txt");
  EXPECT_EQ("added 0, replaced 0, unchanged 2, failed 0, duplicates 0, removed 0, pruned 0",
            counts(Import({folder()})));
  EXPECT_EQ(4u, document_count(index()));
  // Only what lies under the folders given is pruned: otros/ was not given.
  EXPECT_EQ("added 0, replaced 0, unchanged 2, failed 0, duplicates 0, removed 0, pruned 1",
            counts(Import({folder()}, ImportOptions{.prune = true})));
  EXPECT_EQ(3u, document_count(index()));
}

TEST_F(ImportJobTest, ZipAndTarArchivesAreReadInPlace) {
  write_archive(temp_.path() / "boletines.zip", "zip",
                {{"2021/uno.txt", bulletin_text(1)},
                 {"2021/dos.md", bulletin_text(2)},
                 {"2021/foto.png", "\x89PNG not a bulletin"}});
  write_archive(temp_.path() / "viejos.tar.gz", "tar.gz",
                {{"tres.txt", bulletin_text(3)}, {"cuatro.txt", bulletin_text(4)}});
  write_archive(temp_.path() / "sueltos.tar", "tar", {{"./cinco.txt", bulletin_text(5)}});
  const std::vector<fs::path> archives = {
      temp_.path() / "boletines.zip", temp_.path() / "viejos.tar.gz", temp_.path() / "sueltos.tar"};
  EXPECT_EQ("added 5, replaced 0, unchanged 0, failed 0, duplicates 0, removed 0, pruned 0",
            counts(Import(archives)));
  const std::string zip = fs::weakly_canonical(temp_.path() / "boletines.zip").string();
  const Record inside = record_of(index(), source_id(zip + "!/2021/uno.txt"));
  EXPECT_EQ(zip + "!/2021/uno.txt", inside.source);
  EXPECT_EQ("2021-03-02", inside.date.value_or(""));
  EXPECT_EQ("markdown", record_of(index(), source_id(zip + "!/2021/dos.md")).format);
  const std::string tar = fs::weakly_canonical(temp_.path() / "sueltos.tar").string();
  EXPECT_EQ(tar + "!/cinco.txt", record_of(index(), source_id(tar + "!/cinco.txt")).source);
  EXPECT_EQ("added 0, replaced 0, unchanged 5, failed 0, duplicates 0, removed 0, pruned 0",
            counts(Import(archives)));
}

// A file whose name is not UTF-8 (Latin-1 from an old Windows tool or zip) is imported, named
// as Windows-1252 reads it, and is found unchanged and pruned by that name afterwards.
TEST_F(ImportJobTest, AFileNameThatIsNotUtf8IsReadAsWindows1252) {
  temp_.write("boletines/bolet\xEDn_a\xF1o.txt", bulletin_text(1));
  write_archive(temp_.path() / "lote.zip", "zip", {{"a\xF1o/dos.txt", bulletin_text(2)}});
  const std::vector<fs::path> inputs = {folder(), temp_.path() / "lote.zip"};
  EXPECT_EQ("added 2, replaced 0, unchanged 0, failed 0, duplicates 0, removed 0, pruned 0",
            counts(Import(inputs)));
  const std::string file = fs::weakly_canonical(folder()).string() + "/boletín_año.txt";
  EXPECT_EQ(file, record_of(index(), source_id(file)).source);
  const std::string zip = fs::weakly_canonical(temp_.path() / "lote.zip").string();
  EXPECT_EQ(zip + "!/año/dos.txt", record_of(index(), source_id(zip + "!/año/dos.txt")).source);
  EXPECT_EQ("added 0, replaced 0, unchanged 2, failed 0, duplicates 0, removed 0, pruned 0",
            counts(Import(inputs)));
  fs::remove(folder() / "bolet\xEDn_a\xF1o.txt");
  EXPECT_EQ("added 0, replaced 0, unchanged 1, failed 0, duplicates 0, removed 0, pruned 1",
            counts(Import(inputs, ImportOptions{.prune = true})));
}

// A process killed while it created the index leaves Xapian's files without a revision; the
// next import creates the index there instead of failing to open it.
TEST_F(ImportJobTest, AnIndexWhoseCreationWasCutShortIsCreatedAgain) {
  WriteBulletins(2);
  fs::create_directories(index());
  for (const char* file : {"flintlock", "postlist.glass", "termlist.glass", "docdata.glass"}) {
    std::ofstream(index() / file) << "";
  }
  EXPECT_EQ("added 2, replaced 0, unchanged 0, failed 0, duplicates 0, removed 0, pruned 0",
            counts(Import({folder()})));
  EXPECT_EQ(2u, document_count(index()));
  // A folder with other files in it is never overwritten.
  const fs::path other = temp_.path() / "otro";
  fs::create_directories(other);
  std::ofstream(other / "notas.txt") << "mías";
  std::ofstream(other / "postlist.glass") << "";
  ImportOptions options;
  options.database = other;
  EXPECT_THROW(import_paths({folder()}, schema_, options), Error);
  EXPECT_TRUE(fs::exists(other / "notas.txt"));
}

TEST_F(ImportJobTest, ArchivesInsideFoldersAreReadAndPrunedLikeFolders) {
  write_archive(folder() / "lote.zip", "zip",
                {{"a.txt", bulletin_text(1)}, {"b.txt", bulletin_text(2)}});
  Import({folder()});
  write_archive(folder() / "lote.zip", "zip", {{"a.txt", bulletin_text(1)}});
  EXPECT_EQ("added 0, replaced 0, unchanged 1, failed 0, duplicates 0, removed 0, pruned 1",
            counts(Import({folder()}, ImportOptions{.prune = true})));
}

TEST_F(ImportJobTest, ADamagedArchiveIsAFailureAndKeepsItsBulletins) {
  write_archive(folder() / "lote.zip", "zip", {{"a.txt", bulletin_text(1)}});
  Import({folder()});
  temp_.write("boletines/lote.zip", "PK\x03\x04 this zip was cut short");
  const ImportSummary summary = Import({folder()}, ImportOptions{.prune = true});
  EXPECT_EQ("added 0, replaced 0, unchanged 0, failed 1, duplicates 0, removed 0, pruned 0",
            counts(summary));
  EXPECT_EQ(1u, document_count(index()));  // what it held before may still be there: not pruned
}

TEST_F(ImportJobTest, TwoShapesOfOneBulletinAreKeptAndCountedAsMerged) {
  temp_.write("boletines/641.txt", bulletin_text(7));
  temp_.write("boletines/641.md", "# " + bulletin_text(7));
  EXPECT_EQ("added 2, replaced 0, unchanged 0, failed 0, duplicates 1, removed 0, pruned 0",
            counts(Import({folder()})));
  EXPECT_EQ(2u, document_count(index()));
}

TEST_F(ImportJobTest, ASecondWriterIsRefusedWithAMessageThatSaysWhy) {
  WriteBulletins(1);
  Import({folder()});
  Xapian::WritableDatabase holder(index().string(), Xapian::DB_OPEN);
  try {
    Import({folder()}, ImportOptions{.lock_wait = std::chrono::milliseconds(0)});
    FAIL() << "a second writer was let in";
  } catch (const Error& e) {
    EXPECT_EQ(ErrorKind::kUnavailable, e.kind());
    EXPECT_NE(std::string::npos, std::string(e.what()).find("another process is writing"))
        << e.what();
  }
}

// Every document's terms with their wdf and positions, in docid order.
std::vector<std::string> postings_of(const fs::path& index) {
  const Xapian::Database database(index.string());
  std::vector<std::string> postings;
  for (auto document = database.postlist_begin(""); document != database.postlist_end("");
       ++document) {
    std::string line = std::to_string(*document) + ":";
    for (auto term = database.termlist_begin(*document); term != database.termlist_end(*document);
         ++term) {
      line += " " + *term + "/" + std::to_string(term.get_wdf());
      for (auto position = term.positionlist_begin(); position != term.positionlist_end();
           ++position) {
        line += "," + std::to_string(*position);
      }
    }
    postings.push_back(std::move(line));
  }
  return postings;
}

// Sets an environment variable for one scope and puts back what was there.
class ScopedEnvironment {
 public:
  ScopedEnvironment(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value) {
      setenv(name, value, 1);
    } else {
      unsetenv(name);
    }
  }
  ~ScopedEnvironment() {
    if (old_) {
      setenv(name_, old_->c_str(), 1);
    } else {
      unsetenv(name_);
    }
  }
  ScopedEnvironment(const ScopedEnvironment&) = delete;
  ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

TEST_F(ImportJobTest, FlushingInsideTransactionsStoresTheSameIndex) {
  WriteBulletins(20);
  {
    const ScopedEnvironment flush_every_few("XAPIAN_FLUSH_THRESHOLD", "3");  // batch: 7
    Import({folder()});
  }
  const fs::path flushed_often = temp_.path() / "flushed-often";
  fs::rename(index(), flushed_often);
  {
    const ScopedEnvironment flush_at_commits("XAPIAN_FLUSH_THRESHOLD", "100000");
    Import({folder()});
  }
  EXPECT_EQ(20u, document_count(flushed_often));
  EXPECT_EQ(records_of(index()), records_of(flushed_often));
  EXPECT_EQ(postings_of(index()), postings_of(flushed_often));
}

TEST(FlushThreshold, TheDefaultIsSetOnlyWhenTheEnvironmentSaysNothing) {
  {
    const ScopedEnvironment unset("XAPIAN_FLUSH_THRESHOLD", nullptr);
    use_default_flush_threshold();
    ASSERT_NE(nullptr, std::getenv("XAPIAN_FLUSH_THRESHOLD"));
    EXPECT_EQ(std::to_string(kDefaultFlushThreshold), std::getenv("XAPIAN_FLUSH_THRESHOLD"));
  }
  const ScopedEnvironment chosen("XAPIAN_FLUSH_THRESHOLD", "77");
  use_default_flush_threshold();
  EXPECT_STREQ("77", std::getenv("XAPIAN_FLUSH_THRESHOLD"));
}

TEST_F(ImportJobTest, AMissingInputStopsTheJobBeforeItStarts) {
  try {
    Import({temp_.path() / "no-existe"});
    FAIL() << "a missing folder was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(ErrorKind::kNotFound, e.kind());
  }
  EXPECT_FALSE(fs::exists(index()));
}

TEST_F(ImportJobTest, TheSummaryReportsAsJson) {
  WriteBulletins(2);
  temp_.write("boletines/vacio.txt", "");
  const nlohmann::json report = to_json(Import({folder()}));
  EXPECT_EQ(3, report["inputs"]);
  EXPECT_EQ(2, report["added"]);
  EXPECT_EQ(1, report["failed"]);
  EXPECT_EQ(0, report["duplicates_merged"]);
  EXPECT_EQ(0, report["pruned"]);
  EXPECT_TRUE(report["elapsed_seconds"].is_number());
  EXPECT_EQ(fs::weakly_canonical(folder() / "vacio.txt").string(), report["failures"][0]["source"]);
}

}  // namespace
}  // namespace hemeroteca::testing
