// The server's request parsing: a raw query string to typed search, figure and facet-list
// requests. A client's mistake is Error(kInvalidArgument) (400); nothing else may escape, or
// the client would get a 500.
#include "fuzz_support.h"
#include "hemeroteca/schema/error.h"
#include "hemeroteca/server/request_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace hemeroteca;
  try {
    const QueryParameters parameters = parse_query_string(fuzz::as_text(data, size));
    for (auto* parse : {+[](const QueryParameters& p) { parse_search_request(p); },
                        +[](const QueryParameters& p) { parse_figure_request(p); },
                        +[](const QueryParameters& p) { parse_prefix(p); }}) {
      try {
        parse(parameters);
      } catch (const Error& e) {
        FUZZ_CHECK(e.kind() == ErrorKind::kInvalidArgument);
      }
    }
  } catch (const Error& e) {
    FUZZ_CHECK(e.kind() == ErrorKind::kInvalidArgument);
  }
  return 0;
}
