// One letter per kind of block, for tests that print a document's blocks compactly:
// "H" heading, "P" paragraph, "B" bullet, "E" end mark.
#pragma once

#include "hemeroteca/indexer/document.h"

namespace hemeroteca::testing {

inline const char* BlockLetter(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeading:
      return "H";
    case BlockKind::kParagraph:
      return "P";
    case BlockKind::kBullet:
      return "B";
    case BlockKind::kEndMark:
      return "E";
  }
  return "?";
}

}  // namespace hemeroteca::testing
