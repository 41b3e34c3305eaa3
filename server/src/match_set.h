// MatchSet: every document a query matches, as a bitmap over document ids.
//
// Facet counts need the whole match set, not the top ten. Xapian's matcher finds it by
// weighting and checking candidates one at a time, which for a query matching most of the
// archive costs a hundred times a walk of the posting lists. So the boolean skeleton of the
// query — terms, AND, OR, AND_NOT, XOR, FILTER, SYNONYM, MAX, AND_MAYBE, scaled weights —
// is evaluated here straight from posting lists into bitmaps; what needs positions or values
// (phrases, NEAR, wildcards, value ranges, posting sources) is matched by Xapian's matcher
// and folded in. The set is exactly the one Xapian would match.
#pragma once

#include <xapian.h>

#include <bit>
#include <cstdint>
#include <vector>

namespace hemeroteca {

class MatchSet {
 public:
  // The documents of `database` that `query` matches.
  static MatchSet of(const Xapian::Database& database, const Xapian::Query& query);

  // Calls visit(docid) for each document of the set, in ascending order.
  template <typename Visit>
  void for_each(Visit&& visit) const {
    for (std::size_t w = 0; w < words_.size(); ++w) {
      for (std::uint64_t word = words_[w]; word != 0; word &= word - 1) {
        visit(static_cast<Xapian::docid>(w * 64 + static_cast<std::size_t>(std::countr_zero(word))));
      }
    }
  }

  std::size_t size() const;

 private:
  explicit MatchSet(Xapian::docid last_docid) : words_(last_docid / 64 + 1, 0) {}

  static MatchSet evaluate(const Xapian::Database& database, const Xapian::Query& query,
                           Xapian::docid last_docid);
  void add(Xapian::docid docid) { words_[docid / 64] |= std::uint64_t{1} << (docid % 64); }

  std::vector<std::uint64_t> words_;
};

}  // namespace hemeroteca
