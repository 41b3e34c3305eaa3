// Writing over HTTP: POST /api/v1/bulletins (raw, multipart, JSON record, XML archive),
// DELETE and PATCH /api/v1/bulletins/{id}, behind a bearer token and a body size limit, on a
// real server on loopback over a real index.
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Timespan.h>
#include <gtest/gtest.h>

#include <optional>
#include <sstream>

#include "hemeroteca/indexer/bulletin_editor.h"
#include "hemeroteca/server/http_server.h"
#include "hemeroteca/server/search_service.h"
#include "http_harness.h"
#include "import_support.h"
#include "ingest_store.h"

namespace hemeroteca::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kToken = "s3creto-de-prueba-0123456789";
constexpr std::size_t kMaxBody = 16 * 1024;

struct Sent {
  std::string body{};
  std::string content_type = "text/plain; charset=utf-8";
  std::optional<std::string> token = kToken;
  bool chunked = false;
};

HttpAnswer send(std::uint16_t port, const std::string& method, const std::string& path,
                const Sent& sent = {}) {
  Poco::Net::HTTPClientSession session("127.0.0.1", port);
  Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
  if (sent.token) request.set("Authorization", "Bearer " + *sent.token);
  request.setContentType(sent.content_type);
  if (sent.chunked) {
    request.setChunkedTransferEncoding(true);
  } else {
    request.setContentLength(static_cast<std::streamsize>(sent.body.size()));
  }
  session.sendRequest(request) << sent.body;
  Poco::Net::HTTPResponse response;
  std::istream& stream = session.receiveResponse(response);
  std::stringstream text;
  text << stream.rdbuf();
  HttpAnswer answer;
  answer.status = static_cast<int>(response.getStatus());
  answer.content_type = response.get("WWW-Authenticate", response.get("Allow", ""));
  answer.text = text.str();
  answer.body = nlohmann::json::parse(answer.text, nullptr, false);
  return answer;
}

// A server over its own index with uploads enabled (or not).
class IngestServer {
 public:
  explicit IngestServer(bool writes = true)
      : schema_(Schema::load(schema_dir() / "fields.xml")),
        synonyms_(Synonyms::load(schema_dir() / "synonyms.xml")) {
    temp_.write("primero/uno.txt", bulletin_text(1));
    ImportOptions options;
    options.database = index();
    import_paths({temp_.path() / "primero"}, schema_, options);
    service_ =
        std::make_unique<SearchService>(schema_, index(), SearchOptions{.synonyms = &synonyms_});
    editor_ = std::make_unique<BulletinEditor>(
        schema_, EditorOptions{.database = index(), .lock_wait = std::chrono::milliseconds(100)});
    store_ = std::make_unique<IndexBulletinStore>(*editor_);
    ServerOptions server_options{.port = 0, .threads = 4};
    if (writes) server_options.writes = {.token = kToken, .max_body_bytes = kMaxBody};
    server_ = std::make_unique<HttpServer>(server_options, *service_, store_.get());
    server_->start();
  }
  ~IngestServer() { server_->stop(); }

  HttpAnswer Send(const std::string& method, const std::string& path, const Sent& sent = {}) {
    return send(server_->port(), method, path, sent);
  }
  HttpAnswer Get(const std::string& path) { return http_request(server_->port(), "GET", path); }
  std::uint16_t port() const { return server_->port(); }
  fs::path index() const { return temp_.path() / "index"; }
  const TempDir& temp() const { return temp_; }
  ImportSummary Import(const fs::path& folder, bool force = false) {
    ImportOptions options;
    options.database = index();
    options.force = force;
    return import_paths({folder}, schema_, options);
  }

 private:
  TempDir temp_;
  Schema schema_;
  Synonyms synonyms_;
  std::unique_ptr<SearchService> service_;
  std::unique_ptr<BulletinEditor> editor_;
  std::unique_ptr<IndexBulletinStore> store_;
  std::unique_ptr<HttpServer> server_;
};

std::string upload_path(const std::string& query) { return "/api/v1/bulletins?" + query; }

TEST(ImportHttpTest, WritesNeedTheBearerTokenAndReadsDoNot) {
  IngestServer server;
  const Sent without{.body = bulletin_text(2), .token = std::nullopt};
  const HttpAnswer refused = server.Send("POST", upload_path("filename=dos.txt"), without);
  EXPECT_EQ(401, refused.status);
  EXPECT_EQ("Bearer realm=\"hemeroteca\"", refused.content_type);
  // Credentials that are there but wrong are forbidden, not missing.
  EXPECT_EQ(403, server
                     .Send("POST", upload_path("filename=dos.txt"),
                           Sent{.body = bulletin_text(2), .token = "otro-token-cualquiera"})
                     .status);
  EXPECT_EQ(401,
            server.Send("DELETE", "/api/v1/bulletins/abc", Sent{.token = std::nullopt}).status);
  EXPECT_EQ(200, server.Get("/api/v1/search?q=instituto").status);
  EXPECT_EQ(1, server.Get("/healthz").body["documents"]);
}

TEST(ImportHttpTest, ARawUploadIsSearchableAtOnceAndTheSameBytesAgainChangeNothing) {
  IngestServer server;
  const HttpAnswer added =
      server.Send("POST", upload_path("filename=imss/641.txt&date=2020-09-18&number=641%2F2020"),
                  Sent{.body = bulletin_text(2, "zarzaparrilla")});
  ASSERT_EQ(201, added.status) << added.text;
  ASSERT_EQ(1u, added.body["added"].size());
  const std::string id = added.body["added"][0];
  EXPECT_EQ(source_id("imss/641.txt"), id);
  const HttpAnswer stored = server.Get("/api/v1/bulletins/" + id);
  EXPECT_EQ("2020-09-18", stored.body["date"]);
  EXPECT_EQ("641/2020", stored.body["number"]);
  EXPECT_EQ(1, server.Get("/api/v1/search?q=zarzaparrilla").body["total"]);

  const HttpAnswer again =
      server.Send("POST", upload_path("filename=imss/641.txt&date=2020-09-18&number=641%2F2020"),
                  Sent{.body = bulletin_text(2, "zarzaparrilla")});
  EXPECT_EQ(200, again.status);
  EXPECT_EQ(true, again.body["unchanged"]);
}

TEST(ImportHttpTest, AMultipartFormUploadCarriesItsFacts) {
  IngestServer server;
  const std::string boundary = "----frontera7MA4YWxkTrZu0gW";
  const std::string body = "--" + boundary +
                           "\r\nContent-Disposition: form-data; name=\"date\"\r\n\r\n2019-07-01\r\n"
                           "--" +
                           boundary +
                           "\r\nContent-Disposition: form-data; name=\"archivo\"; "
                           "filename=\"boletin-77.md\"\r\nContent-Type: text/markdown\r\n\r\n" +
                           bulletin_text(77) + "\r\n--" + boundary + "--\r\n";
  const HttpAnswer added =
      server.Send("POST", "/api/v1/bulletins",
                  Sent{.body = body, .content_type = "multipart/form-data; boundary=" + boundary});
  ASSERT_EQ(201, added.status) << added.text;
  const HttpAnswer stored = server.Get("/api/v1/bulletins/" + source_id("boletin-77.md"));
  EXPECT_EQ("2019-07-01", stored.body["date"]);
  EXPECT_EQ("markdown", stored.body["format"]);
}

// A form built by hand: its fields, and a file part named "archivo".
std::string upload_form(const std::string& boundary,
                        const std::vector<std::pair<std::string, std::string>>& fields,
                        const std::string& filename, const std::string& text) {
  std::string body;
  for (const auto& [name, value] : fields) {
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" +
            value + "\r\n";
  }
  if (!filename.empty()) {
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\"" +
            filename + "\"\r\n\r\n" + text + "\r\n";
  }
  return body + "--" + boundary + "--\r\n";
}

// A misspelt fact must not vanish: the upload is refused and says which field it did not know.
TEST(ImportHttpTest, AFormUploadRefusesFieldsItWouldNotRead) {
  IngestServer server;
  const std::string boundary = "frontera";
  const auto post_form = [&](const std::string& path, const std::string& body) {
    return server.Send(
        "POST", path,
        Sent{.body = body, .content_type = "multipart/form-data; boundary=" + boundary});
  };
  const HttpAnswer misspelt =
      post_form("/api/v1/bulletins",
                upload_form(boundary, {{"fecha", "2019-07-01"}}, "b-78.md", bulletin_text(78)));
  EXPECT_EQ(400, misspelt.status);
  EXPECT_NE(std::string::npos, misspelt.text.find("fecha")) << misspelt.text;
  EXPECT_EQ(400,
            post_form("/api/v1/bulletins", upload_form(boundary, {{"date", "2019-07-01"}}, "", ""))
                .status)
      << "a form without its file";
  EXPECT_EQ(400,
            post_form(upload_path("date=2019-07-02"),
                      upload_form(boundary, {{"date", "2019-07-01"}}, "b-78.md", bulletin_text(78)))
                .status)
      << "two dates";
  EXPECT_EQ(400, server
                     .Send("POST", upload_path("date=2019-07-02"),
                           Sent{.body = R"({"id": "r-2", "title": "Registro", "body": ["Texto."]})",
                                .content_type = "application/json"})
                     .status)
      << "a JSON record with a fact beside it";
  EXPECT_EQ(1, server.Get("/healthz").body["documents"]);

  // The query string's facts and name apply to a form's file, as they do to a raw body.
  const HttpAnswer added =
      post_form(upload_path("date=2019-07-03&filename=renombrado.md"),
                upload_form(boundary, {{"number", "78/2019"}}, "b-78.md", bulletin_text(78)));
  ASSERT_EQ(201, added.status) << added.text;
  const HttpAnswer stored = server.Get("/api/v1/bulletins/" + source_id("renombrado.md"));
  EXPECT_EQ("2019-07-03", stored.body["date"]);
  EXPECT_EQ("78/2019", stored.body["number"]);
}

TEST(ImportHttpTest, AJsonRecordAndAnXmlArchiveAreStoredAsGiven) {
  IngestServer server;
  const nlohmann::json record = {{"id", "registro-1"},
                                 {"title", "Registro escrito a mano"},
                                 {"body", {"Un párrafo sobre el abasto de medicamentos."}},
                                 {"date", "2022-02-02"},
                                 {"date_source", "metadata"}};
  const HttpAnswer added = server.Send(
      "POST", "/api/v1/bulletins", Sent{.body = record.dump(), .content_type = "application/json"});
  ASSERT_EQ(201, added.status) << added.text;
  EXPECT_EQ("Registro escrito a mano", server.Get("/api/v1/bulletins/registro-1").body["title"]);

  std::string xml = "<hemeroteca-archive version=\"1\">";
  for (int i = 10; i < 13; ++i) {
    xml += "<bulletin source=\"lote/" + std::to_string(i) + "\"><text>" +
           bulletin_text(static_cast<std::size_t>(i)) + "</text></bulletin>";
  }
  const HttpAnswer archive =
      server.Send("POST", upload_path("filename=lote.xml"),
                  Sent{.body = xml + "</hemeroteca-archive>", .content_type = "application/xml"});
  ASSERT_EQ(201, archive.status) << archive.text;
  EXPECT_EQ(3u, archive.body["added"].size());
  EXPECT_EQ(5, server.Get("/healthz").body["documents"]);
}

TEST(ImportHttpTest, BadUploadsAreClientErrors) {
  IngestServer server;
  EXPECT_EQ(400, server.Send("POST", "/api/v1/bulletins", Sent{.body = bulletin_text(2)}).status)
      << "no file name";
  EXPECT_EQ(400, server.Send("POST", upload_path("filename=x.txt"), Sent{.body = "   "}).status);
  EXPECT_EQ(
      400,
      server.Send("POST", upload_path("filename=x.txt&color=azul"), Sent{.body = bulletin_text(2)})
          .status);
  EXPECT_EQ(400, server
                     .Send("POST", "/api/v1/bulletins",
                           Sent{.body = "{\"title\": 1", .content_type = "application/json"})
                     .status);
  const HttpAnswer put = server.Send("PUT", "/api/v1/bulletins/abc");
  EXPECT_EQ(405, put.status);
  EXPECT_EQ("GET, HEAD, DELETE, PATCH", put.content_type);
}

TEST(ImportHttpTest, BodiesAboveTheLimitAre413) {
  IngestServer server;
  const std::string large(kMaxBody + 1024, 'a');
  EXPECT_EQ(413,
            server.Send("POST", upload_path("filename=grande.txt"), Sent{.body = large}).status);
  EXPECT_EQ(
      413,
      server.Send("POST", upload_path("filename=grande.txt"), Sent{.body = large, .chunked = true})
          .status);
  EXPECT_EQ(1, server.Get("/healthz").body["documents"]);
}

// A body announced larger than the server takes is refused at once, without waiting for it
// (the client below sends none and would otherwise wait for the request's timeout).
TEST(ImportHttpTest, ABodyAnnouncedTooLargeIsRefusedWithoutWaitingForIt) {
  IngestServer server;
  for (const std::string& authorization :
       {std::string(), "Authorization: Bearer " + std::string(kToken) + "\r\n"}) {
    Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", server.port()));
    socket.setReceiveTimeout(Poco::Timespan(3, 0));  // well under the 10 s request timeout
    const std::string request = "POST /api/v1/bulletins?filename=x.txt HTTP/1.1\r\nHost: t\r\n" +
                                authorization + "Content-Length: 99999999999\r\n\r\n";
    socket.sendBytes(request.data(), static_cast<int>(request.size()));
    char answer[64] = {};
    int received = 0;
    try {
      received = socket.receiveBytes(answer, sizeof answer - 1);
    } catch (const Poco::TimeoutException&) {
      received = 0;
    }
    const std::string status(answer, static_cast<std::size_t>(std::max(received, 0)));
    EXPECT_TRUE(status.starts_with(authorization.empty() ? "HTTP/1.1 401" : "HTTP/1.1 413"))
        << "answer: " << status;
  }
}

TEST(ImportHttpTest, DeleteRemovesABulletinAndAnUnchangedReimportDoesNotBringItBack) {
  IngestServer server;
  const std::string id =
      source_id(fs::weakly_canonical(server.temp().path() / "primero/uno.txt").string());
  EXPECT_EQ(200, server.Send("DELETE", "/api/v1/bulletins/" + id).status);
  EXPECT_EQ(404, server.Get("/api/v1/bulletins/" + id).status);
  EXPECT_EQ(404, server.Send("DELETE", "/api/v1/bulletins/" + id).status);
  EXPECT_EQ(0u, server.Import(server.temp().path() / "primero").added);
  EXPECT_EQ(404, server.Get("/api/v1/bulletins/" + id).status);
}

// The same bulletin in two shapes is one result in searches: a correction and a deletion of
// either reach both.
TEST(ImportHttpTest, ACorrectionAndADeletionReachTheBulletinsCopies) {
  IngestServer server;
  server.temp().write("segundo/uno.md", "# " + bulletin_text(1));
  ASSERT_EQ(1u, server.Import(server.temp().path() / "segundo").duplicates);
  const std::string text_id =
      source_id(fs::weakly_canonical(server.temp().path() / "primero/uno.txt").string());
  const std::string markdown_id =
      source_id(fs::weakly_canonical(server.temp().path() / "segundo/uno.md").string());
  const HttpAnswer corrected =
      server.Send("PATCH", "/api/v1/bulletins/" + text_id,
                  Sent{.body = R"({"date": "2001-01-01"})", .content_type = "application/json"});
  ASSERT_EQ(200, corrected.status) << corrected.text;
  EXPECT_EQ("2001-01-01", server.Get("/api/v1/bulletins/" + markdown_id).body["date"]);
  EXPECT_EQ(0, server.Get("/api/v1/search?year=2021").body["total"]);

  const HttpAnswer deleted = server.Send("DELETE", "/api/v1/bulletins/" + text_id);
  ASSERT_EQ(200, deleted.status) << deleted.text;
  EXPECT_EQ(nlohmann::json({markdown_id}), deleted.body["copies_deleted"]);
  EXPECT_EQ(404, server.Get("/api/v1/bulletins/" + markdown_id).status);
  EXPECT_EQ(0, server.Get("/api/v1/search").body["total"]);
}

TEST(ImportHttpTest, ACorrectedOfficialNamedAloneKeepsThePostTheBulletinGivesHim) {
  IngestServer server;
  server.temp().write("robledo/dos.txt",
                      "Visita el director a Sonora\n\nCiudad de México, 3 de mayo de 2021.- El "
                      "director general del IMSS, Zoé Robledo, visitó Sonora.\n");
  server.Import(server.temp().path() / "robledo");
  const std::string id =
      source_id(fs::weakly_canonical(server.temp().path() / "robledo/dos.txt").string());
  const HttpAnswer corrected = server.Send(
      "PATCH", "/api/v1/bulletins/" + id,
      Sent{.body = R"({"officials": ["Zoé Robledo", {"name": "Ana López", "role": "diputada"}]})",
           .content_type = "application/json"});
  ASSERT_EQ(200, corrected.status) << corrected.text;
  const nlohmann::json& officials = corrected.body["officials"];
  ASSERT_EQ(2u, officials.size()) << officials;
  EXPECT_EQ("director general", officials[0]["role"]);
  EXPECT_EQ("IMSS", officials[0]["organization"]);
  EXPECT_EQ("diputada", officials[1]["role"]);
  EXPECT_EQ("", officials[1]["organization"]);
  // A role given as empty is taken away.
  const HttpAnswer cleared =
      server.Send("PATCH", "/api/v1/bulletins/" + id,
                  Sent{.body = R"({"officials": [{"name": "Zoé Robledo", "role": ""}]})",
                       .content_type = "application/json"});
  ASSERT_EQ(200, cleared.status) << cleared.text;
  EXPECT_EQ("", cleared.body["officials"][0]["role"]);
}

TEST(ImportHttpTest, ACorrectionSurvivesReimportsOfTheOriginalFile) {
  IngestServer server;
  const std::string id =
      source_id(fs::weakly_canonical(server.temp().path() / "primero/uno.txt").string());
  const nlohmann::json patch = {
      {"date", "2001-01-01"}, {"officials", {"Zoé Robledo"}}, {"topics", {"abasto-medicamentos"}}};
  const HttpAnswer corrected =
      server.Send("PATCH", "/api/v1/bulletins/" + id,
                  Sent{.body = patch.dump(), .content_type = "application/json"});
  ASSERT_EQ(200, corrected.status) << corrected.text;
  EXPECT_EQ("2001-01-01", corrected.body["date"]);
  EXPECT_EQ("metadata", corrected.body["date_source"]);

  server.temp().write("primero/uno.txt", bulletin_text(1, "insumos"));  // changed: extracted again
  EXPECT_EQ(1u, server.Import(server.temp().path() / "primero").replaced);
  server.Import(server.temp().path() / "primero", /*force=*/true);
  const HttpAnswer stored = server.Get("/api/v1/bulletins/" + id);
  EXPECT_EQ("Fortalece el Instituto el insumos en la unidad 1", stored.body["title"]);
  EXPECT_EQ("2001-01-01", stored.body["date"]);
  EXPECT_EQ("zoe-robledo", stored.body["officials"][0]["id"]);
  EXPECT_EQ("abasto-medicamentos", stored.body["topics"][0]["id"]);
  EXPECT_EQ(1, server.Get("/api/v1/search?year=2001").body["total"]);

  EXPECT_EQ(400,
            server
                .Send("PATCH", "/api/v1/bulletins/" + id,
                      Sent{.body = R"({"body": ["otro"]})", .content_type = "application/json"})
                .status);
  EXPECT_EQ(400, server
                     .Send("PATCH", "/api/v1/bulletins/" + id,
                           Sent{.body = R"({"topics": ["no-existe"]})",
                                .content_type = "application/json"})
                     .status);
  // A state that is none is refused; known names take the gazetteer's ids and names.
  EXPECT_EQ(400,
            server
                .Send("PATCH", "/api/v1/bulletins/" + id,
                      Sent{.body = R"({"states": ["Narnia"]})", .content_type = "application/json"})
                .status);
  const HttpAnswer known = server.Send(
      "PATCH", "/api/v1/bulletins/" + id,
      Sent{.body = R"({"states": ["CDMX", "Ciudad de México"], "organizations": ["imss"]})",
           .content_type = "application/json"});
  ASSERT_EQ(200, known.status) << known.text;
  EXPECT_EQ(nlohmann::json({"Ciudad de México"}), known.body["states"]);
  EXPECT_EQ("IMSS", known.body["organizations"][0]["id"]);
  EXPECT_EQ("Instituto Mexicano del Seguro Social", known.body["organizations"][0]["name"]);
  EXPECT_EQ(404, server
                     .Send("PATCH", "/api/v1/bulletins/no-such-id",
                           Sent{.body = R"({"title": "x"})", .content_type = "application/json"})
                     .status);
}

TEST(ImportHttpTest, WritesWaitForAnImportAndThenAnswer503) {
  IngestServer server;
  Xapian::WritableDatabase import_in_progress(server.index().string(), Xapian::DB_OPEN);
  const HttpAnswer busy =
      server.Send("POST", upload_path("filename=dos.txt"), Sent{.body = bulletin_text(2)});
  EXPECT_EQ(503, busy.status);
  EXPECT_NE(std::string::npos, busy.text.find("another process is writing")) << busy.text;
}

TEST(ImportHttpTest, WithoutATokenConfiguredWritesAreNotEnabled) {
  IngestServer server(/*writes=*/false);
  const HttpAnswer answer =
      server.Send("POST", upload_path("filename=dos.txt"), Sent{.body = bulletin_text(2)});
  EXPECT_EQ(503, answer.status);
  EXPECT_NE(std::string::npos, answer.text.find("--token-file")) << answer.text;
}

}  // namespace
}  // namespace hemeroteca::testing
