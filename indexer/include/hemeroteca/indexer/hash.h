// Hashes for ids and change detection. Not cryptographic: they name things, they guard nothing.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace hemeroteca {

// 64-bit FNV-1a.
std::uint64_t fnv1a64(std::string_view bytes);

// 16 lower-case hex digits of a 64-bit value.
std::string hex64(std::uint64_t value);

// The hash that tells whether an input's bytes changed since the last import.
inline std::string content_hash(std::string_view bytes) { return hex64(fnv1a64(bytes)); }

}  // namespace hemeroteca
