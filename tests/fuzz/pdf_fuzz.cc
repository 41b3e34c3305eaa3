// PDF text through poppler-cpp: a damaged, truncated or encrypted file is an Error, never a
// crash; the text stays within the limit given.
#include "fuzz_support.h"
#include "hemeroteca/schema/error.h"
#include "pdf_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace hemeroteca;
  constexpr std::size_t kMaxText = 1 << 20;
  try {
    const PdfText pdf = extract_pdf_text(fuzz::as_text(data, size), "fuzz.pdf", kMaxText);
    FUZZ_CHECK(pdf.text.size() <= kMaxText);
  } catch (const Error&) {
  }
  return 0;
}
