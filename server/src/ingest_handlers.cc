#include "ingest_handlers.h"

#include <Poco/Net/MediaType.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/MultipartReader.h>
#include <Poco/Net/NameValueCollection.h>

#include <sstream>

#include "hemeroteca/schema/error.h"
#include "hemeroteca/server/request_parser.h"
#include "http_response.h"
#include "write_guard.h"

namespace hemeroteca {

using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

namespace {

constexpr std::string_view kUploadFields = "date, number, url, source and title";

// The fact named `name`; nullptr when `name` is not one.
std::optional<std::string>* fact_named(UploadFacts& facts, std::string_view name) {
  return name == upload_param::kDate     ? &facts.date
         : name == upload_param::kNumber ? &facts.number
         : name == upload_param::kUrl    ? &facts.url
         : name == upload_param::kSource ? &facts.source
         : name == upload_param::kTitle  ? &facts.title
                                         : nullptr;
}

// Sets a fact given in the query string or a form field. A fact given twice with two values
// is refused: neither would be a safe guess.
void set_fact(std::optional<std::string>& fact, std::string_view name, std::string value) {
  if (value.empty()) return;
  if (fact && *fact != value) {
    throw Error(ErrorKind::kInvalidArgument, std::string(name) + " is given twice, as \"" + *fact +
                                                 "\" and \"" + value + "\"; send it once");
  }
  fact = std::move(value);
}

std::string disposition_filename(const std::string& disposition) {
  std::string kind;
  Poco::Net::NameValueCollection parameters;
  Poco::Net::MessageHeader::splitParameters(disposition, kind, parameters);
  return parameters.get("filename", "");
}

// ?filename= and the facts of the query string; an unknown parameter is refused, as on the
// read API, so that a misspelt fact ("?fecha=") is not silently lost.
Upload upload_from_query(const HTTPServerRequest& request) {
  Upload upload;
  for (auto& [name, value] : parse_query_string(raw_query(request))) {
    if (name == upload_param::kFilename) {
      upload.filename = std::move(value);
    } else if (std::optional<std::string>* fact = fact_named(upload.facts, name)) {
      set_fact(*fact, name, std::move(value));
    } else {
      throw Error(ErrorKind::kInvalidArgument, "unknown parameter \"" + name +
                                                   "\"; an upload takes filename, " +
                                                   std::string(kUploadFields));
    }
  }
  return upload;
}

// An HTML form's upload: the file part (any field name with a filename; ?filename= renames
// it) and the fact fields, which add to the query string's.
void read_multipart(const std::string& body, const std::string& boundary, Upload& upload) {
  std::istringstream in(body);
  Poco::Net::MultipartReader reader(in, boundary);
  bool has_file = false;
  while (reader.hasNextPart()) {
    Poco::Net::MessageHeader header;
    reader.nextPart(header);
    std::string kind;
    Poco::Net::NameValueCollection parameters;
    Poco::Net::MessageHeader::splitParameters(header.get("Content-Disposition", ""), kind,
                                              parameters);
    std::ostringstream content;
    content << reader.stream().rdbuf();
    const std::string filename = parameters.get("filename", "");
    const std::string name = parameters.get("name", "");
    if (!filename.empty()) {
      if (has_file) {
        throw Error(ErrorKind::kInvalidArgument,
                    "upload one file per request, or put many bulletins in an XML archive");
      }
      has_file = true;
      if (upload.filename.empty()) upload.filename = filename;
      upload.bytes = content.str();
    } else if (std::optional<std::string>* fact = fact_named(upload.facts, name)) {
      set_fact(*fact, name, content.str());
    } else {
      throw Error(ErrorKind::kInvalidArgument,
                  "unknown form field \"" + name +
                      "\"; an upload form takes one file part and the fields " +
                      std::string(kUploadFields));
    }
  }
  if (!has_file) {
    throw Error(ErrorKind::kInvalidArgument,
                "the form has no file part: send the bulletin as a field with a filename");
  }
}

Upload parse_upload(const HTTPServerRequest& request, const std::string& body) {
  Upload upload = upload_from_query(request);
  try {
    const Poco::Net::MediaType type(request.getContentType());
    if (type.matches("multipart", "form-data")) {
      read_multipart(body, type.getParameter("boundary"), upload);
    } else {
      upload.bytes = body;
      if (upload.filename.empty()) {
        upload.filename = disposition_filename(request.get("Content-Disposition", ""));
      }
    }
  } catch (const Poco::Exception& e) {
    throw Error(ErrorKind::kInvalidArgument, "the upload cannot be read: " + e.displayText());
  }
  if (upload.filename.empty()) {
    throw Error(ErrorKind::kInvalidArgument,
                "name the uploaded file: a multipart file part with a filename, ?filename=, or "
                "a Content-Disposition header");
  }
  return upload;
}

// A JSON record carries all its facts; parameters beside it would be silently unread.
void refuse_query_beside_record(const HTTPServerRequest& request) {
  const QueryParameters parameters = parse_query_string(raw_query(request));
  if (!parameters.empty()) {
    throw Error(ErrorKind::kInvalidArgument,
                "a JSON record takes no query parameters (got \"" + parameters.front().first +
                    "\"): put its date, number, url, source and title in the record");
  }
}

nlohmann::json parse_json_body(const std::string& body) {
  nlohmann::json json = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) {
    throw Error(ErrorKind::kInvalidArgument, "the request body is not valid JSON");
  }
  return json;
}

bool is_json(const HTTPServerRequest& request) {
  try {
    return Poco::Net::MediaType(request.getContentType()).matches("application", "json");
  } catch (const Poco::Exception&) {
    return false;
  }
}

}  // namespace

void WriteHandler::serve(HTTPServerRequest& request, HTTPServerResponse& response) {
  if (!services_.store) {
    drop_body(request, services_.writes.max_body_bytes, response);
    throw Error(ErrorKind::kUnavailable,
                "writes are not enabled on this server; start it with --token-file (or "
                "HEMEROTECA_TOKEN) to accept uploads");
  }
  if (!authorize(request, *services_.tokens, services_.writes.max_body_bytes, response)) return;
  const std::optional<std::string> body =
      read_body(request, services_.writes.max_body_bytes, response);
  if (!body) return;
  write(request, *body, response);
}

void PostBulletinHandler::write(HTTPServerRequest& request, const std::string& body,
                                HTTPServerResponse& response) {
  IngestResult result;
  if (is_json(request)) {
    refuse_query_beside_record(request);
    result = store().add_record(parse_json_body(body));
  } else {
    result = store().add(parse_upload(request, body));
  }
  send_json(response, result.added.empty() ? HTTPResponse::HTTP_OK : HTTPResponse::HTTP_CREATED,
            {{"added", result.added},
             {"replaced", result.replaced},
             {"unchanged", result.unchanged},
             {"warnings", result.warnings}});
}

void DeleteBulletinHandler::write(HTTPServerRequest&, const std::string&,
                                  HTTPServerResponse& response) {
  const std::vector<std::string> removed = store().remove(id_);
  if (removed.empty()) throw Error(ErrorKind::kNotFound, "no bulletin with id " + id_);
  send_json(response, HTTPResponse::HTTP_OK,
            {{"deleted", id_},
             {"copies_deleted", std::vector<std::string>(removed.begin() + 1, removed.end())}});
}

void PatchBulletinHandler::write(HTTPServerRequest&, const std::string& body,
                                 HTTPServerResponse& response) {
  const std::optional<Record> record = store().correct(id_, parse_json_body(body));
  if (!record) throw Error(ErrorKind::kNotFound, "no bulletin with id " + id_);
  send_json(response, HTTPResponse::HTTP_OK, to_json(*record));
}

}  // namespace hemeroteca
