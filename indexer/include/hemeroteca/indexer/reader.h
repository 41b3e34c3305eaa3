// Readers: a file's bytes, in any format an archive holds, to ParsedDocuments.
//
// The format is detected from the content (the extension is only a hint); the bytes are
// decoded (decode.h) and cleaned into blocks (cleaner.h). One file gives one document, except
// an XML archive file, which gives one per bulletin it holds.
//
// Errors: a file that cannot be read, is empty, is larger than ReadOptions::max_bytes or is
// not a bulletin in any known format throws Error(kIo or kInvalidArgument) naming the file and
// the reason. Repairs that still give a usable document are reported as warnings instead.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "hemeroteca/indexer/document.h"

namespace hemeroteca {

struct ReadOptions {
  // Files above this size are refused rather than read into memory.
  std::size_t max_bytes = 64 * 1024 * 1024;
};

// Formats this reader knows, as detect_format() names them.
inline constexpr std::string_view kFormatText = "text";
inline constexpr std::string_view kFormatMarkdown = "markdown";

// The format of `bytes`, judged by content first and by `name`'s extension second.
std::string detect_format(std::string_view bytes, std::string_view name);

std::vector<ParsedDocument> read_file(const std::filesystem::path& path,
                                      const ReadOptions& options = {});

// `source` names the bytes in records and messages (a path or URL).
std::vector<ParsedDocument> read_bytes(std::string_view bytes, const std::string& source,
                                       const ReadOptions& options = {});

// True for files the importer should read when walking a directory.
bool is_supported_file(const std::filesystem::path& path);

}  // namespace hemeroteca
