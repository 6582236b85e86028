// Which regions' officials, bodies and events cite which laws: the canned
// question `netra query regions-citing-laws` with its filters (--region,
// --no-subregions, --statute, --from, --to) as a form, its rows as a sortable
// table, and each row's evidence one click away (the same question for that
// region and statute with --evidence).

import {apiJson} from "./api.js";
import {h, entityLink, notice, replace, route} from "./dom.js";
import {evidenceElement} from "./evidence.js";
import {labelsOf} from "./names.js";
import {sortableTable} from "./table.js";

const kFilters = ["region", "statute", "from", "to"];

// The CLI flags of a view's parameters.
function flagsOf(params) {
  const flags = {};
  for (const key of kFilters) if (params.get(key)) flags[key] = params.get(key);
  if (params.get("subregions") === "no") flags["no-subregions"] = true;
  return flags;
}

function filterForm(params) {
  const field = (name, label, placeholder) =>
    h("label", null, label, " ",
      h("input", {name, id: `filter-${name}`, value: params.get(name) || "", placeholder, size: 18}));
  const subregions = h("input", {type: "checkbox", name: "subregions", id: "filter-subregions",
    checked: params.get("subregions") !== "no"});
  return h("form", {class: "filters", id: "citation-filters", onsubmit: (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const next = {};
    for (const key of kFilters) next[key] = String(form.get(key) || "").trim();
    if (!subregions.checked) next.subregions = "no";
    window.location.hash = route("citations", null, next);
  }},
  field("region", "Region", "16.73, Sumatera Selatan"),
  h("label", null, subregions, " with its kabupaten/kota"),
  field("statute", "Statute", "UU 20/2023"),
  field("from", "From", "YYYY-MM-DD"),
  field("to", "To", "YYYY-MM-DD"),
  h("button", {type: "submit"}, "Filter"));
}

function statuteCell(statute) {
  return [entityLink(statute.id, statute.label),
    statute.repealed ? h("span", {class: "badge repealed"}, " repealed") : null];
}

function citationColumns(params) {
  return [
    {key: "region", label: "Region", cell: (r) => entityLink(r.region.id, r.region.name), sort: (r) => r.region.name},
    {key: "kind", label: "Kind", cell: (r) => r.region.kind, sort: (r) => r.region.kind},
    {key: "statute", label: "Statute", cell: (r) => statuteCell(r.statute), sort: (r) => r.statute.label},
    {key: "title", label: "About", cell: (r) => r.statute.title || "", sort: (r) => r.statute.title || ""},
    {key: "year", label: "Year", cell: (r) => r.statute.year ?? "", sort: (r) => r.statute.year ?? 0},
    {key: "articles", label: "Articles", cell: (r) => r.articles.join("; "), sort: (r) => r.articles.join("; ")},
    {key: "documents", label: "Documents", cell: (r) => String(r.documents.length), sort: (r) => r.documents.length},
    {key: "evidence", label: "Evidence", cell: (r) =>
      h("a", {class: "evidence-link", href: route("citation", null, {
        region: r.region.id, statute: r.statute.id, from: params.get("from"), to: params.get("to")})}, "evidence")},
  ];
}

// The table view: #/citations?region=..&statute=..&from=..&to=..&subregions=no
export function showCitations(main, params) {
  const results = h("div", {class: "results"}, notice("info", "Loading…"));
  replace(main, h("h2", null, "Regions citing laws"), filterForm(params), results);
  apiJson("query", ["regions-citing-laws"], flagsOf(params)).then(
    (rows) => {
      if (rows.length === 0) {
        replace(results, notice("empty", "No region cites a law with these filters."));
        return;
      }
      replace(results,
        h("p", {class: "meta"}, `${rows.length} region–statute pairs. Click a header to sort.`),
        sortableTable(citationColumns(params), rows, {id: "citations-table"}));
    },
    (err) => replace(results, notice("error", err.message)));
}

// One row's evidence: #/citation?region=ID&statute=ID[&from&to]
export function showCitation(main, params) {
  const region = params.get("region");
  const statute = params.get("statute");
  const body = h("div", {class: "results"}, notice("info", "Loading the evidence…"));
  const heading = h("h2", null, `${region} cites ${statute}`);
  replace(main, heading, body);
  const flags = {...flagsOf(params), "no-subregions": true, evidence: true};
  apiJson("query", ["regions-citing-laws"], flags).then(
    async (answer) => {
      const index = answer.results.findIndex((r) => r.region.id === region && r.statute.id === statute);
      if (index < 0) {
        replace(body, notice("empty", "No citation of this law in this region with these filters."));
        return;
      }
      const row = answer.results[index];
      replace(heading, entityLink(row.region.id, row.region.name), " cites ",
        entityLink(row.statute.id, row.statute.label));
      const evidence = answer.evidence.filter((e) => e.row === index);
      const ids = evidence.flatMap((e) => e.facts.flatMap((f) =>
        f.object_kind === "entity" ? [f.subject, f.object] : [f.subject]));
      const names = await labelsOf(ids);
      replace(body,
        h("p", {class: "meta"}, row.statute.title || "", row.articles.length ? ` · ${row.articles.join("; ")}` : ""),
        evidence.map((e) => evidenceElement(e, names)));
    },
    (err) => replace(body, notice("error", err.message)));
}
