// The search box: a name, code or id resolved by the CLI's own look-up
// (/api/lookup: aliases, accents and case folded, "did you mean" for a
// misspelling). One match opens the entity; several, or none with
// suggestions, are listed to choose from.

import {apiJson} from "./api.js";
import {h, notice, replace, route} from "./dom.js";

// The look-up's answer as {entity, candidates}: `entity` is the one match
// ({id, name, type}) or null; `candidates` the entities to choose from
// (ambiguous names, or "did you mean" suggestions for no match).
export function lookupOutcome(answer) {
  const asEntity = (e) => (typeof e === "string" ? {id: e} : {id: e.id || e.entity, name: e.name || e.label, type: e.type});
  const entity = answer.entity || answer.match || null;
  const list = answer.candidates || answer.matches || answer.did_you_mean || answer.suggestions || [];
  return {entity: entity ? asEntity(entity) : null, candidates: list.map(asEntity)};
}

function candidateList(title, candidates) {
  return [
    h("p", null, title),
    h("ul", {class: "candidates", id: "search-candidates"},
      candidates.map((c) =>
        h("li", null,
          h("a", {href: route("entity", c.id), class: "entity"}, c.name || c.id),
          c.name ? h("span", {class: "id"}, ` ${c.id}`) : null)))];
}

// Looks `text` up and either opens the entity or shows what to choose in `out`.
export async function search(text, out) {
  const query = text.trim();
  if (!query) return;
  replace(out, notice("info", `Looking up “${query}”…`));
  let answer;
  try {
    answer = await apiJson("lookup", [query]);
  } catch (err) {
    // An unknown name is a 4xx whose body may still carry suggestions.
    if (err.body && lookupOutcome(err.body).candidates.length) {
      answer = err.body;
    } else {
      replace(out, notice("error", err.message));
      return;
    }
  }
  const {entity, candidates} = lookupOutcome(answer);
  if (entity) {
    replace(out);
    window.location.hash = route("entity", entity.id);
  } else if (candidates.length) {
    const title = answer.ambiguous || answer.candidates || answer.matches
      ? `“${query}” matches ${candidates.length} entities:`
      : `Nothing matches “${query}”. Did you mean:`;
    replace(out, candidateList(title, candidates));
  } else {
    replace(out, notice("empty", `Nothing matches “${query}”.`));
  }
}
