#include "pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <memory>
#include <mutex>

#include "hemeroteca/schema/error.h"

namespace hemeroteca {
namespace {

constexpr std::size_t kMaxMessages = 5;

// Poppler reports through one process-wide callback; each thread points it at its own sink
// while it reads, so concurrent reads keep their messages apart and stderr stays quiet.
thread_local std::vector<std::string>* t_messages = nullptr;

void on_poppler_message(const std::string& message, void* /*closure*/) {
  if (t_messages && t_messages->size() < kMaxMessages) {
    t_messages->push_back("PDF: " + message);
  }
}

class MessageSink {
 public:
  explicit MessageSink(std::vector<std::string>* messages) {
    static std::once_flag installed;
    std::call_once(installed,
                   [] { poppler::set_debug_error_function(on_poppler_message, nullptr); });
    t_messages = messages;
  }
  ~MessageSink() { t_messages = nullptr; }
  MessageSink(const MessageSink&) = delete;
  MessageSink& operator=(const MessageSink&) = delete;
};

// A complete PDF ends with %%EOF within its last KiB (readers have tolerated that much trailing
// junk since Acrobat); without it the file was cut short, and poppler would silently rebuild
// what it can of the first pages.
bool ends_like_pdf(std::string_view bytes) {
  const std::size_t tail = std::min<std::size_t>(bytes.size(), 1024);
  return bytes.substr(bytes.size() - tail).find("%%EOF") != std::string_view::npos;
}

// The physical layout keeps vertical gaps as blank lines, which is how the cleaner tells
// paragraphs (and the title from the dateline) apart; reading order would run them together.
// Its horizontal padding (justified text, indents) is collapsed to single spaces.
std::string page_text(const poppler::page& page) {
  const poppler::byte_array utf8 =
      page.text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
  std::string text;
  text.reserve(utf8.size());
  for (char c : utf8) {
    if (c == ' ' && !text.empty() && text.back() == ' ') continue;
    text.push_back(c);
  }
  while (!text.empty() && (text.back() == '\f' || text.back() == '\n')) text.pop_back();
  return text;
}

}  // namespace

PdfText extract_pdf_text(std::string_view bytes, const std::string& source,
                         std::size_t max_text_bytes) {
  if (!ends_like_pdf(bytes)) {
    throw Error(ErrorKind::kCorrupt, source +
                                         ": the PDF is truncated (no %%EOF at its end); "
                                         "download or copy it again");
  }
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    throw Error(ErrorKind::kInvalidArgument, source + ": the PDF is too large to read");
  }
  PdfText result;
  MessageSink sink(&result.warnings);
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) {
    throw Error(ErrorKind::kCorrupt,
                source + ": the PDF is damaged and cannot be opened" +
                    (result.warnings.empty() ? "" : " (" + result.warnings.front() + ")") +
                    "; get an intact copy");
  }
  if (document->is_locked()) {
    throw Error(ErrorKind::kInvalidArgument,
                source +
                    ": the PDF is encrypted with a password; save a decrypted copy "
                    "(e.g. qpdf --decrypt --password=… in.pdf out.pdf) and import that");
  }
  result.pages = static_cast<std::size_t>(document->pages());
  bool any_text = false;
  for (int i = 0; i < document->pages(); ++i) {
    std::unique_ptr<poppler::page> page(document->create_page(i));
    if (!page) continue;
    if (i > 0) result.text.push_back('\f');
    const std::string text = page_text(*page);
    any_text = any_text || text.find_first_not_of(" \t\r\n\f") != std::string::npos;
    result.text += text;
    if (result.text.size() > max_text_bytes) {
      throw Error(ErrorKind::kInvalidArgument,
                  source + ": the PDF holds more than " + std::to_string(max_text_bytes) +
                      " bytes of text, more than any bulletin; split it or raise "
                      "ReadOptions::max_bulletin_bytes");
    }
  }
  if (!any_text) {
    throw Error(ErrorKind::kInvalidArgument,
                source +
                    ": the PDF has no text layer (scanned pages?); run OCR on it "
                    "(e.g. ocrmypdf) and import the result");
  }
  return result;
}

}  // namespace hemeroteca
