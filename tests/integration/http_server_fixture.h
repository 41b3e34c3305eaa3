// A test fixture with the shipped corpus imported into a temporary index and the real HTTP
// server listening on an ephemeral loopback port.
#pragma once

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "hemeroteca/indexer/importer.h"
#include "hemeroteca/schema/schema.h"
#include "hemeroteca/server/http_server.h"
#include "hemeroteca/server/search_service.h"
#include "test_support.h"

namespace hemeroteca::testing {

struct HttpAnswer {
  int status = 0;
  nlohmann::json body;
};

class HttpServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    temp_ = new TempDir;
    schema_ = new Schema(Schema::load(schema_dir() / "fields.xml"));
    ImportOptions options;
    options.database = temp_->path() / "index";
    const ImportSummary summary = import_paths({corpus_dir()}, *schema_, options);
    ASSERT_TRUE(summary.failures.empty());
    service_ = new SearchService(*schema_, options.database);
    ServerOptions server_options;
    server_options.port = 0;
    server_options.threads = 4;
    server_ = new HttpServer(server_options, *service_);
    server_->start();
  }

  static void TearDownTestSuite() {
    delete server_;
    delete service_;
    delete schema_;
    delete temp_;
  }

  static HttpAnswer Get(const std::string& path_and_query) {
    Poco::Net::HTTPClientSession session("127.0.0.1", server_->port());
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, path_and_query,
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::istream& stream = session.receiveResponse(response);
    std::stringstream text;
    text << stream.rdbuf();
    HttpAnswer answer;
    answer.status = static_cast<int>(response.getStatus());
    answer.body = nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
    return answer;
  }

  // The corpus file name ("000", "001"…) of each result of a search, in order, comma-joined.
  static std::string SeedsFound(const std::string& query_string) {
    const HttpAnswer answer = Get("/api/v1/search?" + query_string);
    std::string out;
    for (const auto& result : answer.body["results"]) {
      const HttpAnswer record = Get("/api/v1/bulletins/" + result["id"].get<std::string>());
      const std::string source = record.body["source"];
      const std::string name = source.substr(source.find_last_of('/') + 1, 3);
      out += (out.empty() ? "" : ",") + name;
    }
    return out;
  }

  static TempDir* temp_;
  static Schema* schema_;
  static SearchService* service_;
  static HttpServer* server_;
};

inline TempDir* HttpServerTest::temp_ = nullptr;
inline Schema* HttpServerTest::schema_ = nullptr;
inline SearchService* HttpServerTest::service_ = nullptr;
inline HttpServer* HttpServerTest::server_ = nullptr;

}  // namespace hemeroteca::testing
