// The XML files a deployment edits by hand: fields.xml (Schema), synonyms.xml, topics.xml
// (Taxonomy) and the gazetteer's officials, organizations and states. The first byte picks the
// file; the rest is its content. A broken file is an Error naming the file, never a crash.
#include "fuzz_support.h"
#include "hemeroteca/schema/error.h"
#include "hemeroteca/schema/gazetteer.h"
#include "hemeroteca/schema/schema.h"
#include "hemeroteca/schema/synonyms.h"
#include "hemeroteca/schema/taxonomy.h"

namespace {

// A schema folder whose gazetteer files are the shipped ones, except the one being fuzzed.
std::filesystem::path gazetteer_with(const std::string& name, std::string_view content) {
  const std::filesystem::path shipped =
      std::filesystem::path(HEMEROTECA_FUZZ_SCHEMA_DIR) / "gazetteer";
  const std::filesystem::path folder = hemeroteca::fuzz::scratch_dir() / "schema";
  for (const char* file : {"officials.xml", "organizations.xml", "states.xml"}) {
    std::filesystem::create_directories(folder / "gazetteer");
    std::filesystem::copy_file(shipped / file, folder / "gazetteer" / file,
                               std::filesystem::copy_options::overwrite_existing);
  }
  hemeroteca::fuzz::write_scratch("schema/gazetteer/" + name, content);
  return folder;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace hemeroteca;
  const auto [choice, content] = fuzz::select(fuzz::as_text(data, size), 6);
  try {
    switch (choice) {
      case 0:
        Schema::load(fuzz::write_scratch("fields.xml", content));
        break;
      case 1:
        Synonyms::load(fuzz::write_scratch("synonyms.xml", content)).expand("imss abasto");
        break;
      case 2:
        Taxonomy::load(fuzz::write_scratch("topics.xml", content));
        break;
      case 3:
        Gazetteer::load(gazetteer_with("officials.xml", content));
        break;
      case 4:
        Gazetteer::load(gazetteer_with("organizations.xml", content));
        break;
      default:
        Gazetteer::load(gazetteer_with("states.xml", content));
        break;
    }
  } catch (const Error&) {
  }
  return 0;
}
