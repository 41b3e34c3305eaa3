// Import manifests, CSV or XML (docs/manifest-format.md; the first byte picks which). A wrong
// manifest is an Error naming file:line; a loaded one holds only real ISO dates.
#include "fuzz_support.h"
#include "hemeroteca/indexer/manifest.h"
#include "hemeroteca/schema/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace hemeroteca;
  const auto [choice, content] = fuzz::select(fuzz::as_text(data, size), 2);
  try {
    const Manifest manifest =
        Manifest::load(fuzz::write_scratch(choice == 0 ? "manifest.csv" : "manifest.xml", content));
    manifest.find((fuzz::scratch_dir() / "boletin.txt").string());
  } catch (const Error&) {
  }
  return 0;
}
