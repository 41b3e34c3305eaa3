// `hemeroteca check` and `hemeroteca backup` on real indexes, through the real binary: a good
// index passes; damaged records, terms, slots and table files are each reported; a backup taken
// while an import commits is a whole committed revision that passes the check.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <set>
#include <thread>

#include "hemeroteca/indexer/index_check.h"
#include "hemeroteca/schema/document_mapper.h"
#include "import_support.h"
#include "process_support.h"

namespace hemeroteca::testing {
namespace {

namespace fs = std::filesystem;

void write_bulletins(const TempDir& temp, const std::string& folder, std::size_t first,
                     std::size_t count) {
  for (std::size_t i = first; i < first + count; ++i) {
    temp.write(folder + "/" + std::to_string(i) + ".txt", bulletin_text(i));
  }
}

// An index of `count` generated bulletins made by `hemeroteca import`.
fs::path imported_index(const TempDir& temp, std::size_t count) {
  write_bulletins(temp, "corpus", 0, count);
  const fs::path index = temp.path() / "index";
  const Finished import =
      run_hemeroteca(temp, {"import", (temp.path() / "corpus").string(), "--db", index.string()});
  if (import.exit_code != 0) throw std::runtime_error("import failed: " + import.output);
  return index;
}

// The problems check_index() finds, one per line, or "OK".
std::string problems_of(const fs::path& index) {
  const CheckReport report = check_index(index, Schema::load(schema_dir() / "fields.xml"));
  if (report.ok()) return "OK";
  std::string joined;
  for (const std::string& problem : report.problems) joined += problem + "\n";
  return joined;
}

// Changes the first document of the index with `change` and commits.
template <typename Change>
void damage_first_document(const fs::path& index, Change change) {
  Xapian::WritableDatabase database(index.string());
  const Xapian::docid docid = *database.postlist_begin("");
  Xapian::Document document = database.get_document(docid);
  change(document);
  database.replace_document(docid, document);
  database.commit();
}

TEST(CheckTest, AnImportedIndexPasses) {
  TempDir temp;
  const fs::path index = imported_index(temp, 12);
  const Finished check = run_hemeroteca(temp, {"check", "--db", index.string()});
  EXPECT_EQ(0, check.exit_code) << check.output;
  EXPECT_NE(std::string::npos, check.output.find("12 bulletin(s): OK")) << check.output;
}

TEST(CheckTest, ARecordThatIsNotJsonIsNamedWithItsDocument) {
  TempDir temp;
  const fs::path index = imported_index(temp, 3);
  damage_first_document(index, [](Xapian::Document& document) { document.set_data("{roto"); });
  const Finished check = run_hemeroteca(temp, {"check", "--db", index.string()});
  EXPECT_EQ(1, check.exit_code);
  EXPECT_NE(std::string::npos,
            check.output.find("problem: document 1: its stored record cannot be read"))
      << check.output;
  EXPECT_NE(std::string::npos, check.output.find("1 problem(s)")) << check.output;
}

TEST(CheckTest, TermsAndSlotsThatDisagreeWithTheRecordAreReported) {
  TempDir temp;
  const fs::path index = imported_index(temp, 2);
  const std::string id =
      DocumentMapper::to_record(Xapian::Database(index.string()).get_document(1)).id;
  const std::string name = "document 1 (" + id + ")";
  damage_first_document(index, [](Xapian::Document& document) {
    document.add_value(0, "19990101");
    document.remove_value(1);
  });
  EXPECT_EQ(name +
                ": value slot 0 (date) holds \"19990101\" but the record says \"20210301\"; "
                "run `hemeroteca reindex`\n" +
                name +
                ": value slot 1 (year) holds \"\" but the record says \"2021\"; run "
                "`hemeroteca reindex`\n",
            problems_of(index));

  damage_first_document(index, [&](Xapian::Document& document) {
    document.add_value(0, "20210301");
    document.add_value(1, "2021");
    document.remove_term("Q" + id);
  });
  EXPECT_EQ(name + ": no id term Q" + id + "; run `hemeroteca reindex`\n" +
                "1 id terms (Q…) for 2 documents\n",
            problems_of(index));
}

TEST(CheckTest, ATruncatedTableFileFails) {
  TempDir temp;
  const fs::path index = imported_index(temp, 40);
  const fs::path table = index / "postlist.glass";
  fs::resize_file(table, fs::file_size(table) / 2);
  const Finished check = run_hemeroteca(temp, {"check", "--db", index.string()});
  EXPECT_EQ(1, check.exit_code);
  EXPECT_NE(std::string::npos, check.output.find("problem: Xapian's table check")) << check.output;
  EXPECT_NE(std::string::npos, check.output.find("restore a backup")) << check.output;
}

TEST(CheckTest, OverwrittenTableBlocksFail) {
  constexpr std::size_t kBlock = 8192;  // glass's default block size
  TempDir temp;
  const fs::path index = imported_index(temp, 5);
  const fs::path table = index / "termlist.glass";
  ASSERT_GE(fs::file_size(table), kBlock);
  {
    // Garbage over the end of every block, where a B-tree block keeps its items.
    std::fstream file(table, std::ios::in | std::ios::out | std::ios::binary);
    const std::string garbage(512, '\x5a');
    for (std::size_t block = 0; block < fs::file_size(table) / kBlock; ++block) {
      file.seekp(static_cast<std::streamoff>((block + 1) * kBlock - garbage.size()));
      file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
  }
  const Finished check = run_hemeroteca(temp, {"check", "--db", index.string()});
  EXPECT_EQ(1, check.exit_code) << check.output;
  EXPECT_NE(std::string::npos, check.output.find("problem: Xapian's table check")) << check.output;
}

// A sharded index given by its folder is imported into, checked, backed up and reindexed
// shard by shard; nothing makes a third index beside the shards.
TEST(ShardedFolderTest, EveryCommandTakesTheShardsOfTheFolder) {
  TempDir temp;
  write_bulletins(temp, "corpus", 0, 4);
  write_bulletins(temp, "nuevos", 4, 2);
  const std::string index = (temp.path() / "index").string();
  ASSERT_EQ(0, run_hemeroteca(temp, {"import", (temp.path() / "corpus").string(), "--db", index,
                                     "--shards", "2"})
                   .exit_code);
  const Finished more =
      run_hemeroteca(temp, {"import", (temp.path() / "nuevos").string(), "--db", index});
  ASSERT_EQ(0, more.exit_code) << more.output;
  EXPECT_FALSE(fs::exists(fs::path(index) / "iamglass")) << more.output;
  const Finished check = run_hemeroteca(temp, {"check", "--db", index});
  EXPECT_EQ(0, check.exit_code) << check.output;
  EXPECT_NE(std::string::npos, check.output.find("shard-1: revision")) << check.output;
  std::size_t checked = 0;
  for (const std::string shard : {"shard-0", "shard-1"}) {
    const std::size_t at = check.output.find(shard + ": revision");
    if (at == std::string::npos) continue;
    checked += std::stoul(check.output.substr(check.output.find(", ", at) + 2));
  }
  EXPECT_EQ(6u, checked) << check.output;
  const fs::path copy = temp.path() / "copia";
  const Finished backup = run_hemeroteca(temp, {"backup", copy.string(), "--db", index});
  EXPECT_EQ(0, backup.exit_code) << backup.output;
  EXPECT_TRUE(fs::exists(copy / "shard-0" / "iamglass")) << backup.output;
  EXPECT_TRUE(fs::exists(copy / "shard-1" / "iamglass")) << backup.output;
  const Finished reindex = run_hemeroteca(temp, {"reindex", "--db", index});
  EXPECT_EQ(0, reindex.exit_code) << reindex.output;
  EXPECT_EQ(0, run_hemeroteca(temp, {"check", "--db", index}).exit_code);
}

// A repeatable filter takes one value each time: the words after it are the query.
TEST(SearchCommandTest, AFilterTakesOneValueAndLeavesTheQuery) {
  TempDir temp;
  const fs::path index = imported_index(temp, 3);
  const auto total = [&](const std::vector<std::string>& arguments) {
    std::vector<std::string> command = {"search", "--db", index.string(), "--json"};
    command.insert(command.end(), arguments.begin(), arguments.end());
    const Finished search = run_hemeroteca(temp, command);
    if (search.exit_code != 0) return "exit " + std::to_string(search.exit_code);
    const std::size_t at = search.output.find("\"total\":");
    return at == std::string::npos ? search.output
                                   : search.output.substr(at, search.output.find(',', at) - at);
  };
  EXPECT_EQ("\"total\": 1", total({"--year", "2021", "\"unidad 2\""}));
  EXPECT_EQ("\"total\": 1", total({"--state", "Ciudad de México", "\"región número 1\""}));
  EXPECT_EQ("\"total\": 0", total({"--year", "2020", "unidad"}));
}

// The README's exit codes: an index that is not there is the environment's problem (3), as
// for search, serve, backup and reindex.
TEST(CheckTest, NoIndexIsAnEnvironmentProblem) {
  TempDir temp;
  const std::string missing = (temp.path() / "nada").string();
  const Finished check = run_hemeroteca(temp, {"check", "--db", missing});
  EXPECT_EQ(3, check.exit_code);
  EXPECT_NE(std::string::npos, check.output.find("no index folder here")) << check.output;
  for (const std::vector<std::string>& command :
       {std::vector<std::string>{"search", "--db", missing, "abasto"},
        std::vector<std::string>{"reindex", "--db", missing},
        std::vector<std::string>{"backup", (temp.path() / "copia").string(), "--db", missing}}) {
    const Finished finished = run_hemeroteca(temp, command);
    EXPECT_EQ(3, finished.exit_code) << command[0] << ": " << finished.output;
  }
}

TEST(CheckTest, ACheckDuringAnImportReportsNoDamageThatIsNotThere) {
  TempDir temp;
  write_bulletins(temp, "corpus", 0, 320);
  const fs::path index = temp.path() / "index";
  Child import(hemeroteca({"import", (temp.path() / "corpus").string(), "--db", index.string(),
                           "--batch", "16", "--workers", "1"}));
  ASSERT_TRUE(eventually([&] { return fs::exists(index / "iamglass"); }));
  int passed = 0, gave_up = 0;
  while (import.running()) {
    const Finished check = run_hemeroteca(temp, {"check", "--db", index.string()});
    // 0: fine; 3: the index kept changing and the check said so. Never 1: nothing is damaged.
    ASSERT_NE(1, check.exit_code) << check.output;
    // Xapian's table check is unsafe beside a writer (it can truncate the tables of an index
    // whose first commit is under way), so it runs only once the import has let go.
    const bool skipped =
        check.output.find("note: Xapian's table check was skipped") != std::string::npos;
    if (check.exit_code == 0 && !skipped) {
      EXPECT_NE(std::string::npos, check.output.find("320 bulletin(s): OK")) << check.output;
    }
    ++(check.exit_code == 0 ? passed : gave_up);
  }
  ASSERT_EQ(0, import.wait());
  std::cout << passed << " checks passed during the import, " << gave_up << " gave up\n";
  EXPECT_GT(passed, 0);
}

TEST(BackupTest, ACopyPassesTheCheckAndANonEmptyDestinationNeedsForce) {
  TempDir temp;
  const fs::path index = imported_index(temp, 10);
  const fs::path copy = temp.path() / "copias" / "hoy";
  const Finished backup = run_hemeroteca(temp, {"backup", copy.string(), "--db", index.string()});
  ASSERT_EQ(0, backup.exit_code) << backup.output;
  EXPECT_NE(std::string::npos, backup.output.find("(10 bulletins,")) << backup.output;
  EXPECT_EQ(records_of(index), records_of(copy));
  EXPECT_EQ(0, run_hemeroteca(temp, {"check", "--db", copy.string()}).exit_code);
  // Nothing but the copy is left beside it.
  EXPECT_EQ(1, std::distance(fs::directory_iterator(copy.parent_path()), {}));

  const Finished again = run_hemeroteca(temp, {"backup", copy.string(), "--db", index.string()});
  EXPECT_EQ(2, again.exit_code);
  EXPECT_NE(std::string::npos, again.output.find("--force")) << again.output;
  EXPECT_EQ(
      0,
      run_hemeroteca(temp, {"backup", copy.string(), "--db", index.string(), "--force"}).exit_code);
  EXPECT_EQ(records_of(index), records_of(copy));
  const Finished inside =
      run_hemeroteca(temp, {"backup", (index / "copia").string(), "--db", index.string()});
  EXPECT_EQ(2, inside.exit_code) << inside.output;
}

TEST(BackupTest, ABackupDuringAnImportHoldsACommittedRevision) {
  constexpr std::size_t kBulletins = 320;
  constexpr std::size_t kBatch = 16;  // one bulletin per file: commits come every 16
  TempDir temp;
  write_bulletins(temp, "corpus", 0, kBulletins);
  const fs::path index = temp.path() / "index";
  Child import(hemeroteca({"import", (temp.path() / "corpus").string(), "--db", index.string(),
                           "--batch", std::to_string(kBatch), "--workers", "1"}));
  ASSERT_TRUE(eventually([&] { return fs::exists(index / "iamglass"); }));

  std::vector<fs::path> copies;
  while (import.running() && copies.size() < 20) {
    const fs::path copy = temp.path() / ("copia-" + std::to_string(copies.size()));
    const Finished backup = run_hemeroteca(temp, {"backup", copy.string(), "--db", index.string()});
    ASSERT_EQ(0, backup.exit_code) << backup.output;
    copies.push_back(copy);
  }
  ASSERT_EQ(0, import.wait());
  const auto complete = records_of(index);
  ASSERT_EQ(kBulletins, complete.size());

  std::size_t partial = 0;  // copies taken in the middle of the import
  for (const fs::path& copy : copies) {
    SCOPED_TRACE(copy.filename().string());
    const Finished check = run_hemeroteca(temp, {"check", "--db", copy.string()});
    EXPECT_EQ(0, check.exit_code) << check.output;
    const auto copied = records_of(copy);
    EXPECT_EQ(0u, copied.size() % kBatch) << copied.size() << " is not a committed revision's";
    for (const auto& [id, record] : copied) {
      ASSERT_TRUE(complete.contains(id)) << id;
      EXPECT_EQ(complete.at(id), record);
    }
    if (!copied.empty() && copied.size() < kBulletins) ++partial;
  }
  std::cout << copies.size() << " backups during the import, " << partial << " mid-way\n";
  EXPECT_GT(partial, 0u) << "no backup was taken while the import was under way";
}

TEST(BackupTest, AnImportWaitsToCommitWhileALiveBackupHoldsTheIndex) {
  TempDir temp;
  const fs::path index = imported_index(temp, 2);
  write_bulletins(temp, "nuevos", 2, 1);
  // A hold as a backup leaves it, by a process that lives (this test's).
  const fs::path hold = index / ("backup-" + std::to_string(getpid()) + "-0.hold");
  temp.write(fs::relative(hold, temp.path()).string(), "held\n");
  Child import(hemeroteca({"import", (temp.path() / "nuevos").string(), "--db", index.string()}));
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  EXPECT_TRUE(import.running()) << "the import committed under a backup's hold";
  EXPECT_EQ(2u, records_of(index).size());
  fs::remove(hold);
  ASSERT_EQ(0, import.wait());
  EXPECT_EQ(3u, records_of(index).size());

  // A hold whose process is gone holds nothing.
  Child gone({"/bin/true"});
  const pid_t dead = gone.pid();
  gone.wait();
  temp.write(
      fs::relative(index / ("backup-" + std::to_string(dead) + "-0.hold"), temp.path()).string(),
      "held\n");
  write_bulletins(temp, "otros", 3, 1);
  const Finished quick =
      run_hemeroteca(temp, {"import", (temp.path() / "otros").string(), "--db", index.string()});
  EXPECT_EQ(0, quick.exit_code) << quick.output;
  EXPECT_EQ(4u, records_of(index).size());
  // The next backup removes it, and leaves no hold of its own behind.
  const fs::path copy = temp.path() / "copia";
  ASSERT_EQ(0, run_hemeroteca(temp, {"backup", copy.string(), "--db", index.string()}).exit_code);
  for (const auto& entry : fs::directory_iterator(index)) {
    EXPECT_FALSE(entry.path().filename().string().ends_with(".hold")) << entry.path();
  }
}

}  // namespace
}  // namespace hemeroteca::testing
