// A test fixture with the shipped corpus imported into a temporary index and the real HTTP
// server listening on an ephemeral loopback port.
#pragma once

#include <gtest/gtest.h>

#include "hemeroteca/indexer/importer.h"
#include "http_harness.h"

namespace hemeroteca::testing {

class HttpServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    temp_ = new TempDir;
    ImportOptions options;
    options.database = temp_->path() / "index";
    const Schema schema = Schema::load(schema_dir() / "fields.xml");
    const ImportSummary summary = import_paths({corpus_dir()}, schema, options);
    ASSERT_TRUE(summary.failures.empty());
    harness_ = new ServerHarness(options.database);
  }

  static void TearDownTestSuite() {
    delete harness_;
    delete temp_;
  }

  static HttpAnswer Get(const std::string& path_and_query) { return harness_->get(path_and_query); }

  // The corpus file name ("000", "001"…) of each result of a search, in order, comma-joined;
  // a collapsed result lists its other shapes after a '+': "001+000".
  static std::string SeedsFound(const std::string& query_string) {
    const HttpAnswer answer = Get("/api/v1/search?" + query_string);
    std::string out;
    for (const auto& result : answer.body["results"]) {
      std::string names;
      for (const auto& source : result["sources"]) {
        const std::string path = source;
        names += (names.empty() ? "" : "+") + path.substr(path.find_last_of('/') + 1, 3);
      }
      out += (out.empty() ? "" : ",") + names;
    }
    return out;
  }

  static std::uint16_t port() { return harness_->port(); }

  static TempDir* temp_;
  static ServerHarness* harness_;
};

inline TempDir* HttpServerTest::temp_ = nullptr;
inline ServerHarness* HttpServerTest::harness_ = nullptr;

}  // namespace hemeroteca::testing
