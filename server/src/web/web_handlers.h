// One small handler per web page: parse the request with the API's parser, call the
// SearchService, render HTML (or CSV, JSON, Atom), send it with the security headers.
//
// PageHandler holds what they share: every request is logged on one line and an Error becomes
// a Spanish HTML error page with the status of its kind (400 for a bad parameter, 404 for an
// unknown bulletin or name), never a 500 for a client's mistake; any other exception is a
// logged 500 page.
//
// Thread-safety: Poco creates one handler per request; the SearchService they share is
// thread-safe.
#pragma once

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <string>

#include "web/entity_profile.h"

namespace hemeroteca {

class SearchService;

class PageHandler : public Poco::Net::HTTPRequestHandler {
 public:
  void handleRequest(Poco::Net::HTTPServerRequest& request,
                     Poco::Net::HTTPServerResponse& response) final;

 protected:
  virtual void serve(Poco::Net::HTTPServerRequest& request,
                     Poco::Net::HTTPServerResponse& response) = 0;
};

// GET /: the search form and its results.
class SearchPageHandler : public PageHandler {
 public:
  explicit SearchPageHandler(const SearchService& service) : service_(service) {}
  void serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&) override;

 private:
  const SearchService& service_;
};

// GET /boletin/{id}
class BulletinPageHandler : public PageHandler {
 public:
  BulletinPageHandler(const SearchService& service, std::string id)
      : service_(service), id_(std::move(id)) {}
  void serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&) override;

 private:
  const SearchService& service_;
  std::string id_;
};

// GET /funcionario/{id} and /organizacion/{id}
class EntityPageHandler : public PageHandler {
 public:
  EntityPageHandler(const SearchService& service, EntityKind kind, std::string id)
      : service_(service), kind_(kind), id_(std::move(id)) {}
  void serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&) override;

 private:
  const SearchService& service_;
  EntityKind kind_;
  std::string id_;
};

enum class ExportFormat { kCsv, kJson };

// GET /exportar.csv and /exportar.json: the search page's results, up to kExportCap.
class ExportHandler : public PageHandler {
 public:
  ExportHandler(const SearchService& service, ExportFormat format)
      : service_(service), format_(format) {}
  void serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&) override;

 private:
  const SearchService& service_;
  ExportFormat format_;
};

// GET /feed.atom: the newest bulletins of a search.
class FeedHandler : public PageHandler {
 public:
  explicit FeedHandler(const SearchService& service) : service_(service) {}
  void serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&) override;

 private:
  const SearchService& service_;
};

// GET /static/{name}: the compiled-in stylesheet and script, cacheable.
class StaticHandler : public PageHandler {
 public:
  explicit StaticHandler(std::string name) : name_(std::move(name)) {}
  void serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&) override;

 private:
  std::string name_;
};

// Any path outside /api/ that no route knows: a Spanish 404 page.
class PageNotFoundHandler : public PageHandler {
 public:
  void serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&) override;
};

}  // namespace hemeroteca
