#include "hemeroteca/indexer/archive_reader.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cctype>

#include "hemeroteca/schema/error.h"

namespace hemeroteca {
namespace {

constexpr std::size_t kReadBlock = 64 * 1024;

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

}  // namespace

bool is_archive_file(const std::filesystem::path& path) {
  const std::string name = lower(path.filename().string());
  for (std::string_view suffix : {".zip", ".tar", ".tar.gz", ".tgz"}) {
    if (name.size() > suffix.size() && name.ends_with(suffix)) return true;
  }
  return false;
}

std::string archive_entry_name(const std::string& archive, const std::string& entry) {
  std::string_view inside = entry;
  while (inside.starts_with("./")) inside.remove_prefix(2);
  while (inside.starts_with('/')) inside.remove_prefix(1);
  return archive + std::string(kArchiveEntrySeparator) + std::string(inside);
}

class ArchiveReader::Impl {
 public:
  Impl(const std::filesystem::path& path, std::size_t max_entry_bytes)
      : path_(path.string()), max_entry_bytes_(max_entry_bytes), archive_(archive_read_new()) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
      archive_read_free(archive_);
      throw Error(ErrorKind::kNotFound, path_ + ": no such archive; check the path");
    }
    archive_read_support_filter_all(archive_);
    archive_read_support_format_zip(archive_);
    archive_read_support_format_tar(archive_);
    archive_read_support_format_gnutar(archive_);
    if (archive_read_open_filename(archive_, path_.c_str(), kReadBlock) != ARCHIVE_OK) {
      const std::string reason =
          archive_error_string(archive_) ? archive_error_string(archive_) : "unknown format";
      archive_read_free(archive_);
      throw Error(ErrorKind::kInvalidArgument,
                  path_ + ": not a readable zip or tar archive (" + reason + ")");
    }
  }
  ~Impl() { archive_read_free(archive_); }

  std::optional<ArchiveMember> next(
      const std::function<bool(const std::filesystem::path&)>& wanted) {
    archive_entry* entry = nullptr;
    for (;;) {
      const int status = archive_read_next_header(archive_, &entry);
      if (status == ARCHIVE_EOF) return std::nullopt;
      if (status < ARCHIVE_WARN) fail("reading the next entry");
      if (archive_entry_filetype(entry) != AE_IFREG) continue;
      const char* name = archive_entry_pathname(entry);
      if (name == nullptr || !wanted(name)) continue;
      ArchiveMember member;
      member.path = name;
      const la_int64_t size = archive_entry_size(entry);
      if (archive_entry_size_is_set(entry) && static_cast<std::size_t>(size) > max_entry_bytes_) {
        member.error = "larger than " + std::to_string(max_entry_bytes_ >> 20) +
                       " MiB; split it or raise the limit";
        return member;
      }
      read_data(member);
      return member;
    }
  }

 private:
  void read_data(ArchiveMember& member) {
    char block[kReadBlock];
    for (;;) {
      const la_ssize_t got = archive_read_data(archive_, block, sizeof block);
      if (got == 0) return;
      if (got < 0) fail("reading " + member.path);
      if (member.bytes.size() + static_cast<std::size_t>(got) > max_entry_bytes_) {
        member.bytes.clear();
        member.error = "larger than " + std::to_string(max_entry_bytes_ >> 20) +
                       " MiB; split it or raise the limit";
        return;
      }
      member.bytes.append(block, static_cast<std::size_t>(got));
    }
  }

  [[noreturn]] void fail(const std::string& doing) {
    const char* reason = archive_error_string(archive_);
    throw Error(ErrorKind::kInvalidArgument, path_ + ": damaged archive while " + doing + " (" +
                                                 (reason ? reason : "unknown error") + ")");
  }

  std::string path_;
  std::size_t max_entry_bytes_;
  archive* archive_;
};

ArchiveReader::ArchiveReader(const std::filesystem::path& archive, std::size_t max_entry_bytes)
    : impl_(std::make_unique<Impl>(archive, max_entry_bytes)) {}

ArchiveReader::~ArchiveReader() = default;

std::optional<ArchiveMember> ArchiveReader::next(
    const std::function<bool(const std::filesystem::path&)>& wanted) {
  return impl_->next(wanted);
}

}  // namespace hemeroteca
