// Manifest: what an archive's keeper already knows about its files — date, number, URL,
// source, title — given to `hemeroteca import --manifest FILE`. Those facts win over what
// extraction guesses (see KnownMetadata). The format, CSV or XML, is docs/manifest-format.md.
//
// Files are named relative to the manifest's folder (or absolutely); a file inside a zip or tar
// archive as "<archive>!/<path inside>" ("boletines.zip!/2020/641.txt"). Names are resolved
// when the manifest is loaded, so find() takes an input's name as the importer makes it: the
// absolute path, or archive_entry_name() of the absolute archive path.
//
// Errors: load() throws Error(kNotFound) when the file is missing, Error(kIo) when it cannot
// be read, and Error(kInvalidArgument) naming "file:line" for anything a keeper must fix: an
// unknown extension (only .csv and .xml), CSV without a `file` column or with an unterminated
// quote, XML that is malformed or not a <hemeroteca-manifest version="1">, an entry without a
// file name, a file named twice, or a date that is not a real YYYY-MM-DD day. A wrong manifest
// would misdate many bulletins at once, so nothing is imported until it is fixed.
//
// Thread-safety: a loaded Manifest is immutable and may be shared between threads.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <unordered_map>

#include "hemeroteca/indexer/document.h"

namespace hemeroteca {

class Manifest {
 public:
  static Manifest load(const std::filesystem::path& file);

  // The facts known about the input named `name`, or nullptr.
  const KnownMetadata* find(const std::string& name) const;

  std::size_t size() const { return entries_.size(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  friend class ManifestBuilder;
  std::filesystem::path path_;
  std::unordered_map<std::string, KnownMetadata> entries_;
};

// The known facts as one string, so that a change in the manifest changes an input's hash and
// the input is extracted again.
std::string fingerprint(const KnownMetadata& known);

// Copies every fact `known` states into `into`, leaving the others as they are.
void overlay(const KnownMetadata& known, KnownMetadata& into);

}  // namespace hemeroteca
