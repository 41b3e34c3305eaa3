// InputCatalog: the inputs of an import job, in a fixed order (private to the indexer).
//
// Each command-line path is a file, a folder (walked recursively, sorted, so every import of a
// folder sees the same order) or a .zip/.tar/.tar.gz archive (read in place: each supported
// file inside is one input). Inputs are named as their bulletins' sources are: the absolute
// path, or archive_entry_name() for a file inside an archive. A name is given once even when
// two paths reach it.
//
// The catalog also knows which names the job covers, for --prune: everything under a folder or
// archive given (or met while walking), and each file given. An archive that could not be read
// to its end covers nothing, since its missing entries may still exist.
//
// Thread-safety: not thread-safe; the import pipeline calls next() under its lock.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "hemeroteca/indexer/archive_reader.h"
#include "hemeroteca/indexer/reader.h"

namespace hemeroteca {

struct InputItem {
  std::size_t seq = 0;               // position in the job, from 0
  std::string name;                  // absolute path or archive entry name
  std::filesystem::path path;        // the file to read when `bytes` is empty
  std::optional<std::string> bytes;  // archive entries come already read
  std::optional<std::string> error;  // why the input cannot be read at all
};

class InputCatalog {
 public:
  // Throws Error(kNotFound) when a path does not exist. `excluded` (the manifest) is never an
  // input.
  InputCatalog(const std::vector<std::filesystem::path>& paths, const ReadOptions& read,
               const std::optional<std::filesystem::path>& excluded);
  ~InputCatalog();

  // Inputs expected: files plus the supported entries of every archive.
  std::size_t total() const { return total_; }

  // The next input, or nothing when all were given.
  std::optional<InputItem> next();

  // True when `name` lies under what this job covers and could be seen whole.
  bool covers(const std::string& name) const;
  // Names given by next() so far.
  const std::unordered_set<std::string>& seen() const { return seen_; }

 private:
  struct Source {
    std::filesystem::path path;
    bool archive = false;
  };
  void add_path(const std::filesystem::path& path);
  std::optional<InputItem> next_from_archive();

  ReadOptions read_;
  std::vector<Source> sources_;
  std::size_t next_source_ = 0;
  std::size_t total_ = 0;
  std::size_t seq_ = 0;
  std::unique_ptr<ArchiveReader> archive_;
  std::string archive_name_;
  std::vector<std::string> roots_;         // folder/ and archive!/ prefixes
  std::unordered_set<std::string> files_;  // single files given
  std::vector<std::string> incomplete_;    // archive!/ prefixes not read to their end
  std::unordered_set<std::string> seen_;
  std::optional<std::string> excluded_;
};

}  // namespace hemeroteca
