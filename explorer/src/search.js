// The search box: a name, code or id resolved by the CLI's own look-up
// (/api/lookup: aliases, accents and case folded, "did you mean" for a
// misspelling). One match opens the entity; several, or none with
// suggestions, are listed to choose from.

import {apiJson} from "./api.js";
import {h, notice, replace, route} from "./dom.js";

// What to do with `netra lookup`'s rows ([{id, type, label, match, score}],
// all found by the most precise rule that found any): {entity} when exactly
// one entity is named (open it, as every command would), {candidates, near}
// otherwise: several to choose from, or (near: true) the regions whose name
// the text misspells, offered as "did you mean".
export function lookupOutcome(rows) {
  const near = rows.length > 0 && rows.every((r) => r.match === "near");
  if (rows.length === 1 && !near) return {entity: rows[0], candidates: [], near};
  return {entity: null, candidates: rows, near};
}

function candidateList(title, candidates) {
  return [
    h("p", null, title),
    h("ul", {class: "candidates", id: "search-candidates"},
      candidates.map((c) =>
        h("li", null,
          h("a", {href: route("entity", c.id), class: "entity"}, c.label || c.id),
          " ", h("span", {class: "type-badge"}, c.type), c.label ? h("span", {class: "id"}, ` ${c.id}`) : null)))];
}

// Looks `text` up and either opens the entity or shows what to choose in `out`.
export async function search(text, out) {
  const query = text.trim();
  if (!query) return;
  replace(out, notice("info", `Looking up “${query}”…`));
  let rows;
  try {
    rows = await apiJson("lookup", [query]);
  } catch (err) {
    replace(out, notice("error", err.message));
    return;
  }
  const {entity, candidates, near} = lookupOutcome(rows);
  if (entity) {
    replace(out);
    window.location.hash = route("entity", entity.id);
  } else if (near) {
    replace(out, candidateList(`Nothing is named “${query}”. Did you mean:`, candidates));
  } else if (candidates.length) {
    replace(out, candidateList(`“${query}” names ${candidates.length} entities; which one?`, candidates));
  } else {
    replace(out, notice("empty", `Nothing matches “${query}”.`));
  }
}
