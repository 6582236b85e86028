// The interactive neighbourhood of an entity (sigma.js over graphology, as
// Gephi Lite draws): the graph is `netra export --format gexf --ego ID`
// itself, so colours, sizes and positions are the exporter's (one style,
// src/export/style.cpp; one layout), and the download buttons fetch the
// same export with the same filters: what is on screen is what you get.

import Graph from "graphology";
import {parse} from "graphology-gexf/browser";
import Sigma from "sigma";

import {apiText, apiUrl} from "./api.js";
import {h, notice, replace, route} from "./dom.js";

// Documents and publishers link to everything they mention: left out unless
// asked for, like the README's overview picture.
const kCivicTypes = "Region,Person,Position,Organization,Event,Election,Statute,StatuteArticle";

// The export flags for the graph of `id` with these view options.
function egoFilter(id, {hops = 1, documents = false} = {}) {
  return {ego: id, hops, types: documents ? null : kCivicTypes};
}

// graphology reads the GEXF's `type` attribute (Region, Person...) as a node
// attribute, but sigma reads `type` as the name of the program that draws a
// node: it moves to `entityType`. Edges are drawn as arrows, thicker with
// more supporting documents.
function toSigmaAttributes(graph) {
  graph.forEachNode((node, attrs) => {
    graph.setNodeAttribute(node, "entityType", attrs.type);
    graph.removeNodeAttribute(node, "type");
  });
  graph.forEachEdge((edge, attrs) => {
    const weight = Number(attrs.weight) || 1;
    graph.mergeEdgeAttributes(edge, {type: "arrow", size: 1 + Math.log2(weight), color: "#a0a0a0"});
  });
}

// The legend: each entity type on screen with its colour, as the export
// coloured it.
function legendElement(graph) {
  const colours = new Map();
  graph.forEachNode((_, attrs) => {
    if (attrs.entityType && !colours.has(attrs.entityType)) colours.set(attrs.entityType, attrs.color);
  });
  const swatch = (colour) => {
    const el = h("span", {class: "swatch"});
    el.style.backgroundColor = colour;  // one CSS property, never parsed as a style sheet
    return el;
  };
  return h("ul", {class: "legend"},
    [...colours.keys()].sort().map((type) => h("li", null, swatch(colours.get(type)), type)));
}

// Fills `container` with the graph view of entity `id`: options (hops,
// documents), the canvas, a legend and GraphML/GEXF download links.
// Returns a function that frees the renderer (call it before leaving the page).
export function mountGraph(container, id) {
  const options = {hops: 1, documents: false};
  let renderer = null;
  // Each load has a number: an answer that arrives after a newer load began,
  // or after the page was left, is dropped.
  let loads = 0;
  let disposed = false;
  const canvas = h("div", {class: "graph-canvas", id: "graph-canvas"});
  const legend = h("div", {class: "graph-legend"});
  const status = h("p", {class: "meta graph-status"});
  const downloads = h("span", {class: "downloads"});

  const hopsSelect = h("select", {id: "graph-hops", onchange: () => { options.hops = Number(hopsSelect.value); load(); }},
    h("option", {value: 1, selected: true}, "1 hop"), h("option", {value: 2}, "2 hops"));
  const docsBox = h("input", {type: "checkbox", id: "graph-documents",
    onchange: () => { options.documents = docsBox.checked; load(); }});

  replace(container,
    h("div", {class: "graph-controls"},
      h("label", null, "Neighbourhood ", hopsSelect), " ",
      h("label", null, docsBox, " documents and publishers"), " ", downloads),
    canvas, legend, status);

  function updateDownloads() {
    const filter = egoFilter(id, options);
    replace(downloads, "Download: ",
      ["graphml", "gexf"].map((format) =>
        h("a", {class: "button download", id: `download-${format}`, href: apiUrl("export", [], {format, ...filter}),
          download: `netra-${id.replace(/[^A-Za-z0-9._-]+/g, "_")}.${format}`}, format === "gexf" ? "GEXF" : "GraphML")));
  }

  async function load() {
    const mine = ++loads;
    updateDownloads();
    replace(status, "Loading the graph…");
    let graph;
    try {
      const gexf = await apiText("export", [], {format: "gexf", ...egoFilter(id, options)});
      graph = parse(Graph, gexf, {allowUndeclaredAttributes: true});
    } catch (err) {
      if (mine === loads && !disposed) replace(status, notice("error", `The graph could not be loaded: ${err.message}`));
      return;
    }
    if (mine !== loads || disposed) return;
    toSigmaAttributes(graph);
    if (renderer) renderer.kill();
    renderer = null;
    replace(legend, legendElement(graph));
    replace(status, `${graph.order} entities, ${graph.size} links. Click an entity to open it.`);
    if (graph.order === 0) return;
    renderer = new Sigma(graph, canvas, {
      allowInvalidContainer: true,  // a window too narrow to draw in is not an error
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 6,
      defaultEdgeType: "arrow",
    });
    renderer.on("clickNode", ({node}) => { window.location.hash = route("entity", node); });
    renderer.on("enterNode", () => { canvas.style.cursor = "pointer"; });
    renderer.on("leaveNode", () => { canvas.style.cursor = ""; });
  }

  load();
  return () => {
    disposed = true;
    if (renderer) renderer.kill();
  };
}
