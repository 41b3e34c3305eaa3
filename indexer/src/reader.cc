#include "hemeroteca/indexer/reader.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>

#include "front_matter.h"
#include "hemeroteca/indexer/cleaner.h"
#include "hemeroteca/indexer/decode.h"
#include "hemeroteca/indexer/hash.h"
#include "hemeroteca/schema/error.h"
#include "html_reader.h"
#include "pdf_reader.h"
#include "xml_archive.h"

namespace hemeroteca {
namespace {

constexpr std::size_t kSniffBytes = 8 * 1024;

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string lower_extension(const std::filesystem::path& path) {
  return ascii_lower(path.extension().string());
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
  if (const auto front_matter = read_front_matter(text); front_matter && front_matter->title) {
    return true;
  }
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (line.starts_with("# ") || line.starts_with("## ") || line.starts_with("### ") ||
        line.starts_with("- **") || line.starts_with("**")) {
      return true;
    }
    start = end + 1;
  }
  return false;
}

// PDF text extraction leaves private-use bullet glyphs, form feeds, labelled page numbers and
// lines padded with a trailing space; any of them tells a text file was pulled out of a PDF.
bool looks_pdf_text(std::string_view text) {
  if (text.find('\f') != std::string_view::npos) return true;
  if (has_page_labels(text)) return true;
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

// How a file of markup starts: past the BOM, blank lines, prologs, PHP blocks, comments and
// the doctype, the first element's name (lower case).
struct MarkupStart {
  bool xml_prolog = false;
  bool html_doctype = false;
  std::string root;
};

MarkupStart sniff_markup(std::string_view bytes) {
  MarkupStart start;
  const std::string head = ascii_lower(bytes.substr(0, std::min(bytes.size(), kSniffBytes)));
  std::size_t i = head.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (true) {
    i = head.find_first_not_of(" \t\r\n", i);
    if (i == std::string::npos || head[i] != '<') return start;
    const std::string_view rest = std::string_view(head).substr(i);
    std::size_t end;
    std::size_t end_width = 1;
    if (rest.starts_with("<?")) {
      start.xml_prolog = start.xml_prolog || rest.starts_with("<?xml");
      end = head.find("?>", i);
      end_width = 2;
    } else if (rest.starts_with("<!--")) {
      end = head.find("-->", i);
      end_width = 3;
    } else if (rest.starts_with("<!doctype")) {
      end = head.find('>', i);
      start.html_doctype = rest.substr(0, end - i).find("html") != std::string_view::npos;
    } else {
      std::size_t n = 1;
      while (n < rest.size() && (std::isalnum(static_cast<unsigned char>(rest[n])) ||
                                 rest[n] == '-' || rest[n] == ':' || rest[n] == '_')) {
        ++n;
      }
      start.root = std::string(rest.substr(1, n - 1));
      return start;
    }
    if (end == std::string::npos) return start;
    i = end + end_width;
  }
}

bool is_html_element(std::string_view name) {
  for (std::string_view tag : {"html", "head", "body", "meta", "title", "div", "p", "table", "h1",
                               "h2", "h3", "ul", "section", "article", "center", "font", "b"}) {
    if (name == tag) return true;
  }
  return false;
}

// ---- Charsets declared by markup (an HTML <meta>, an XML prolog).

// The value of `key=` inside one tag, unquoted.
std::optional<std::string> declared_value(std::string_view tag, std::string_view key) {
  const std::size_t at = tag.find(key);
  if (at == std::string_view::npos) return std::nullopt;
  std::size_t i = tag.find_first_not_of(' ', at + key.size());
  if (i == std::string_view::npos || tag[i] != '=') return std::nullopt;
  i = tag.find_first_not_of(" \"'", i + 1);
  std::string value;
  while (i < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[i])) || tag[i] == '-' ||
                            tag[i] == '_' || tag[i] == '.' || tag[i] == ':')) {
    value.push_back(tag[i++]);
  }
  if (value.empty()) return std::nullopt;
  return value;
}

std::optional<std::string> declared_charset(std::string_view bytes) {
  const std::string head = ascii_lower(bytes.substr(0, std::min<std::size_t>(bytes.size(), 4096)));
  if (const std::size_t prolog = head.find("<?xml"); prolog != std::string::npos) {
    const std::size_t end = head.find("?>", prolog);
    if (auto value =
            declared_value(std::string_view(head).substr(prolog, end - prolog), "encoding")) {
      return value;
    }
  }
  for (std::size_t pos = head.find("<meta"); pos != std::string::npos;
       pos = head.find("<meta", pos + 5)) {
    const std::size_t end = head.find('>', pos);
    if (auto value = declared_value(std::string_view(head).substr(pos, end - pos), "charset")) {
      return value;
    }
  }
  return std::nullopt;
}

std::optional<std::string> convert_to_utf8(std::string_view bytes, const std::string& charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(charset.c_str(), &status),
                                                               &ucnv_close);
  if (U_FAILURE(status)) return std::nullopt;
  const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(),
                                status);
  if (U_FAILURE(status)) return std::nullopt;
  std::string out;
  text.toUTF8String(out);
  return out;
}

bool has_non_ascii(std::string_view bytes) {
  return std::any_of(bytes.begin(), bytes.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// The declared charset wins when ICU knows it and the bytes do not contradict it: bytes that
// are valid UTF-8 with non-ASCII characters are UTF-8 whatever a template's <meta> claims.
DecodedText decode_declared(std::string_view bytes, std::string charset) {
  if (charset == "utf-8" || charset == "utf8" || !has_non_ascii(bytes)) {
    DecodedText decoded = decode_text(bytes);
    if (decoded.encoding == "windows-1252") {
      decoded.warnings.push_back("declared " + charset + ", but the bytes are not UTF-8");
    }
    return decoded;
  }
  if (is_valid_utf8(bytes)) {
    DecodedText decoded = decode_text(bytes);
    decoded.warnings.push_back("declared " + charset + ", but the bytes are UTF-8; read as UTF-8");
    return decoded;
  }
  // Browsers read Latin-1 and ASCII labels as Windows-1252 (WHATWG Encoding), and pages
  // labelled so are full of its curly quotes.
  for (std::string_view alias :
       {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "cp1252"}) {
    if (charset == alias) charset = "windows-1252";
  }
  const std::optional<std::string> utf8 = convert_to_utf8(bytes, charset);
  DecodedText decoded = decode_text(utf8 ? *utf8 : bytes);
  if (!utf8) {
    decoded.warnings.push_back("unknown charset \"" + charset + "\" declared; read as " +
                               decoded.encoding);
    return decoded;
  }
  decoded.encoding = charset;
  decoded.warnings.push_back("converted from " + charset);
  return decoded;
}

DecodedText decode_markup(std::string_view bytes) {
  const std::optional<std::string> charset = declared_charset(bytes);
  return charset ? decode_declared(bytes, *charset) : decode_text(bytes);
}

// ---- Reading.

[[noreturn]] void refuse_size(const std::string& source, std::size_t size, std::size_t limit,
                              std::string_view advice) {
  throw Error(ErrorKind::kInvalidArgument, source + ": file is " + std::to_string(size) +
                                               " bytes, over the limit of " +
                                               std::to_string(limit) + "; " + std::string(advice));
}

// Blocks (and hints) of UTF-8 text in a bulletin format; `label` names it in messages.
ParsedDocument document_from_text(const std::string& text, std::string_view format,
                                  const std::string& label) {
  ParsedDocument document;
  document.format = std::string(format);
  if (format == kFormatHtml) {
    HtmlArticle article = read_html_article(text, label);
    document.blocks = std::move(article.blocks);
    document.title_hint = std::move(article.title);
    document.date_hint = std::move(article.date);
    document.warnings = std::move(article.warnings);
  } else if (format == kFormatPdfText) {
    document.blocks = blocks_from_pdf_text(text);
  } else if (format == kFormatMarkdown) {
    std::string_view markdown = text;
    if (std::optional<FrontMatter> front_matter = read_front_matter(markdown)) {
      document.title_hint = std::move(front_matter->title);
      document.date_hint = std::move(front_matter->date);
      markdown.remove_prefix(front_matter->end);
    }
    document.blocks = blocks_from_text(markdown, /*markdown=*/true);
  } else {
    document.blocks = blocks_from_text(text, /*markdown=*/false);
  }
  const bool marks_only =
      std::all_of(document.blocks.begin(), document.blocks.end(),
                  [](const Block& block) { return block.kind == BlockKind::kEndMark; });
  if (marks_only) {  // nothing, or nothing but "-o0o-"
    throw Error(ErrorKind::kInvalidArgument,
                label + ": no text found in the " + std::string(format) + "; nothing to index");
  }
  return document;
}

void prepend(std::vector<std::string>& warnings, std::vector<std::string> first) {
  warnings.insert(warnings.begin(), std::make_move_iterator(first.begin()),
                  std::make_move_iterator(first.end()));
}

std::vector<ParsedDocument> read_archive(std::string_view bytes, const std::string& source,
                                         const ReadOptions& options) {
  const DecodedText decoded = decode_markup(bytes);
  std::vector<ParsedDocument> documents;
  for (ArchiveEntry& entry : parse_archive(decoded.text, source)) {
    const std::string label = source + ":" + std::to_string(entry.line) + ": bulletin " +
                              std::to_string(documents.size() + 1);
    if (entry.text.size() > options.max_bulletin_bytes) {
      refuse_size(label, entry.text.size(), options.max_bulletin_bytes,
                  "no bulletin is that long; check the archive");
    }
    std::string format = entry.format.empty() ? detect_format(entry.text, "") : entry.format;
    if (format == kFormatPdf || format == kFormatXml) format = kFormatText;  // text, not a file
    ParsedDocument document = document_from_text(entry.text, format, label);
    document.source = std::move(entry.source);
    document.format = std::string(kFormatXml);
    document.content_hash = content_hash(entry.text);
    document.metadata = std::move(entry.metadata);
    prepend(document.warnings, std::move(entry.warnings));
    prepend(document.warnings, decoded.warnings);
    documents.push_back(std::move(document));
  }
  return documents;
}

ParsedDocument read_pdf(std::string_view bytes, const std::string& source,
                        const ReadOptions& options) {
  PdfText pdf = extract_pdf_text(bytes, source, options.max_bulletin_bytes);
  DecodedText decoded = decode_text(pdf.text);
  ParsedDocument document = document_from_text(decoded.text, kFormatPdfText, source);
  document.format = std::string(kFormatPdf);
  prepend(document.warnings, std::move(decoded.warnings));
  prepend(document.warnings, std::move(pdf.warnings));
  return document;
}

}  // namespace

std::string detect_format(std::string_view bytes, std::string_view name) {
  const std::string extension = lower_extension(std::filesystem::path(name));
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) {
    return std::string(kFormatPdf);
  }
  const MarkupStart markup = sniff_markup(bytes);
  if (markup.root == "hemeroteca-archive") return std::string(kFormatXml);
  const bool html_name = extension == ".html" || extension == ".htm";
  if (markup.html_doctype || is_html_element(markup.root) || (html_name && !markup.root.empty())) {
    return std::string(kFormatHtml);
  }
  if (markup.xml_prolog) return std::string(kFormatXml);
  if (extension == ".md" || extension == ".markdown") return std::string(kFormatMarkdown);
  const DecodedText decoded =
      decode_text(bytes.substr(0, std::min<std::size_t>(bytes.size(), 256 * 1024)));
  if (looks_markdown(decoded.text)) return std::string(kFormatMarkdown);
  if (looks_pdf_text(decoded.text)) return std::string(kFormatPdfText);
  return std::string(kFormatText);
}

bool is_supported_file(const std::filesystem::path& path) {
  const std::string extension = lower_extension(path);
  for (std::string_view known :
       {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".xml"}) {
    if (extension == known) return true;
  }
  return false;
}

std::vector<ParsedDocument> read_bytes(std::string_view bytes, const std::string& source,
                                       const ReadOptions& options) {
  if (bytes.size() > options.max_bytes) {
    refuse_size(source, bytes.size(), options.max_bytes, "split it or raise the limit");
  }
  const std::string_view content = bytes.starts_with("\xEF\xBB\xBF") ? bytes.substr(3) : bytes;
  if (std::all_of(content.begin(), content.end(),
                  [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; })) {
    throw Error(ErrorKind::kInvalidArgument, source + ": file is empty");
  }
  const std::string format = detect_format(bytes, source);
  std::vector<ParsedDocument> documents;
  if (format == kFormatPdf) {
    documents.push_back(read_pdf(bytes, source, options));
  } else if (looks_binary(bytes)) {
    throw Error(ErrorKind::kInvalidArgument,
                source +
                    ": not a bulletin (binary content); supported formats are text, "
                    "Markdown, HTML, PDF and XML archives, and text must be UTF-8 or "
                    "Windows-1252, not UTF-16");
  } else if (format == kFormatXml) {
    documents = read_archive(bytes, source, options);
  } else {
    if (bytes.size() > options.max_bulletin_bytes) {
      refuse_size(source, bytes.size(), options.max_bulletin_bytes,
                  "no single bulletin is that long; put many bulletins in an XML archive "
                  "(docs/archive-format.md) or raise ReadOptions::max_bulletin_bytes");
    }
    DecodedText decoded = format == kFormatHtml ? decode_markup(bytes) : decode_text(bytes);
    ParsedDocument document = document_from_text(decoded.text, format, source);
    prepend(document.warnings, std::move(decoded.warnings));
    documents.push_back(std::move(document));
  }
  for (ParsedDocument& document : documents) {
    if (document.source.empty()) document.source = source;
    if (document.content_hash.empty()) document.content_hash = content_hash(bytes);
  }
  return documents;
}

std::vector<ParsedDocument> read_file(const std::filesystem::path& path,
                                      const ReadOptions& options) {
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  if (error) {
    throw Error(ErrorKind::kNotFound,
                path.string() + ": cannot read file (" + error.message() + ")");
  }
  if (size > options.max_bytes) {
    refuse_size(path.string(), size, options.max_bytes, "split it or raise the limit");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(ErrorKind::kIo, path.string() + ": cannot open file; check its permissions");
  }
  std::string bytes(static_cast<std::size_t>(size), '\0');
  if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) {
    throw Error(ErrorKind::kIo, path.string() + ": reading the file failed; check the disk");
  }
  std::filesystem::path absolute = std::filesystem::weakly_canonical(path, error);
  if (error) absolute = std::filesystem::absolute(path);
  return read_bytes(bytes, absolute.string(), options);
}

}  // namespace hemeroteca
