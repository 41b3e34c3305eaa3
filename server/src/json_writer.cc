#include "json_writer.h"

#include <unicode/utf8.h>

#include <charconv>
#include <cmath>

namespace hemeroteca {

void JsonWriter::before_value() {
  if (after_value_) out_.push_back(',');
}

JsonWriter& JsonWriter::open(char bracket) {
  before_value();
  out_.push_back(bracket);
  after_value_ = false;
  return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
  out_.push_back(bracket);
  after_value_ = true;
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  before_value();
  append_string(name);
  out_.push_back(':');
  after_value_ = false;  // its value follows without a comma
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
  before_value();
  append_string(text);
  after_value_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(const std::optional<std::string>& text) {
  return text ? value(std::string_view(*text)) : null();
}

JsonWriter& JsonWriter::value(const std::vector<std::string>& texts) {
  begin_array();
  for (const std::string& text : texts) value(std::string_view(text));
  return end_array();
}

JsonWriter& JsonWriter::value(bool flag) {
  before_value();
  out_ += flag ? "true" : "false";
  after_value_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(double number) {
  if (!std::isfinite(number)) return null();
  before_value();
  char buffer[32];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, number);
  const std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
  out_ += text;
  if (text.find_first_of(".e") == std::string_view::npos) out_ += ".0";
  after_value_ = true;
  return *this;
}

JsonWriter& JsonWriter::integer(std::int64_t number) {
  before_value();
  char buffer[24];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, number);
  out_.append(buffer, end);
  after_value_ = true;
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ += "null";
  after_value_ = true;
  return *this;
}

void JsonWriter::append_string(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out_.push_back('"');
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t copied = 0;  // bytes before this are in out_
  for (std::int32_t i = 0; i < length;) {
    const std::uint8_t byte = bytes[i];
    if (byte >= 0x20 && byte < 0x80 && byte != '"' && byte != '\\') {
      ++i;
      continue;
    }
    out_.append(text.data() + copied, static_cast<std::size_t>(i - copied));
    if (byte >= 0x80) {
      const std::int32_t start = i;
      UChar32 c;
      U8_NEXT(bytes, i, length, c);
      if (c < 0) {
        out_ += "\xEF\xBF\xBD";  // U+FFFD for what is not UTF-8
      } else {
        out_.append(text.data() + start, static_cast<std::size_t>(i - start));
      }
      copied = i;
      continue;
    }
    switch (byte) {
      case '"':
        out_ += "\\\"";
        break;
      case '\\':
        out_ += "\\\\";
        break;
      case '\b':
        out_ += "\\b";
        break;
      case '\f':
        out_ += "\\f";
        break;
      case '\n':
        out_ += "\\n";
        break;
      case '\r':
        out_ += "\\r";
        break;
      case '\t':
        out_ += "\\t";
        break;
      default:
        out_ += "\\u00";
        out_.push_back(kHex[byte >> 4]);
        out_.push_back(kHex[byte & 0xF]);
    }
    copied = ++i;
  }
  out_.append(text.data() + copied, static_cast<std::size_t>(length - copied));
  out_.push_back('"');
}

}  // namespace hemeroteca
