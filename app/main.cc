// hemeroteca: the command-line entry point. Subcommands live in commands.cc.
#include "commands.h"

int main(int argc, char** argv) { return hemeroteca::run_cli(argc, argv); }
