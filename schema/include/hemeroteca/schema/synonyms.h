// Synonyms: groups of words and phrases that a search treats as one, read from
// schema/synonyms.xml (see its header comment for the format and the matching rules).
//
// Thread-safety: a loaded Synonyms is immutable and may be shared between threads.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace hemeroteca {

class Synonyms {
 public:
  // Throws Error(kIo) when the file cannot be read, Error(kCorrupt) naming file:line when it is
  // malformed (bad XML, a group with fewer than two terms, an empty term).
  static Synonyms load(const std::filesystem::path& synonyms_xml);

  // Rewrites a folded query (QueryMapper::fold_query) so that each word or phrase found in a
  // group becomes "(term OR "other term" …)". Quoted text, field scopes, operators and
  // words marked with - or + are left alone. The longest match at each position wins.
  std::string expand(const std::string& folded_query) const;

  std::size_t group_count() const { return groups_.size(); }

 private:
  // Each term as its folded words; groups_[g] lists term indexes into terms_.
  std::vector<std::vector<std::string>> terms_;
  std::vector<std::size_t> group_of_term_;
  std::vector<std::vector<std::size_t>> groups_;
};

}  // namespace hemeroteca
