// A region's events and the statutes cited there, in date order:
// `netra timeline --region ID [--from --to] [--no-subregions]`.

import {apiJson} from "./api.js";
import {h, entityLink, notice, replace, route} from "./dom.js";

function documentLinks(documents) {
  return documents.flatMap((d, i) => [i ? ", " : null, entityLink(`Document:${d}`, d)]);
}

function rowElement(row) {
  return h("tr", {class: `timeline-${row.what}`},
    h("td", {class: "col-date"}, row.date || "(undated)"),
    h("td", null, row.what),
    h("td", null, row.title_id ? entityLink(row.title_id, row.title) : row.title),
    h("td", null, row.who_id ? entityLink(row.who_id, row.who) : row.who || ""),
    h("td", null, row.region_id ? entityLink(row.region_id, row.region) : row.region || ""),
    h("td", null, documentLinks(row.documents || [])));
}

// #/timeline/Region:16.73?from=..&to=..&subregions=no
export function showTimeline(main, region, params) {
  const results = h("div", {class: "results"}, notice("info", "Loading…"));
  const range = (name, label) =>
    h("label", null, label, " ", h("input", {name, value: params.get(name) || "", placeholder: "YYYY-MM-DD", size: 12}));
  const form = h("form", {class: "filters", onsubmit: (event) => {
    event.preventDefault();
    const data = new FormData(event.target);
    window.location.hash = route("timeline", region, {from: data.get("from"), to: data.get("to"),
      subregions: params.get("subregions")});
  }}, range("from", "From"), range("to", "To"), h("button", {type: "submit"}, "Show"));
  replace(main, h("h2", null, "Timeline of ", entityLink(region)), form, results);

  const flags = {region, from: params.get("from"), to: params.get("to"),
    "no-subregions": params.get("subregions") === "no"};
  apiJson("timeline", [], flags).then(
    (rows) => {
      if (rows.length === 0) {
        replace(results, notice("empty", "Nothing dated in this region with these filters."));
        return;
      }
      replace(results, h("table", {class: "data", id: "timeline-table"},
        h("thead", null, h("tr", null, ["Date", "What", "Title", "Who", "Region", "Documents"].map((c) => h("th", {scope: "col"}, c)))),
        h("tbody", null, rows.map(rowElement))));
    },
    (err) => replace(results, notice("error", err.message)));
}
