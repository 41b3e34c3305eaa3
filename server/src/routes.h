// The route table: which handler answers which method and path. Unknown paths get 404 and
// known paths with another method get 405, both as JSON errors.
#pragma once

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>

#include <memory>
#include <string>
#include <vector>

namespace hemeroteca {

class SearchService;

std::unique_ptr<Poco::Net::HTTPRequestHandler> route(const Poco::Net::HTTPServerRequest& request,
                                                     SearchService& service);

}  // namespace hemeroteca
