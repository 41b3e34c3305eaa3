// The OpenAPI 3 description of the HTTP API (server/openapi.json, compiled in), served at
// GET /api/v1/openapi.json. A test keeps it true to the route table and the responses.
#pragma once

#include <nlohmann/json_fwd.hpp>

namespace hemeroteca {

const nlohmann::json& openapi_document();

}  // namespace hemeroteca
