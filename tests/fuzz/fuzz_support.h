// Helpers shared by the fuzz targets (tests/fuzz/*_fuzz.cc).
//
// Each target defines LLVMFuzzerTestOneInput. It is linked either with libFuzzer (clang,
// HEMEROTECA_FUZZ=ON) to search for crashes, or with replay_main.cc (any compiler) to replay
// the seed corpus and the crash regressions as an ordinary test. A target lets through only
// the errors its parser documents (hemeroteca::Error); any other exception, a sanitizer report
// or a broken invariant (FUZZ_CHECK) is a crash.
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace hemeroteca::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Splits off the first byte as a selector among `choices` (for targets that fuzz several
// related parsers); the rest of the input is the parser's.
struct Selected {
  unsigned choice = 0;
  std::string_view rest;
};
inline Selected select(std::string_view input, unsigned choices) {
  if (input.empty()) return {0, input};
  return {static_cast<unsigned char>(input[0]) % choices, input.substr(1)};
}

// A folder of this process's own under the system temporary directory, for parsers that read
// files (schema, manifests); removed at exit. One per process: libFuzzer runs inputs one at a
// time.
inline const std::filesystem::path& scratch_dir() {
  static const std::filesystem::path dir = [] {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("hemeroteca-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(path);
    static struct Remover {
      std::filesystem::path path;
      ~Remover() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
      }
    } remover{path};
    return path;
  }();
  return dir;
}

inline std::filesystem::path write_scratch(const std::string& name, std::string_view content) {
  const std::filesystem::path file = scratch_dir() / name;
  std::filesystem::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary | std::ios::trunc)
      .write(content.data(), static_cast<std::streamsize>(content.size()));
  return file;
}

}  // namespace hemeroteca::fuzz

// An invariant of a parser's result; a violation aborts, so the fuzzer keeps the input.
#define FUZZ_CHECK(condition)                                                                \
  do {                                                                                       \
    if (!(condition)) {                                                                      \
      std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                          \
    }                                                                                        \
  } while (false)
