#include "handlers.h"

#include <Poco/URI.h>
#include <spdlog/spdlog.h>
#include <xapian.h>

#include <chrono>

#include "admission.h"
#include "hemeroteca/schema/record.h"
#include "hemeroteca/server/openapi.h"
#include "hemeroteca/server/request_parser.h"
#include "hemeroteca/server/search_service.h"
#include "http_response.h"
#include "metrics.h"
#include "request_priority.h"

namespace hemeroteca {

using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

void ApiHandler::handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) {
  const auto started = std::chrono::steady_clock::now();
  try {
    serve(request, response);
  } catch (const Error& e) {
    if (!response.sent()) send_error(response, e.kind(), e.what());
  } catch (const std::exception& e) {
    spdlog::error("{} {}: {}", request.getMethod(), request.getURI(), e.what());
    if (!response.sent()) {
      send_json(response, HTTPResponse::HTTP_INTERNAL_SERVER_ERROR,
                {{"error", "internal error; the server log has the details"}});
    }
  }
  // Xapian's errors are no std::exception: unanswered, Poco would drop the connection and
  // nothing would say why.
  catch (const Xapian::Error& e) {
    spdlog::error("{} {}: {}: {}", request.getMethod(), request.getURI(), e.get_type(),
                  e.get_msg());
    if (!response.sent()) {
      send_json(response, HTTPResponse::HTTP_INTERNAL_SERVER_ERROR,
                {{"error", "internal error; the server log has the details"}});
    }
  }
  const double millis =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  spdlog::info("{} {} {} {:.1f}ms", request.getMethod(), request.getURI(),
               static_cast<int>(response.getStatus()), millis);
}

void HealthHandler::serve(HTTPServerRequest&, HTTPServerResponse& response) {
  send_json(response, HTTPResponse::HTTP_OK,
            {{"status", "ok"}, {"documents", service_.document_count()}});
}

void SearchHandler::serve(HTTPServerRequest& request, HTTPServerResponse& response) {
  const SearchRequest search = parse_search_request(parse_query_string(raw_query(request)));
  send_json_text(response, HTTPResponse::HTTP_OK, search_response_json(service_.search(search)));
}

void BulletinHandler::serve(HTTPServerRequest&, HTTPServerResponse& response) {
  const std::optional<Record> record = service_.bulletin(id_);
  if (!record) throw Error(ErrorKind::kNotFound, "no bulletin with id " + id_);
  send_json(response, HTTPResponse::HTTP_OK, to_json(*record));
}

void SimilarHandler::serve(HTTPServerRequest&, HTTPServerResponse& response) {
  const auto similar = service_.similar(id_);
  if (!similar) throw Error(ErrorKind::kNotFound, "no bulletin with id " + id_);
  send_json(response, HTTPResponse::HTTP_OK, to_json(*similar));
}

void FacetListHandler::serve(HTTPServerRequest& request, HTTPServerResponse& response) {
  const std::string prefix = parse_prefix(parse_query_string(raw_query(request)));
  const std::string name(kFacetNames[static_cast<std::size_t>(group_)]);
  send_json(response, HTTPResponse::HTTP_OK,
            {{"facet", name}, {"values", to_json(service_.facet_values(group_, prefix))}});
}

void FiguresHandler::serve(HTTPServerRequest& request, HTTPServerResponse& response) {
  const FigureRequest figures = parse_figure_request(parse_query_string(raw_query(request)));
  send_json(response, HTTPResponse::HTTP_OK, to_json(service_.figures(figures)));
}

void MetricsHandler::serve(HTTPServerRequest&, HTTPServerResponse& response) {
  std::string text = metrics_.render();
  append_gauge(text, "hemeroteca_http_requests_running", "Requests being answered now.",
               admission_.running());
  append_gauge(text, "hemeroteca_http_requests_waiting",
               "Requests waiting for a worker (server.queue bounds them).", admission_.waiting());
  append_counter(text, "hemeroteca_http_requests_demoted_total",
                 "Requests that ran at a lower priority after using server.demote_after_ms of CPU.",
                 static_cast<double>(priority_.demoted()));
  const IndexStatus index = service_.index_status();
  append_gauge(text, "hemeroteca_index_documents", "Bulletins in the index.", index.documents);
  if (index.last_commit) {
    append_gauge(text, "hemeroteca_index_last_commit_timestamp_seconds",
                 "Unix time of the latest commit to the index by an import, upload or reindex.",
                 static_cast<double>(*index.last_commit));
  }
  response.setStatusAndReason(HTTPResponse::HTTP_OK);
  response.setContentType("text/plain; version=0.0.4; charset=utf-8");
  response.setContentLength(static_cast<std::streamsize>(text.size()));
  response.send() << text;
}

void OpenApiHandler::serve(HTTPServerRequest&, HTTPServerResponse& response) {
  send_json(response, HTTPResponse::HTTP_OK, openapi_document());
}

void ErrorHandler::serve(HTTPServerRequest&, HTTPServerResponse& response) {
  send_error(response, kind_, message_);
}

void MethodNotAllowedHandler::serve(HTTPServerRequest& request, HTTPServerResponse& response) {
  response.set("Allow", allowed_);
  send_json(response, HTTPResponse::HTTP_METHOD_NOT_ALLOWED,
            {{"error", "method " + request.getMethod() + " is not allowed here; use " + allowed_}});
}

}  // namespace hemeroteca
