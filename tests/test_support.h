// Helpers shared by the test suites: temporary folders and paths to the shipped data.
#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace hemeroteca::testing {

inline std::filesystem::path schema_dir() { return HEMEROTECA_TEST_SCHEMA_DIR; }
inline std::filesystem::path fixtures_dir() { return HEMEROTECA_TEST_FIXTURES_DIR; }
inline std::filesystem::path corpus_dir() { return HEMEROTECA_TEST_CORPUS_DIR; }

// A fresh folder under the system's temporary directory, removed with everything in it when
// the object goes out of scope.
class TempDir {
 public:
  TempDir() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("hemeroteca-test-" + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Writes `content` to a file below the folder and returns its path.
  std::filesystem::path write(const std::string& name, const std::string& content) const {
    const std::filesystem::path file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file;
  }

 private:
  std::filesystem::path path_;
};

}  // namespace hemeroteca::testing
