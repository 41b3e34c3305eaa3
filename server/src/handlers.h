// One small handler per endpoint: parse the request, call the SearchService, render JSON.
//
// ApiHandler holds what they share: every request is logged on one line, an Error becomes
// the JSON error of its kind, and any other exception a logged 500.
#pragma once

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <string>

#include "hemeroteca/schema/error.h"
#include "hemeroteca/server/facet_index.h"

namespace hemeroteca {

class Admission;
class RequestPriority;
class Metrics;
class SearchService;

class ApiHandler : public Poco::Net::HTTPRequestHandler {
 public:
  void handleRequest(Poco::Net::HTTPServerRequest& request,
                     Poco::Net::HTTPServerResponse& response) final;

 protected:
  virtual void serve(Poco::Net::HTTPServerRequest& request,
                     Poco::Net::HTTPServerResponse& response) = 0;
};

class HealthHandler : public ApiHandler {
 public:
  explicit HealthHandler(SearchService& service) : service_(service) {}
  void serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&) override;

 private:
  SearchService& service_;
};

class SearchHandler : public ApiHandler {
 public:
  explicit SearchHandler(SearchService& service) : service_(service) {}
  void serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&) override;

 private:
  SearchService& service_;
};

class BulletinHandler : public ApiHandler {
 public:
  BulletinHandler(SearchService& service, std::string id) : service_(service), id_(std::move(id)) {}
  void serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&) override;

 private:
  SearchService& service_;
  std::string id_;
};

class SimilarHandler : public ApiHandler {
 public:
  SimilarHandler(SearchService& service, std::string id) : service_(service), id_(std::move(id)) {}
  void serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&) override;

 private:
  SearchService& service_;
  std::string id_;
};

// GET /api/v1/officials, /organizations, /topics: a facet's values over the whole index.
class FacetListHandler : public ApiHandler {
 public:
  FacetListHandler(SearchService& service, FacetGroup group) : service_(service), group_(group) {}
  void serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&) override;

 private:
  SearchService& service_;
  FacetGroup group_;
};

class FiguresHandler : public ApiHandler {
 public:
  explicit FiguresHandler(SearchService& service) : service_(service) {}
  void serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&) override;

 private:
  SearchService& service_;
};

// GET /metrics: metrics.h's counters and histograms, the requests running and waiting, and
// the index's documents and last commit.
class MetricsHandler : public ApiHandler {
 public:
  MetricsHandler(SearchService& service, const Metrics& metrics, const Admission& admission,
                 const RequestPriority& priority)
      : service_(service), metrics_(metrics), admission_(admission), priority_(priority) {}
  void serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&) override;

 private:
  SearchService& service_;
  const Metrics& metrics_;
  const Admission& admission_;
  const RequestPriority& priority_;
};

class OpenApiHandler : public ApiHandler {
 public:
  void serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&) override;
};

class ErrorHandler : public ApiHandler {
 public:
  ErrorHandler(ErrorKind kind, std::string message) : kind_(kind), message_(std::move(message)) {}
  void serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&) override;

 private:
  ErrorKind kind_;
  std::string message_;
};

class MethodNotAllowedHandler : public ApiHandler {
 public:
  explicit MethodNotAllowedHandler(std::string allowed) : allowed_(std::move(allowed)) {}
  void serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&) override;

 private:
  std::string allowed_;  // "GET, DELETE, PATCH"
};

}  // namespace hemeroteca
