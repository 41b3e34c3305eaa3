// with_database(): what a search does when Xapian fails a read while the index is written.
#include "database_pool.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>

#include "hemeroteca/schema/error.h"
#include "test_support.h"

namespace hemeroteca {
namespace {

// A fresh index of one document at `folder`; its path.
std::string IndexOfOne(const testing::TempDir& folder) {
  Xapian::WritableDatabase database(folder.path().string(), Xapian::DB_CREATE_OR_OPEN);
  Xapian::Document document;
  document.add_term("abasto");
  database.add_document(document);
  database.commit();
  return folder.path().string();
}

// A pool over a fresh index of one document.
class WithDatabase : public ::testing::Test {
 protected:
  testing::TempDir folder_;
  DatabasePool pool_{ShardOptions{.shards = {IndexOfOne(folder_)}}};
};

// A writer that reuses blocks a reader still walks makes Xapian fail the read with a plain
// DatabaseError ("EOF reading block …"); a document of the match set may be gone. Both are
// transient: the next attempt on a fresh handle reads the new revision.
TEST_F(WithDatabase, ReadsAgainWhenAWriterChangedTheIndexUnderTheRead) {
  int attempts = 0;
  const auto count = with_database(pool_, [&](OpenIndex& index) {
    ++attempts;
    if (attempts == 1) throw Xapian::DatabaseError("EOF reading block 842477616");
    if (attempts == 2) throw Xapian::DocNotFoundError("Document 1 not found");
    return index.database->get_doccount();
  });
  EXPECT_EQ(1u, count);
  EXPECT_EQ(3, attempts);
}

// Commits every few milliseconds on a busy machine can discard the revision of several fresh
// reads in a row; each new attempt reads the newest revision, and the search answers.
TEST_F(WithDatabase, ReadsAgainAsLongAsCommitsKeepDiscardingTheRevisionItRead) {
  int attempts = 0;
  const auto count = with_database(pool_, [&](OpenIndex& index) {
    if (++attempts <= 6)
      throw Xapian::DatabaseModifiedError("The revision being read has been discarded");
    return index.database->get_doccount();
  });
  EXPECT_EQ(1u, count);
  EXPECT_EQ(7, attempts);
}

TEST_F(WithDatabase, GivesUpWhenTheIndexChangesFasterThanItCanBeRead) {
  int attempts = 0;
  try {
    with_database(pool_, [&](OpenIndex&) -> int {
      ++attempts;
      throw Xapian::DatabaseModifiedError("The revision being read has been discarded");
    });
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(ErrorKind::kUnavailable, e.kind());
    EXPECT_NE(std::string::npos, std::string(e.what()).find("try again")) << e.what();
  }
  EXPECT_GE(attempts, 3);
  EXPECT_LE(attempts, kIndexChangedMaxAttempts);
}

TEST_F(WithDatabase, SaysToCheckTheIndexWhenReadsKeepFailing) {
  int attempts = 0;
  try {
    with_database(pool_, [&](OpenIndex&) -> int {
      ++attempts;
      throw Xapian::DatabaseCorruptError("Db block overwritten");
    });
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(ErrorKind::kUnavailable, e.kind());
    EXPECT_NE(std::string::npos, std::string(e.what()).find("hemeroteca check")) << e.what();
  }
  EXPECT_EQ(3, attempts);
}

// Opening a handle reads the tables' roots, which a commit may be recycling as well: a failed
// open is a failed read, tried again and then reported with what to do, not an unexplained
// Xapian error. Here the folder is swapped for a damaged copy, so every open fails.
TEST_F(WithDatabase, AHandleThatCannotBeOpenedIsAFailedReadToo) {
  namespace fs = std::filesystem;
  const fs::path index = folder_.path();
  const fs::path damaged = index.string() + ".damaged";
  fs::copy(index, damaged);
  for (const auto& entry : fs::directory_iterator(damaged)) {
    if (entry.path().extension() != ".glass") continue;
    std::ofstream(entry.path(), std::ios::binary | std::ios::trunc) << std::string(8192, 'x');
  }
  // The healthy index goes into a folder of its own, which the test deletes when it ends.
  const testing::TempDir aside;
  fs::rename(index, aside.path() / "healthy");
  fs::rename(damaged, index);
  try {
    with_database(pool_, [](OpenIndex& opened) { return opened.database->get_doccount(); });
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(ErrorKind::kUnavailable, e.kind());
    EXPECT_NE(std::string::npos, std::string(e.what()).find("hemeroteca check")) << e.what();
  }
}

}  // namespace
}  // namespace hemeroteca
