// Many readers at once while an import writes: no search fails because the index changed under
// it, and new bulletins are visible to the next search after their commit.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <thread>

#include "hemeroteca/indexer/importer.h"
#include "http_harness.h"

namespace hemeroteca::testing {
namespace {

Record NewRecord(int i) {
  Record record;
  record.id = "new" + std::to_string(i);
  record.source = "new/" + std::to_string(i);
  record.title = "Boletín nuevo número " + std::to_string(i);
  record.body = {"Texto del boletín con la palabra zafiro" + std::to_string(i % 7) +
                 " y abasto de medicamentos en Sonora."};
  record.date = "2024-01-" + std::string(i % 28 + 1 < 10 ? "0" : "") + std::to_string(i % 28 + 1);
  record.states = {"Sonora"};
  record.duplicate_key = "new-key-" + std::to_string(i);
  return record;
}

// A fresh index at `path` holding NewRecord(0) .. NewRecord(count - 1).
void IndexNewRecords(const std::filesystem::path& path, const Schema& schema, int count) {
  Xapian::WritableDatabase database(path.string(), Xapian::DB_CREATE_OR_OPEN);
  DocumentMapper mapper(schema);
  for (int i = 0; i < count; ++i) store_record(database, mapper, NewRecord(i));
  database.commit();
}

TEST(Concurrency, SearchesNeverFailWhileAnImportCommits) {
  TempDir temp;
  const auto path = temp.path() / "index";
  const Schema schema = Schema::load(schema_dir() / "fields.xml");
  IndexNewRecords(path, schema, 1);
  ServerHarness harness(path);

  std::atomic<bool> writing{true};
  std::atomic<int> failures{0};
  std::atomic<int> searches{0};
  std::thread writer([&] {
    Xapian::WritableDatabase database(path.string(), Xapian::DB_CREATE_OR_OPEN);
    DocumentMapper mapper(schema);
    for (int i = 1; i <= 300; ++i) {
      store_record(database, mapper, NewRecord(i));
      if (i % 10 == 0) database.commit();
    }
    database.commit();
    writing = false;
  });
  std::vector<std::thread> readers;
  for (int r = 0; r < 4; ++r) {
    readers.emplace_back([&, r] {
      const char* queries[] = {"q=abasto&state=sonora", "q=", "q=zafiro3",
                               "q=medicamentos&year=2024"};
      while (writing) {
        const HttpAnswer answer = harness.get(std::string("/api/v1/search?") + queries[r]);
        if (answer.status != 200) ++failures;
        ++searches;
      }
    });
  }
  writer.join();
  for (auto& reader : readers) reader.join();
  EXPECT_EQ(0, failures.load());
  EXPECT_GT(searches.load(), 10);

  // The last commit is visible to the next search, facets included.
  const HttpAnswer answer = harness.get("/api/v1/search?q=&per_page=1");
  EXPECT_EQ(301, answer.body["total"]);
  EXPECT_EQ(301, answer.body["facets"]["state"][0]["count"]);
}

// A repeated search is answered from the server's cache of passes and shown results: the same
// answer, until a commit changes what it would find.
TEST(Concurrency, RepeatedSearchesAnswerAlikeUntilACommitChangesThem) {
  TempDir temp;
  const auto path = temp.path() / "index";
  const Schema schema = Schema::load(schema_dir() / "fields.xml");
  IndexNewRecords(path, schema, 5);
  ServerHarness harness(path);
  const HttpAnswer first = harness.get("/api/v1/search?q=zafiro1");
  const HttpAnswer again = harness.get("/api/v1/search?q=zafiro1");
  ASSERT_EQ(200, first.status);
  ASSERT_EQ(1, first.body["total"]);
  EXPECT_EQ(first.body["results"], again.body["results"]);
  EXPECT_NE(std::string::npos,
            first.body["results"][0]["snippet"].get<std::string>().find("<mark>zafiro1</mark>"));
  EXPECT_EQ("new1", again.body["results"][0]["id"]);
  // Another page of the same search is another entry.
  EXPECT_EQ(0u, harness.get("/api/v1/search?q=zafiro1&page=2").body["results"].size());

  {
    Xapian::WritableDatabase database(path.string(), Xapian::DB_CREATE_OR_OPEN);
    DocumentMapper mapper(schema);
    store_record(database, mapper, NewRecord(8));  // zafiro1 too
    Record changed = NewRecord(1);
    changed.title = "Boletín corregido";
    store_record(database, mapper, changed);
    database.commit();
  }
  const HttpAnswer after = harness.get("/api/v1/search?q=zafiro1&sort=date_desc");
  const HttpAnswer after_relevance = harness.get("/api/v1/search?q=zafiro1");
  EXPECT_EQ(2, after.body["total"]);
  EXPECT_EQ(2, after_relevance.body["total"]);
  std::vector<std::string> titles;
  for (const auto& result : after_relevance.body["results"]) titles.push_back(result["title"]);
  EXPECT_NE(titles.end(), std::find(titles.begin(), titles.end(), "Boletín corregido"));
}

}  // namespace
}  // namespace hemeroteca::testing
