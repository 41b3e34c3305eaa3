#include "web/entity_profile.h"

#include <algorithm>
#include <map>

#include "hemeroteca/schema/analyzer.h"
#include "web/search_url.h"

namespace hemeroteca {
namespace {

const std::vector<FacetCount>& group_of(const SearchResponse& response, FacetGroup group) {
  return response.facets.groups[static_cast<std::size_t>(group)];
}

std::vector<FacetCount> top(std::vector<FacetCount> values, const std::string& except) {
  std::erase_if(values, [&](const FacetCount& v) { return v.value == except || v.count == 0; });
  if (values.size() > kProfileListLimit) values.resize(kProfileListLimit);
  return values;
}

void add_variant(EntityProfile& profile, const std::string& name) {
  if (name.empty() || name == profile.name) return;
  if (std::find(profile.variants.begin(), profile.variants.end(), name) == profile.variants.end()) {
    profile.variants.push_back(name);
  }
}

// Officials on the results, counted without the profile's own official: a multi-select facet
// would count them over the unfiltered index.
std::vector<FacetCount> people_from_hits(const SearchService& service, SearchRequest request,
                                         const std::string& self) {
  request.facets = false;
  request.snippets = false;
  request.per_page = kMaxPerPage;
  std::map<std::string, FacetCount> counts;
  for (request.page = 1; (request.page - 1) * kMaxPerPage < kProfileScanLimit; ++request.page) {
    const SearchResponse response = service.search(request);
    for (const SearchHit& hit : response.results) {
      for (const Labelled& official : hit.officials) {
        const std::string value = slug(official.id);
        if (value == self) continue;
        FacetCount& count = counts[value];
        count.value = value;
        count.label = official.label;
        ++count.count;
      }
    }
    if (request.page * kMaxPerPage >= response.total) break;
  }
  std::vector<FacetCount> people;
  for (auto& [value, count] : counts) people.push_back(std::move(count));
  std::stable_sort(people.begin(), people.end(),
                   [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
  return people;
}

void note_role(EntityProfile& profile, const Official& official, const Record& record) {
  if (official.role.empty()) return;
  auto it = std::find_if(profile.roles.begin(), profile.roles.end(), [&](const RoleSeen& r) {
    return r.role == official.role && r.organization == official.organization;
  });
  if (it == profile.roles.end()) {
    profile.roles.push_back({official.role, official.organization, {}, {}, 0});
    it = profile.roles.end() - 1;
  }
  ++it->bulletins;
  if (record.date) {
    if (!it->first || *record.date < *it->first) it->first = record.date;
    if (!it->last || *record.date > *it->last) it->last = record.date;
  }
}

// Variants, roles and quotes from one stored record.
void read_record(EntityProfile& profile, const Record& record) {
  std::map<std::string, std::string> names;  // official id -> name, for speakers
  for (const Official& official : record.officials) names[official.id] = official.name;
  std::vector<std::string> speakers;  // officials whose quotes belong on this page
  if (profile.kind == EntityKind::kOfficial) {
    for (const Official& official : record.officials) {
      if (slug(official.id) != profile.id) continue;
      add_variant(profile, official.name);
      note_role(profile, official, record);
      speakers.push_back(official.id);
    }
  } else {
    for (const Organization& organization : record.organizations) {
      if (slug(organization.id) != profile.id) continue;
      add_variant(profile, organization.id);
      add_variant(profile, organization.name);
    }
    for (const Official& official : record.officials) {
      if (slug(official.organization) == profile.id) speakers.push_back(official.id);
    }
  }
  for (const Quote& quote : record.quotes) {
    if (std::find(speakers.begin(), speakers.end(), quote.official) == speakers.end()) continue;
    profile.quotes.push_back(
        {quote, names.contains(quote.official) ? names[quote.official] : quote.official, record.id,
         record.title, record.date});
  }
}

}  // namespace

FacetGroup facet_group(EntityKind kind) {
  return kind == EntityKind::kOfficial ? FacetGroup::kOfficial : FacetGroup::kOrganization;
}

std::optional<EntityProfile> build_profile(const SearchService& service, EntityKind kind,
                                           const std::string& id) {
  // An id with nothing to filter on ("..", "---") would be dropped as an empty filter and
  // show every bulletin under a name no bulletin has.
  if (slug(id).empty()) return std::nullopt;
  SearchRequest request;
  values_of(request, facet_group(kind)).push_back(id);
  request.sort = SortOrder::kDateDesc;
  request.per_page = kMaxPerPage;
  request.snippets = false;
  const SearchResponse response = service.search(request);
  if (response.total == 0) return std::nullopt;

  EntityProfile profile;
  profile.kind = kind;
  profile.id = slug(id);
  profile.name = id;
  for (const FacetCount& value : group_of(response, facet_group(kind))) {
    if (value.selected) profile.name = value.label;
  }
  profile.total = response.total;
  profile.years = group_of(response, FacetGroup::kYear);
  profile.topics = top(group_of(response, FacetGroup::kTopic), "");
  if (kind == EntityKind::kOfficial) {
    profile.people = top(people_from_hits(service, request, profile.id), profile.id);
    profile.organizations = top(group_of(response, FacetGroup::kOrganization), "");
  } else {
    // The officials facet is filtered by the organization, so its counts are the right ones;
    // other organizations would be counted unfiltered (their own group) and are left out.
    profile.people = top(group_of(response, FacetGroup::kOfficial), "");
  }
  for (const SearchHit& hit : response.results) {
    if (profile.records_read == kProfileRecordLimit) break;
    if (const std::optional<Record> record = service.bulletin(hit.id)) {
      read_record(profile, *record);
      ++profile.records_read;
    }
  }
  const std::size_t recent = std::min(response.results.size(), kProfileListLimit);
  profile.recent.assign(response.results.begin(), response.results.begin() + recent);
  return profile;
}

}  // namespace hemeroteca
