#include "input_catalog.h"

#include <algorithm>

#include "hemeroteca/indexer/decode.h"
#include "hemeroteca/schema/error.h"

namespace hemeroteca {
namespace {

namespace fs = std::filesystem;

std::string canonical_name(const fs::path& path) {
  std::error_code error;
  fs::path canonical = fs::weakly_canonical(path, error);
  if (error) canonical = fs::absolute(path).lexically_normal();
  return canonical.string();
}

// A name as bulletins' sources and the job's report carry it: the path's bytes when they are
// UTF-8, else read as Windows-1252 ("boletín_año.txt" written by an old Windows tool or zip).
// Files are still opened by their own bytes; only names must be text.
std::string readable_name(const std::string& bytes) {
  return is_valid_utf8(bytes) ? bytes : decode_text(bytes).text;
}

bool wanted_in_folder(const fs::path& path) {
  return is_supported_file(path) || is_archive_file(path);
}

std::size_t count_entries(const fs::path& archive, std::size_t max_bytes) {
  std::size_t count = 0;
  try {
    ArchiveReader reader(archive, max_bytes);
    // Counting reads only headers: the filter refuses every entry after counting it.
    reader.next([&](const fs::path& name) {
      count += is_supported_file(name) ? 1 : 0;
      return false;
    });
  } catch (const Error&) {
    ++count;  // reported as one failed input when it is read
  }
  return count;
}

}  // namespace

InputCatalog::InputCatalog(const std::vector<fs::path>& paths, const ReadOptions& read,
                           const std::optional<fs::path>& excluded)
    : read_(read) {
  if (excluded) excluded_ = readable_name(canonical_name(*excluded));
  for (const fs::path& path : paths) add_path(path);
}

InputCatalog::~InputCatalog() = default;

void InputCatalog::add_path(const fs::path& path) {
  std::error_code error;
  const auto status = fs::status(path, error);
  if (error || !fs::exists(status)) {
    throw Error(ErrorKind::kNotFound,
                path.string() + ": no such file or directory; check the path");
  }
  const std::string raw = canonical_name(path);
  const std::string name = readable_name(raw);
  if (fs::is_directory(status)) {
    roots_.push_back(name + "/");
    std::vector<fs::path> found;
    for (const auto& entry :
         fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied)) {
      if (entry.is_regular_file() && wanted_in_folder(entry.path())) found.push_back(entry.path());
    }
    // Directory order is arbitrary; sorted input makes every import of a folder the same.
    std::sort(found.begin(), found.end());
    for (const fs::path& file : found) {
      const bool archive = is_archive_file(file);
      sources_.push_back({canonical_name(file), archive});
      total_ += archive ? count_entries(file, read_.max_bytes) : 1;
    }
  } else if (is_archive_file(path)) {
    roots_.push_back(archive_entry_name(name, ""));
    sources_.push_back({raw, true});
    total_ += count_entries(raw, read_.max_bytes);
  } else {
    files_.insert(name);
    sources_.push_back({raw, false});
    ++total_;
  }
}

std::optional<InputItem> InputCatalog::next() {
  for (;;) {
    if (archive_) {
      if (auto item = next_from_archive()) return item;
      continue;
    }
    if (next_source_ == sources_.size()) return std::nullopt;
    const Source& source = sources_[next_source_++];
    const std::string name = readable_name(source.path.string());
    if (excluded_ && name == *excluded_) continue;
    if (source.archive) {
      archive_name_ = source.path.string();
      try {
        archive_ = std::make_unique<ArchiveReader>(source.path, read_.max_bytes);
      } catch (const Error& e) {
        incomplete_.push_back(archive_entry_name(name, ""));
        if (!seen_.insert(name).second) continue;
        return InputItem{seq_++, name, source.path, std::nullopt, e.what()};
      }
      continue;
    }
    if (!seen_.insert(name).second) continue;
    return InputItem{seq_++, name, source.path, std::nullopt, std::nullopt};
  }
}

std::optional<InputItem> InputCatalog::next_from_archive() {
  try {
    std::optional<ArchiveMember> member = archive_->next(is_supported_file);
    if (!member) {
      archive_.reset();
      return std::nullopt;
    }
    const std::string name = readable_name(archive_entry_name(archive_name_, member->path));
    if (!seen_.insert(name).second) return next_from_archive();
    InputItem item{seq_++, name, archive_name_, std::move(member->bytes), member->error};
    if (item.error) item.bytes.reset();
    return item;
  } catch (const Error& e) {
    archive_.reset();
    incomplete_.push_back(readable_name(archive_entry_name(archive_name_, "")));
    return InputItem{seq_++, readable_name(archive_name_), archive_name_, std::nullopt, e.what()};
  }
}

bool InputCatalog::covers(const std::string& name) const {
  for (const std::string& prefix : incomplete_) {
    if (name.starts_with(prefix)) return false;
  }
  if (files_.contains(name)) return true;
  return std::any_of(roots_.begin(), roots_.end(),
                     [&](const std::string& root) { return name.starts_with(root); });
}

}  // namespace hemeroteca
