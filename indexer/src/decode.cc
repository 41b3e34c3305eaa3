#include "hemeroteca/indexer/decode.h"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>

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
    decoded.text = std::string(bytes);
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
