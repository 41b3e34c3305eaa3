// The Spanish number reader and the figures built on it. Numbers lie inside the text, in
// order, without overlapping, and are finite and not negative.
#include <cmath>
#include <string>
#include <vector>

#include "fuzz_support.h"
#include "hemeroteca/indexer/figures.h"
#include "hemeroteca/indexer/spanish_numbers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace hemeroteca;
  const std::string_view text = fuzz::as_text(data, size);
  std::size_t previous_end = 0;
  for (const SpanishNumber& number : find_spanish_numbers(text)) {
    FUZZ_CHECK(previous_end <= number.begin && number.begin < number.end);
    FUZZ_CHECK(number.end <= text.size());
    FUZZ_CHECK(std::isfinite(number.value) && number.value >= 0);
    previous_end = number.end;
  }
  for (std::size_t at = 0; at < text.size() && at < 64; ++at) {
    if (const auto number = read_spanish_number(text, at)) {
      FUZZ_CHECK(number->begin == at && number->end <= text.size());
    }
  }
  extract_figures({std::string(text)});
  return 0;
}
