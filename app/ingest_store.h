// IndexBulletinStore: the server's BulletinStore port (server/ingest.h) over the indexer's
// BulletinEditor. It only translates types; the libraries stay independent of each other and
// meet here, in the program that runs them both.
//
// Thread-safety: as BulletinEditor, all methods may be called from many threads.
#pragma once

#include "hemeroteca/indexer/bulletin_editor.h"
#include "hemeroteca/server/ingest.h"

namespace hemeroteca {

class IndexBulletinStore : public BulletinStore {
 public:
  explicit IndexBulletinStore(BulletinEditor& editor) : editor_(editor) {}  // keeps a reference

  IngestResult add(const Upload& upload) override;
  IngestResult add_record(const nlohmann::json& record) override;
  std::vector<std::string> remove(const std::string& id) override;
  std::optional<Record> correct(const std::string& id, const nlohmann::json& patch) override;

 private:
  BulletinEditor& editor_;
};

}  // namespace hemeroteca
