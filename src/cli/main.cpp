// netra: a knowledge-graph builder for Indonesian civic news.
#include "cli/commands.h"

int main(int argc, char** argv) { return netra::cli::Main(argc, argv); }
