// Helpers for the import job tests: small generated bulletins, archives written with
// libarchive, and an index read back as "id -> record JSON" for whole-index comparisons.
#pragma once

#include <archive.h>
#include <archive_entry.h>
#include <xapian.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "hemeroteca/indexer/extractor.h"
#include "hemeroteca/indexer/importer.h"
#include "hemeroteca/schema/document_mapper.h"
#include "hemeroteca/schema/schema.h"
#include "test_support.h"

namespace hemeroteca::testing {

// A short bulletin in the house style whose body differs from every other index's (so each
// has its own duplicate key): dateline, title, one highlight, two paragraphs of 40+ words.
inline std::string bulletin_text(std::size_t index, const std::string& title_word = "abasto") {
  static const std::vector<std::string> kWords = {
      "hospital",   "clínica",   "medicamentos",     "vacunas",    "consultas",  "médicos",
      "enfermeras", "pacientes", "derechohabientes", "urgencias",  "camas",      "quirófanos",
      "insumos",    "atención",  "unidad",           "delegación", "programa",   "campaña",
      "jornada",    "familias",  "trabajadores",     "pensiones",  "guarderías", "estancias"};
  std::mt19937 random(static_cast<unsigned>(index) * 7919u + 17u);
  auto paragraph = [&] {
    std::string text = "El Instituto informó que";
    for (int i = 0; i < 44; ++i) text += " " + kWords[random() % kWords.size()];
    return text + " en la región número " + std::to_string(index) + ".";
  };
  const int day = static_cast<int>(index % 28) + 1;
  return "Ciudad de México, a " + std::to_string(day) + " de marzo de 2021.\n\n" +
         "Fortalece el Instituto el " + title_word + " en la unidad " + std::to_string(index) +
         "\n\n• Se atendieron " + std::to_string(100 + index) + " pacientes.\n\n" + paragraph() +
         "\n\n" + paragraph() + "\n";
}

// Writes `files` (name inside, content) as an archive: "zip", "tar" or "tar.gz".
inline void write_archive(const std::filesystem::path& path, const std::string& kind,
                          const std::vector<std::pair<std::string, std::string>>& files) {
  archive* writer = archive_write_new();
  if (kind == "zip") {
    archive_write_set_format_zip(writer);
  } else {
    archive_write_set_format_pax_restricted(writer);
    if (kind == "tar.gz") archive_write_add_filter_gzip(writer);
  }
  std::filesystem::create_directories(path.parent_path());
  if (archive_write_open_filename(writer, path.c_str()) != ARCHIVE_OK) {
    archive_write_free(writer);
    throw std::runtime_error("cannot write " + path.string());
  }
  for (const auto& [name, content] : files) {
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, name.c_str());
    archive_entry_set_size(entry, static_cast<la_int64_t>(content.size()));
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_write_header(writer, entry);
    archive_write_data(writer, content.data(), content.size());
    archive_entry_free(entry);
  }
  archive_write_close(writer);
  archive_write_free(writer);
}

// Every record of an index, by id, as JSON text.
inline std::map<std::string, std::string> records_of(const std::filesystem::path& index) {
  std::map<std::string, std::string> records;
  Xapian::Database database(index.string());
  for (auto posting = database.postlist_begin(""); posting != database.postlist_end("");
       ++posting) {
    const Record record = DocumentMapper::to_record(database.get_document(*posting));
    records.emplace(record.id, to_json(record).dump());
  }
  return records;
}

inline Record record_of(const std::filesystem::path& index, const std::string& id) {
  Xapian::Database database(index.string());
  const std::string term = "Q" + id;
  auto posting = database.postlist_begin(term);
  if (posting == database.postlist_end(term)) return {};
  return DocumentMapper::to_record(database.get_document(*posting));
}

inline Xapian::doccount document_count(const std::filesystem::path& index) {
  return Xapian::Database(index.string()).get_doccount();
}

// "added 2, replaced 0, unchanged 1, failed 0, duplicates 0, removed 0, pruned 0"
inline std::string counts(const ImportSummary& summary) {
  return "added " + std::to_string(summary.added) + ", replaced " +
         std::to_string(summary.replaced) + ", unchanged " + std::to_string(summary.unchanged) +
         ", failed " + std::to_string(summary.failures.size()) + ", duplicates " +
         std::to_string(summary.duplicates) + ", removed " + std::to_string(summary.removed) +
         ", pruned " + std::to_string(summary.pruned);
}

}  // namespace hemeroteca::testing
