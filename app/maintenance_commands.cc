#include "maintenance_commands.h"

#include <iostream>

#include "hemeroteca/indexer/index_backup.h"
#include "hemeroteca/indexer/index_check.h"
#include "hemeroteca/schema/schema.h"

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

int MaintenanceCommands::run_check(const std::filesystem::path& schema_dir) const {
  const Schema schema = Schema::load(schema_dir / "fields.xml");
  const CheckReport report = check_index(check_database_, schema);
  for (const std::string& note : report.notes) std::cout << "note: " << note << "\n";
  for (const std::string& problem : report.problems) std::cout << "problem: " << problem << "\n";
  if (report.problem_count > report.problems.size()) {
    std::cout << "… and " << report.problem_count - report.problems.size() << " more\n";
  }
  std::cout << check_database_.string() << ": revision " << report.revision << ", "
            << report.documents << " bulletin(s): "
            << (report.ok() ? "OK" : std::to_string(report.problem_count) + " problem(s)")
            << std::endl;
  return report.ok() ? 0 : 1;
}

int MaintenanceCommands::run_backup() const {
  const BackupSummary summary = backup_index(backup_database_, backup_destination_,
                                             BackupOptions{.overwrite = backup_force_});
  std::cout << "backed up revision " << summary.revision << " of " << backup_database_.string()
            << " (" << summary.documents << " bulletins, "
            << (summary.bytes + (1 << 19)) / (1 << 20) << " MiB) to "
            << backup_destination_.string() << std::endl;
  return 0;
}

}  // namespace hemeroteca
