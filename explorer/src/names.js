// Display names of entity ids, for views whose answer carries ids only
// (evidence's facts): each id is looked up once per page load through
// `netra lookup ID` (an id matches itself, with its label).

import {apiJson} from "./api.js";

const cache = new Map();  // id -> Promise<label or "">

function labelOf(id) {
  if (!cache.has(id)) {
    cache.set(id, apiJson("lookup", [id], {limit: 1}).then(
      (rows) => (rows.length === 1 && rows[0].id === id ? rows[0].label : ""),
      () => ""));
  }
  return cache.get(id);
}

// A Map from each of `ids` to its label (ids without one are left out).
export async function labelsOf(ids) {
  const unique = [...new Set(ids)];
  const labels = await Promise.all(unique.map(labelOf));
  return new Map(unique.map((id, i) => [id, labels[i]]).filter(([, label]) => label));
}
