#include "hemeroteca/indexer/reader.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "hemeroteca/indexer/cleaner.h"
#include "hemeroteca/indexer/decode.h"
#include "hemeroteca/indexer/hash.h"
#include "hemeroteca/schema/error.h"

namespace hemeroteca {
namespace {

std::string lower_extension(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

// Text holds few control characters; binary files hold many.
bool looks_binary(std::string_view bytes) {
  const std::size_t sample = std::min<std::size_t>(bytes.size(), 64 * 1024);
  std::size_t control = 0;
  for (std::size_t i = 0; i < sample; ++i) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return control * 100 > sample;
}

bool looks_markdown(std::string_view text) {
  std::size_t marks = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (line.starts_with("# ") || line.starts_with("## ") || line.starts_with("### ") ||
        line.starts_with("- **") || line.starts_with("**")) {
      ++marks;
    }
    start = end + 1;
  }
  return marks >= 1;
}

// PDF text extraction leaves private-use bullet glyphs, form feeds and lines padded with a
// trailing space; any of them tells a text file was pulled out of a PDF.
bool looks_pdf_text(std::string_view text) {
  if (text.find('\f') != std::string_view::npos) return true;
  if (text.find("\xEF\x82") != std::string_view::npos) return true;  // U+F080..U+F0BF
  std::size_t lines = 0;
  std::size_t padded = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) {
      ++lines;
      if (text[end - 1] == ' ') ++padded;
    }
    start = end + 1;
  }
  return lines >= 10 && padded * 2 > lines;
}

}  // namespace

std::string detect_format(std::string_view bytes, std::string_view name) {
  const std::string extension = lower_extension(std::filesystem::path(name));
  if (extension == ".md" || extension == ".markdown") return std::string(kFormatMarkdown);
  const DecodedText decoded = decode_text(bytes.substr(0, std::min<std::size_t>(bytes.size(),
                                                                               256 * 1024)));
  if (looks_markdown(decoded.text)) return std::string(kFormatMarkdown);
  if (looks_pdf_text(decoded.text)) return "pdf-text";
  return std::string(kFormatText);
}

bool is_supported_file(const std::filesystem::path& path) {
  const std::string extension = lower_extension(path);
  return extension == ".txt" || extension == ".md" || extension == ".markdown" ||
         extension == ".text";
}

std::vector<ParsedDocument> read_bytes(std::string_view bytes, const std::string& source,
                                       const ReadOptions& options) {
  if (bytes.size() > options.max_bytes) {
    throw Error(ErrorKind::kInvalidArgument,
                source + ": file is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                    std::to_string(options.max_bytes) + "; split it or raise the limit");
  }
  if (std::all_of(bytes.begin(), bytes.end(),
                  [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; })) {
    throw Error(ErrorKind::kInvalidArgument, source + ": file is empty");
  }
  if (looks_binary(bytes)) {
    throw Error(ErrorKind::kInvalidArgument,
                source + ": not a text bulletin (binary content); supported formats are plain "
                         "text and Markdown");
  }
  ParsedDocument document;
  document.source = source;
  document.format = detect_format(bytes, source);
  document.content_hash = content_hash(bytes);
  DecodedText decoded = decode_text(bytes);
  document.warnings = std::move(decoded.warnings);
  document.blocks = blocks_from_text(decoded.text, document.format == kFormatMarkdown);
  if (document.blocks.empty()) {
    throw Error(ErrorKind::kInvalidArgument, source + ": no text found in the file");
  }
  std::vector<ParsedDocument> documents;
  documents.push_back(std::move(document));
  return documents;
}

std::vector<ParsedDocument> read_file(const std::filesystem::path& path,
                                      const ReadOptions& options) {
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  if (error) {
    throw Error(ErrorKind::kNotFound, path.string() + ": cannot read file (" + error.message() +
                                          ")");
  }
  if (size > options.max_bytes) {
    throw Error(ErrorKind::kInvalidArgument,
                path.string() + ": file is " + std::to_string(size) + " bytes, over the limit of " +
                    std::to_string(options.max_bytes) + "; split it or raise the limit");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(ErrorKind::kIo, path.string() + ": cannot open file; check its permissions");
  }
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  std::filesystem::path absolute = std::filesystem::weakly_canonical(path, error);
  if (error) absolute = std::filesystem::absolute(path);
  return read_bytes(bytes, absolute.string(), options);
}

}  // namespace hemeroteca
