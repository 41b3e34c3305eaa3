// FacetIndex: the facet columns of an index held in memory, and the facet counts of a search.
//
// Counting facets over a whole match set is the expensive part of a faceted search. Reading
// Xapian value slots for every matching document costs I/O and parsing per document; instead a
// FacetSnapshot holds, per document id, the ids of its facet values (officials, organizations,
// states, topics, year), its date and its duplicate group, built once per index revision from
// Xapian's value streams. Counting is then a pass over the matching document ids — for the
// empty query a pass over the columns alone, without Xapian.
//
// Counts are multi-select ("disjunctive"): the counts of one facet are taken with every filter
// applied except that facet's own, so that selected values stay listed with their counts and
// the other values of the same facet show what choosing them too would add. A document whose
// duplicate group (same duplicate_key) was already counted is not counted again.
//
// Over shards (shards.h) the snapshot is built from the joined database, whose document ids
// interleave the shards' own; ties in every order are broken by bulletin id, never by
// document id, so that any split of the same bulletins gives the same answers. Remote shards
// cannot run our match spies and deciders, and read value streams a document at a time, so
// with a remote shard the columns are read and the matches visited through MSets instead.
//
// Thread-safety: a FacetSnapshot is immutable and shared (std::shared_ptr<const>) between
// threads; count_facets() only reads it.
#pragma once

#include <xapian.h>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "hemeroteca/schema/schema.h"

namespace hemeroteca {

class MatchSetCache;      // match_set.h
class QueryMatchesCache;  // match_set.h

// The facet groups, in the order the API lists them.
enum class FacetGroup : std::size_t { kOfficial, kOrganization, kState, kTopic, kYear };
inline constexpr std::size_t kFacetGroups = 5;
inline constexpr std::array<std::string_view, kFacetGroups> kFacetNames = {
    "official", "organization", "state", "topic", "year"};

// The label of the year facet's value for bulletins without a date (kUndatedYear).
inline constexpr std::string_view kUndatedLabel = "Sin fecha";

// Where a snapshot's database comes from, when it is more than one local database.
struct SnapshotSource {
  // The shards `database` joins. Xapian reads a joined database's metadata (facet labels)
  // from its first shard only, so labels are looked up in each; empty: `database` alone.
  std::span<const Xapian::Database> shards;
  bool remote = false;  // some shard is remote (see the header comment)
  // `database` joins two or more shards. Xapian 1.4's matcher stops calling a match spy
  // early over a joined database (the counts came out short), so matches are visited
  // through an MSet of them all, as for remote shards.
  bool joined = false;
  // The identity and revision of what the snapshot was built from (OpenIndex::state_key);
  // empty: the database's UUID and revision.
  std::string state_key;
};

class FacetSnapshot {
 public:
  // Reads every facet column of `database`. Cost: one pass over the value streams.
  static std::shared_ptr<const FacetSnapshot> build(const Xapian::Database& database,
                                                    const Schema& schema,
                                                    const SnapshotSource& source = {});

  // SnapshotSource::state_key of the database the snapshot was built from.
  const std::string& state_key() const { return state_key_; }
  bool remote() const { return remote_; }
  // Matches are visited through an MSet, not a match spy (SnapshotSource::remote, joined).
  bool visit_through_mset() const { return remote_ || joined_; }

  struct Dictionary {
    std::vector<std::string> values;  // slugs, as filters and URLs use them
    std::vector<std::string> labels;  // what people read
    // Full names the importer stored, where a label is short ("IMSS"); empty otherwise.
    std::vector<std::string> names;
    std::unordered_map<std::string, std::uint32_t> ids;  // slug -> index
  };
  const Dictionary& dictionary(FacetGroup group) const {
    return dictionaries_[static_cast<std::size_t>(group)];
  }

  // Columns, indexed by Xapian document id.
  struct Columns {
    std::vector<std::uint32_t> offsets;  // values of doc d: values[offsets[d] .. offsets[d+1])
    std::vector<std::uint32_t> values;
  };
  const Columns& columns(FacetGroup group) const {
    return columns_[static_cast<std::size_t>(group)];
  }
  std::uint32_t date(Xapian::docid docid) const {  // YYYYMMDD, 0 when undated or unknown
    return docid < dates_.size() ? dates_[docid] : 0;
  }
  // Index of the document's duplicate group among groups of two or more documents, or -1.
  std::int32_t duplicate_group(Xapian::docid docid) const {
    return docid < duplicate_groups_.size() ? duplicate_groups_[docid] : -1;
  }
  std::size_t duplicate_group_count() const { return duplicate_group_count_; }
  // The rank of the document's bulletin id among all ids: breaks ties in every order.
  std::uint32_t id_rank(Xapian::docid docid) const {
    return docid < id_ranks_.size() ? id_ranks_[docid] : UINT32_MAX;
  }
  // The value slot holding bulletin ids (fields.xml), by which the matcher breaks ties too.
  std::optional<Xapian::valueno> id_slot() const { return id_slot_; }
  bool has_figures(Xapian::docid docid) const {
    return docid / 64 < documents_with_figures_.size() &&
           (documents_with_figures_[docid / 64] >> (docid % 64) & 1) != 0;
  }
  const std::vector<Xapian::docid>& live_documents() const { return live_; }

  // Every facet value of a document in one row, as value id + value_base(group), groups in
  // order: counting a search with nothing selected reads one row per match instead of one
  // column per group.
  const Columns& rows() const { return rows_; }
  std::uint32_t value_base(FacetGroup group) const {
    return value_bases_[static_cast<std::size_t>(group)];
  }
  std::uint32_t value_count() const { return value_bases_.back(); }
  Xapian::docid last_docid() const { return last_docid_; }

  // A set of documents: bit d % 64 of word d / 64 is document d.
  using Bitmap = std::vector<std::uint64_t>;

  // The live documents outside duplicate groups: those counted a bitmap word at a time.
  const Bitmap& ungrouped_documents() const { return ungrouped_documents_; }

  // Groups of at most this many values keep a bitmap per value: a filter on them is then an OR
  // of bitmaps, and their counts over a set a popcount per value, instead of a column read per
  // matching document.
  static constexpr std::size_t kMaxBitmapValues = 64;
  // The bitmaps of the group's values, by value id; empty when the group has more values.
  const std::vector<Bitmap>& value_bitmaps(FacetGroup group) const {
    return value_bitmaps_[static_cast<std::size_t>(group)];
  }
  const Bitmap& undated_documents() const { return undated_documents_; }
  const Bitmap& documents_with_figures() const { return documents_with_figures_; }

 private:
  std::string state_key_;
  bool remote_ = false;
  bool joined_ = false;
  Xapian::docid last_docid_ = 0;
  std::array<Dictionary, kFacetGroups> dictionaries_;
  std::array<Columns, kFacetGroups> columns_;
  std::vector<std::uint32_t> dates_;
  std::vector<std::int32_t> duplicate_groups_;
  std::vector<std::uint32_t> id_ranks_;
  std::optional<Xapian::valueno> id_slot_;
  std::size_t duplicate_group_count_ = 0;
  std::vector<Xapian::docid> live_;
  Columns rows_;
  std::array<std::uint32_t, kFacetGroups + 1> value_bases_{};
  Bitmap ungrouped_documents_;
  std::array<std::vector<Bitmap>, kFacetGroups> value_bitmaps_;
  Bitmap undated_documents_;
  Bitmap documents_with_figures_;
};

// What a search selected, in facet terms.
struct FacetSelection {
  std::array<std::vector<std::string>, kFacetGroups> values;  // slugs per group
  std::optional<std::uint32_t> date_from;                     // YYYYMMDD inclusive
  std::optional<std::uint32_t> date_to;
  bool require_figures = false;
};

struct FacetCount {
  std::string value;
  std::string label;
  Xapian::doccount count = 0;
  bool selected = false;
};

// Sorts a group's values as FacetCounts lists them: most bulletins first; among as many, by
// label as a reader orders names ("Álvaro" before "Víctor": accents and case folded).
void sort_facet_counts(std::vector<FacetCount>& counts);

struct FacetCounts {
  Xapian::doccount total = 0;    // bulletins passing every filter (duplicates once)
  Xapian::doccount undated = 0;  // of the matches before date filters, those without a date
  std::array<std::vector<FacetCount>, kFacetGroups> groups;  // sorted by count, then label
  std::vector<FacetCount> months;  // months of the one selected year, in calendar order
};

// How the page of a search is ordered. Undated bulletins come last in both date orders.
enum class PageOrder { kRelevance, kDateDesc, kDateAsc };

struct PageRequest {
  std::size_t first = 0;  // 0-based rank of the first hit wanted
  std::size_t size = 0;   // hits wanted; 0 counts facets only
  PageOrder order = PageOrder::kRelevance;
};

struct PageHit {
  Xapian::docid docid = 0;
  double weight = 0;  // BM25 weight of the text query; 0 for the empty query
};

// One pass over the matches of a query gives everything a search answer needs: the facet
// counts and the page of hits passing every filter, one per duplicate group (the best ranked).
// Filters, collapsing and date order are applied to the in-memory columns during the pass,
// so Xapian runs the query once, without filters, whatever is selected.
struct SearchPass {
  FacetCounts counts;
  std::vector<PageHit> page;
};

// `database` must be the database the snapshot was built from, or a newer revision of it:
// documents added since have no facet values until the next snapshot. MatchAll is answered
// from the columns alone. With `collapse_slot` (the duplicate key's value slot) a relevance
// page is ranked by Xapian's matcher and collapsed by that slot, which lets the matcher skip
// documents that cannot reach the page. That page is filtered by `page_filter` when given — the
// selection as a boolean query (QueryMapper::keyword_filter and date_filter), which the matcher
// applies by skipping along the filter's posting lists — and by the columns otherwise. With
// `positional_sets`, the documents of each phrase are found once per index revision and reused
// by the counts and the page (match_set.h). With `query_matches`, the match set of `query` is
// found once per index revision and reused by the searches that only filter, page or order it
// otherwise; a relevance page is then cut from the query's remembered best hits when they hold
// it, filtered and collapsed by the columns.
SearchPass run_search_pass(const FacetSnapshot& snapshot, const Xapian::Database& database,
                           const Xapian::Query& query, const FacetSelection& selection,
                           const PageRequest& page, std::size_t max_values_per_facet = 50,
                           std::optional<Xapian::valueno> collapse_slot = std::nullopt,
                           const std::optional<Xapian::Query>& page_filter = std::nullopt,
                           MatchSetCache* positional_sets = nullptr,
                           QueryMatchesCache* query_matches = nullptr);

// Facet counts alone.
FacetCounts count_facets(const FacetSnapshot& snapshot, const Xapian::Database& database,
                         const Xapian::Query& query, const FacetSelection& selection,
                         std::size_t max_values_per_facet = 50);

}  // namespace hemeroteca
