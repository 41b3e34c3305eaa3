#include "web/web_handlers.h"

#include <spdlog/spdlog.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>

#include "hemeroteca/schema/error.h"
#include "hemeroteca/server/request_parser.h"
#include "hemeroteca/server/search_service.h"
#include "http_response.h"
#include "web/bulletin_page.h"
#include "web/entity_page.h"
#include "web/exports.h"
#include "web/page_layout.h"
#include "web/request_errors.h"
#include "web/search_page.h"
#include "web/static_assets.h"
#include "web/web_response.h"

namespace hemeroteca {

using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

namespace {

std::string error_page(const Error& error) {
  const std::string detail = error.what();
  switch (error.kind()) {
    case ErrorKind::kInvalidArgument: {
      const std::string explanation = explain_in_spanish(error, {});
      if (!explanation.empty())
        return render_error_page("La dirección no es válida", explanation, "");
      return render_error_page("La dirección no es válida",
                               "Algún parámetro de la dirección no se entiende.", detail);
    }
    case ErrorKind::kNotFound:
      return render_error_page("No encontramos esa página",
                               "Puede que el enlace esté incompleto o que el boletín ya no esté "
                               "en el archivo.",
                               detail);
    case ErrorKind::kUnavailable:
      return render_error_page("El archivo está ocupado", "Intente de nuevo en unos segundos.",
                               detail);
    default:
      return render_error_page("Algo falló en el servidor",
                               "El error quedó registrado. Intente de nuevo más tarde.", "");
  }
}

// The month counts of the one calendar year a search is limited to, if any: a single year
// ticked (the service counts months then) or a date range inside one year, as a histogram bar
// applies (then one more search with that year ticked counts them; the results are the same).
void year_in_view(const SearchService& service, SearchView& view) {
  const SearchRequest& request = view.request;
  const auto four_digits = [](const std::string& text) {
    return text.size() == 4 && std::all_of(text.begin(), text.end(), ::isdigit);
  };
  if (request.years.size() == 1 && four_digits(request.years.front())) {
    if (!view.response.facets.months.empty()) {
      view.year_in_view = static_cast<unsigned>(std::stoul(request.years.front()));
      view.months = view.response.facets.months;
    }
    return;
  }
  const AppliedFilters& applied = view.response.applied;
  if (!request.years.empty() || !applied.date_from || !applied.date_to ||
      applied.date_from->substr(0, 4) != applied.date_to->substr(0, 4) ||
      !four_digits(applied.date_from->substr(0, 4))) {
    return;
  }
  SearchRequest same_year = request;
  same_year.years = {applied.date_from->substr(0, 4)};
  same_year.page = 1;
  same_year.per_page = 1;
  same_year.snippets = false;
  view.year_in_view = static_cast<unsigned>(std::stoul(same_year.years.front()));
  view.months = service.search(same_year).facets.months;
}

std::string query_of(const QueryParameters& parameters) {
  for (const auto& [name, value] : parameters) {
    if (name == param::kQuery) return value;
  }
  return {};
}

}  // namespace

void PageHandler::handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) {
  const auto started = std::chrono::steady_clock::now();
  try {
    serve(request, response);
  } catch (const Error& e) {
    if (!response.sent()) send_html(response, http_status_for(e.kind()), error_page(e));
  } catch (const std::exception& e) {
    spdlog::error("{} {}: {}", request.getMethod(), request.getURI(), e.what());
    if (!response.sent()) {
      send_html(response, HTTPResponse::HTTP_INTERNAL_SERVER_ERROR,
                error_page(Error(ErrorKind::kIo, "")));
    }
  }
  // Xapian's errors are no std::exception: unanswered, Poco would drop the connection and
  // nothing would say why.
  catch (const Xapian::Error& e) {
    spdlog::error("{} {}: {}: {}", request.getMethod(), request.getURI(), e.get_type(),
                  e.get_msg());
    if (!response.sent()) {
      send_html(response, HTTPResponse::HTTP_INTERNAL_SERVER_ERROR,
                error_page(Error(ErrorKind::kIo, "")));
    }
  }
  const double millis =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  spdlog::info("{} {} {} {:.1f}ms", request.getMethod(), request.getURI(),
               static_cast<int>(response.getStatus()), millis);
}

void SearchPageHandler::serve(HTTPServerRequest& request, HTTPServerResponse& response) {
  QueryParameters parameters;
  SearchRequest search;
  SearchResponse answer;
  try {
    parameters = parse_query_string(raw_query(request));
    search = parse_search_request(parameters);
    answer = service_.search(search);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kInvalidArgument) throw;
    // A query the parser cannot read is shown back in its form, with what was wrong.
    send_html(response, HTTPResponse::HTTP_BAD_REQUEST,
              render_search_error(query_of(parameters), e));
    return;
  }
  SearchView view{search, answer, std::nullopt, {}};
  year_in_view(service_, view);
  send_html(response, HTTPResponse::HTTP_OK, render_search_page(view));
}

void BulletinPageHandler::serve(HTTPServerRequest&, HTTPServerResponse& response) {
  const std::optional<Record> record = service_.bulletin(id_);
  if (!record) throw Error(ErrorKind::kNotFound, "no hay un boletín con id " + id_);
  const auto related = service_.similar(id_);
  send_html(response, HTTPResponse::HTTP_OK,
            render_bulletin_page(*record, related.value_or(std::vector<SimilarBulletin>{}),
                                 service_.other_shapes(*record)));
}

void EntityPageHandler::serve(HTTPServerRequest&, HTTPServerResponse& response) {
  const std::optional<EntityProfile> profile = build_profile(service_, kind_, id_);
  if (!profile) {
    throw Error(ErrorKind::kNotFound,
                std::string(kind_ == EntityKind::kOfficial ? "ningún boletín nombra al "
                                                             "funcionario "
                                                           : "ningún boletín nombra a la "
                                                             "organización ") +
                    id_);
  }
  send_html(response, HTTPResponse::HTTP_OK, render_entity_page(*profile));
}

void ExportHandler::serve(HTTPServerRequest& request, HTTPServerResponse& response) {
  const SearchRequest search = parse_search_request(parse_query_string(raw_query(request)));
  const ExportSet set = collect_export(service_, search);
  const std::string origin = request_origin(request);
  if (format_ == ExportFormat::kCsv) {
    response.set("Content-Disposition", "attachment; filename=\"hemeroteca.csv\"");
    send_body(response, HTTPResponse::HTTP_OK, "text/csv; charset=utf-8", write_csv(set, origin));
  } else {
    response.set("Content-Disposition", "attachment; filename=\"hemeroteca.json\"");
    send_body(response, HTTPResponse::HTTP_OK, "application/json; charset=utf-8",
              write_export_json(set, origin));
  }
}

void FeedHandler::serve(HTTPServerRequest& request, HTTPServerResponse& response) {
  const SearchRequest search =
      feed_request(parse_search_request(parse_query_string(raw_query(request))));
  send_body(response, HTTPResponse::HTTP_OK, "application/atom+xml; charset=utf-8",
            write_atom(search, service_.search(search), request_origin(request)));
}

void StaticHandler::serve(HTTPServerRequest& request, HTTPServerResponse& response) {
  const StaticAsset* asset = find_static_asset(name_);
  if (asset == nullptr) throw Error(ErrorKind::kNotFound, "no hay un archivo /static/" + name_);
  const std::string version(asset->version);
  const std::string etag = std::string("\"").append(version).append("\"");
  // A versioned URL never changes content, so browsers may keep it for a year.
  const bool versioned = raw_query(request) == std::string("v=").append(version);
  response.set("Cache-Control",
               versioned ? "public, max-age=31536000, immutable" : "public, max-age=300");
  response.set("ETag", etag);
  if (request.get("If-None-Match", "") == etag) {
    set_security_headers(response);
    response.setStatusAndReason(HTTPResponse::HTTP_NOT_MODIFIED);
    response.setContentLength(0);
    response.send();
    return;
  }
  send_body(response, HTTPResponse::HTTP_OK, asset->content_type, std::string(asset->body));
}

void PageNotFoundHandler::serve(HTTPServerRequest& request, HTTPServerResponse&) {
  throw Error(ErrorKind::kNotFound, "no existe la ruta " + request.getURI());
}

}  // namespace hemeroteca
