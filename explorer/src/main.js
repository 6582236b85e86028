// The explorer's entry point: the search box and a router over the page's
// hash, so that every view has a URL to bookmark and the back button works.
//   #/                      home: what the store holds
//   #/entity/ID             an entity's facts, evidence and graph
//   #/citations?region=..   regions citing laws, filtered
//   #/citation?region=..&statute=..   one row's evidence
//   #/timeline/ID           a region's timeline
//   #/sparql                the SPARQL editor

import {apiJson} from "./api.js";
import {h, notice, replace, route} from "./dom.js";
import {showCitation, showCitations} from "./citations.js";
import {showEntity} from "./entity.js";
import {search} from "./search.js";
import {showSparql} from "./sparql.js";
import {showTimeline} from "./timeline.js";

const main = document.getElementById("main");
const searchOut = document.getElementById("search-output");
let cleanUp = null;

function showHome() {
  const box = h("div", {class: "home"}, notice("info", "Loading…"));
  replace(main, h("h2", null, "This store"), box);
  apiJson("stats").then(
    (stats) => {
      const types = Object.entries(stats.entities_by_type || {}).sort((a, b) => b[1] - a[1]);
      replace(box,
        h("p", null, `${stats.documents} documents, ${stats.triples} facts.`),
        h("ul", {class: "type-counts"}, types.map(([type, n]) => h("li", null, `${type}: ${n}`))),
        h("p", null, "Search for a region, an official or a law above (",
          h("a", {href: route("entity", "Region:16.73")}, "Region:16.73"), ", “UU 20/2023”), or start from ",
          h("a", {href: route("citations")}, "the regions citing laws"), "."));
    },
    (err) => replace(box, notice("error", err.message)));
}

// "#/entity/Region%3A16.73?x=1" -> {view: "entity", id: "Region:16.73", params}
function parseHash(hash) {
  const [path, query = ""] = hash.replace(/^#\/?/, "").split("?", 2);
  const slash = path.indexOf("/");
  const view = slash < 0 ? path : path.slice(0, slash);
  const id = slash < 0 ? "" : decodeURIComponent(path.slice(slash + 1));
  return {view, id, params: new URLSearchParams(query)};
}

function render() {
  if (cleanUp) cleanUp();
  cleanUp = null;
  const {view, id, params} = parseHash(window.location.hash);
  document.title = "netra explorer";
  replace(searchOut);
  for (const link of document.querySelectorAll("nav.views a")) {
    link.classList.toggle("active", link.dataset.view === view);
  }
  switch (view) {
    case "entity": cleanUp = showEntity(main, id); break;
    case "citations": showCitations(main, params); break;
    case "citation": showCitation(main, params); break;
    case "timeline": showTimeline(main, id, params); break;
    case "sparql": showSparql(main); break;
    default: showHome();
  }
  window.scrollTo(0, 0);
}

// The store may be written while the page is open (`netra ingest` beside the
// server): when /api/version changes, a banner offers to reload the view,
// rather than changing what the reader is looking at under their eyes.
// `?poll=MS` in the page's address polls faster (the browser test's ingest).
const kVersionPollMs = Number(new URLSearchParams(window.location.search).get("poll")) || 15000;
let shownVersion = null;
let offeredVersion = null;

async function checkVersion(banner) {
  let version;
  try {
    version = await apiJson("version");
  } catch {
    return;  // the server is away; the next poll tries again
  }
  if (shownVersion === null) shownVersion = version.store_version;
  if (version.store_version === shownVersion || version.store_version === offeredVersion) return;
  offeredVersion = version.store_version;
  replace(banner,
    `The store changed: now ${version.documents} documents, ${version.triples} facts. `,
    h("button", {type: "button", onclick: () => {
      shownVersion = version.store_version;
      banner.hidden = true;
      render();
    }}, "Show the new version"));
  banner.hidden = false;
}

function watchVersion() {
  const banner = h("div", {class: "notice info version-banner", id: "version-banner", role: "status", hidden: true});
  main.before(banner);
  checkVersion(banner);
  setInterval(() => checkVersion(banner), kVersionPollMs);
}

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  search(document.getElementById("search-input").value, searchOut);
});
window.addEventListener("hashchange", render);
render();
watchVersion();
