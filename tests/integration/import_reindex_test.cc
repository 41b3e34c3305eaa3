// `hemeroteca reindex`: a taxonomy change reaches every stored bulletin without the original
// files, while searches over HTTP keep answering, and corrections and the import ledger
// survive it.
#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <sstream>
#include <thread>

#include "hemeroteca/indexer/bulletin_editor.h"
#include "hemeroteca/indexer/reindex.h"
#include "hemeroteca/schema/error.h"
#include "http_harness.h"
#include "import_support.h"

namespace hemeroteca::testing {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kBulletins = 60;

// A copy of the shipped schema whose taxonomy has one more topic, which every generated
// bulletin is about (each says "región" twice).
fs::path schema_with_new_topic(const TempDir& temp) {
  const fs::path copy = temp.path() / "schema";
  fs::copy(schema_dir(), copy, fs::copy_options::recursive);
  std::ifstream in(copy / "topics.xml");
  std::stringstream text;
  text << in.rdbuf();
  std::string topics = text.str();
  topics.insert(topics.rfind("</taxonomy>"),
                "  <topic id=\"region-prueba\" label=\"Región de prueba\">\n"
                "    <term weight=\"10\">región</term>\n  </topic>\n");
  std::ofstream(copy / "topics.xml") << topics;
  return copy;
}

TEST(ImportReindexTest, ANewTopicReachesEveryBulletinWhileSearchesKeepAnswering) {
  TempDir temp;
  for (std::size_t i = 0; i < kBulletins; ++i) {
    temp.write("corpus/" + std::to_string(i) + ".txt", bulletin_text(i));
  }
  const fs::path index = temp.path() / "index";
  const Schema schema = Schema::load(schema_dir() / "fields.xml");
  import_paths({temp.path() / "corpus"}, schema, ImportOptions{.database = index});
  const std::string corrected_id =
      source_id(fs::weakly_canonical(temp.path() / "corpus/3.txt").string());
  BulletinEditor(schema, EditorOptions{.database = index})
      .correct(corrected_id, {{"date", "1999-12-31"}});
  const std::string topics_set_id =
      source_id(fs::weakly_canonical(temp.path() / "corpus/4.txt").string());
  BulletinEditor(schema, EditorOptions{.database = index})
      .correct(topics_set_id, {{"topics", {"abasto-medicamentos"}}});
  // Nothing changed in the taxonomy: no topic changes, a staff correction's topics included.
  EXPECT_EQ(0u, reindex(schema, ReindexOptions{.database = index}).topics_changed);

  ServerHarness server(index);
  ASSERT_EQ(0, server.get("/api/v1/search?topic=region-prueba").body["total"]);
  std::atomic<bool> stop = false;
  std::atomic<int> searches = 0;
  std::atomic<int> wrong = 0;
  std::vector<std::thread> clients;
  for (int c = 0; c < 3; ++c) {
    clients.emplace_back([&] {
      while (!stop) {
        const HttpAnswer answer = server.get("/api/v1/search?q=instituto&per_page=5");
        if (answer.status != 200 || answer.body["total"] != kBulletins) ++wrong;
        ++searches;
      }
    });
  }

  const Schema changed = Schema::load(schema_with_new_topic(temp) / "fields.xml");
  const ReindexSummary summary = reindex(changed, ReindexOptions{.database = index});
  EXPECT_EQ(kBulletins, summary.bulletins);
  EXPECT_EQ(kBulletins - 1, summary.topics_changed);    // all but the one staff gave its topics
  reindex(changed, ReindexOptions{.database = index});  // and once more, over the swapped-in one
  while (searches < 20) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  stop = true;
  for (std::thread& client : clients) client.join();
  EXPECT_EQ(0, wrong) << "of " << searches << " searches during the reindex";

  // Every bulletin but the one whose topics staff set, which keeps them.
  EXPECT_EQ(static_cast<int>(kBulletins - 1),
            server.get("/api/v1/search?topic=region-prueba").body["total"]);
  EXPECT_EQ("1999-12-31", server.get("/api/v1/bulletins/" + corrected_id).body["date"]);
  EXPECT_FALSE(fs::exists(temp.path() / "index.reindex"));
  // The ledger came along: the files are still known as imported.
  const ImportSummary again =
      import_paths({temp.path() / "corpus"}, changed, ImportOptions{.database = index});
  EXPECT_EQ(kBulletins, again.unchanged);
}

TEST(ImportReindexTest, ReindexNeedsAnIndexAndTheWriteLock) {
  TempDir temp;
  const Schema schema = Schema::load(schema_dir() / "fields.xml");
  try {
    reindex(schema, ReindexOptions{.database = temp.path() / "nada"});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(ErrorKind::kUnavailable, e.kind());  // exit 3: the environment lacks it
  }
  temp.write("corpus/uno.txt", bulletin_text(1));
  import_paths({temp.path() / "corpus"}, schema, ImportOptions{.database = temp.path() / "index"});
  Xapian::WritableDatabase writer((temp.path() / "index").string(), Xapian::DB_OPEN);
  try {
    reindex(schema, ReindexOptions{.database = temp.path() / "index",
                                   .lock_wait = std::chrono::milliseconds(0)});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(ErrorKind::kUnavailable, e.kind());
  }
}

}  // namespace
}  // namespace hemeroteca::testing
