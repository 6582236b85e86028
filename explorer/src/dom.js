// Building the page from data without ever parsing data as HTML: every string
// goes in through a text node or an attribute value, so a document title such
// as `<img onerror=...>` shows as those characters and never runs.

// h("a", {href: "#/x", class: "id"}, "text", child, [more, children])
// creates an element; attributes starting with "on" take functions
// (h("button", {onclick: f}, "Go")); null, undefined and false children are
// skipped, arrays are flattened.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value);
    } else if (key === "dataset") {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

// Replaces everything inside `el` with `children`.
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

// A link to a view of the explorer: route("entity", "Region:16.73") is
// "#/entity/Region%3A16.73"; params become a query string after the hash.
export function route(view, id, params) {
  let hash = `#/${view}`;
  if (id) hash += `/${encodeURIComponent(id)}`;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const qs = query.toString();
  return qs ? `${hash}?${qs}` : hash;
}

// A link to an entity's page, showing its name (or its id when it has none).
export function entityLink(id, name) {
  return h("a", {href: route("entity", id), class: "entity", title: id}, name || id);
}

// A message box: kind is "error", "info" or "empty".
export function notice(kind, text) {
  return h("p", {class: `notice ${kind}`, role: kind === "error" ? "alert" : null}, text);
}
