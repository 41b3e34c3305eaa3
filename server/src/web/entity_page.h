// The pages of an official (/funcionario/{id}) and of an organization (/organizacion/{id}):
// name and its variants, roles with the dates they were seen, a timeline of bulletins per year
// (its bars link to a search of that year), most frequent topics, the people they appear with,
// their quotes, the newest bulletins and a link to search all of them.
//
// Thread-safety: pure functions.
#pragma once

#include <string>

#include "web/entity_profile.h"

namespace hemeroteca {

std::string render_entity_page(const EntityProfile& profile);

}  // namespace hemeroteca
