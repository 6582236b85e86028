// An entity's page: its name and type, its neighbourhood graph, and its facts
// grouped by predicate (outgoing `part_of →`, incoming `← held_in`), each
// with the documents that state it and the sentence of each, cited bytes
// marked. Facts come from `netra evidence ID`, names of the entities at the
// other end from `netra neighbors ID`.

import {apiJson} from "./api.js";
import {h, entityLink, notice, replace, route} from "./dom.js";
import {documentsElement} from "./evidence.js";
import {mountGraph} from "./graph.js";

// Groups larger than this start folded, so that a region's hundred
// `← mentions` do not push everything else off the page; a folded fact's
// documents are rendered when it is first opened.
const kOpenGroupMax = 8;
// A group shows this many facts, then a button for the next as many: a law
// cited in thousands of articles must not build a page of millions of nodes.
const kFactsPerPage = 100;

export function typeOf(id) {
  const colon = id.indexOf(":");
  return colon > 0 ? id.slice(0, colon) : "";
}

// [{key, predicate, outgoing, facts}] in a stable order: outgoing groups
// first, then incoming, each by predicate name.
export function groupFacts(id, facts) {
  const groups = new Map();
  for (const fact of facts) {
    const outgoing = fact.subject === id;
    const key = outgoing ? `${fact.predicate} →` : `← ${fact.predicate}`;
    if (!groups.has(key)) groups.set(key, {key, predicate: fact.predicate, outgoing, facts: []});
    groups.get(key).facts.push(fact);
  }
  return [...groups.values()].sort((a, b) =>
    a.outgoing !== b.outgoing ? (a.outgoing ? -1 : 1) : a.predicate.localeCompare(b.predicate));
}

function otherEnd(id, fact, names) {
  if (fact.subject !== id) return entityLink(fact.subject, names.get(fact.subject));
  if (fact.object_kind === "entity") return entityLink(fact.object, names.get(fact.object));
  return h("span", {class: "literal"}, fact.object);
}

function factElement(id, fact, names, open) {
  const count = fact.documents.length;
  const details = h("details", {open},
    h("summary", null, otherEnd(id, fact, names),
      h("span", {class: "meta"}, ` ${count} document${count === 1 ? "" : "s"}`)));
  const fill = () => {
    if (details.childElementCount === 1) details.append(documentsElement(fact.documents));
  };
  if (open) fill();
  else details.addEventListener("toggle", fill);
  return h("li", {class: "fact"}, details);
}

function groupElement(id, group, names) {
  const open = group.facts.length <= kOpenGroupMax;
  const list = h("ul", {class: "facts"});
  const more = h("button", {type: "button", class: "more", onclick: () => showNext()});
  let shown = 0;
  function showNext() {
    const next = group.facts.slice(shown, shown + kFactsPerPage);
    list.append(...next.map((f) => factElement(id, f, names, open)));
    shown += next.length;
    const left = group.facts.length - shown;
    more.hidden = left === 0;
    more.textContent = `Show ${Math.min(left, kFactsPerPage)} more of ${left}`;
  }
  showNext();
  return h("section", {class: "predicate-group", dataset: {predicate: group.key}},
    h("h3", null, group.key, h("span", {class: "meta"}, ` ${group.facts.length}`)), list, more);
}

// Links to the other views that take this entity as a filter.
function relatedLinks(id) {
  switch (typeOf(id)) {
    case "Region":
      return [h("a", {href: route("citations", null, {region: id}), class: "button"}, "Laws cited in this region"),
        h("a", {href: route("timeline", id), class: "button"}, "Timeline")];
    case "Statute":
      return [h("a", {href: route("citations", null, {statute: id}), class: "button"}, "Regions citing this law")];
    default:
      return [];
  }
}

function nameOf(id, facts) {
  const label = facts.find((f) => f.subject === id && f.predicate === "label");
  return label ? label.object : id;
}

// Renders the page of `id` into `main`; returns a clean-up function.
export function showEntity(main, id) {
  const graphBox = h("div", {class: "graph"});
  const factsBox = h("div", {class: "entity-facts"}, notice("info", "Loading the facts…"));
  const heading = h("h2", {class: "entity-name"}, id);
  replace(main,
    h("header", {class: "entity-head"},
      heading,
      h("p", {class: "meta"}, h("span", {class: "type-badge"}, typeOf(id)), " ", h("code", null, id)),
      h("nav", {class: "related"}, relatedLinks(id))),
    graphBox,
    h("h2", null, "Facts"),
    factsBox);
  const unmountGraph = mountGraph(graphBox, id);

  (async () => {
    try {
      const [evidence, neighbours] = await Promise.all([
        apiJson("evidence", [id]),
        apiJson("neighbors", [id]).catch(() => []),
      ]);
      const names = new Map(neighbours.map((n) => [n.entity, n.name]));
      const facts = evidence.facts || [];
      replace(heading, nameOf(id, facts));
      document.title = `${nameOf(id, facts)} · netra explorer`;
      if (facts.length === 0) {
        replace(factsBox, notice("empty", "No facts about this entity."));
        return;
      }
      replace(factsBox, groupFacts(id, facts).map((g) => groupElement(id, g, names)));
    } catch (err) {
      replace(factsBox, notice("error", err.message));
    }
  })();
  return unmountGraph;
}
