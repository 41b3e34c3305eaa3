// hemeroteca_fixture_index INDEX_DIR RECORDS_JSON...: writes hand-written records (files each
// holding an array of Record JSON, as tests/fixtures/search/records.json) into a new Xapian
// index through store_record(), the importer's own path, so that the browser test searches
// known data.
// Exit codes: 0 written, 2 bad usage or input, 3 the index cannot be written.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "hemeroteca/indexer/importer.h"
#include "hemeroteca/schema/error.h"
#include "hemeroteca/schema/schema.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: hemeroteca_fixture_index INDEX_DIR RECORDS_JSON...\n";
    return 2;
  }
  const std::string index = argv[1];
  std::string file;
  try {
    const hemeroteca::Schema schema =
        hemeroteca::Schema::load(std::filesystem::path(HEMEROTECA_TEST_SCHEMA_DIR) / "fields.xml");
    Xapian::WritableDatabase database(index, Xapian::DB_CREATE_OR_OVERWRITE);
    hemeroteca::DocumentMapper mapper(schema);
    std::size_t written = 0;
    for (int i = 2; i < argc; ++i) {
      file = argv[i];
      std::ifstream in(file);
      if (!in) {
        std::cerr << "cannot read " << file << "\n";
        return 2;
      }
      for (const nlohmann::json& record : nlohmann::json::parse(in)) {
        hemeroteca::store_record(database, mapper, hemeroteca::record_from_json(record));
        ++written;
      }
    }
    database.commit();
    std::cout << written << " records written to " << index << "\n";
    return 0;
  } catch (const nlohmann::json::exception& e) {
    std::cerr << file << ": " << e.what() << "\n";
    return 2;
  } catch (const hemeroteca::Error& e) {
    std::cerr << file << ": " << e.what() << "\n";
    return e.kind() == hemeroteca::ErrorKind::kInvalidArgument ? 2 : 3;
  } catch (const Xapian::Error& e) {
    std::cerr << index << ": " << e.get_description() << "\n";
    return 3;
  }
}
