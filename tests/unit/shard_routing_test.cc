// Which shard holds a bulletin: fixed by the id alone, the same in every release, since
// moving it would strand the copies already stored (docs/sharding.md).
#include <gtest/gtest.h>

#include "hemeroteca/indexer/importer.h"

namespace hemeroteca {
namespace {

TEST(ShardOf, IsFnv1aOfTheIdModuloTheCount) {
  // FNV-1a 64 of "imss-boletin-286-2021" is 3688560777569086094.
  EXPECT_EQ(0u, shard_of("imss-boletin-286-2021", 2));
  EXPECT_EQ(2u, shard_of("imss-boletin-286-2021", 3));
  EXPECT_EQ(4u, shard_of("imss-boletin-286-2021", 7));
  EXPECT_EQ(4u, shard_of("a0b1c2d3e4f50617", 7));
}

TEST(ShardOf, OneShardHoldsEverything) {
  EXPECT_EQ(0u, shard_of("a0b1c2d3e4f50617", 1));
  EXPECT_EQ(0u, shard_of("a0b1c2d3e4f50617", 0));
}

TEST(ShardFolders, AreNumberedFromZeroUnderTheBase) {
  const auto folders = shard_folders("/srv/idx", 3);
  ASSERT_EQ(3u, folders.size());
  EXPECT_EQ("/srv/idx/shard-0", folders[0].string());
  EXPECT_EQ("/srv/idx/shard-2", folders[2].string());
}

}  // namespace
}  // namespace hemeroteca
