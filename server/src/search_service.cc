#include "hemeroteca/server/search_service.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "database_pool.h"
#include "hemeroteca/schema/analyzer.h"
#include "hemeroteca/schema/document_mapper.h"
#include "hemeroteca/schema/error.h"
#include "hemeroteca/schema/query_dates.h"
#include "hemeroteca/schema/query_mapper.h"
#include "hemeroteca/server/highlighter.h"
#include "match_set.h"

namespace hemeroteca {
namespace {

// A "did you mean" is looked for when a search finds fewer bulletins than this, for the
// query's words found in fewer bulletins than this (the others alone would find more).
constexpr Xapian::doccount kSuggestBelow = 3;
// A "did you mean" for a query that finds something must find this many times more; one for a
// query that finds nothing, anything. "vacunas" (1) is no misspelling of "lagunas" (4).
constexpr Xapian::doccount kSuggestedFindsMoreTimes = 10;

// Bulletins `text` finds alone, without filters, exactly up to `up_to`.
Xapian::doccount bulletins_found(Xapian::Database& database, const QueryMapper& mapper,
                                 const std::string& text, Xapian::doccount up_to) {
  Xapian::Enquire enquire(database);
  enquire.set_query(mapper.parse(text));
  return enquire.get_mset(0, 0, up_to).get_matches_lower_bound();
}

// The correction of `query` worth offering: it finds more bulletins than `query` itself does,
// by kSuggestedFindsMoreTimes when `query` finds any ("San Luis Potosí" found a bulletin, and
// was offered "estan pais potosi", which finds none). Empty when there is none.
std::string worthwhile_suggestion(Xapian::Database& database, const QueryMapper& mapper,
                                  const std::string& query, const std::string& suggestion) {
  if (suggestion.empty()) return {};
  const Xapian::doccount found = bulletins_found(database, mapper, query, kSuggestBelow);
  const Xapian::doccount wanted = found == 0 ? 1 : found * kSuggestedFindsMoreTimes;
  try {
    return bulletins_found(database, mapper, suggestion, wanted) >= wanted ? suggestion : "";
  } catch (const Error&) {
    return {};  // a correction that no longer parses is no help
  }
}
constexpr std::size_t kMaxOtherSources = 20;

std::uint32_t compact(const std::string& iso) {
  return static_cast<std::uint32_t>(
      std::stoul(iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2)));
}

std::vector<std::string> slugs(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& value : values) {
    std::string s = slug(value);
    if (!s.empty()) out.push_back(std::move(s));
  }
  return out;
}

void check_request(const SearchRequest& request) {
  if (request.page < 1 || request.page > kMaxPage) {
    throw Error(ErrorKind::kInvalidArgument,
                "page must be between 1 and " + std::to_string(kMaxPage));
  }
  if (request.per_page < 1 || request.per_page > kMaxPerPage) {
    throw Error(ErrorKind::kInvalidArgument,
                "per_page must be between 1 and " + std::to_string(kMaxPerPage));
  }
  for (const auto* date : {&request.date_from, &request.date_to}) {
    if (*date && !is_iso_date(**date)) {
      throw Error(ErrorKind::kInvalidArgument,
                  "dates must be ISO YYYY-MM-DD, not \"" + **date + "\"");
    }
  }
  for (const std::string& year : request.years) {
    const bool four_digits = year.size() == 4 && std::all_of(year.begin(), year.end(), ::isdigit);
    if (!four_digits && slug(year) != kUndatedYear) {
      throw Error(ErrorKind::kInvalidArgument,
                  "year must be four digits or \"sin-fecha\", not \"" + year + "\"");
    }
  }
}

// The tighter of two optional bounds.
std::optional<std::string> later(const std::optional<std::string>& a,
                                 const std::optional<std::string>& b) {
  if (!a) return b;
  if (!b) return a;
  return std::max(*a, *b);
}
std::optional<std::string> earlier(const std::optional<std::string>& a,
                                   const std::optional<std::string>& b) {
  if (!a) return b;
  if (!b) return a;
  return std::min(*a, *b);
}

std::string selection_key(const FacetSelection& selection) {
  std::string key;
  for (const auto& values : selection.values) {
    for (const std::string& value : values) key += value + ',';
    key += '|';
  }
  key += std::to_string(selection.date_from.value_or(0)) + "|" +
         std::to_string(selection.date_to.value_or(0)) + "|" +
         (selection.require_figures ? "f" : "");
  return key;
}

// The request's filters as one boolean query, for the matcher to skip along; nothing when
// there is none. The same selection as the FacetSelection the columns check.
std::optional<Xapian::Query> page_filter(const QueryMapper& mapper, const SearchRequest& request,
                                         const AppliedFilters& applied) {
  std::vector<Xapian::Query> filters;
  auto add = [&](std::string_view field_name, const std::vector<std::string>& values) {
    if (!values.empty()) filters.push_back(mapper.keyword_filter(field_name, values));
  };
  add(field::kOfficial, request.officials);
  add(field::kOrganization, request.organizations);
  add(field::kState, request.states);
  add(field::kTopic, request.topics);
  add(field::kYear, request.years);
  if (request.has_figures) add(field::kHasFigures, {"1"});
  if (applied.date_from || applied.date_to) {
    filters.push_back(mapper.date_filter(applied.date_from, applied.date_to));
  }
  if (filters.empty()) return std::nullopt;
  return Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end());
}

}  // namespace

namespace {

PageOrder page_order(SortOrder order) {
  switch (order) {
    case SortOrder::kRelevance:
      return PageOrder::kRelevance;
    case SortOrder::kDateDesc:
      return PageOrder::kDateDesc;
    case SortOrder::kDateAsc:
      return PageOrder::kDateAsc;
  }
  return PageOrder::kRelevance;
}

// The page's results as shown: summaries, snippets of the matched words (only with `snippets`;
// words beginning with a wildcard's `prefixes` are marked too) and, for a collapsed hit, the
// other members of its duplicate group.
std::vector<SearchHit> results_of(const Schema& schema, const OpenIndex& index,
                                  const FacetSnapshot& snapshot, const QueryMapper& mapper,
                                  const Xapian::Query& text_query,
                                  const std::vector<std::string>& prefixes,
                                  const std::vector<PageHit>& page, bool snippets) {
  const Xapian::Database& database = *index.database;
  std::vector<SearchHit> results;
  std::unordered_map<Xapian::docid, std::vector<std::string>> matched;
  if (snippets) {
    std::vector<Xapian::docid> docids;
    for (const PageHit& page_hit : page) docids.push_back(page_hit.docid);
    matched = matching_terms(database, index.remote, text_query, std::move(docids));
  }
  Analyzer analyzer;
  for (const PageHit& page_hit : page) {
    HitSummary summary = DocumentMapper::to_summary(
        schema, database.get_document(page_hit.docid),
        snippets ? DocumentMapper::SummaryText::kWith : DocumentMapper::SummaryText::kWithout);
    SearchHit hit;
    hit.id = std::move(summary.id);
    hit.title = std::move(summary.title);
    hit.date = std::move(summary.date);
    hit.number = std::move(summary.number);
    hit.score = page_hit.weight;
    for (auto& [id, name] : summary.officials) hit.officials.push_back({id, name});
    for (auto& [id, label] : summary.topics) hit.topics.push_back({id, label});
    hit.sources = std::move(summary.sources);
    if (snippets) {
      QueryTerms terms = mapper.terms_of(matched[page_hit.docid]);
      terms.prefixes = prefixes;
      hit.snippet = snippet(summary.text, terms, analyzer);
    }
    if (snapshot.duplicate_group(page_hit.docid) >= 0 && !summary.duplicate_key.empty()) {
      const std::string key_term =
          keyword_term(schema.field(field::kDuplicateKey), summary.duplicate_key);
      // In id order, the same whichever shards hold them; the snapshot's id ranks give that
      // order without reading each member's summary (groups of generated or re-published
      // bulletins run to hundreds).
      std::vector<Xapian::docid> others;
      for (auto p = database.postlist_begin(key_term); p != database.postlist_end(key_term); ++p) {
        if (*p != page_hit.docid) others.push_back(*p);
      }
      const auto by_id = [&](Xapian::docid a, Xapian::docid b) {
        const auto rank_a = snapshot.id_rank(a), rank_b = snapshot.id_rank(b);
        return rank_a != rank_b ? rank_a < rank_b : a < b;
      };
      const std::size_t listed = std::min(others.size(), kMaxOtherSources);
      std::partial_sort(others.begin(), others.begin() + static_cast<std::ptrdiff_t>(listed),
                        others.end(), by_id);
      others.resize(listed);
      for (Xapian::docid other_docid : others) {
        const HitSummary other = DocumentMapper::to_summary(
            schema, database.get_document(other_docid), DocumentMapper::SummaryText::kWithout);
        hit.duplicates.push_back(other.id);
        hit.sources.insert(hit.sources.end(), other.sources.begin(), other.sources.end());
      }
    }
    results.push_back(std::move(hit));
  }
  return results;
}

}  // namespace

std::string_view to_string(SortOrder order) {
  switch (order) {
    case SortOrder::kRelevance:
      return "relevance";
    case SortOrder::kDateDesc:
      return "date_desc";
    case SortOrder::kDateAsc:
      return "date_asc";
  }
  return "relevance";
}

// What the service keeps between calls: facet columns and recent facet counts.
class SearchService::State {
 public:
  State(std::size_t phrase_cache_entries, std::size_t query_cache_entries)
      : phrases(phrase_cache_entries), queries(query_cache_entries) {}

  // Keyed by database UUID and revision, so a commit makes earlier entries unreachable.
  MatchSetCache phrases;
  QueryMatchesCache queries;

  // The key names every shard's identity and revision (OpenIndex::state_key): after
  // `hemeroteca reindex` swapped a new folder in, or a shard left or came back, the documents
  // behind the ids are others.
  std::shared_ptr<const FacetSnapshot> snapshot(const OpenIndex& index, const Schema& schema) {
    {
      std::lock_guard lock(mutex_);
      if (snapshot_ && snapshot_->state_key() == index.state_key) return snapshot_;
    }
    // One thread rebuilds; the others go on with the previous snapshot meanwhile, when it is
    // of the same shards (a newer revision of them: ids it does not know get no facets).
    std::unique_lock rebuilding(rebuild_mutex_, std::try_to_lock);
    if (!rebuilding.owns_lock()) {
      {
        std::lock_guard lock(mutex_);
        if (snapshot_ && same_shards(snapshot_->state_key(), index.state_key)) return snapshot_;
      }
      // Nothing of these shards to fall back on: wait for the build under way (without
      // holding mutex_, which the builder needs to publish it).
      rebuilding.lock();
      std::lock_guard lock(mutex_);
      if (snapshot_ && snapshot_->state_key() == index.state_key) return snapshot_;
    }
    auto fresh = FacetSnapshot::build(*index.database, schema,
                                      SnapshotSource{.shards = index.shards,
                                                     .remote = index.remote,
                                                     .joined = index.shards.size() > 1,
                                                     .state_key = index.state_key});
    std::lock_guard lock(mutex_);
    snapshot_ = fresh;
    return snapshot_;
  }

  // The index's words for "did you mean" (spelling.h). Reading them takes a scan of the
  // index's terms, so a dictionary of the same shards serves for a minute after it was read,
  // through commits: a suggestion may miss words of the last minute's bulletins.
  std::shared_ptr<const SpellingDictionary> spelling(const OpenIndex& index) {
    constexpr auto kFreshFor = std::chrono::minutes(1);
    std::lock_guard lock(spelling_mutex_);
    const auto now = std::chrono::steady_clock::now();
    const bool fresh =
        spelling_ &&
        (spelling_key_ == index.state_key ||
         (same_shards(spelling_key_, index.state_key) && now - spelling_read_ < kFreshFor));
    if (!fresh) {
      spelling_ =
          std::make_shared<const SpellingDictionary>(SpellingDictionary::read(*index.database));
      spelling_key_ = index.state_key;
      spelling_read_ = now;
    }
    return spelling_;
  }

  // A remembered pass, and the page's results as shown when they were made for it.
  struct CachedPass {
    SearchPass pass;
    std::optional<std::vector<SearchHit>> results;
  };

  // The pass of `key`, with its results made with or without snippets when there are some.
  std::optional<CachedPass> cached(const std::string& key, bool snippets) {
    std::lock_guard lock(mutex_);
    auto it = cache_.find(key);
    if (it == cache_.end()) return std::nullopt;
    return CachedPass{it->second.pass, it->second.results[snippets ? 1 : 0]};
  }

  void remember(const std::string& key, const SearchPass& pass, std::size_t capacity) {
    if (capacity == 0) return;
    std::lock_guard lock(mutex_);
    if (!cache_.emplace(key, Entry{pass, {}}).second) return;
    order_.push_back(key);
    if (order_.size() > capacity) {
      cache_.erase(order_.front());
      order_.pop_front();
    }
  }

  // Keeps the results made for the pass of `key`, if that pass is still remembered: they
  // depend only on the key (index revision, query, filters, page, order) and on `snippets`.
  void remember_results(const std::string& key, bool snippets,
                        const std::vector<SearchHit>& results) {
    std::lock_guard lock(mutex_);
    auto it = cache_.find(key);
    if (it != cache_.end()) it->second.results[snippets ? 1 : 0] = results;
  }

 private:
  std::mutex mutex_;
  std::mutex rebuild_mutex_;
  // Whether two state keys are of the same shards and folders, maybe at other revisions:
  // each shard's part ("i=uuid@revision;" or "i=uuid#stats;") without what follows @ or #.
  static bool same_shards(const std::string& a, const std::string& b) {
    const auto identities = [](const std::string& key) {
      std::string out;
      bool skipping = false;
      for (char c : key) {
        if (c == ';') skipping = false;
        if (c == '@' || c == '#') skipping = true;
        if (!skipping) out += c;
      }
      return out;
    };
    return identities(a) == identities(b);
  }

  struct Entry {
    SearchPass pass;
    std::array<std::optional<std::vector<SearchHit>>, 2> results;  // without, with snippets
  };

  std::shared_ptr<const FacetSnapshot> snapshot_;
  std::mutex spelling_mutex_;
  std::shared_ptr<const SpellingDictionary> spelling_;
  std::string spelling_key_;
  std::chrono::steady_clock::time_point spelling_read_;
  std::unordered_map<std::string, Entry> cache_;
  std::deque<std::string> order_;
};

SearchService::SearchService(const Schema& schema, std::filesystem::path database,
                             SearchOptions options)
    : SearchService(schema, ShardOptions{.shards = {database.string()}}, options) {}

SearchService::SearchService(const Schema& schema, ShardOptions shards, SearchOptions options)
    : schema_(schema),
      options_(options),
      pool_(std::make_unique<DatabasePool>(std::move(shards))),
      state_(std::make_unique<State>(options_.phrase_cache_entries, options_.query_cache_entries)) {
}

SearchService::~SearchService() = default;

namespace {

template <typename Work>
auto retrying(DatabasePool& pool, Work&& work) {
  return with_database(pool, std::forward<Work>(work));
}

// The text query, narrowed to the years or months its date phrase listed ("en 2020 y 2024",
// "en marzo y mayo de 2024") so that every count and the histogram show them alone, as the
// range from the first to the last would not.
Xapian::Query text_query_of(const QueryMapper& mapper, const AppliedFilters& applied) {
  Xapian::Query query = mapper.parse(applied.query);
  if (!applied.years.empty()) {
    query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                          mapper.keyword_filter(field::kYear, applied.years));
  }
  if (!applied.months.empty()) {
    std::vector<std::string> months;  // "2024-03" is the month field's "202403"
    for (const std::string& month : applied.months) {
      months.push_back(month.substr(0, 4) + month.substr(5, 2));
    }
    query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                          mapper.keyword_filter(field::kMonth, months));
  }
  return query;
}

}  // namespace

SearchResponse SearchService::search(const SearchRequest& request) const {
  check_request(request);
  const auto started = std::chrono::steady_clock::now();

  SearchResponse response;
  response.page = request.page;
  response.per_page = request.per_page;
  response.applied.query = request.query;
  response.applied.date_from = request.date_from;
  response.applied.date_to = request.date_to;
  if (auto phrase = extract_date_phrase(request.query)) {
    response.applied.query = phrase->remainder;
    response.applied.date_phrase = phrase->phrase;
    response.applied.date_from = later(request.date_from, phrase->range.from);
    response.applied.date_to = earlier(request.date_to, phrase->range.to);
    response.applied.years = phrase->range.years;
    response.applied.months = phrase->range.months;
  }
  const AppliedFilters& applied = response.applied;
  const bool blank = applied.query.find_first_not_of(" \t\r\n") == std::string::npos;
  response.sort = request.sort.value_or(blank ? SortOrder::kDateDesc : SortOrder::kRelevance);

  FacetSelection selection;
  selection.values[static_cast<std::size_t>(FacetGroup::kOfficial)] = slugs(request.officials);
  selection.values[static_cast<std::size_t>(FacetGroup::kOrganization)] =
      slugs(request.organizations);
  selection.values[static_cast<std::size_t>(FacetGroup::kState)] = slugs(request.states);
  selection.values[static_cast<std::size_t>(FacetGroup::kTopic)] = slugs(request.topics);
  selection.values[static_cast<std::size_t>(FacetGroup::kYear)] = slugs(request.years);
  if (applied.date_from) selection.date_from = compact(*applied.date_from);
  if (applied.date_to) selection.date_to = compact(*applied.date_to);
  selection.require_figures = request.has_figures;

  return retrying(*pool_, [&](OpenIndex& index) {
    Xapian::Database& database = *index.database;
    QueryMapper mapper(schema_, database, options_.synonyms);
    const Xapian::Query text_query = text_query_of(mapper, applied);

    const auto snapshot = state_->snapshot(index, schema_);
    const std::string cache_key =
        index.state_key + "|" + text_query.serialise() + "|" + selection_key(selection);
    const PageRequest page{(request.page - 1) * request.per_page, request.per_page,
                           page_order(response.sort)};
    const std::string pass_key = cache_key + "|" + std::to_string(page.first) + "+" +
                                 std::to_string(page.size) + "|" +
                                 std::string(to_string(response.sort));
    SearchPass pass;
    std::optional<std::vector<SearchHit>> shown;
    if (auto cached = state_->cached(pass_key, request.snippets)) {
      pass = std::move(cached->pass);
      shown = std::move(cached->results);
    } else {
      pass = run_search_pass(*snapshot, database, text_query, selection, page,
                             options_.facet_values, schema_.field(field::kDuplicateKey).slot,
                             page_filter(mapper, request, applied), &state_->phrases,
                             &state_->queries);
      state_->remember(pass_key, pass, options_.pass_cache_entries);
    }
    response.facets = std::move(pass.counts);
    response.total = response.facets.total;

    if (shown) {
      response.results = std::move(*shown);
    } else {
      response.results =
          results_of(schema_, index, *snapshot, mapper, text_query,
                     QueryMapper::wildcard_prefixes(applied.query), pass.page, request.snippets);
      state_->remember_results(pass_key, request.snippets, response.results);
    }
    if (response.total < kSuggestBelow && !blank) {
      response.suggestion = worthwhile_suggestion(
          database, mapper, applied.query,
          mapper.suggest(applied.query, *state_->spelling(index), kSuggestBelow));
    }
    if (!request.facets) response.facets.groups = {};
    response.missing_shards = index.missing;
    response.took_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
    return response;
  });
}

std::optional<Record> SearchService::bulletin(const std::string& id) const {
  DocumentMapper mapper(schema_);
  const std::string term = mapper.id_term(id);
  return retrying(*pool_, [&](OpenIndex& index) -> std::optional<Record> {
    Xapian::Database& database = *index.database;
    Xapian::PostingIterator posting = database.postlist_begin(term);
    if (posting == database.postlist_end(term)) return std::nullopt;
    return DocumentMapper::to_record(database.get_document(*posting));
  });
}

std::vector<OtherShape> SearchService::other_shapes(const Record& record, std::size_t limit) const {
  if (record.duplicate_key.empty()) return {};
  const std::string key_term =
      keyword_term(schema_.field(field::kDuplicateKey), record.duplicate_key);
  return retrying(*pool_, [&](OpenIndex& index) {
    Xapian::Database& database = *index.database;
    std::vector<OtherShape> shapes;
    for (auto p = database.postlist_begin(key_term); p != database.postlist_end(key_term); ++p) {
      HitSummary other = DocumentMapper::to_summary(schema_, database.get_document(*p),
                                                    DocumentMapper::SummaryText::kWithout);
      if (other.id != record.id) shapes.push_back({std::move(other.id), std::move(other.sources)});
    }
    std::ranges::sort(shapes, {}, &OtherShape::id);
    if (shapes.size() > limit) shapes.resize(limit);
    return shapes;
  });
}

std::optional<std::vector<SimilarBulletin>> SearchService::similar(const std::string& id,
                                                                   unsigned limit) const {
  DocumentMapper mapper(schema_);
  const std::string id_term = mapper.id_term(id);
  return retrying(*pool_, [&](OpenIndex& index) -> std::optional<std::vector<SimilarBulletin>> {
    Xapian::Database& database = *index.database;
    Xapian::PostingIterator posting = database.postlist_begin(id_term);
    if (posting == database.postlist_end(id_term)) return std::nullopt;
    const Xapian::docid docid = *posting;
    const Record record = DocumentMapper::to_record(database.get_document(docid));

    // The document's most distinctive words (no field prefixes, no numbers) make the query.
    class WordsOnly : public Xapian::ExpandDecider {
     public:
      bool operator()(const std::string& term) const override {
        return !term.empty() && term[0] >= 'a' && term[0] <= 'z' && term.size() > 3;
      }
    } words_only;
    Xapian::Enquire enquire(database);
    Xapian::RSet relevant;
    relevant.add_document(docid);
    // Exact term frequencies: over shards Xapian would otherwise estimate them, and the
    // words chosen would depend on how the bulletins are split.
    const Xapian::ESet expand =
        enquire.get_eset(25, relevant, Xapian::Enquire::USE_EXACT_TERMFREQ, &words_only);
    std::vector<Xapian::Query> terms;
    for (auto it = expand.begin(); it != expand.end(); ++it) terms.emplace_back(*it);
    Xapian::Query query(Xapian::Query::OP_OR, terms.begin(), terms.end());
    query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query(id_term));
    if (!record.duplicate_key.empty()) {
      query = Xapian::Query(
          Xapian::Query::OP_AND_NOT, query,
          Xapian::Query(keyword_term(schema_.field(field::kDuplicateKey), record.duplicate_key)));
    }
    enquire.set_query(query);
    enquire.set_collapse_key(*schema_.field(field::kDuplicateKey).slot);
    // Equal weights in id order, as search ranks them: which shape of a bulletin is shown must
    // not hang on document ids, which differ between one index and shards.
    enquire.set_sort_by_relevance_then_value(*schema_.field(field::kId).slot, false);
    std::vector<SimilarBulletin> similar;
    const Xapian::MSet matches = enquire.get_mset(0, limit);
    for (auto it = matches.begin(); it != matches.end(); ++it) {
      const Record other = DocumentMapper::to_record(it.get_document());
      similar.push_back({other.id, other.title, other.date, it.get_weight()});
    }
    return similar;
  });
}

std::vector<FacetCount> SearchService::facet_values(FacetGroup group,
                                                    const std::string& prefix) const {
  const std::string folded_prefix = Analyzer::fold(prefix);
  return retrying(*pool_, [&](OpenIndex& index) {
    Xapian::Database& database = *index.database;
    const auto snapshot = state_->snapshot(index, schema_);
    FacetCounts counts = count_facets(*snapshot, database, match_all(), FacetSelection{},
                                      snapshot->dictionary(group).values.size());
    std::vector<FacetCount> values = std::move(counts.groups[static_cast<std::size_t>(group)]);
    if (folded_prefix.empty()) return values;
    Analyzer analyzer;
    const auto has_word_starting = [&](const std::string& text) {
      for (const Token& token : analyzer.tokenize(text)) {
        if (token.folded.starts_with(folded_prefix)) return true;
      }
      return false;
    };
    // "Seguro" finds the IMSS by its full name, as organizacion:"Seguro Social" does.
    const FacetSnapshot::Dictionary& dictionary = snapshot->dictionary(group);
    std::erase_if(values, [&](const FacetCount& value) {
      if (has_word_starting(value.label) || value.value.starts_with(slug(prefix))) return false;
      const auto id = dictionary.ids.find(value.value);
      return id == dictionary.ids.end() || id->second >= dictionary.names.size() ||
             !has_word_starting(dictionary.names[id->second]);
    });
    return values;
  });
}

std::vector<FigureHit> SearchService::figures(const FigureRequest& request) const {
  if (request.limit < 1 || request.limit > 500) {
    throw Error(ErrorKind::kInvalidArgument, "limit must be between 1 and 500");
  }
  const std::string unit = Analyzer::fold(request.unit);
  return retrying(*pool_, [&](OpenIndex& index) {
    Xapian::Database& database = *index.database;
    QueryMapper mapper(schema_, database, options_.synonyms);
    Xapian::Enquire enquire(database);
    enquire.set_query(mapper.parse(request.query));
    enquire.set_sort_by_value_then_relevance(*schema_.field(field::kDate).slot, true);
    std::vector<FigureHit> hits;
    // The shapes of one bulletin state its figures once, as search shows them as one result.
    std::unordered_set<std::string> bulletins_taken;
    const auto take_figures_of = [&](const Record& record) {
      if (!record.duplicate_key.empty() && !bulletins_taken.insert(record.duplicate_key).second) {
        return;
      }
      for (const Figure& figure : record.figures) {
        if (hits.size() == request.limit) return;
        if (!unit.empty() && Analyzer::fold(figure.unit).find(unit) == std::string::npos) continue;
        if (request.min && figure.value < *request.min) continue;
        if (request.max && figure.value > *request.max) continue;
        hits.push_back({figure, record.id, record.title, record.date});
      }
    };
    // Bulletins of one date and equal weight (the shapes of one bulletin, mostly) are taken in
    // id order, as search ranks ties: the matcher orders them by document id, which differs
    // between one index and the same bulletins over shards.
    std::vector<Record> tied;
    const auto take_tied = [&] {
      std::ranges::sort(tied, {}, &Record::id);
      for (const Record& record : tied) take_figures_of(record);
      tied.clear();
    };
    const Xapian::MSet matches =
        enquire.get_mset(0, static_cast<Xapian::doccount>(options_.figure_scan_limit));
    std::string tied_date;
    double tied_weight = 0;
    for (auto it = matches.begin(); it != matches.end(); ++it) {
      if (!tied.empty() && (it.get_sort_key() != tied_date || it.get_weight() != tied_weight)) {
        take_tied();
        if (hits.size() == request.limit) break;
      }
      tied_date = it.get_sort_key();
      tied_weight = it.get_weight();
      tied.push_back(DocumentMapper::to_record(it.get_document()));
    }
    take_tied();
    return hits;
  });
}

Xapian::doccount SearchService::document_count() const {
  return retrying(*pool_, [](OpenIndex& index) { return index.database->get_doccount(); });
}

IndexStatus SearchService::index_status() const {
  return retrying(*pool_, [](OpenIndex& index) {
    Xapian::Database& database = *index.database;
    IndexStatus status{.documents = database.get_doccount()};
    const std::string last_commit = database.get_metadata(std::string(kLastCommitKey));
    std::int64_t seconds = 0;
    const auto [end, failure] =
        std::from_chars(last_commit.data(), last_commit.data() + last_commit.size(), seconds);
    if (!last_commit.empty() && failure == std::errc() &&
        end == last_commit.data() + last_commit.size()) {
      status.last_commit = seconds;
    }
    return status;
  });
}

}  // namespace hemeroteca
