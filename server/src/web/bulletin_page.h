// The bulletin page (/boletin/{id}): title, date, number, place, highlights and clean body,
// and beside them what the extractor found — officials with roles, organizations, states,
// figures with their sentences, topics, quotes — its sources (every shape of the bulletin)
// and related bulletins. Names link to their pages or to a search filtered by them.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "hemeroteca/schema/record.h"
#include "hemeroteca/server/search_service.h"

namespace hemeroteca {

std::string render_bulletin_page(const Record& record, const std::vector<SimilarBulletin>& related,
                                 const std::vector<OtherShape>& other_shapes = {});

// True for an absolute http(s) URL, the only kind of stored address pages turn into a link.
bool is_web_address(std::string_view text);

}  // namespace hemeroteca
