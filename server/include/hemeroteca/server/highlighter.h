// Highlighter: a short extract of a bulletin's text around the words a query matched.
//
// Matching uses the shared analyzer, so a folded or stemmed query term marks the original word
// ("organica" marks "Orgánica", "medicamento" marks "medicamentos"). The result is HTML: each
// matched word is wrapped in <mark>…</mark> and every other character is escaped, so text
// from a bulletin can never inject markup.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "hemeroteca/schema/analyzer.h"
#include "hemeroteca/schema/query_mapper.h"

namespace hemeroteca {

struct SnippetOptions {
  std::size_t max_bytes = 240;  // extract length before escaping, cut at word boundaries
};

std::string snippet(std::string_view text, const QueryTerms& terms, const Analyzer& analyzer,
                    const SnippetOptions& options = {});

// Escapes &, <, >, " and ' for HTML text and attribute values.
std::string html_escape(std::string_view text);

}  // namespace hemeroteca
