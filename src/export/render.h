// Pictures through Graphviz: the DOT text is piped into a Graphviz engine
// run as a child process (`dot -Tsvg -o FILE`).
#pragma once

#include <string>

#include "core/status.h"

namespace netra::exporter {

// `dot` (layered, edge directions readable) up to 60 nodes; above that its
// layers turn into one very wide strip, so `neato` (stress majorisation,
// compact and even) up to 500 nodes and `sfdp` (multilevel, near-linear)
// beyond, where neato's quadratic cost shows: on a 100k store's region of
// 739 nodes and 2,353 edges neato took 1.6 s of CPU, sfdp 0.33 s; on 464
// nodes both about 0.2 s.
const char* ChooseEngine(size_t nodes);

// Runs `engine -T<format> [-o out_path]`, feeding it `dot_text` on stdin; with
// an empty `out_path` the picture goes to this process's stdout.
// NotFound if the engine is not installed; IoError if it fails (its
// messages go to stderr).
Status RenderWithGraphviz(const std::string& dot_text, const std::string& engine, const std::string& format,
                          const std::string& out_path);

}  // namespace netra::exporter
