// What the archive says about one official or organization, gathered with SearchService
// calls only, for their pages (/funcionario/{id}, /organizacion/{id}).
//
// One search filtered by the entity, newest first, with facets, gives the number of bulletins,
// the timeline (year facet), the most frequent topics and the organizations or officials in
// them (facets are counted over the whole match set). The people an official appears with
// are counted from the results themselves (up to kProfileScanLimit bulletins), because a
// multi-select facet counts its own group as if it were not filtered. Name variants, roles
// with their first and last dates and quotes come from the stored records of the
// kProfileRecordLimit newest bulletins: the server has no gazetteer, only what records hold.
//
// Thread-safety: build_profile may be called from many threads (SearchService is thread-safe).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "hemeroteca/schema/record.h"
#include "hemeroteca/server/search_service.h"

namespace hemeroteca {

inline constexpr std::size_t kProfileScanLimit = 1000;
inline constexpr std::size_t kProfileRecordLimit = 50;
inline constexpr std::size_t kProfileListLimit = 10;  // topics, people, recent bulletins

enum class EntityKind { kOfficial, kOrganization };

struct RoleSeen {
  std::string role;                  // "director general"
  std::string organization;          // "IMSS"; empty when unknown
  std::optional<std::string> first;  // ISO date of the earliest bulletin naming it
  std::optional<std::string> last;
  unsigned bulletins = 0;
};

struct QuoteSeen {
  Quote quote;
  std::string speaker;  // the official's name
  std::string bulletin_id;
  std::string bulletin_title;
  std::optional<std::string> bulletin_date;
};

struct EntityProfile {
  EntityKind kind = EntityKind::kOfficial;
  std::string id;                     // the facet value (slug)
  std::string name;                   // the facet's label
  std::vector<std::string> variants;  // other names and spellings seen in records
  std::vector<RoleSeen> roles;        // officials only
  Xapian::doccount total = 0;
  std::vector<FacetCount> years;
  std::vector<FacetCount> topics;
  std::vector<FacetCount> people;         // officials appearing in the same bulletins
  std::vector<FacetCount> organizations;  // in the same bulletins; officials' profiles only
  std::vector<QuoteSeen> quotes;
  std::vector<SearchHit> recent;  // newest first
  std::size_t records_read = 0;   // how many records roles, variants and quotes come from
};

FacetGroup facet_group(EntityKind kind);

// Nothing when no bulletin names `id`. Throws Error like SearchService::search.
std::optional<EntityProfile> build_profile(const SearchService& service, EntityKind kind,
                                           const std::string& id);

}  // namespace hemeroteca
