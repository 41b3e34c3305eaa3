#include "maintenance_commands.h"

#include <iostream>

#include "hemeroteca/indexer/index_backup.h"
#include "hemeroteca/indexer/index_check.h"
#include "hemeroteca/schema/schema.h"
#include "shard_commands.h"

namespace hemeroteca {

MaintenanceCommands::MaintenanceCommands(CLI::App& app,
                                         const std::filesystem::path& default_database)
    : check_database_(default_database), backup_database_(default_database) {
  check_ = app.add_subcommand(
      "check", "Verify an index: Xapian's table check plus Hemeroteca's own invariants");
  check_->add_option("--db", check_database_, "Index folder")->capture_default_str();

  backup_ = app.add_subcommand(
      "backup", "Write a consistent compacted copy of the index, safe while it is in use");
  backup_->add_option("destination", backup_destination_, "Folder for the copy")->required();
  backup_->add_option("--db", backup_database_, "Index folder")->capture_default_str();
  backup_->add_flag("--force", backup_force_, "Replace a destination folder that holds files");
}

bool MaintenanceCommands::chosen() const { return check_->parsed() || backup_->parsed(); }

int MaintenanceCommands::run(const std::filesystem::path& schema_dir) const {
  return check_->parsed() ? run_check(schema_dir) : run_backup();
}

// A sharded index (shard-0, shard-1… under --db) is checked shard by shard.
int MaintenanceCommands::run_check(const std::filesystem::path& schema_dir) const {
  const Schema schema = Schema::load(schema_dir / "fields.xml");
  bool ok = true;
  for (const std::filesystem::path& folder : index_folders(check_database_)) {
    const CheckReport report = check_index(folder, schema);
    for (const std::string& note : report.notes) std::cout << "note: " << note << "\n";
    for (const std::string& problem : report.problems) {
      std::cout << "problem: " << problem << "\n";
    }
    if (report.problem_count > report.problems.size()) {
      std::cout << "… and " << report.problem_count - report.problems.size() << " more\n";
    }
    std::cout << folder.string() << ": revision " << report.revision << ", " << report.documents
              << " bulletin(s): "
              << (report.ok() ? "OK" : std::to_string(report.problem_count) + " problem(s)")
              << std::endl;
    ok = ok && report.ok();
  }
  return ok ? 0 : 1;
}

// A sharded index is copied shard by shard, each into the destination's folder of that name.
int MaintenanceCommands::run_backup() const {
  const std::vector<std::filesystem::path> folders = index_folders(backup_database_);
  for (const std::filesystem::path& folder : folders) {
    const std::filesystem::path destination =
        folders.size() == 1 ? backup_destination_ : backup_destination_ / folder.filename();
    const BackupSummary summary =
        backup_index(folder, destination, BackupOptions{.overwrite = backup_force_});
    std::cout << "backed up revision " << summary.revision << " of " << folder.string() << " ("
              << summary.documents << " bulletins, " << (summary.bytes + (1 << 19)) / (1 << 20)
              << " MiB) to " << destination.string() << std::endl;
  }
  return 0;
}

}  // namespace hemeroteca
