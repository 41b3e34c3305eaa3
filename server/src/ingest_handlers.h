// The write endpoints: POST /api/v1/bulletins, DELETE and PATCH /api/v1/bulletins/{id}.
//
// Each passes write_guard.h's checks (writes enabled, bearer token, body size), then parses
// its body and calls the BulletinStore (ingest.h).
//
// POST takes one of (by Content-Type):
//   multipart/form-data   a file part (any field name with a filename) and optional fields
//                         date, number, url, source, title — an HTML form's upload;
//   application/json      a complete record, as GET /api/v1/bulletins/{id} answers it, and
//                         no query parameters;
//   anything else         the file's bytes as the body, named by ?filename= (or a
//                         Content-Disposition filename).
// Facts may also come as ?date=&number=&url=&source=&title= (and ?filename= renames a form's
// file). An unknown parameter or form field, or a fact given twice with two values, is a 400:
// a misspelt fact is never silently dropped.
// and answers 201 with {"added", "replaced", "unchanged", "warnings"} when a bulletin was new,
// 200 otherwise.
// DELETE deletes the bulletin and its copies (other shapes of it) and answers 200 {"deleted":
// id, "copies_deleted": [ids]}; PATCH takes a correction object (the indexer's corrections.h),
// applies it to the copies too and answers 200 with the corrected record. An unknown id is 404.
#pragma once

#include <string>

#include "handlers.h"
#include "routes.h"

namespace hemeroteca {

// Names of the upload parameters and form fields.
namespace upload_param {
inline constexpr std::string_view kFilename = "filename";
inline constexpr std::string_view kDate = "date";
inline constexpr std::string_view kNumber = "number";
inline constexpr std::string_view kUrl = "url";
inline constexpr std::string_view kSource = "source";
inline constexpr std::string_view kTitle = "title";
}  // namespace upload_param

class WriteHandler : public ApiHandler {
 public:
  explicit WriteHandler(Services& services) : services_(services) {}
  void serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&) final;

 protected:
  virtual void write(Poco::Net::HTTPServerRequest& request, const std::string& body,
                     Poco::Net::HTTPServerResponse& response) = 0;
  BulletinStore& store() { return *services_.store; }

 private:
  Services& services_;
};

class PostBulletinHandler : public WriteHandler {
 public:
  using WriteHandler::WriteHandler;

 protected:
  void write(Poco::Net::HTTPServerRequest&, const std::string&,
             Poco::Net::HTTPServerResponse&) override;
};

class DeleteBulletinHandler : public WriteHandler {
 public:
  DeleteBulletinHandler(Services& services, std::string id)
      : WriteHandler(services), id_(std::move(id)) {}

 protected:
  void write(Poco::Net::HTTPServerRequest&, const std::string&,
             Poco::Net::HTTPServerResponse&) override;

 private:
  std::string id_;
};

class PatchBulletinHandler : public WriteHandler {
 public:
  PatchBulletinHandler(Services& services, std::string id)
      : WriteHandler(services), id_(std::move(id)) {}

 protected:
  void write(Poco::Net::HTTPServerRequest&, const std::string&,
             Poco::Net::HTTPServerResponse&) override;

 private:
  std::string id_;
};

}  // namespace hemeroteca
