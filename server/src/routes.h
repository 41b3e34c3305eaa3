// The route table: which handler answers which method and path. Unknown paths get 404 and
// known paths with another method get 405, both as JSON errors.
#pragma once

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>

#include <memory>
#include <string>
#include <vector>

#include "hemeroteca/server/ingest.h"

namespace hemeroteca {

class SearchService;

// What handlers are made with.
struct Services {
  SearchService& search;
  BulletinStore* store;  // null: writes are not enabled
  WriteAccess writes;
};

std::unique_ptr<Poco::Net::HTTPRequestHandler> route(const Poco::Net::HTTPServerRequest& request,
                                                     Services& services);

}  // namespace hemeroteca
