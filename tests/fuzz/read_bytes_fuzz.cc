// The indexer's reader entry point: format detection, then whichever reader the bytes select
// (text, Markdown, PDF text, HTML, PDF through poppler, XML archive). Whatever the bytes, the
// result is either documents of a known format whose text is valid UTF-8, or a
// hemeroteca::Error.
#include <string>

#include "fuzz_support.h"
#include "hemeroteca/indexer/decode.h"
#include "hemeroteca/indexer/reader.h"
#include "hemeroteca/schema/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace hemeroteca;
  const std::string_view bytes = fuzz::as_text(data, size);
  for (const char* name : {"boletin.html", "boletin.md"}) {
    const std::string format = detect_format(bytes, name);
    FUZZ_CHECK(format == kFormatText || format == kFormatMarkdown || format == kFormatPdfText ||
               format == kFormatPdf || format == kFormatHtml || format == kFormatXml);
  }
  try {
    for (const ParsedDocument& document : read_bytes(bytes, "fuzz-input")) {
      FUZZ_CHECK(!document.format.empty());
      for (const Block& block : document.blocks) FUZZ_CHECK(is_valid_utf8(block.text));
      if (document.title_hint) FUZZ_CHECK(is_valid_utf8(*document.title_hint));
    }
  } catch (const Error&) {
    // Refused with a message: the documented outcome for bad files.
  }
  return 0;
}
