// Test harness: the real search service and HTTP server over an index in a temporary folder,
// listening on an ephemeral loopback port, and a small HTTP client for it.
#pragma once

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "hemeroteca/indexer/importer.h"
#include "hemeroteca/schema/schema.h"
#include "hemeroteca/schema/synonyms.h"
#include "hemeroteca/server/http_server.h"
#include "hemeroteca/server/search_service.h"
#include "test_support.h"

namespace hemeroteca::testing {

struct HttpAnswer {
  int status = 0;
  std::string content_type;
  std::string text;
  nlohmann::json body;  // discarded when the answer is not JSON
};

inline HttpAnswer http_request(std::uint16_t port, const std::string& method,
                               const std::string& path_and_query) {
  Poco::Net::HTTPClientSession session("127.0.0.1", port);
  Poco::Net::HTTPRequest request(method, path_and_query, Poco::Net::HTTPMessage::HTTP_1_1);
  session.sendRequest(request);
  Poco::Net::HTTPResponse response;
  std::istream& stream = session.receiveResponse(response);
  std::stringstream text;
  text << stream.rdbuf();
  HttpAnswer answer;
  answer.status = static_cast<int>(response.getStatus());
  answer.content_type = response.getContentType();
  answer.text = text.str();
  answer.body = nlohmann::json::parse(answer.text, nullptr, /*allow_exceptions=*/false);
  return answer;
}

// Writes the records of a JSON fixture (a list of records) into a new index at `index`, through
// the same store_record() every import uses.
inline void index_records(const std::filesystem::path& records_json,
                          const std::filesystem::path& index) {
  const Schema schema = Schema::load(schema_dir() / "fields.xml");
  Xapian::WritableDatabase database(index.string(), Xapian::DB_CREATE_OR_OPEN);
  DocumentMapper mapper(schema);
  std::ifstream in(records_json);
  for (const auto& json : nlohmann::json::parse(in)) {
    store_record(database, mapper, record_from_json(json));
  }
  database.commit();
}

// Owns the schema, the service and the server for one index folder.
class ServerHarness {
 public:
  explicit ServerHarness(const std::filesystem::path& database)
      : schema_(Schema::load(schema_dir() / "fields.xml")),
        synonyms_(Synonyms::load(schema_dir() / "synonyms.xml")),
        service_(schema_, database, SearchOptions{.synonyms = &synonyms_}),
        server_(ServerOptions{.port = 0, .threads = 4}, service_) {
    server_.start();
  }

  HttpAnswer get(const std::string& path_and_query) const {
    return http_request(server_.port(), "GET", path_and_query);
  }
  std::uint16_t port() const { return server_.port(); }
  const Schema& schema() const { return schema_; }
  SearchService& service() { return service_; }

 private:
  Schema schema_;
  Synonyms synonyms_;
  SearchService service_;
  HttpServer server_;
};

}  // namespace hemeroteca::testing
