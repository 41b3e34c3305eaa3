#include "hemeroteca/server/facet_index.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <limits>
#include <unordered_set>

#include "hemeroteca/schema/analyzer.h"
#include "hemeroteca/schema/document_mapper.h"
#include "hemeroteca/schema/query_mapper.h"
#include "match_set.h"

namespace hemeroteca {

// The label's bytes break the ties folding leaves.
void sort_facet_counts(std::vector<FacetCount>& counts) {
  std::sort(counts.begin(), counts.end(),
            [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
  for (auto run = counts.begin(); run != counts.end();) {
    const auto end =
        std::find_if(run, counts.end(), [&](const FacetCount& c) { return c.count != run->count; });
    if (end - run > 1) {
      std::vector<std::pair<std::string, FacetCount>> keyed;
      for (auto it = run; it != end; ++it) keyed.emplace_back(Analyzer::fold(it->label), *it);
      std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second.label < b.second.label;
      });
      for (auto& [key, count] : keyed) *run++ = std::move(count);
    }
    run = end;
  }
}

namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {
    "enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
    "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};

constexpr std::size_t index_of(FacetGroup group) { return static_cast<std::size_t>(group); }

// Interns facet values: raw slot value -> slug id, slugging each distinct raw value once.
class Interner {
 public:
  explicit Interner(FacetSnapshot::Dictionary& dictionary) : dictionary_(dictionary) {}

  std::uint32_t intern(const std::string& raw) {
    if (auto it = raw_ids_.find(raw); it != raw_ids_.end()) return it->second;
    const std::string value = slug(raw);
    auto [it, added] = dictionary_.ids.emplace(value, dictionary_.values.size());
    if (added) {
      dictionary_.values.push_back(value);
      dictionary_.labels.push_back(raw);
    }
    raw_ids_.emplace(raw, it->second);
    return it->second;
  }

 private:
  FacetSnapshot::Dictionary& dictionary_;
  std::unordered_map<std::string, std::uint32_t> raw_ids_;
};

std::uint32_t parse_compact_date(const std::string& value) {
  std::uint32_t date = 0;
  if (value.size() != 8) return 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + 8, date);
  return error == std::errc() && end == value.data() + 8 ? date : 0;
}

// Calls visit(docid, value) for every document with a value in `slot`, in document order.
// A remote value stream costs a round trip per document; an MSet sorted by the slot brings
// every value in one answer (its sort keys), which is then put in document order.
template <typename Visit>
void for_each_value(const Xapian::Database& database, Xapian::valueno slot, bool remote,
                    Visit&& visit) {
  if (!remote) {
    for (auto it = database.valuestream_begin(slot); it != database.valuestream_end(slot); ++it) {
      visit(it.get_docid(), *it);
    }
    return;
  }
  Xapian::Enquire enquire(database);
  enquire.set_query(match_all());
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_sort_by_value(slot, false);
  const Xapian::MSet matches = enquire.get_mset(0, database.get_doccount());
  std::vector<std::pair<Xapian::docid, std::string>> values;
  values.reserve(matches.size());
  for (auto it = matches.begin(); it != matches.end(); ++it) {
    std::string value = it.get_sort_key();
    if (!value.empty()) values.emplace_back(*it, std::move(value));
  }
  std::sort(values.begin(), values.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [docid, value] : values) visit(docid, value);
}

// Every live document id, ascending.
std::vector<Xapian::docid> read_live_documents(const Xapian::Database& database, bool remote) {
  std::vector<Xapian::docid> live;
  if (!remote) {
    for (auto it = database.postlist_begin(""); it != database.postlist_end(""); ++it) {
      live.push_back(*it);
    }
    return live;
  }
  Xapian::Enquire enquire(database);
  enquire.set_query(match_all());
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  const Xapian::MSet matches = enquire.get_mset(0, database.get_doccount());
  for (auto it = matches.begin(); it != matches.end(); ++it) live.push_back(*it);
  std::sort(live.begin(), live.end());
  return live;
}

// The first non-empty value of a metadata key over the shards.
std::string shard_metadata(const Xapian::Database& database, const SnapshotSource& source,
                           const std::string& key) {
  if (source.shards.empty()) return database.get_metadata(key);
  for (const Xapian::Database& shard : source.shards) {
    std::string value = shard.get_metadata(key);
    if (!value.empty()) return value;
  }
  return {};
}

// Builds the CSR columns of a multi-valued slot from its values (in document order).
void read_multi_valued(const Xapian::Database& database, Xapian::valueno slot, bool remote,
                       Xapian::docid last_docid, Interner& interner,
                       FacetSnapshot::Columns& columns) {
  columns.offsets.assign(static_cast<std::size_t>(last_docid) + 2, 0);
  Xapian::docid filled = 0;  // offsets[0..filled] are set
  for_each_value(database, slot, remote, [&](Xapian::docid docid, const std::string& raw) {
    while (filled < docid)
      columns.offsets[++filled] = static_cast<std::uint32_t>(columns.values.size());
    // A value listed twice ("Sonora" and "sonora") counts the bulletin once.
    const auto first = static_cast<std::ptrdiff_t>(columns.values.size());
    std::size_t start = 0;
    while (start <= raw.size()) {
      std::size_t end = raw.find(kValueSeparator, start);
      if (end == std::string::npos) end = raw.size();
      if (end > start) {
        const std::uint32_t value = interner.intern(raw.substr(start, end - start));
        if (std::find(columns.values.begin() + first, columns.values.end(), value) ==
            columns.values.end()) {
          columns.values.push_back(value);
        }
      }
      start = end + 1;
    }
  });
  while (filled <= last_docid)
    columns.offsets[++filled] = static_cast<std::uint32_t>(columns.values.size());
}

// What reading one document's column costs, in bitmap words intersected and counted.
constexpr std::size_t kWordsPerColumnRead = 8;

// How many documents two bitmaps share. Compiled twice, the popcnt instruction used where the
// processor has it (the x86-64 baseline has none, and a library call per word costs 4 times
// more).
#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target_clones("popcnt", "default")))
#endif
Xapian::doccount
intersection_size(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  Xapian::doccount count = 0;
  const std::size_t words = std::min(a.size(), b.size());
  for (std::size_t w = 0; w < words; ++w) {
    count += static_cast<Xapian::doccount>(std::popcount(a[w] & b[w]));
  }
  return count;
}

std::string month_label(std::uint32_t year_month) {
  return std::string(kMonthNames[year_month % 100 - 1]) + " " + std::to_string(year_month / 100);
}

}  // namespace

std::shared_ptr<const FacetSnapshot> FacetSnapshot::build(const Xapian::Database& database,
                                                          const Schema& schema,
                                                          const SnapshotSource& source) {
  auto snapshot = std::make_shared<FacetSnapshot>();
  const bool remote = source.remote;
  snapshot->remote_ = remote;
  snapshot->joined_ = source.joined;
  snapshot->state_key_ = !source.state_key.empty()
                             ? source.state_key
                             : database.get_uuid() + "@" + std::to_string(database.get_revision());
  snapshot->last_docid_ = database.get_lastdocid();
  const Xapian::docid last = snapshot->last_docid_;
  snapshot->live_ = read_live_documents(database, remote);

  const std::array<std::string_view, 4> keyword_fields = {field::kOfficial, field::kOrganization,
                                                          field::kState, field::kTopic};
  for (std::size_t g = 0; g < keyword_fields.size(); ++g) {
    Interner interner(snapshot->dictionaries_[g]);
    read_multi_valued(database, *schema.field(keyword_fields[g]).slot, remote, last, interner,
                      snapshot->columns_[g]);
    // Display labels the importer stored; the raw slot value otherwise.
    auto& dictionary = snapshot->dictionaries_[g];
    dictionary.names.resize(dictionary.values.size());
    for (std::size_t v = 0; v < dictionary.values.size(); ++v) {
      const std::string label = shard_metadata(
          database, source, facet_label_key(keyword_fields[g], dictionary.values[v]));
      if (!label.empty()) dictionary.labels[v] = label;
      dictionary.names[v] =
          shard_metadata(database, source, facet_name_key(keyword_fields[g], dictionary.values[v]));
    }
  }

  snapshot->dates_.assign(static_cast<std::size_t>(last) + 1, 0);
  const Xapian::valueno date_slot = *schema.field(field::kDate).slot;
  for_each_value(database, date_slot, remote, [&](Xapian::docid docid, const std::string& value) {
    snapshot->dates_[docid] = parse_compact_date(value);
  });
  // The year facet comes from the date column: one value per live document.
  auto& years = snapshot->dictionaries_[index_of(FacetGroup::kYear)];
  auto& year_columns = snapshot->columns_[index_of(FacetGroup::kYear)];
  Interner year_interner(years);
  year_columns.offsets.assign(static_cast<std::size_t>(last) + 2, 0);
  std::size_t next_live = 0;
  for (Xapian::docid docid = 0; docid <= last; ++docid) {
    year_columns.offsets[docid] = static_cast<std::uint32_t>(year_columns.values.size());
    if (next_live < snapshot->live_.size() && snapshot->live_[next_live] == docid) {
      ++next_live;
      const std::uint32_t date = snapshot->dates_[docid];
      year_columns.values.push_back(
          year_interner.intern(date ? std::to_string(date / 10000) : std::string(kUndatedYear)));
    }
  }
  year_columns.offsets[static_cast<std::size_t>(last) + 1] =
      static_cast<std::uint32_t>(year_columns.values.size());
  if (auto it = years.ids.find(std::string(kUndatedYear)); it != years.ids.end()) {
    years.labels[it->second] = kUndatedLabel;
  }

  // Duplicate groups: only keys held by two or more documents need remembering.
  std::unordered_map<std::string, std::vector<Xapian::docid>> by_key;
  const Xapian::valueno duplicate_slot = *schema.field(field::kDuplicateKey).slot;
  for_each_value(
      database, duplicate_slot, remote,
      [&](Xapian::docid docid, const std::string& key) { by_key[key].push_back(docid); });
  snapshot->duplicate_groups_.assign(static_cast<std::size_t>(last) + 1, -1);
  for (const auto& [key, docids] : by_key) {
    if (docids.size() < 2) continue;
    const auto group = static_cast<std::int32_t>(snapshot->duplicate_group_count_++);
    for (Xapian::docid docid : docids) snapshot->duplicate_groups_[docid] = group;
  }

  // Id ranks; documents indexed before the id had a slot rank last, among themselves by
  // document id.
  snapshot->id_slot_ = schema.field(field::kId).slot;
  std::vector<std::pair<std::string, Xapian::docid>> ids;
  for_each_value(database, *schema.field(field::kId).slot, remote,
                 [&](Xapian::docid docid, const std::string& id) { ids.emplace_back(id, docid); });
  std::sort(ids.begin(), ids.end());
  snapshot->id_ranks_.assign(static_cast<std::size_t>(last) + 1, UINT32_MAX);
  for (std::size_t rank = 0; rank < ids.size(); ++rank) {
    snapshot->id_ranks_[ids[rank].second] = static_cast<std::uint32_t>(rank);
  }

  // Rows: the columns of every group side by side.
  for (std::size_t g = 0; g < kFacetGroups; ++g) {
    snapshot->value_bases_[g + 1] =
        snapshot->value_bases_[g] +
        static_cast<std::uint32_t>(snapshot->dictionaries_[g].values.size());
  }
  auto& rows = snapshot->rows_;
  rows.offsets.assign(static_cast<std::size_t>(last) + 2, 0);
  for (Xapian::docid docid = 0; docid <= last; ++docid) {
    rows.offsets[docid] = static_cast<std::uint32_t>(rows.values.size());
    for (std::size_t g = 0; g < kFacetGroups; ++g) {
      const auto& columns = snapshot->columns_[g];
      if (docid + 1 >= columns.offsets.size()) continue;
      for (std::uint32_t i = columns.offsets[docid]; i < columns.offsets[docid + 1]; ++i) {
        rows.values.push_back(snapshot->value_bases_[g] + columns.values[i]);
      }
    }
  }
  rows.offsets[static_cast<std::size_t>(last) + 1] = static_cast<std::uint32_t>(rows.values.size());

  auto& ungrouped = snapshot->ungrouped_documents_;
  ungrouped.assign(static_cast<std::size_t>(last) / 64 + 1, 0);
  for (Xapian::docid docid : snapshot->live_) {
    if (docid > last || snapshot->duplicate_groups_[docid] >= 0) continue;
    ungrouped[docid / 64] |= std::uint64_t{1} << (docid % 64);
  }

  const std::size_t bitmap_words = static_cast<std::size_t>(last) / 64 + 1;
  const auto set_bit = [](Bitmap& bitmap, Xapian::docid docid) {
    bitmap[docid / 64] |= std::uint64_t{1} << (docid % 64);
  };
  snapshot->documents_with_figures_.assign(bitmap_words, 0);
  const std::string figures_term = keyword_term(schema.field(field::kHasFigures), "1");
  for (auto it = database.postlist_begin(figures_term); it != database.postlist_end(figures_term);
       ++it) {
    set_bit(snapshot->documents_with_figures_, *it);
  }

  snapshot->undated_documents_.assign(bitmap_words, 0);
  for (Xapian::docid docid : snapshot->live_) {
    if (docid <= last && snapshot->dates_[docid] == 0) {
      set_bit(snapshot->undated_documents_, docid);
    }
  }
  for (std::size_t g = 0; g < kFacetGroups; ++g) {
    const std::size_t values = snapshot->dictionaries_[g].values.size();
    if (values > kMaxBitmapValues) continue;
    auto& bitmaps = snapshot->value_bitmaps_[g];
    bitmaps.assign(values, Bitmap(bitmap_words, 0));
    const auto& columns = snapshot->columns_[g];
    for (Xapian::docid docid = 0; docid + 1 < columns.offsets.size(); ++docid) {
      for (std::uint32_t i = columns.offsets[docid]; i < columns.offsets[docid + 1]; ++i) {
        set_bit(bitmaps[columns.values[i]], docid);
      }
    }
  }
  return snapshot;
}

namespace {

// One counting pass. visit() is called once per matching document id.
class FacetCounter {
 public:
  FacetCounter(const FacetSnapshot& snapshot, const FacetSelection& selection)
      : snapshot_(snapshot), selection_(selection) {
    for (std::size_t g = 0; g < kFacetGroups; ++g) {
      const auto& dictionary = snapshot.dictionary(static_cast<FacetGroup>(g));
      selected_[g].assign(dictionary.values.size(), false);
      active_[g] = !selection.values[g].empty();
      for (const std::string& value : selection.values[g]) {
        if (auto it = dictionary.ids.find(value); it != dictionary.ids.end()) {
          selected_[g][it->second] = true;
        }
      }
      best_[g].assign(snapshot.duplicate_group_count(), 0);
    }
    counts_.assign(snapshot.value_count(), 0);
    date_active_ = selection.date_from || selection.date_to;
    active_[index_of(FacetGroup::kYear)] = active_[index_of(FacetGroup::kYear)] || date_active_;
    best_all_.assign(snapshot.duplicate_group_count(), 0);
    best_undated_.assign(snapshot.duplicate_group_count(), 0);
    const auto& years = selection.values[index_of(FacetGroup::kYear)];
    if (years.size() == 1 && years.front() != kUndatedYear) {
      single_year_ = static_cast<std::uint32_t>(std::atoi(years.front().c_str()));
    }
  }

  // Documents of a duplicate group count once per purpose (the total, each facet's counts,
  // the undated count): as the member with the lowest id rank among those visited for that
  // purpose, so that the choice does not hang on document ids, which differ between one
  // index and shards (facet_index.h). Grouped members are settled in finish().
  void visit(Xapian::docid docid, double weight = 0) {
    if (selection_.require_figures && !snapshot_.has_figures(docid)) return;
    unsigned failed = 0;
    for (std::size_t g = 0; g < kFacetGroups; ++g) {
      if (active_[g] && !passes(g, docid)) failed |= 1u << g;
    }
    const std::int32_t duplicate = snapshot_.duplicate_group(docid);
    const unsigned year_bit = 1u << index_of(FacetGroup::kYear);
    if ((failed & ~year_bit) == 0 && snapshot_.date(docid) == 0) {
      if (duplicate < 0) {
        ++undated_;
      } else {
        keep_best(best_undated_, duplicate, docid);
      }
    }
    if (failed == 0) {
      if (collect_hits_) {
        hits_.push_back(
            {docid, weight, snapshot_.date(docid), snapshot_.id_rank(docid), duplicate});
      }
      if (duplicate < 0) {
        count_match(docid);
      } else {
        keep_best(best_all_, duplicate, docid);
        // A member passing every filter also passes all but one: in a selected group the
        // group counts once, by its best member of the two kinds (see finish()).
        for (std::size_t g = 0; g < kFacetGroups; ++g) {
          if (active_[g]) keep_best(best_[g], duplicate, docid);
        }
      }
    } else if (std::has_single_bit(failed)) {
      const auto g = static_cast<std::size_t>(std::countr_zero(failed));
      if (duplicate < 0) {
        count_values(g, docid);
      } else {
        keep_best(best_[g], duplicate, docid);
      }
    }
  }

  void collect_hits() { collect_hits_ = true; }

  // Counts `set` with the snapshot's bitmaps, and says whether it could: when no hits are to
  // be collected and every selected group keeps value bitmaps (states, years; no date range).
  // Its ungrouped documents are counted a bitmap word (64 documents) at a time: a filter is an
  // OR of value bitmaps, the documents failing only one group's filter count in that group by
  // a popcount per value, and those passing every filter by a popcount per value too in the
  // groups with bitmaps (by their columns in the others, or when they are few). The rest of
  // the set (grouped documents, documents newer than the snapshot) is visited as usual. The
  // counts are the ones visiting every match gives.
  bool count_by_bitmaps(const MatchSet& set) {
    if (collect_hits_ || date_active_ || total_ != 0) return false;
    std::array<FacetSnapshot::Bitmap, kFacetGroups> passing;  // of the active groups
    std::vector<std::size_t> active;
    for (std::size_t g = 0; g < kFacetGroups; ++g) {
      if (!active_[g]) continue;
      const auto& bitmaps = snapshot_.value_bitmaps(static_cast<FacetGroup>(g));
      if (bitmaps.empty()) return false;
      active.push_back(g);
      passing[g].assign(snapshot_.ungrouped_documents().size(), 0);
      for (std::size_t v = 0; v < bitmaps.size(); ++v) {
        if (!selected_[g][v]) continue;
        for (std::size_t w = 0; w < bitmaps[v].size(); ++w) passing[g][w] |= bitmaps[v][w];
      }
    }
    const FacetSnapshot::Bitmap& ungrouped = snapshot_.ungrouped_documents();
    const auto word_of = [](const FacetSnapshot::Bitmap& bitmap, std::size_t w) {
      return w < bitmap.size() ? bitmap[w] : std::uint64_t{0};
    };
    const std::vector<std::uint64_t>& matched = set.words();
    const std::size_t year = index_of(FacetGroup::kYear);
    // Documents passing every filter, and those failing only one active group's filter (which
    // count in that group alone), counted below.
    FacetSnapshot::Bitmap passing_all(ungrouped.size(), 0);
    std::array<FacetSnapshot::Bitmap, kFacetGroups> failing_only;
    for (std::size_t g : active) failing_only[g].assign(ungrouped.size(), 0);
    Xapian::doccount passing_count = 0;
    for (std::size_t w = 0; w < ungrouped.size(); ++w) {
      std::uint64_t candidates = word_of(matched, w) & ungrouped[w];
      if (selection_.require_figures) candidates &= snapshot_.documents_with_figures()[w];
      if (candidates == 0) continue;
      std::uint64_t all = candidates;
      std::uint64_t all_but_year = candidates;
      for (std::size_t g : active) {
        all &= passing[g][w];
        if (g != year) all_but_year &= passing[g][w];
      }
      undated_ += static_cast<Xapian::doccount>(
          std::popcount(all_but_year & snapshot_.undated_documents()[w]));
      passing_all[w] = all;
      passing_count += static_cast<Xapian::doccount>(std::popcount(all));
      for (std::size_t g : active) {
        std::uint64_t only_this = candidates & ~passing[g][w];
        for (std::size_t h : active) {
          if (h != g) only_this &= passing[h][w];
        }
        failing_only[g][w] = only_this;
      }
    }
    total_ += passing_count;
    for (std::size_t g : active) {
      const auto& bitmaps = snapshot_.value_bitmaps(static_cast<FacetGroup>(g));
      Xapian::doccount* counts = counts_.data() + snapshot_.value_base(static_cast<FacetGroup>(g));
      for (std::size_t v = 0; v < bitmaps.size(); ++v) {
        counts[v] += intersection_size(failing_only[g], bitmaps[v]);
      }
    }
    // The values of the documents passing every filter: a popcount per value for a group with
    // bitmaps, when that costs less than reading the group's column for each such document.
    std::vector<std::size_t> by_columns;
    for (std::size_t g = 0; g < kFacetGroups; ++g) {
      const auto& bitmaps = snapshot_.value_bitmaps(static_cast<FacetGroup>(g));
      if (bitmaps.empty() ||
          bitmaps.size() * passing_all.size() > std::size_t{passing_count} * kWordsPerColumnRead) {
        by_columns.push_back(g);
        continue;
      }
      Xapian::doccount* counts = counts_.data() + snapshot_.value_base(static_cast<FacetGroup>(g));
      for (std::size_t v = 0; v < bitmaps.size(); ++v) {
        counts[v] += intersection_size(passing_all, bitmaps[v]);
      }
    }
    if (!by_columns.empty() || single_year_) {
      for (std::size_t w = 0; w < passing_all.size(); ++w) {
        for (std::uint64_t all = passing_all[w]; all != 0; all &= all - 1) {
          const auto docid = static_cast<Xapian::docid>(w * 64 + std::countr_zero(all));
          for (std::size_t g : by_columns) count_values(g, docid);
          count_month(docid);
        }
      }
    }
    // What the bitmaps do not cover: grouped documents and those newer than the snapshot.
    for (std::size_t w = 0; w < matched.size(); ++w) {
      for (std::uint64_t rest = matched[w] & ~word_of(ungrouped, w); rest != 0; rest &= rest - 1) {
        visit(static_cast<Xapian::docid>(w * 64 + std::countr_zero(rest)));
      }
    }
    return true;
  }

  // Whether some filter is selected: when none is, every document passes.
  bool filters() const {
    return selection_.require_figures ||
           std::find(active_.begin(), active_.end(), true) != active_.end();
  }

  // Whether a document passes every filter of the selection.
  bool passes_all(Xapian::docid docid) const {
    if (selection_.require_figures && !snapshot_.has_figures(docid)) return false;
    for (std::size_t g = 0; g < kFacetGroups; ++g) {
      if (active_[g] && !passes(g, docid)) return false;
    }
    return true;
  }

  // The hits ranked [first, first + size) in `order`, the best of each duplicate group only.
  std::vector<PageHit> page(const PageRequest& request) {
    std::vector<Candidate> ranked;
    ranked.reserve(hits_.size());
    std::unordered_map<std::int32_t, std::size_t> best_of_group;
    const auto before = [&](const Candidate& a, const Candidate& b) {
      return ranks_before(a, b, request.order);
    };
    for (const Candidate& hit : hits_) {
      if (hit.duplicate < 0) {
        ranked.push_back(hit);
        continue;
      }
      auto [it, added] = best_of_group.emplace(hit.duplicate, ranked.size());
      if (added) {
        ranked.push_back(hit);
      } else if (before(hit, ranked[it->second])) {
        ranked[it->second] = hit;
      }
    }
    const std::size_t end = std::min(ranked.size(), request.first + request.size);
    if (request.first >= end) return {};
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(end),
                      ranked.end(), before);
    std::vector<PageHit> page;
    for (std::size_t i = request.first; i < end; ++i)
      page.push_back({ranked[i].docid, ranked[i].weight});
    return page;
  }

  FacetCounts finish(std::size_t max_values) {
    for (std::size_t group = 0; group < best_all_.size(); ++group) {
      if (best_undated_[group]) ++undated_;
      if (best_all_[group]) count_match(best_all_[group], /*in_selected_groups=*/false);
      for (std::size_t g = 0; g < kFacetGroups; ++g) {
        if (best_[g][group]) count_values(g, best_[g][group]);
      }
    }
    FacetCounts result;
    result.total = total_;
    result.undated = undated_;
    for (std::size_t g = 0; g < kFacetGroups; ++g) {
      const auto& dictionary = snapshot_.dictionary(static_cast<FacetGroup>(g));
      auto& out = result.groups[g];
      const Xapian::doccount* counts =
          counts_.data() + snapshot_.value_base(static_cast<FacetGroup>(g));
      for (std::size_t v = 0; v < dictionary.values.size(); ++v) {
        if (counts[v] == 0 && !selected_[g][v]) continue;
        out.push_back({dictionary.values[v], dictionary.labels[v], counts[v], selected_[g][v]});
      }
      sort_facet_counts(out);
      // Selected values always stay listed, whatever the cut.
      std::vector<FacetCount> kept;
      for (std::size_t i = 0; i < out.size(); ++i) {
        if (i < max_values || out[i].selected) kept.push_back(std::move(out[i]));
      }
      out = std::move(kept);
    }
    if (single_year_) {
      for (std::uint32_t m = 0; m < 12; ++m) {
        if (months_[m] == 0) continue;
        const std::uint32_t year_month = single_year_ * 100 + m + 1;
        char value[8];
        std::snprintf(value, sizeof value, "%04u-%02u", single_year_, m + 1);
        result.months.push_back({value, month_label(year_month), months_[m], false});
      }
    }
    return result;
  }

 private:
  bool passes(std::size_t g, Xapian::docid docid) const {
    if (g == index_of(FacetGroup::kYear) && date_active_) {
      const std::uint32_t date = snapshot_.date(docid);
      if (date == 0) return false;
      if (selection_.date_from && date < *selection_.date_from) return false;
      if (selection_.date_to && date > *selection_.date_to) return false;
      if (selection_.values[g].empty()) return true;
    }
    const auto& columns = snapshot_.columns(static_cast<FacetGroup>(g));
    if (docid + 1 >= columns.offsets.size()) return false;
    for (std::uint32_t i = columns.offsets[docid]; i < columns.offsets[docid + 1]; ++i) {
      if (selected_[g][columns.values[i]]) return true;
    }
    return false;
  }

  // A document passing every filter: the total, every facet, the months.
  // A match counts in every group: one row of the snapshot holds all its values. Without
  // `in_selected_groups`, the values of selected groups are left to count_values() (a
  // duplicate group's member counted there may be another).
  void count_match(Xapian::docid docid, bool in_selected_groups = true) {
    ++total_;
    const auto& rows = snapshot_.rows();
    if (docid + 1 >= rows.offsets.size()) {
      // newer than the snapshot: no facet values
    } else if (in_selected_groups) {
      for (std::uint32_t i = rows.offsets[docid]; i < rows.offsets[docid + 1]; ++i) {
        ++counts_[rows.values[i]];
      }
    } else {
      for (std::size_t g = 0; g < kFacetGroups; ++g) {
        if (!active_[g]) count_values(g, docid);
      }
    }
    count_month(docid);
  }

  void count_month(Xapian::docid docid) {
    if (!single_year_) return;
    const std::uint32_t date = snapshot_.date(docid);
    if (date / 10000 == single_year_) ++months_[date / 100 % 100 - 1];
  }

  // Keeps in best[group] the member with the lowest id rank (0: none yet).
  void keep_best(std::vector<Xapian::docid>& best, std::int32_t group, Xapian::docid docid) const {
    Xapian::docid& kept = best[static_cast<std::size_t>(group)];
    if (kept == 0 || snapshot_.id_rank(docid) < snapshot_.id_rank(kept) ||
        (snapshot_.id_rank(docid) == snapshot_.id_rank(kept) && docid < kept)) {
      kept = docid;
    }
  }

  void count_values(std::size_t g, Xapian::docid docid) {
    const auto& columns = snapshot_.columns(static_cast<FacetGroup>(g));
    if (docid + 1 >= columns.offsets.size()) return;
    const std::uint32_t base = snapshot_.value_base(static_cast<FacetGroup>(g));
    for (std::uint32_t i = columns.offsets[docid]; i < columns.offsets[docid + 1]; ++i) {
      ++counts_[base + columns.values[i]];
    }
  }

  struct Candidate {
    Xapian::docid docid;
    double weight;
    std::uint32_t date;
    std::uint32_t id_rank;
    std::int32_t duplicate;
  };

  static bool ranks_before(const Candidate& a, const Candidate& b, PageOrder order) {
    if (order != PageOrder::kRelevance && a.date != b.date) {
      if (a.date == 0 || b.date == 0) return b.date == 0;  // undated last
      return order == PageOrder::kDateDesc ? a.date > b.date : a.date < b.date;
    }
    if (a.weight != b.weight) return a.weight > b.weight;
    if (a.id_rank != b.id_rank) return a.id_rank < b.id_rank;
    return a.docid < b.docid;
  }

  const FacetSnapshot& snapshot_;
  const FacetSelection& selection_;
  bool collect_hits_ = false;
  std::vector<Candidate> hits_;
  std::vector<Xapian::doccount> counts_;  // by value id + value_base(group)
  std::array<std::vector<bool>, kFacetGroups> selected_;
  std::array<bool, kFacetGroups> active_{};
  // Per duplicate group, the member counted for each purpose (see visit()).
  std::array<std::vector<Xapian::docid>, kFacetGroups> best_;
  std::vector<Xapian::docid> best_all_;
  std::vector<Xapian::docid> best_undated_;
  bool date_active_ = false;
  std::uint32_t single_year_ = 0;
  std::array<Xapian::doccount, 12> months_{};
  Xapian::doccount total_ = 0;
  Xapian::doccount undated_ = 0;
};

class CountingSpy : public Xapian::MatchSpy {
 public:
  explicit CountingSpy(FacetCounter& counter) : counter_(counter) {}
  void operator()(const Xapian::Document& document, double weight) override {
    counter_.visit(document.get_docid(), weight);
  }

 private:
  FacetCounter& counter_;
};

// Lets through the documents that pass every filter, for a relevance-ranked Enquire.
class FilterDecider : public Xapian::MatchDecider {
 public:
  explicit FilterDecider(const FacetCounter& counter) : counter_(counter) {}
  bool operator()(const Xapian::Document& document) const override {
    return counter_.passes_all(document.get_docid());
  }

 private:
  const FacetCounter& counter_;
};

// Visits every match of `query`: from its match set when weights are not needed (`known`, or
// from the posting lists, match_set.h), many times cheaper than the matcher; through the
// matcher otherwise.
void visit_matches(FacetCounter& counter, const FacetSnapshot& snapshot,
                   const Xapian::Database& database, const Xapian::Query& query, bool weighted,
                   MatchSetCache* positional_sets, const MatchSet* known = nullptr) {
  if (query.get_type() == Xapian::Query::LEAF_MATCH_ALL) {
    for (Xapian::docid docid : snapshot.live_documents()) counter.visit(docid);
    return;
  }
  if (!weighted && !snapshot.visit_through_mset()) {
    std::optional<MatchSet> found;
    if (!known) known = &found.emplace(MatchSet::of(database, query, positional_sets));
    if (!counter.count_by_bitmaps(*known)) {
      known->for_each([&](Xapian::docid docid) { counter.visit(docid); });
    }
    return;
  }
  Xapian::Enquire enquire(database);
  enquire.set_query(query);
  if (!weighted) enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  if (snapshot.visit_through_mset()) {
    // Every match comes back in the MSet instead of through a spy (SnapshotSource).
    const Xapian::MSet matches = enquire.get_mset(0, database.get_doccount());
    for (auto it = matches.begin(); it != matches.end(); ++it) counter.visit(*it, it.get_weight());
    return;
  }
  CountingSpy spy(counter);
  enquire.add_matchspy(&spy);
  // Checking every document is what makes the counts exact and the spy see every match.
  enquire.get_mset(0, 1, database.get_doccount());
}

// How many of a query's best hits are remembered (QueryMatches::ranked): enough for the first
// pages of a search narrowed by a state or a year; a page they do not hold is asked of the
// matcher.
constexpr Xapian::doccount kRememberedHits = 256;

// The relevance page `page` cut from `ranked` (best first, every match when `complete`): the
// hits passing every filter, the best of each duplicate group. Hits weighing `exact_above` or
// less may miss some of equal weight ranked before them, so the page must be full before them.
// Nothing when `ranked` stops before the page does.
std::optional<std::vector<PageHit>> page_from_ranking(
    const std::vector<PageHit>& ranked, bool complete, const FacetCounter& counter,
    const FacetSnapshot& snapshot, const PageRequest& page,
    double exact_above = -std::numeric_limits<double>::infinity()) {
  std::vector<PageHit> hits;
  std::unordered_set<std::int32_t> groups_shown;
  std::size_t rank = 0;
  for (const PageHit& hit : ranked) {
    if (hit.weight <= exact_above) return std::nullopt;
    if (!counter.passes_all(hit.docid)) continue;
    const std::int32_t group = snapshot.duplicate_group(hit.docid);
    if (group >= 0 && !groups_shown.insert(group).second) continue;
    if (rank >= page.first) hits.push_back(hit);
    if (++rank == page.first + page.size) return hits;
  }
  if (complete) return hits;
  return std::nullopt;
}

// The query's best hits before any filter or collapsing, in the order of a collapsed page
// (weight, then bulletin id).
QueryMatches with_ranking(const QueryMatches& known, const FacetSnapshot& snapshot,
                          const Xapian::Database& database, const Xapian::Query& ranked_query) {
  QueryMatches matches;
  matches.set = known.set;
  Xapian::Enquire enquire(database);
  enquire.set_query(ranked_query);
  if (snapshot.id_slot()) enquire.set_sort_by_relevance_then_value(*snapshot.id_slot(), false);
  const Xapian::MSet best = enquire.get_mset(0, kRememberedHits);
  matches.ranked.emplace();
  for (auto it = best.begin(); it != best.end(); ++it) {
    matches.ranked->push_back({*it, it.get_weight()});
  }
  return matches;
}

// The relevance page `page` of `query` asked of the matcher without a sort key or collapsing:
// reading each candidate's bulletin id (to break ties) and duplicate key costs the matcher a
// third more than a plain top-k. Twice the page's depth is fetched, put in the order of a
// collapsed page (weight, then bulletin id) and collapsed here; hits of the lowest weight
// fetched may lack others of equal weight the matcher left out (it breaks ties by document
// id), so the page must fill before them. Nothing when it does not.
std::optional<std::vector<PageHit>> page_without_sort_key(const Xapian::Database& database,
                                                          const Xapian::Query& query,
                                                          const Xapian::MatchDecider* decider,
                                                          const FacetCounter& counter,
                                                          const FacetSnapshot& snapshot,
                                                          const PageRequest& page) {
  const auto fetched = static_cast<Xapian::doccount>(2 * (page.first + page.size) + 10);
  Xapian::Enquire enquire(database);
  enquire.set_query(query);
  const Xapian::MSet best = enquire.get_mset(0, fetched, nullptr, decider);
  std::vector<PageHit> ranked;
  for (auto it = best.begin(); it != best.end(); ++it) ranked.push_back({*it, it.get_weight()});
  std::sort(ranked.begin(), ranked.end(), [&](const PageHit& a, const PageHit& b) {
    if (a.weight != b.weight) return a.weight > b.weight;
    const auto rank_a = snapshot.id_rank(a.docid), rank_b = snapshot.id_rank(b.docid);
    return rank_a != rank_b ? rank_a < rank_b : a.docid < b.docid;
  });
  const bool complete = ranked.size() < fetched;
  return page_from_ranking(
      ranked, complete, counter, snapshot, page,
      complete ? -std::numeric_limits<double>::infinity() : ranked.back().weight);
}

}  // namespace

SearchPass run_search_pass(const FacetSnapshot& snapshot, const Xapian::Database& database,
                           const Xapian::Query& query, const FacetSelection& selection,
                           const PageRequest& page, std::size_t max_values_per_facet,
                           std::optional<Xapian::valueno> collapse_slot,
                           const std::optional<Xapian::Query>& page_filter,
                           MatchSetCache* positional_sets, QueryMatchesCache* query_matches) {
  FacetCounter counter(snapshot, selection);
  SearchPass pass;
  const bool ranked = page.size > 0 && page.order == PageOrder::kRelevance &&
                      query.get_type() != Xapian::Query::LEAF_MATCH_ALL;
  // The query's matches at this revision, remembered when there is a cache for them and the
  // snapshot knows every document (its columns filter and collapse a remembered ranking).
  const bool rememberable = query_matches && database.size() == 1 &&
                            !snapshot.visit_through_mset() &&
                            query.get_type() != Xapian::Query::LEAF_MATCH_ALL &&
                            snapshot.last_docid() == database.get_lastdocid();
  std::string key;
  std::shared_ptr<const QueryMatches> known;
  bool searched_before = false;
  if (rememberable) {
    key = database.get_uuid() + "|" + std::to_string(database.get_revision()) + "|" +
          query.serialise();
    known = query_matches->find(key);
    searched_before = known != nullptr;
    if (!known) {
      auto found = std::make_shared<QueryMatches>();
      found->set = std::make_shared<const MatchSet>(MatchSet::of(database, query, positional_sets));
      query_matches->remember(key, found);
      known = std::move(found);
    }
  }
  if (ranked && collapse_slot && !snapshot.visit_through_mset()) {
    // Relevance: the matcher's top-k pruning beats weighting every match, so the counts come
    // from an unweighted pass and the page, in order of cost, from the query's remembered best
    // hits, from an unsorted top-k ordered and collapsed here, or from the matcher's sorted,
    // collapsed top-k.
    visit_matches(counter, snapshot, database, query, /*weighted=*/false, positional_sets,
                  known ? known->set.get() : nullptr);
    const Xapian::Query ranked_query =
        positional_sets ? with_positions_checked(query, database, *positional_sets) : query;
    if (searched_before && !known->ranked) {
      // Searched before at this revision: remember its best hits, to cut this page and the
      // next searches' from them.
      auto upgraded = std::make_shared<const QueryMatches>(
          with_ranking(*known, snapshot, database, ranked_query));
      query_matches->remember(key, upgraded);
      known = std::move(upgraded);
    }
    if (known && known->ranked) {
      const bool complete = known->ranked->size() < kRememberedHits;  // every match
      if (auto hits = page_from_ranking(*known->ranked, complete, counter, snapshot, page)) {
        pass.page = std::move(*hits);
        pass.counts = counter.finish(max_values_per_facet);
        return pass;
      }
    }
    // The selection filters the matcher as a boolean query when there is one, by the columns
    // otherwise; a decider costs the matcher a document per candidate, so none when nothing
    // is selected.
    FilterDecider decider(counter);
    const Xapian::MatchDecider* filter_by_columns =
        !page_filter && counter.filters() ? &decider : nullptr;
    const Xapian::Query filtered_query =
        page_filter ? Xapian::Query(Xapian::Query::OP_FILTER, ranked_query, *page_filter)
                    : ranked_query;
    if (snapshot.last_docid() == database.get_lastdocid()) {
      if (auto hits = page_without_sort_key(database, filtered_query, filter_by_columns, counter,
                                            snapshot, page)) {
        pass.page = std::move(*hits);
        pass.counts = counter.finish(max_values_per_facet);
        return pass;
      }
    }
    Xapian::Enquire enquire(database);
    enquire.set_collapse_key(*collapse_slot);
    // Equal weights in id order, as the other paths rank them (ranks_before()): which member
    // of a duplicate group is shown, and the order of ties, do not hang on document ids.
    if (snapshot.id_slot()) enquire.set_sort_by_relevance_then_value(*snapshot.id_slot(), false);
    enquire.set_query(filtered_query);
    const Xapian::MSet matches =
        enquire.get_mset(static_cast<Xapian::doccount>(page.first),
                         static_cast<Xapian::doccount>(page.size), nullptr, filter_by_columns);
    for (auto it = matches.begin(); it != matches.end(); ++it) {
      pass.page.push_back({*it, it.get_weight()});
    }
  } else {
    if (page.size > 0) counter.collect_hits();
    visit_matches(counter, snapshot, database, query, /*weighted=*/ranked, positional_sets,
                  known ? known->set.get() : nullptr);
    if (page.size > 0) pass.page = counter.page(page);
  }
  pass.counts = counter.finish(max_values_per_facet);
  return pass;
}

FacetCounts count_facets(const FacetSnapshot& snapshot, const Xapian::Database& database,
                         const Xapian::Query& query, const FacetSelection& selection,
                         std::size_t max_values_per_facet) {
  return run_search_pass(snapshot, database, query, selection, PageRequest{}, max_values_per_facet)
      .counts;
}

}  // namespace hemeroteca
