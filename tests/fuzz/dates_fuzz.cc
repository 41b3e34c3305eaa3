// The Spanish date readers: mentions in running text, datelines and dated file names. They
// never throw; every date they give is a real ISO day and every mention lies inside the text.
#include "fuzz_support.h"
#include "hemeroteca/indexer/dates.h"
#include "hemeroteca/schema/query_dates.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace hemeroteca;
  const std::string_view text = fuzz::as_text(data, size);
  std::size_t previous_end = 0;
  for (const DateMention& mention : find_dates(text)) {
    FUZZ_CHECK(is_iso_date(mention.iso));
    FUZZ_CHECK(previous_end <= mention.begin && mention.begin < mention.end);
    FUZZ_CHECK(mention.end <= text.size());
    previous_end = mention.end;
  }
  if (const auto dateline = parse_dateline(text)) FUZZ_CHECK(is_iso_date(dateline->iso));
  if (const auto date = date_from_filename(text)) FUZZ_CHECK(is_iso_date(*date));
  return 0;
}
