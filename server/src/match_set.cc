#include "match_set.h"

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

}  // namespace

MatchSet MatchSet::of(const Xapian::Database& database, const Xapian::Query& query) {
  return evaluate(database, query, database.get_lastdocid());
}

std::size_t MatchSet::size() const {
  std::size_t count = 0;
  for (std::uint64_t word : words_) count += static_cast<std::size_t>(std::popcount(word));
  return count;
}

MatchSet MatchSet::evaluate(const Xapian::Database& database, const Xapian::Query& query,
                            Xapian::docid last_docid) {
  MatchSet set(last_docid);
  const auto children = query.get_num_subqueries();
  // Folds the children into `set` with `combine`, starting from the first child.
  auto fold = [&](auto combine) {
    if (children == 0) return;
    set = evaluate(database, query.get_subquery(0), last_docid);
    for (std::size_t i = 1; i < children; ++i) {
      const MatchSet other = evaluate(database, query.get_subquery(i), last_docid);
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
      return children ? evaluate(database, query.get_subquery(0), last_docid) : set;
    default: {
      // Phrases, NEAR, wildcards, value ranges, elite sets, posting sources: the matcher.
      std::vector<Xapian::docid> docids;
      Collector collector(docids);
      Xapian::Enquire enquire(database);
      enquire.set_query(query);
      enquire.set_weighting_scheme(Xapian::BoolWeight());
      enquire.set_docid_order(Xapian::Enquire::ASCENDING);
      enquire.add_matchspy(&collector);
      // Checking every document is what makes the spy see every match.
      enquire.get_mset(0, 1, database.get_doccount());
      for (Xapian::docid docid : docids) set.add(docid);
      return set;
    }
  }
}

}  // namespace hemeroteca
