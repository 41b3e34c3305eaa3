// The maintenance subcommands of `hemeroteca`: `check` (is the index whole and consistent?) and
// `backup DIR` (a consistent compacted copy of a live index). See docs/operations.md.
//
// Exit codes as commands.h: `check` exits 0 when the index is fine and 1 when it found
// problems (listed on stdout, one per line); `backup` exits 0 when the copy is in place, 2 when
// the destination is refused, 3 when the copy cannot be made.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>

namespace hemeroteca {

class MaintenanceCommands {
 public:
  // Adds the subcommands to `app`; `default_database` is the index used without --db.
  MaintenanceCommands(CLI::App& app, const std::filesystem::path& default_database);

  // Whether the command line chose one of these subcommands (after parsing).
  bool chosen() const;
  // Runs the chosen one and returns its exit code. Throws hemeroteca::Error as commands do.
  int run(const std::filesystem::path& schema_dir) const;

 private:
  int run_check(const std::filesystem::path& schema_dir) const;
  int run_backup() const;

  CLI::App* check_ = nullptr;
  CLI::App* backup_ = nullptr;
  std::filesystem::path check_database_;
  std::filesystem::path backup_database_;
  std::filesystem::path backup_destination_;
  bool backup_force_ = false;
};

}  // namespace hemeroteca
