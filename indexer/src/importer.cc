#include "hemeroteca/indexer/importer.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <unordered_set>

#include "hemeroteca/indexer/extractor.h"
#include "hemeroteca/indexer/reader.h"
#include "hemeroteca/schema/analyzer.h"
#include "hemeroteca/schema/document_mapper.h"
#include "hemeroteca/schema/error.h"

namespace hemeroteca {
namespace {

std::vector<std::filesystem::path> collect_files(const std::vector<std::filesystem::path>& inputs) {
  std::vector<std::filesystem::path> files;
  for (const auto& input : inputs) {
    std::error_code error;
    const auto status = std::filesystem::status(input, error);
    if (error || !std::filesystem::exists(status)) {
      throw Error(ErrorKind::kNotFound,
                  input.string() + ": no such file or directory; check the path");
    }
    if (std::filesystem::is_directory(status)) {
      std::vector<std::filesystem::path> found;
      for (const auto& entry : std::filesystem::recursive_directory_iterator(
               input, std::filesystem::directory_options::skip_permission_denied)) {
        if (entry.is_regular_file() && is_supported_file(entry.path())) {
          found.push_back(entry.path());
        }
      }
      // Directory order is arbitrary; sorted input makes every import of a folder the same.
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(input);
    }
  }
  return files;
}

Xapian::WritableDatabase open_for_writing(const std::filesystem::path& path) {
  try {
    std::filesystem::create_directories(path.parent_path().empty() ? "." : path.parent_path());
    return Xapian::WritableDatabase(path.string(), Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError& e) {
    throw Error(ErrorKind::kUnavailable,
                path.string() +
                    ": another import is writing to this database; wait for it to "
                    "finish (" +
                    e.get_msg() + ")");
  } catch (const Xapian::Error& e) {
    throw Error(ErrorKind::kIo,
                path.string() + ": cannot open the database for writing: " + e.get_description());
  } catch (const std::filesystem::filesystem_error& e) {
    throw Error(ErrorKind::kIo, path.string() + ": cannot create the database folder: " + e.what());
  }
}

// Words of the bulletin for the "did you mean" dictionary: folded, alphabetic, 3+ letters,
// once per bulletin.
void add_spellings(Xapian::WritableDatabase& database, const Record& record) {
  Analyzer analyzer;
  std::unordered_set<std::string> words;
  auto collect = [&](const std::string& text) {
    for (Token& token : analyzer.tokenize(text)) {
      if (token.folded.size() < 3) continue;
      if (std::any_of(token.folded.begin(), token.folded.end(),
                      [](char c) { return c >= '0' && c <= '9'; })) {
        continue;
      }
      words.insert(std::move(token.folded));
    }
  };
  collect(record.title);
  for (const std::string& highlight : record.highlights) collect(highlight);
  for (const std::string& paragraph : record.body) collect(paragraph);
  for (const std::string& word : words) database.add_spelling(word);
}

}  // namespace

bool store_record(Xapian::WritableDatabase& database, DocumentMapper& mapper,
                  const Record& record) {
  const std::string id_term = mapper.id_term(record.id);
  const bool exists = database.term_exists(id_term);
  database.replace_document(id_term, mapper.to_document(record));
  for (const auto& [key, label] : mapper.facet_labels(record)) database.set_metadata(key, label);
  add_spellings(database, record);
  return !exists;
}

ImportSummary import_paths(const std::vector<std::filesystem::path>& inputs, const Schema& schema,
                           const ImportOptions& options) {
  const std::vector<std::filesystem::path> files = collect_files(inputs);
  Xapian::WritableDatabase database = open_for_writing(options.database);
  DocumentMapper mapper(schema);
  const ExtractorKnowledge knowledge = ExtractorKnowledge::load(schema.directory());
  Extractor extractor(knowledge);
  ImportSummary summary;
  std::size_t pending = 0;
  for (const auto& file : files) {
    try {
      for (const ParsedDocument& document : read_file(file)) {
        const Record record = extractor.extract(document);
        ++(store_record(database, mapper, record) ? summary.added : summary.replaced);
        if (++pending >= options.batch_size) {
          database.commit();
          pending = 0;
        }
      }
    } catch (const Error& e) {
      spdlog::warn("skipped {}: {}", file.string(), e.what());
      summary.failures.push_back({file.string(), e.what()});
    } catch (const Xapian::Error& e) {
      spdlog::warn("skipped {}: {}", file.string(), e.get_description());
      summary.failures.push_back({file.string(), e.get_description()});
    }
  }
  database.commit();
  return summary;
}

}  // namespace hemeroteca
