// Html: the one way web pages write markup, so that no user-supplied string reaches a page
// unescaped.
//
// Text and attribute values given to Html are always escaped (html_escape: & < > " ').
// Tag and attribute names are string_views meant for literals of our own code. Markup that is
// already safe enters only as TrustedHtml: the highlighter's snippets (escaped, with <mark>),
// another Html, or a literal of ours — never a string from a request or a record.
//
// Thread-safety: an Html is a plain value; use one per thread.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace hemeroteca {

// Markup known to be safe. Build it from our own literals or from escaped output only.
class TrustedHtml {
 public:
  explicit TrustedHtml(std::string markup) : markup_(std::move(markup)) {}
  const std::string& str() const { return markup_; }

 private:
  std::string markup_;
};

struct Attribute {
  std::string_view name;
  std::optional<std::string> value;  // escaped when written; nullopt writes the bare name
  bool present = true;               // false leaves the attribute out
};

// A boolean attribute ("checked", "selected", "hidden") written only when `on`.
inline Attribute flag(std::string_view name, bool on) { return {name, std::nullopt, on}; }

class Html {
 public:
  using Attributes = std::initializer_list<Attribute>;

  Html& open(std::string_view tag, Attributes attributes = {});
  Html& close(std::string_view tag);
  // A void element (<input>, <meta>, <link>) or, in SVG, a self-closed one.
  Html& empty(std::string_view tag, Attributes attributes = {});
  // open(tag, attributes), text(content), close(tag).
  Html& element(std::string_view tag, Attributes attributes, std::string_view content);
  Html& element(std::string_view tag, std::string_view content) {
    return element(tag, {}, content);
  }
  Html& text(std::string_view content);
  Html& trusted(const TrustedHtml& markup);
  Html& append(const Html& other);

  const std::string& str() const { return out_; }
  TrustedHtml take() { return TrustedHtml(std::move(out_)); }

 private:
  void write_attributes(Attributes attributes);
  std::string out_;
};

}  // namespace hemeroteca
