// The query language: date phrases, the diagnosis of rejected queries, synonym expansion and
// QueryMapper over a small in-memory index. A query the parser cannot read is an
// Error(kInvalidArgument) (a 400 for the web form), never another exception (a 500).
#include <xapian.h>

#include <memory>

#include "fuzz_support.h"
#include "hemeroteca/schema/document_mapper.h"
#include "hemeroteca/schema/error.h"
#include "hemeroteca/schema/query_dates.h"
#include "hemeroteca/schema/query_mapper.h"
#include "hemeroteca/schema/record.h"
#include "hemeroteca/schema/schema.h"
#include "hemeroteca/schema/spelling.h"
#include "hemeroteca/schema/synonyms.h"

namespace {

struct QueryWorld {
  hemeroteca::Schema schema =
      hemeroteca::Schema::load(std::filesystem::path(HEMEROTECA_FUZZ_SCHEMA_DIR) / "fields.xml");
  hemeroteca::Synonyms synonyms = hemeroteca::Synonyms::load(
      std::filesystem::path(HEMEROTECA_FUZZ_SCHEMA_DIR) / "synonyms.xml");
  Xapian::WritableDatabase database{std::string(), Xapian::DB_BACKEND_INMEMORY};
  std::unique_ptr<hemeroteca::QueryMapper> mapper;
  hemeroteca::SpellingDictionary spelling;

  QueryWorld() {
    hemeroteca::DocumentMapper documents(schema);
    hemeroteca::Record record;
    record.id = "b1";
    record.title = "Avanza la vacunación en Sonora";
    record.body = {"El IMSS distribuyó 1,500 vacunas oncológicas en marzo de 2021."};
    record.date = "2021-03-05";
    record.states = {"Sonora"};
    database.add_document(documents.to_document(record));
    database.commit();
    mapper = std::make_unique<hemeroteca::QueryMapper>(schema, database, &synonyms);
    spelling = hemeroteca::SpellingDictionary::read(database);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace hemeroteca;
  static QueryWorld world;
  const std::string_view text = fuzz::as_text(data, size);
  if (const auto phrase = extract_date_phrase(text)) {
    FUZZ_CHECK(!phrase->range.from || is_iso_date(*phrase->range.from));
    FUZZ_CHECK(!phrase->range.to || is_iso_date(*phrase->range.to));
  }
  diagnose_query(text);
  world.synonyms.expand(QueryMapper::fold_query(text));
  try {
    const Xapian::Query query = world.mapper->parse(text);
    world.mapper->terms_of(query);
    Xapian::Enquire enquire(world.database);
    enquire.set_query(query);
    enquire.get_mset(0, 10);
    world.mapper->suggest(text, world.spelling, 3);
  } catch (const Error& e) {
    FUZZ_CHECK(e.kind() == ErrorKind::kInvalidArgument);
  }
  return 0;
}
