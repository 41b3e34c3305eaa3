#include "hemeroteca/indexer/duplicate_key.h"

#include <gtest/gtest.h>

#include "hemeroteca/indexer/extractor.h"
#include "hemeroteca/indexer/reader.h"
#include "test_support.h"

namespace hemeroteca {
namespace {

const std::string kLong1 =
    "El Instituto y la Secretaría realizaron una reunión en la que participaron los 35 "
    "representantes delegacionales y los jefes de prestaciones médicas de todo el país con el "
    "propósito de dar seguimiento puntual al abasto de medicamentos en todas las entidades.";
const std::string kLong2 =
    "Durante este ejercicio de trabajo coordinado en materia de salud el director general "
    "destacó que por primera vez se trabaja en unidad como un solo equipo con una sola "
    "estrategia para trabajar en unidad y coordinación en el sector salud de todo el país.";
const std::string kSharedBoilerplate =
    "El Instituto Mexicano del Seguro Social refrenda su compromiso de atender de manera "
    "puntual las necesidades de las y los derechohabientes con el propósito de asegurar que "
    "todos reciban los servicios de salud adecuados en cada una de sus unidades médicas.";

TEST(DuplicateKey, IgnoresLayoutAndShortLines) {
  EXPECT_EQ(duplicate_key({kLong1, kLong2}), duplicate_key({"BOLETÍN DE PRENSA", "Título distinto",
                                                            kLong1, "Pie de página", kLong2}));
  EXPECT_EQ(16u, duplicate_key({kLong1}).size());
}

TEST(DuplicateKey, DiffersForBulletinsThatShareBoilerplate) {
  EXPECT_NE(duplicate_key({kLong1, kSharedBoilerplate}),
            duplicate_key({kLong2, kSharedBoilerplate}));
}

TEST(DuplicateKey, IsEmptyWithoutWords) { EXPECT_EQ("", duplicate_key({"", "¡!"})); }

}  // namespace
}  // namespace hemeroteca
