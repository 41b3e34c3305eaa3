#include "ingest_store.h"

namespace hemeroteca {
namespace {

IngestResult to_result(EditOutcome outcome) {
  return {std::move(outcome.added), std::move(outcome.replaced), outcome.unchanged,
          std::move(outcome.warnings)};
}

}  // namespace

IngestResult IndexBulletinStore::add(const Upload& upload) {
  const KnownMetadata facts{upload.facts.date, upload.facts.number, upload.facts.url,
                            upload.facts.source, upload.facts.title};
  return to_result(editor_.add(upload.bytes, upload.filename, facts));
}

IngestResult IndexBulletinStore::add_record(const nlohmann::json& record) {
  return to_result(editor_.add_record(record));
}

std::vector<std::string> IndexBulletinStore::remove(const std::string& id) {
  return editor_.remove(id);
}

std::optional<Record> IndexBulletinStore::correct(const std::string& id,
                                                  const nlohmann::json& patch) {
  return editor_.correct(id, patch);
}

}  // namespace hemeroteca
