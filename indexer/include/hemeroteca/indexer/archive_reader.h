// ArchiveReader: the files inside a .zip, .tar, .tar.gz (.tgz) archive, read in place with
// libarchive, one entry at a time, without unpacking anything to disk.
//
// An entry is named "<archive path>!/<path inside>" ("/data/2020.zip!/enero/641.txt"), the name
// its bulletin's source and id come from; archive_entry_name() builds it. Only regular files
// are returned; folders, links and devices are passed over.
//
// Errors: the constructor throws Error(kNotFound) when the archive does not exist and
// Error(kInvalidArgument) when it is not an archive libarchive can read; next() throws
// Error(kInvalidArgument) naming the archive (and the entry) when the archive is truncated or
// damaged. An entry above `max_entry_bytes` is returned with its `error` set
// and no bytes, so that the caller can report it and go on.
//
// Thread-safety: one ArchiveReader per thread; distinct readers are independent.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace hemeroteca {

// True for names ending in .zip, .tar, .tar.gz or .tgz (any case).
bool is_archive_file(const std::filesystem::path& path);

// "<archive>!/<entry>": how a file inside an archive is named in records and messages.
std::string archive_entry_name(const std::string& archive, const std::string& entry);

// The separator between an archive's path and an entry's path in entry names.
inline constexpr std::string_view kArchiveEntrySeparator = "!/";

struct ArchiveMember {
  std::string path;                  // the entry's path inside the archive ("enero/641.txt")
  std::string bytes;                 // its content, unless `error` is set
  std::optional<std::string> error;  // why its bytes were not read (too large)
};

class ArchiveReader {
 public:
  ArchiveReader(const std::filesystem::path& archive, std::size_t max_entry_bytes);
  ~ArchiveReader();
  ArchiveReader(const ArchiveReader&) = delete;
  ArchiveReader& operator=(const ArchiveReader&) = delete;

  // The next regular file whose name `wanted` accepts, or nothing at the end of the archive.
  // Entries `wanted` refuses are skipped without decompressing their data.
  std::optional<ArchiveMember> next(
      const std::function<bool(const std::filesystem::path&)>& wanted);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hemeroteca
