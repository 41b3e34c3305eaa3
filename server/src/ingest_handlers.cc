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

// Sets the fact named `name`; false when `name` is not one.
bool set_fact(UploadFacts& facts, std::string_view name, std::string value) {
  std::optional<std::string>* field = name == upload_param::kDate     ? &facts.date
                                      : name == upload_param::kNumber ? &facts.number
                                      : name == upload_param::kUrl    ? &facts.url
                                      : name == upload_param::kSource ? &facts.source
                                      : name == upload_param::kTitle  ? &facts.title
                                                                      : nullptr;
  if (!field) return false;
  if (!value.empty()) *field = std::move(value);
  return true;
}

std::string disposition_filename(const std::string& disposition) {
  std::string kind;
  Poco::Net::NameValueCollection parameters;
  Poco::Net::MessageHeader::splitParameters(disposition, kind, parameters);
  return parameters.get("filename", "");
}

Upload upload_from_multipart(const std::string& body, const std::string& boundary) {
  Upload upload;
  std::istringstream in(body);
  Poco::Net::MultipartReader reader(in, boundary);
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
    if (!filename.empty()) {
      if (!upload.filename.empty()) {
        throw Error(ErrorKind::kInvalidArgument,
                    "upload one file per request, or put many bulletins in an XML archive");
      }
      upload.filename = filename;
      upload.bytes = content.str();
    } else {
      set_fact(upload.facts, parameters.get("name", ""), content.str());
    }
  }
  return upload;
}

Upload upload_from_body(const HTTPServerRequest& request, const std::string& body) {
  Upload upload;
  upload.bytes = body;
  for (auto& [name, value] : parse_query_string(raw_query(request))) {
    if (name == upload_param::kFilename) {
      upload.filename = std::move(value);
    } else if (!set_fact(upload.facts, name, std::move(value))) {
      throw Error(ErrorKind::kInvalidArgument,
                  "unknown parameter \"" + name +
                      "\"; an upload takes filename, date, number, url, source and title");
    }
  }
  if (upload.filename.empty()) {
    upload.filename = disposition_filename(request.get("Content-Disposition", ""));
  }
  return upload;
}

Upload parse_upload(const HTTPServerRequest& request, const std::string& body) {
  Upload upload;
  try {
    const Poco::Net::MediaType type(request.getContentType());
    if (type.matches("multipart", "form-data")) {
      upload = upload_from_multipart(body, type.getParameter("boundary"));
    } else {
      upload = upload_from_body(request, body);
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
  const IngestResult result = is_json(request) ? store().add_record(parse_json_body(body))
                                               : store().add(parse_upload(request, body));
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
