// The route table: which handler answers which method and path. Unknown paths get 404 and
// known paths with another method get 405, both as JSON errors.
#pragma once

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "hemeroteca/server/ingest.h"

namespace hemeroteca {

class Admission;
class Metrics;
class RequestPriority;
class SearchService;
class WriteTokens;

// What handlers are made with. The server owns them all and outlives every handler.
struct Services {
  SearchService& search;
  BulletinStore* store;  // null: writes are not enabled
  WriteAccess writes;
  WriteTokens* tokens;  // the accepted bearer tokens; null when writes are not enabled
  const Metrics& metrics;
  const Admission& admission;
  const RequestPriority& priority;
};

// A request's handler and the route pattern that chose it ("/api/v1/bulletins/*"), or
// kUnmatchedRoute ("unmatched") when none did: the label of its metrics.
struct Routed {
  std::unique_ptr<Poco::Net::HTTPRequestHandler> handler;
  std::string_view pattern;
};

Routed route(const Poco::Net::HTTPServerRequest& request, Services& services);

}  // namespace hemeroteca
