#include "routes.h"

#include <Poco/URI.h>

#include <functional>
#include <string_view>

#include "handlers.h"

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
  };
  return table;
}

// Matches `path` against a route pattern; fills `argument` for patterns ending in '*'.
bool matches(std::string_view pattern, std::string_view path, std::string& argument) {
  if (!pattern.ends_with('*')) return pattern == path;
  pattern.remove_suffix(1);
  if (!path.starts_with(pattern)) return false;
  const std::string_view rest = path.substr(pattern.size());
  if (rest.empty() || rest.find('/') != std::string_view::npos) return false;
  argument = rest;
  return true;
}

}  // namespace

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
  return std::make_unique<ErrorHandler>(ErrorKind::kNotFound, "no such path: " + path);
}

}  // namespace hemeroteca
