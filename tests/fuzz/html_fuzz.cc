// The HTML article reader (gumbo, then the article scoring) on any UTF-8 text: blocks, title
// and date come out, or Error(kInvalidArgument) for pages nested too deeply.
#include "fuzz_support.h"
#include "hemeroteca/indexer/decode.h"
#include "hemeroteca/schema/error.h"
#include "html_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace hemeroteca;
  const DecodedText decoded = decode_text(fuzz::as_text(data, size));
  try {
    const HtmlArticle article = read_html_article(decoded.text, "fuzz.html");
    for (const Block& block : article.blocks) FUZZ_CHECK(is_valid_utf8(block.text));
    if (article.title) FUZZ_CHECK(is_valid_utf8(*article.title));
  } catch (const Error&) {
  }
  return 0;
}
