// The web pages' static files (server/static/: one stylesheet, one script), compiled into the
// binary by CMake (static_assets.cc.in) so that `hemeroteca serve` needs no files beside it
// and no CDN: every asset a page loads comes from our own server under /static/.
//
// Each asset carries a version (a hash of its bytes); pages link to "/static/app.css?v=…", so a
// browser may cache a versioned URL for a year and a new build changes the URL.
//
// Thread-safety: immutable data.
#pragma once

#include <string>
#include <string_view>

namespace hemeroteca {

struct StaticAsset {
  std::string_view name;          // "app.css"
  std::string_view content_type;  // "text/css; charset=utf-8"
  std::string_view body;
  std::string_view version;  // first hex digits of the SHA-256 of the body
};

// The asset called `name`, or nullptr.
const StaticAsset* find_static_asset(std::string_view name);

// "/static/app.css?v=…" for a known asset; throws std::logic_error for an unknown one.
std::string static_asset_href(std::string_view name);

}  // namespace hemeroteca
