// The Boost graphs behind a Projection, for the algorithms in graph/ that
// run Boost.Graph on them (analytics.cpp, paths.cpp). Not for other modules.
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>
#include <vector>

#include "graph/projection.h"

namespace netra::graph {

struct EdgeProps {
  uint32_t predicate = 0;
};

using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, EdgeProps, boost::no_property,
                                               uint32_t, uint32_t>;

// Two CSR graphs: forward for out-edges, reversed for in-edges, since the
// directed CSR graph only stores out-edges.
struct Projection::Graphs {
  Csr forward;
  Csr backward;
};

// The projection with every edge in both directions: what connectivity,
// paths and centrality use, since a fact links its two entities whichever
// way it reads (`Person cites Statute` connects the statute to the person).
// Each CSR edge's property is the index of its edge in Projection::edges().
struct UndirectedProps {
  uint32_t edge = 0;
};
using UndirectedCsr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, UndirectedProps,
                                                         boost::no_property, uint32_t, uint32_t>;
struct Projection::Undirected {
  UndirectedCsr graph;
};

}  // namespace netra::graph
