#include "routes.h"

#include <Poco/URI.h>

#include <algorithm>
#include <functional>
#include <string_view>

#include "handlers.h"
#include "hemeroteca/server/http_server.h"
#include "ingest_handlers.h"
#include "metrics.h"
#include "web/web_handlers.h"

namespace hemeroteca {
namespace {

using HandlerFactory = std::function<std::unique_ptr<Poco::Net::HTTPRequestHandler>(
    Services&, const std::string& argument)>;

struct Route {
  std::string_view method;
  std::string_view path;  // a trailing '*' takes one more path segment as the argument
  HandlerFactory make;
};

const std::vector<Route>& routes() {
  static const std::vector<Route> table = {
      {"GET", "/healthz",
       [](Services& s, const std::string&) { return std::make_unique<HealthHandler>(s.search); }},
      {"GET", "/api/v1/search",
       [](Services& s, const std::string&) { return std::make_unique<SearchHandler>(s.search); }},
      {"GET", "/api/v1/bulletins/*",
       [](Services& s, const std::string& id) {
         return std::make_unique<BulletinHandler>(s.search, id);
       }},
      {"GET", "/api/v1/bulletins/*/similar",
       [](Services& s, const std::string& id) {
         return std::make_unique<SimilarHandler>(s.search, id);
       }},
      {"GET", "/api/v1/officials",
       [](Services& s, const std::string&) {
         return std::make_unique<FacetListHandler>(s.search, FacetGroup::kOfficial);
       }},
      {"GET", "/api/v1/organizations",
       [](Services& s, const std::string&) {
         return std::make_unique<FacetListHandler>(s.search, FacetGroup::kOrganization);
       }},
      {"GET", "/api/v1/topics",
       [](Services& s, const std::string&) {
         return std::make_unique<FacetListHandler>(s.search, FacetGroup::kTopic);
       }},
      {"GET", "/api/v1/figures",
       [](Services& s, const std::string&) { return std::make_unique<FiguresHandler>(s.search); }},
      // Writes: need the bearer token (ingest_handlers.h).
      {"POST", "/api/v1/bulletins",
       [](Services& s, const std::string&) { return std::make_unique<PostBulletinHandler>(s); }},
      {"DELETE", "/api/v1/bulletins/*",
       [](Services& s, const std::string& id) {
         return std::make_unique<DeleteBulletinHandler>(s, id);
       }},
      {"PATCH", "/api/v1/bulletins/*",
       [](Services& s, const std::string& id) {
         return std::make_unique<PatchBulletinHandler>(s, id);
       }},
      {"GET", "/metrics",
       [](Services& s, const std::string&) {
         return std::make_unique<MetricsHandler>(s.search, s.metrics, s.admission, s.priority);
       }},
      {"GET", "/api/v1/openapi.json",
       [](Services&, const std::string&) { return std::make_unique<OpenApiHandler>(); }},
      // The journalists' web pages (server/src/web/); not part of the JSON API.
      {"GET", "/",
       [](Services& s, const std::string&) {
         return std::make_unique<SearchPageHandler>(s.search);
       }},
      {"GET", "/boletin/*",
       [](Services& s, const std::string& id) {
         return std::make_unique<BulletinPageHandler>(s.search, id);
       }},
      {"GET", "/funcionario/*",
       [](Services& s, const std::string& id) {
         return std::make_unique<EntityPageHandler>(s.search, EntityKind::kOfficial, id);
       }},
      {"GET", "/organizacion/*",
       [](Services& s, const std::string& id) {
         return std::make_unique<EntityPageHandler>(s.search, EntityKind::kOrganization, id);
       }},
      {"GET", "/exportar.csv",
       [](Services& s, const std::string&) {
         return std::make_unique<ExportHandler>(s.search, ExportFormat::kCsv);
       }},
      {"GET", "/exportar.json",
       [](Services& s, const std::string&) {
         return std::make_unique<ExportHandler>(s.search, ExportFormat::kJson);
       }},
      {"GET", "/feed.atom",
       [](Services& s, const std::string&) { return std::make_unique<FeedHandler>(s.search); }},
      {"GET", "/static/*",
       [](Services&, const std::string& name) { return std::make_unique<StaticHandler>(name); }},
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

Routed route(const Poco::Net::HTTPServerRequest& request, Services& services) {
  std::string path;
  try {
    path = Poco::URI(request.getURI()).getPath();
  } catch (const Poco::Exception&) {
    return {std::make_unique<ErrorHandler>(ErrorKind::kInvalidArgument,
                                           "the request URI cannot be parsed"),
            kUnmatchedRoute};
  }
  std::string allowed;  // the methods the path answers, for 405's Allow header
  std::string_view pattern = kUnmatchedRoute;
  for (const Route& candidate : routes()) {
    std::string argument;
    if (!matches(candidate.path, path, argument)) continue;
    // HEAD is GET without the body (RFC 9110: every server answers it where it answers GET);
    // Poco's response stream leaves the body out of a HEAD's answer, Content-Length kept.
    const bool head = request.getMethod() == Poco::Net::HTTPRequest::HTTP_HEAD &&
                      candidate.method == Poco::Net::HTTPRequest::HTTP_GET;
    if (request.getMethod() == candidate.method || head) {
      return {candidate.make(services, argument), candidate.path};
    }
    allowed += (allowed.empty() ? "" : ", ") + std::string(candidate.method);
    if (candidate.method == Poco::Net::HTTPRequest::HTTP_GET) allowed += ", HEAD";
    pattern = candidate.path;
  }
  if (!allowed.empty()) return {std::make_unique<MethodNotAllowedHandler>(allowed), pattern};
  // People reach unknown paths from links and typos: outside the API they get a page.
  if (!path.starts_with("/api/")) return {std::make_unique<PageNotFoundHandler>(), pattern};
  return {std::make_unique<ErrorHandler>(ErrorKind::kNotFound, "no such path: " + path), pattern};
}

}  // namespace hemeroteca
