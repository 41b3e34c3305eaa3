// Corrections: staff's fixes to a bulletin's metadata (PATCH /api/v1/bulletins/{id}).
//
// A correction is kept apart from the record, in the index's metadata under
// correction_key(id), and applied every time the bulletin is stored — by an import, a
// reindex or an upload — so that it survives re-imports of the original file.
//
// A correction is a JSON object with any of these members (others are refused):
//   title          string
//   date           "YYYY-MM-DD", or null for "no date"; the record's date_source becomes
//                  "metadata"
//   number         string, or null
//   place          string
//   officials      array of names ("Zoé Robledo") or of {"name", "id", "role", "organization"}
//   organizations  array of ids ("IMSS") or of {"id", "name"}
//   states         array of names
//   topics         array of topic ids from the taxonomy, or of {"id", "score"}
// Lists replace the extracted lists whole.
//
// Thread-safety: pure functions.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "hemeroteca/schema/gazetteer.h"
#include "hemeroteca/schema/record.h"
#include "hemeroteca/schema/taxonomy.h"

namespace hemeroteca {

// The metadata key of a bulletin's correction.
std::string correction_key(std::string_view id);
inline constexpr std::string_view kCorrectionKeyPrefix = "correction:";

// Checks `patch` and completes it: names become {"id", "name", …} objects, topic ids get
// their taxonomy labels, officials, organizations and states the gazetteer knows get its ids
// and names ("imss" -> IMSS, "CDMX" -> "Ciudad de México"). Throws Error(kInvalidArgument)
// naming the member and what is wrong (unknown member, wrong type, an impossible date, a topic
// the taxonomy does not have, a state that is none).
nlohmann::json normalize_correction(const nlohmann::json& patch, const Taxonomy& taxonomy,
                                    const Gazetteer& gazetteer);

// `earlier` with the members of `later` replacing its own.
nlohmann::json merge_corrections(nlohmann::json earlier, const nlohmann::json& later);

// `record` with the corrected members replaced. `correction` must be normalized.
Record apply_correction(const Record& record, const nlohmann::json& correction);

}  // namespace hemeroteca
