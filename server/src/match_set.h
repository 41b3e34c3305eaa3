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
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "hemeroteca/server/facet_index.h"

namespace hemeroteca {

class MatchSetCache;

class MatchSet {
 public:
  // The documents of `database` that `query` matches. With a cache, the sets of subqueries
  // that need positions are taken from it or left in it.
  static MatchSet of(const Xapian::Database& database, const Xapian::Query& query,
                     MatchSetCache* cache = nullptr);

  // Calls visit(docid) for each document of the set, in ascending order.
  template <typename Visit>
  void for_each(Visit&& visit) const {
    for (std::size_t w = 0; w < words_.size(); ++w) {
      for (std::uint64_t word = words_[w]; word != 0; word &= word - 1) {
        visit(
            static_cast<Xapian::docid>(w * 64 + static_cast<std::size_t>(std::countr_zero(word))));
      }
    }
  }

  std::size_t size() const;

  // The set as a bitmap: bit d % 64 of words()[d / 64] is document d.
  const std::vector<std::uint64_t>& words() const { return words_; }

  // The first member not below `docid`, or 0 when there is none.
  Xapian::docid first_from(Xapian::docid docid) const;

  // The set of a phrase or NEAR query, found by the matcher or taken from `cache` (may be
  // null); sets found are left in the cache.
  static std::shared_ptr<const MatchSet> positional(const Xapian::Database& database,
                                                    const Xapian::Query& query,
                                                    Xapian::docid last_docid, MatchSetCache* cache);

 private:
  explicit MatchSet(Xapian::docid last_docid) : words_(last_docid / 64 + 1, 0) {}

  static MatchSet evaluate(const Xapian::Database& database, const Xapian::Query& query,
                           Xapian::docid last_docid, MatchSetCache* cache);

  void add(Xapian::docid docid) { words_[docid / 64] |= std::uint64_t{1} << (docid % 64); }

  std::vector<std::uint64_t> words_;
};

// A thread-safe cache of immutable values shared by searches, the most recently added kept.
template <typename Value>
class SharedCache {
 public:
  explicit SharedCache(std::size_t capacity) : capacity_(capacity) {}

  std::shared_ptr<const Value> find(const std::string& key) {
    std::lock_guard lock(mutex_);
    auto it = values_.find(key);
    return it == values_.end() ? nullptr : it->second;
  }

  // Keeps `value` under `key`, in place of what the key held.
  void remember(const std::string& key, std::shared_ptr<const Value> value) {
    if (capacity_ == 0) return;
    std::lock_guard lock(mutex_);
    auto [it, added] = values_.insert_or_assign(key, std::move(value));
    if (!added) return;
    order_.push_back(key);
    if (order_.size() > capacity_) {
      values_.erase(order_.front());
      order_.pop_front();
    }
  }

 private:
  std::size_t capacity_;
  std::mutex mutex_;
  std::unordered_map<std::string, std::shared_ptr<const Value>> values_;
  std::deque<std::string> order_;
};

// The sets of positional subqueries (phrases, NEAR) of one database revision: a phrase of
// common words ("seguro social") checks the positions of most of the archive, which costs a
// hundred times a posting-list walk, so it is done once per revision and phrase, not once per
// search.
class MatchSetCache : public SharedCache<MatchSet> {
 public:
  using SharedCache::SharedCache;
};

// What one text query matches at one database revision, shared by the searches that differ
// only in filters, page or order — a reader narrowing a search by state, then by year, then
// paging through it: the match set (the facet counts start from it) and, from the second
// search on, the query's best hits before any filter or collapsing, from which a relevance
// page is cut without asking the matcher again (run_search_pass()).
struct QueryMatches {
  std::shared_ptr<const MatchSet> set;
  // Best first, in the matcher's order (weight, then bulletin id), at most a fixed number
  // (every match when fewer); none until the query is searched a second time.
  std::optional<std::vector<PageHit>> ranked;
};

class QueryMatchesCache : public SharedCache<QueryMatches> {
 public:
  using SharedCache::SharedCache;
};

// `query` for the matcher's top-k, its phrases and NEARs replaced by the AND of their parts
// filtered by their cached sets: the same documents with the same weights (Xapian weighs a
// phrase as the AND of its parts), without checking positions again. Only the path from the
// root through AND, OR, AND_NOT, XOR, FILTER, SYNONYM, MAX and AND_MAYBE is rewritten; a phrase
// under another operator, or on a database of several shards, is left to the matcher.
Xapian::Query with_positions_checked(const Xapian::Query& query, const Xapian::Database& database,
                                     MatchSetCache& cache);

// The query's terms that index each document of `docids` (what Enquire::get_matching_terms
// gives, for highlighting), keyed by document. On local shards each term's posting list is
// stepped through the documents in order instead of reading each document's whole term list
// (hundreds of terms per bulletin); a remote shard would send whole posting lists, so with
// `remote` each document's term list is asked for, as the matcher does.
std::unordered_map<Xapian::docid, std::vector<std::string>> matching_terms(
    const Xapian::Database& database, bool remote, const Xapian::Query& query,
    std::vector<Xapian::docid> docids);

}  // namespace hemeroteca
