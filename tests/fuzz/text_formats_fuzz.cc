// The plain-text readers on their own: decoding (BOM, Windows-1252, bad bytes), the cleaner's
// text and Markdown reflow, and the PDF-text cleaner (page furniture, form feeds). They never
// throw; their output is valid UTF-8 when their input is.
#include "fuzz_support.h"
#include "hemeroteca/indexer/cleaner.h"
#include "hemeroteca/indexer/decode.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace hemeroteca;
  const auto [choice, input] = fuzz::select(fuzz::as_text(data, size), 3);
  const DecodedText decoded = decode_text(input);
  FUZZ_CHECK(is_valid_utf8(decoded.text));
  const std::vector<Block> blocks = choice == 0   ? blocks_from_text(decoded.text, false)
                                    : choice == 1 ? blocks_from_text(decoded.text, true)
                                                  : blocks_from_pdf_text(decoded.text);
  for (const Block& block : blocks) FUZZ_CHECK(is_valid_utf8(block.text));
  FUZZ_CHECK(is_valid_utf8(strip_page_furniture(decoded.text)));
  return 0;
}
