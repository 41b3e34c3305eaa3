// Front matter: the metadata block static-site generators (Jekyll, Hugo, Eleventy…) put at the
// top of a Markdown file, for reader.cc (private to the indexer).
//
//   ---                                   +++
//   layout: blog                          title = "Refuerza vigilancia"
//   title:  "Inauguración de espacios"    date = 2022-02-15T10:00:00-08:00
//   date:   2020-12-30                    +++
//   ---
//
// YAML (between "---" lines), TOML (between "+++" lines), and the "Key: value" lines Pelican
// and MultiMarkdown read up to the first blank line when the first of them is the title
// ("Title: Se reúnen…", "Date: 2019-05-02 19:43"). Archives of bulletins kept as
// a web site's sources come this way: the title lives only there, and without reading the
// block its keys would become the bulletin's first paragraph. Only the keys a bulletin needs
// are read (title, date, and their Spanish names), on their line or, in YAML, on the indented
// lines below ("title: >-"); lists and nested keys are skipped, not parsed. Lines that are no
// "key: value" (or, undelimited, keys no metadata has: "Lugar:") mean a document that opens
// with a rule or a label, which is read whole.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace hemeroteca {

struct FrontMatter {
  std::optional<std::string> title;  // unquoted, trimmed
  std::optional<std::string> date;   // verbatim: "2020-12-30", "2022-02-15T10:00:00-08:00"
  std::size_t end = 0;  // offset just past the closing delimiter's line: where the text begins
};

// The front matter that opens `text`, or nothing when the text does not open with "---" or
// "+++" on a line of its own, or no closing line comes within the first 100 lines, or (for
// the undelimited kind) its first line is not "Title:" or a line before the blank one is no
// "Key: value".
std::optional<FrontMatter> read_front_matter(std::string_view text);

}  // namespace hemeroteca
