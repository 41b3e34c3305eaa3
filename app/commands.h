// The `hemeroteca` command line: git-style subcommands (import, reindex, extract, search,
// serve; check and backup in maintenance_commands.h).
//
// Exit codes: 0 success, 1 the work ran but something failed (a file not imported), 2 bad
// usage or input (unknown option, missing path, unreadable query), 3 an environment problem
// (index missing or locked, port taken, schema malformed).
#pragma once

namespace hemeroteca {

int run_cli(int argc, char** argv);

}  // namespace hemeroteca
