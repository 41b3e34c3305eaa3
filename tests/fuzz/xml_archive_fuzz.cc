// The XML archive container (docs/archive-format.md): bulletins with their metadata, or an
// Error naming the line.
#include "fuzz_support.h"
#include "hemeroteca/indexer/decode.h"
#include "hemeroteca/schema/error.h"
#include "xml_archive.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace hemeroteca;
  try {
    for (const ArchiveEntry& entry : parse_archive(fuzz::as_text(data, size), "fuzz.xml")) {
      FUZZ_CHECK(entry.line >= 1);
      FUZZ_CHECK(!entry.source.empty());
    }
  } catch (const Error&) {
  }
  return 0;
}
