// A SPARQL editor over the server's /sparql endpoint (the SPARQL 1.1
// Protocol; netra answers the subset `netra query --help` describes) with
// the results as a table. netra's entity IRIs link to their pages.

import {sparql} from "./api.js";
import {h, entityLink, notice, replace} from "./dom.js";

const kEntityIriPrefix = "https://netra.invalid/id/";

export const kExampleQuery = `# Who cites which law, in which region
SELECT ?name ?law ?region WHERE {
  ?person netra:cites ?law ;
          netra:label ?name ;
          netra:holds_position/netra:position_in ?region .
}
ORDER BY ?region ?name
LIMIT 100`;

// Entity ids are percent-encoded in IRIs where they hold characters an IRI
// cannot; a stray `%` is kept as it is.
function decodeIri(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function cellOf(binding) {
  if (!binding) return "";
  if (binding.type === "uri" && binding.value.startsWith(kEntityIriPrefix)) {
    const id = decodeIri(binding.value.slice(kEntityIriPrefix.length));
    return entityLink(id, id);
  }
  return binding.value;
}

// The table of a application/sparql-results+json answer.
export function resultsTable(answer) {
  if (typeof answer.boolean === "boolean") return h("p", {class: "ask"}, String(answer.boolean));
  const vars = answer.head.vars;
  const rows = answer.results.bindings;
  return [
    h("p", {class: "meta"}, `${rows.length} row${rows.length === 1 ? "" : "s"}`),
    h("table", {class: "data", id: "sparql-results"},
      h("thead", null, h("tr", null, vars.map((v) => h("th", {scope: "col"}, `?${v}`)))),
      h("tbody", null, rows.map((row) => h("tr", null, vars.map((v) => h("td", null, cellOf(row[v])))))))];
}

let lastQuery = kExampleQuery;

// #/sparql: the editor, a Run button (or Ctrl+Enter) and the results.
export function showSparql(main) {
  const editor = h("textarea", {id: "sparql-query", rows: 12, spellcheck: "false", "aria-label": "SPARQL query"});
  editor.value = lastQuery;
  const results = h("div", {class: "results", id: "sparql-output"});
  async function run() {
    lastQuery = editor.value;
    replace(results, notice("info", "Running…"));
    try {
      replace(results, resultsTable(await sparql(editor.value)));
    } catch (err) {
      replace(results, notice("error", err.message));
    }
  }
  editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) run();
  });
  replace(main,
    h("h2", null, "SPARQL"),
    h("p", {class: "meta"}, "Prefixes netra:, region:, person:, rdfs: … are built in (see netra query --help)."),
    editor,
    h("p", null, h("button", {type: "button", id: "sparql-run", onclick: run}, "Run"), " ",
      h("span", {class: "meta"}, "Ctrl+Enter"), " · endpoint ", h("code", null, "/sparql")),
    results);
}
