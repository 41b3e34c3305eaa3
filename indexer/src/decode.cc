#include "hemeroteca/indexer/decode.h"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <cstring>
#include <memory>
#include <optional>

namespace hemeroteca {
namespace {

struct Utf8Census {
  std::size_t valid_multibyte = 0;  // well-formed sequences of two bytes or more
  std::size_t invalid = 0;          // bytes that start no well-formed sequence
};

Utf8Census count_utf8(std::string_view bytes) {
  Utf8Census census;
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0)
      ++census.invalid;
    else if (i - start > 1)
      ++census.valid_multibyte;
  }
  return census;
}

std::string repair_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0)
      out += "\xEF\xBF\xBD";
    else
      out.append(
          bytes.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
  }
  return out;
}

std::string from_windows_1252(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open("windows-1252", &status),
                                                               &ucnv_close);
  if (U_FAILURE(status)) return repair_utf8(bytes);
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(),
                          status);
  if (U_FAILURE(status)) return repair_utf8(bytes);
  std::string out;
  text.toUTF8String(out);
  return out;
}

// ---- Mojibake: UTF-8 that a program once read as another encoding and wrote out as UTF-8
// again, so that each accented letter became two characters ("DiputaciÃ³n", read as
// Windows-1252) or a Chinese one ("Diputaci贸n", read as GBK). Encoding such a run of
// characters back to that encoding gives the original bytes, which are UTF-8 again.

// Whether `text` holds the marks of either misreading: "Ã", "Â" or "â" (Windows-1252), or a
// CJK ideograph (GBK). Every text is asked, so the bytes are searched with memchr (vectorised),
// not one by one; accented Spanish letters share the lead byte 0xC3 of the first three.
bool may_hold_mojibake(std::string_view text) {
  const char* const end = text.data() + text.size();
  for (const char* at = text.data();; ++at) {
    at = static_cast<const char*>(std::memchr(at, '\xC3', static_cast<std::size_t>(end - at)));
    if (at == nullptr) break;
    const auto next = at + 1 < end ? static_cast<unsigned char>(at[1]) : 0;
    if (next == 0x82 || next == 0x83 || next == 0xA2) return true;
  }
  for (int lead = 0xE4; lead <= 0xE9; ++lead) {  // U+4000..U+9FFF
    if (std::memchr(text.data(), lead, text.size()) != nullptr) return true;
  }
  return false;
}

// The Windows-1252 byte of `c`, if it has one; the C1 controls stand for the five bytes that
// encoding leaves undefined, as a Latin-1 reading gives them.
std::optional<char> windows_1252_byte(UChar32 c) {
  static const std::array<UChar32, 32> kHigh = [] {
    std::array<UChar32, 32> high{};
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open("windows-1252", &status);
    for (int byte = 0x80; byte < 0xA0; ++byte) {
      const char in = static_cast<char>(byte);
      UChar out[2] = {};
      status = U_ZERO_ERROR;
      const int32_t length = U_SUCCESS(status) && converter != nullptr
                                 ? ucnv_toUChars(converter, out, 2, &in, 1, &status)
                                 : 0;
      high[static_cast<std::size_t>(byte - 0x80)] =
          U_SUCCESS(status) && length == 1 && out[0] != 0xFFFD && out[0] != 0x1A ? out[0] : byte;
    }
    if (converter != nullptr) ucnv_close(converter);
    return high;
  }();
  if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) return static_cast<char>(c);
  for (std::size_t k = 0; k < kHigh.size(); ++k) {
    if (kHigh[k] == c) return static_cast<char>(0x80 + k);
  }
  if (c >= 0x80 && c < 0xA0) return static_cast<char>(c);
  return std::nullopt;
}

// The bytes of a run of non-ASCII characters in GBK, if every one has them.
std::optional<std::string> gbk_bytes(const icu::UnicodeString& run) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open("gbk", &status),
                                                               &ucnv_close);
  if (U_FAILURE(status)) return std::nullopt;
  ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
  std::string bytes(static_cast<std::size_t>(run.length()) * 4, '\0');
  const int32_t length =
      ucnv_fromUChars(converter.get(), bytes.data(), static_cast<int32_t>(bytes.size()),
                      run.getBuffer(), run.length(), &status);
  if (U_FAILURE(status)) return std::nullopt;
  bytes.resize(static_cast<std::size_t>(length));
  return bytes;
}

// Whether `bytes` are UTF-8 for a Spanish text's characters: letters and marks up to Latin
// Extended, and punctuation; no controls, nor ideographs (then the run was not mojibake).
bool is_plain_utf8(std::string_view bytes) {
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  bool non_ascii = false;
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0 || (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c < 0xA0)) return false;
    if (c > 0x24F && !(c >= 0x2000 && c <= 0x206F) && c != 0x20AC && c != 0x2122) return false;
    non_ascii = non_ascii || c >= 0x80;
  }
  return non_ascii;
}

// `text` with each run of mojibake restored, and how many runs were; nothing when no run was.
std::optional<std::string> without_mojibake(std::string_view text, std::size_t& repaired) {
  repaired = 0;
  if (!may_hold_mojibake(text)) return std::nullopt;
  const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::string out;
  out.reserve(text.size());
  for (int32_t i = 0; i < source.length();) {
    const UChar32 c = source.char32At(i);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      i += U16_LENGTH(c);
      continue;
    }
    int32_t end = i;
    while (end < source.length() && source.char32At(end) >= 0x80) {
      end += U16_LENGTH(source.char32At(end));
    }
    const icu::UnicodeString run(source, i, end - i);
    std::string as_read;
    run.toUTF8String(as_read);
    std::optional<std::string> original = std::string();
    for (int32_t k = 0; k < run.length() && original;) {
      const UChar32 r = run.char32At(k);
      if (const auto byte = windows_1252_byte(r)) {
        original->push_back(*byte);
      } else {
        original.reset();
      }
      k += U16_LENGTH(r);
    }
    if (!original || !is_plain_utf8(*original)) original = gbk_bytes(run);
    if (original && is_plain_utf8(*original) && original->size() < as_read.size()) {
      out += *original;
      ++repaired;
    } else {
      out += as_read;
    }
    i = end;
  }
  if (repaired == 0) return std::nullopt;
  return out;
}

std::string normalize_lines_and_nfc(std::string text) {
  std::string unix_lines;
  unix_lines.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      unix_lines.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      unix_lines.push_back(text[i]);
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return unix_lines;
  const icu::UnicodeString source = icu::UnicodeString::fromUTF8(unix_lines);
  if (nfc->isNormalized(source, status) && U_SUCCESS(status)) return unix_lines;
  status = U_ZERO_ERROR;
  const icu::UnicodeString normalized = nfc->normalize(source, status);
  if (U_FAILURE(status)) return unix_lines;
  std::string out;
  normalized.toUTF8String(out);
  return out;
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) { return count_utf8(bytes).invalid == 0; }

DecodedText decode_text(std::string_view bytes) {
  DecodedText decoded;
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (bytes.starts_with(kBom)) {
    bytes.remove_prefix(kBom.size());
    decoded.encoding = "utf-8-bom";
  }
  const Utf8Census census = count_utf8(bytes);
  if (census.invalid == 0) {
    if (decoded.encoding.empty()) decoded.encoding = "utf-8";
    std::size_t repaired = 0;
    std::optional<std::string> restored = without_mojibake(bytes, repaired);
    decoded.text = restored ? std::move(*restored) : std::string(bytes);
    if (repaired > 0) {
      decoded.warnings.push_back("restored " + std::to_string(repaired) +
                                 " run(s) of UTF-8 once misread as another encoding");
    }
  } else if (census.valid_multibyte > census.invalid) {
    // Mostly UTF-8 with a few broken bytes (a truncated or damaged file): keep it UTF-8.
    decoded.encoding = "utf-8-repaired";
    decoded.text = repair_utf8(bytes);
    decoded.warnings.push_back("replaced " + std::to_string(census.invalid) +
                               " invalid UTF-8 byte(s) with U+FFFD");
  } else {
    decoded.encoding = "windows-1252";
    decoded.text = from_windows_1252(bytes);
    decoded.warnings.push_back("converted from windows-1252");
  }
  decoded.text = normalize_lines_and_nfc(std::move(decoded.text));
  return decoded;
}

}  // namespace hemeroteca
