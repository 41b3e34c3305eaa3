#include "match_set.h"

#include <algorithm>

namespace hemeroteca {
namespace {

// Collects the documents the matcher accepts.
class Collector : public Xapian::MatchSpy {
 public:
  explicit Collector(std::vector<Xapian::docid>& docids) : docids_(docids) {}
  void operator()(const Xapian::Document& document, double) override {
    docids_.push_back(document.get_docid());
  }

 private:
  std::vector<Xapian::docid>& docids_;
};

// A MatchSet as a boolean posting source (no weight), to filter a query by it.
class MatchSetSource : public Xapian::PostingSource {
 public:
  explicit MatchSetSource(std::shared_ptr<const MatchSet> set)
      : set_(std::move(set)), count_(static_cast<Xapian::doccount>(set_->size())) {}

  Xapian::doccount get_termfreq_min() const override { return count_; }
  Xapian::doccount get_termfreq_est() const override { return count_; }
  Xapian::doccount get_termfreq_max() const override { return count_; }
  Xapian::docid get_docid() const override { return current_; }
  bool at_end() const override { return ended_; }
  void init(const Xapian::Database&) override {
    current_ = 0;
    ended_ = false;
  }
  void next(double) override { move_to(current_ + 1); }
  void skip_to(Xapian::docid docid, double) override {
    if (!ended_ && docid > current_) move_to(docid);
  }
  PostingSource* clone() const override { return new MatchSetSource(set_); }
  std::string get_description() const override {
    return "MatchSetSource(" + std::to_string(count_) + " documents)";
  }

 private:
  void move_to(Xapian::docid docid) {
    current_ = set_->first_from(docid);
    ended_ = current_ == 0;
  }

  std::shared_ptr<const MatchSet> set_;
  Xapian::doccount count_;
  Xapian::docid current_ = 0;
  bool ended_ = false;
};

bool is_positional(const Xapian::Query& query) {
  return query.get_type() == Xapian::Query::OP_PHRASE || query.get_type() == Xapian::Query::OP_NEAR;
}

// The matcher's set of `query`, every match seen.
std::vector<Xapian::docid> matched(const Xapian::Database& database, const Xapian::Query& query) {
  std::vector<Xapian::docid> docids;
  Collector collector(docids);
  Xapian::Enquire enquire(database);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  enquire.add_matchspy(&collector);
  // Checking every document is what makes the spy see every match.
  enquire.get_mset(0, 1, database.get_doccount());
  return docids;
}

Xapian::Query rewrite(const Xapian::Query& query, const Xapian::Database& database,
                      MatchSetCache& cache);

}  // namespace

MatchSet MatchSet::of(const Xapian::Database& database, const Xapian::Query& query,
                      MatchSetCache* cache) {
  if (database.size() != 1) cache = nullptr;  // one revision per shard: keys would not hold
  return evaluate(database, query, database.get_lastdocid(), cache);
}

Xapian::docid MatchSet::first_from(Xapian::docid docid) const {
  std::size_t w = docid / 64;
  if (w >= words_.size()) return 0;
  std::uint64_t word = words_[w] & (~std::uint64_t{0} << (docid % 64));
  while (word == 0) {
    if (++w == words_.size()) return 0;
    word = words_[w];
  }
  return static_cast<Xapian::docid>(w * 64 + static_cast<std::size_t>(std::countr_zero(word)));
}

std::shared_ptr<const MatchSet> MatchSet::positional(const Xapian::Database& database,
                                                     const Xapian::Query& query,
                                                     Xapian::docid last_docid,
                                                     MatchSetCache* cache) {
  std::string key;
  if (cache) {
    key = database.get_uuid() + "|" + std::to_string(database.get_revision()) + "|" +
          query.serialise();
    if (auto known = cache->find(key)) return known;
  }
  auto set = std::shared_ptr<MatchSet>(new MatchSet(last_docid));
  for (Xapian::docid docid : matched(database, query)) set->add(docid);
  if (cache) cache->remember(key, set);
  return set;
}

Xapian::Query with_positions_checked(const Xapian::Query& query, const Xapian::Database& database,
                                     MatchSetCache& cache) {
  if (database.size() != 1) return query;  // a posting source sees each shard's own ids
  return rewrite(query, database, cache);
}

namespace {

Xapian::Query rewrite(const Xapian::Query& query, const Xapian::Database& database,
                      MatchSetCache& cache) {
  const std::size_t children = query.get_num_subqueries();
  std::vector<Xapian::Query> parts;
  switch (query.get_type()) {
    case Xapian::Query::OP_PHRASE:
    case Xapian::Query::OP_NEAR: {
      for (std::size_t i = 0; i < children; ++i) parts.push_back(query.get_subquery(i));
      const Xapian::Query all_parts(Xapian::Query::OP_AND, parts.begin(), parts.end());
      auto* source = new MatchSetSource(
          MatchSet::positional(database, query, database.get_lastdocid(), &cache));
      return Xapian::Query(Xapian::Query::OP_FILTER, all_parts, Xapian::Query(source->release()));
    }
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_MAX:
    case Xapian::Query::OP_AND_MAYBE:
      for (std::size_t i = 0; i < children; ++i) {
        parts.push_back(rewrite(query.get_subquery(i), database, cache));
      }
      return Xapian::Query(query.get_type(), parts.begin(), parts.end());
    default:  // leaves, and operators whose parameters a rebuilt query would lose
      return query;
  }
}

}  // namespace

std::size_t MatchSet::size() const {
  std::size_t count = 0;
  for (std::uint64_t word : words_) count += static_cast<std::size_t>(std::popcount(word));
  return count;
}

MatchSet MatchSet::evaluate(const Xapian::Database& database, const Xapian::Query& query,
                            Xapian::docid last_docid, MatchSetCache* cache) {
  MatchSet set(last_docid);
  const auto children = query.get_num_subqueries();
  // Folds the children into `set` with `combine`, starting from the first child.
  auto fold = [&](auto combine) {
    if (children == 0) return;
    set = evaluate(database, query.get_subquery(0), last_docid, cache);
    for (std::size_t i = 1; i < children; ++i) {
      const MatchSet other = evaluate(database, query.get_subquery(i), last_docid, cache);
      for (std::size_t w = 0; w < set.words_.size(); ++w) {
        set.words_[w] = combine(set.words_[w], other.words_[w]);
      }
    }
  };
  switch (query.get_type()) {
    case Xapian::Query::LEAF_TERM: {
      const std::string term = *query.get_terms_begin();
      for (auto it = database.postlist_begin(term); it != database.postlist_end(term); ++it) {
        set.add(*it);
      }
      return set;
    }
    case Xapian::Query::LEAF_MATCH_ALL:
      for (auto it = database.postlist_begin(""); it != database.postlist_end(""); ++it) {
        set.add(*it);
      }
      return set;
    case Xapian::Query::LEAF_MATCH_NOTHING:
      return set;
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:
      fold([](std::uint64_t a, std::uint64_t b) { return a & b; });
      return set;
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
      fold([](std::uint64_t a, std::uint64_t b) { return a | b; });
      return set;
    case Xapian::Query::OP_AND_NOT:
      fold([](std::uint64_t a, std::uint64_t b) { return a & ~b; });
      return set;
    case Xapian::Query::OP_XOR:
      fold([](std::uint64_t a, std::uint64_t b) { return a ^ b; });
      return set;
    case Xapian::Query::OP_AND_MAYBE:  // the optional part only changes weights
    case Xapian::Query::OP_SCALE_WEIGHT:
      return children ? evaluate(database, query.get_subquery(0), last_docid, cache) : set;
    default:
      // Phrases and NEAR (remembered per revision), wildcards, value ranges, elite sets,
      // posting sources: the matcher.
      if (is_positional(query)) return *positional(database, query, last_docid, cache);
      for (Xapian::docid docid : matched(database, query)) set.add(docid);
      return set;
  }
}

std::unordered_map<Xapian::docid, std::vector<std::string>> matching_terms(
    const Xapian::Database& database, bool remote, const Xapian::Query& query,
    std::vector<Xapian::docid> docids) {
  std::unordered_map<Xapian::docid, std::vector<std::string>> matched;
  if (remote) {
    Xapian::Enquire enquire(database);
    enquire.set_query(query);
    for (Xapian::docid docid : docids) {
      matched[docid].assign(enquire.get_matching_terms_begin(docid),
                            enquire.get_matching_terms_end(docid));
    }
    return matched;
  }
  std::sort(docids.begin(), docids.end());
  for (auto term = query.get_unique_terms_begin(); term != query.get_unique_terms_end(); ++term) {
    Xapian::PostingIterator posting = database.postlist_begin(*term);
    const Xapian::PostingIterator end = database.postlist_end(*term);
    for (Xapian::docid docid : docids) {
      if (posting == end) break;  // also a term no document has
      posting.skip_to(docid);
      if (posting == end) break;
      if (*posting == docid) matched[docid].push_back(*term);
    }
  }
  return matched;
}

}  // namespace hemeroteca
