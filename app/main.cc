// hemeroteca: the command-line entry point. Subcommands live in commands.cc.
#include "commands.h"
#include "hemeroteca/indexer/importer.h"

int main(int argc, char** argv) {
  hemeroteca::use_default_flush_threshold();  // first, while no other thread runs
  return hemeroteca::run_cli(argc, argv);
}
