#include "routes.h"

#include <Poco/URI.h>

#include <algorithm>
#include <functional>
#include <string_view>

#include "handlers.h"
#include "hemeroteca/server/http_server.h"
#include "web/web_handlers.h"

namespace hemeroteca {
namespace {

using HandlerFactory = std::function<std::unique_ptr<Poco::Net::HTTPRequestHandler>(
    SearchService&, const std::string& argument)>;

struct Route {
  std::string_view method;
  std::string_view path;  // a trailing '*' takes one more path segment as the argument
  HandlerFactory make;
};

const std::vector<Route>& routes() {
  static const std::vector<Route> table = {
      {"GET", "/healthz",
       [](SearchService& s, const std::string&) { return std::make_unique<HealthHandler>(s); }},
      {"GET", "/api/v1/search",
       [](SearchService& s, const std::string&) { return std::make_unique<SearchHandler>(s); }},
      {"GET", "/api/v1/bulletins/*",
       [](SearchService& s, const std::string& id) {
         return std::make_unique<BulletinHandler>(s, id);
       }},
      {"GET", "/api/v1/bulletins/*/similar",
       [](SearchService& s, const std::string& id) {
         return std::make_unique<SimilarHandler>(s, id);
       }},
      {"GET", "/api/v1/officials",
       [](SearchService& s, const std::string&) {
         return std::make_unique<FacetListHandler>(s, FacetGroup::kOfficial);
       }},
      {"GET", "/api/v1/organizations",
       [](SearchService& s, const std::string&) {
         return std::make_unique<FacetListHandler>(s, FacetGroup::kOrganization);
       }},
      {"GET", "/api/v1/topics",
       [](SearchService& s, const std::string&) {
         return std::make_unique<FacetListHandler>(s, FacetGroup::kTopic);
       }},
      {"GET", "/api/v1/figures",
       [](SearchService& s, const std::string&) { return std::make_unique<FiguresHandler>(s); }},
      {"GET", "/api/v1/openapi.json",
       [](SearchService&, const std::string&) { return std::make_unique<OpenApiHandler>(); }},
      // The journalists' web pages (server/src/web/); not part of the JSON API.
      {"GET", "/",
       [](SearchService& s, const std::string&) { return std::make_unique<SearchPageHandler>(s); }},
      {"GET", "/boletin/*",
       [](SearchService& s, const std::string& id) {
         return std::make_unique<BulletinPageHandler>(s, id);
       }},
      {"GET", "/funcionario/*",
       [](SearchService& s, const std::string& id) {
         return std::make_unique<EntityPageHandler>(s, EntityKind::kOfficial, id);
       }},
      {"GET", "/organizacion/*",
       [](SearchService& s, const std::string& id) {
         return std::make_unique<EntityPageHandler>(s, EntityKind::kOrganization, id);
       }},
      {"GET", "/exportar.csv",
       [](SearchService& s, const std::string&) {
         return std::make_unique<ExportHandler>(s, ExportFormat::kCsv);
       }},
      {"GET", "/exportar.json",
       [](SearchService& s, const std::string&) {
         return std::make_unique<ExportHandler>(s, ExportFormat::kJson);
       }},
      {"GET", "/feed.atom",
       [](SearchService& s, const std::string&) { return std::make_unique<FeedHandler>(s); }},
      {"GET", "/static/*",
       [](SearchService&, const std::string& name) {
         return std::make_unique<StaticHandler>(name);
       }},
  };
  return table;
}

// Matches `path` against a route pattern, segment by segment; a '*' segment matches any one
// non-empty segment and becomes the argument.
bool matches(std::string_view pattern, std::string_view path, std::string& argument) {
  while (!pattern.empty() && !path.empty()) {
    const std::size_t pattern_end = std::min(pattern.find('/', 1), pattern.size());
    const std::size_t path_end = std::min(path.find('/', 1), path.size());
    const std::string_view want = pattern.substr(0, pattern_end);
    const std::string_view have = path.substr(0, path_end);
    if (want == "/*") {
      if (have.size() < 2) return false;
      argument = have.substr(1);
    } else if (want != have) {
      return false;
    }
    pattern.remove_prefix(pattern_end);
    path.remove_prefix(path_end);
  }
  return pattern.empty() && path.empty();
}

}  // namespace

std::vector<std::string> http_routes() {
  std::vector<std::string> patterns;
  for (const Route& candidate : routes()) {
    patterns.push_back(std::string(candidate.method) + " " + std::string(candidate.path));
  }
  return patterns;
}

std::unique_ptr<Poco::Net::HTTPRequestHandler> route(const Poco::Net::HTTPServerRequest& request,
                                                     SearchService& service) {
  std::string path;
  try {
    path = Poco::URI(request.getURI()).getPath();
  } catch (const Poco::Exception&) {
    return std::make_unique<ErrorHandler>(ErrorKind::kInvalidArgument,
                                          "the request URI cannot be parsed");
  }
  bool path_known = false;
  for (const Route& candidate : routes()) {
    std::string argument;
    if (!matches(candidate.path, path, argument)) continue;
    path_known = true;
    if (request.getMethod() == candidate.method) return candidate.make(service, argument);
  }
  if (path_known) return std::make_unique<MethodNotAllowedHandler>();
  // People reach unknown paths from links and typos: outside the API they get a page.
  if (!path.starts_with("/api/")) return std::make_unique<PageNotFoundHandler>();
  return std::make_unique<ErrorHandler>(ErrorKind::kNotFound, "no such path: " + path);
}

}  // namespace hemeroteca
