// A table sortable by clicking its headers. Columns say how to show a row's
// cell and what to sort it by; sorting is stable and happens in the browser
// (the rows are already all here).

import {h, replace} from "./dom.js";

// columns: [{key, label, cell: row => Node|string, sort: row => string|number}]
// Returns the <table>; a header click sorts by that column, a second click
// reverses it.
export function sortableTable(columns, rows, {id, initialSort} = {}) {
  let sortKey = initialSort || null;
  let ascending = true;
  const tbody = h("tbody");
  const headers = columns.map((col) =>
    h("th", {scope: "col", class: col.sort ? "sortable" : null, dataset: {key: col.key}},
      col.sort ? h("button", {type: "button", onclick: () => sortBy(col.key)}, col.label) : col.label));

  function sortBy(key) {
    ascending = key === sortKey ? !ascending : true;
    sortKey = key;
    render();
  }

  function render() {
    const col = columns.find((c) => c.key === sortKey);
    const ordered = col ? [...rows].sort((a, b) => compare(col.sort(a), col.sort(b)) * (ascending ? 1 : -1)) : rows;
    headers.forEach((th, i) => {
      const active = columns[i].key === sortKey;
      th.setAttribute("aria-sort", active ? (ascending ? "ascending" : "descending") : "none");
    });
    replace(tbody, ordered.map((row) => h("tr", null, columns.map((c) => h("td", {class: `col-${c.key}`}, c.cell(row))))));
  }

  render();
  return h("table", {class: "data", id}, h("thead", null, h("tr", null, headers)), tbody);
}

function compare(a, b) {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a ?? "").localeCompare(String(b ?? ""), undefined, {numeric: true});
}
