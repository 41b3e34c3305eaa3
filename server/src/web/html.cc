#include "web/html.h"

#include "hemeroteca/server/highlighter.h"

namespace hemeroteca {

Html& Html::open(std::string_view tag, Attributes attributes) {
  out_ += '<';
  out_ += tag;
  write_attributes(attributes);
  out_ += '>';
  return *this;
}

Html& Html::close(std::string_view tag) {
  out_ += "</";
  out_ += tag;
  out_ += '>';
  return *this;
}

Html& Html::empty(std::string_view tag, Attributes attributes) {
  out_ += '<';
  out_ += tag;
  write_attributes(attributes);
  // In HTML the slash is ignored; inside inline SVG it closes the element.
  out_ += "/>";
  return *this;
}

Html& Html::element(std::string_view tag, Attributes attributes, std::string_view content) {
  return open(tag, attributes).text(content).close(tag);
}

Html& Html::text(std::string_view content) {
  out_ += html_escape(content);
  return *this;
}

Html& Html::trusted(const TrustedHtml& markup) {
  out_ += markup.str();
  return *this;
}

Html& Html::append(const Html& other) {
  out_ += other.out_;
  return *this;
}

void Html::write_attributes(Attributes attributes) {
  for (const Attribute& attribute : attributes) {
    if (!attribute.present) continue;
    out_ += ' ';
    out_ += attribute.name;
    if (attribute.value) {
      out_ += "=\"";
      out_ += html_escape(*attribute.value);
      out_ += '"';
    }
  }
}

}  // namespace hemeroteca
