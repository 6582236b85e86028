// Drives headless Chromium through the explorer as a reader would, against a
// running `netra serve` on the samples store (run_browser_test.sh starts it):
//
//   node browser_test.mjs --url http://127.0.0.1:PORT --out DIR
//        --netra NETRA --db DB --ingest FILE
//        [--chromium /usr/bin/chromium] [--modules EXPLORER/node_modules]
//
// The steps, in order:
//   1. search "bogor" (two regions to choose from), "sumatra selatan" (did
//      you mean), then "lubuk linggau": the region's page, with its facts,
//      its graph and the GraphML download of that graph;
//   2. the laws cited in the region, sorted; one citation's evidence, whose
//      cited words must be inside the highlight;
//   3. the official who cites it, with a 2-hop graph (explorer.png, the
//      README's picture);
//   4. the region's timeline; a SPARQL query whose rows must be in the
//      results table, and one that does not parse;
//   5. an article whose title and text are HTML markup (markup_probe.jsonl),
//      shown as text and never run;
//   6. `netra ingest --db DB FILE` while the page is open, after which the
//      page offers the store's new version.
// Steps that show something save a screenshot in DIR.
// Any JavaScript error on the page fails the test.
//
// Exit 0 when every step passed, 1 at the first failure (with the step, what
// was expected and what the page showed).
import {execFileSync} from "node:child_process";
import {createRequire} from "node:module";
import {mkdirSync, rmSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";

const {values: opts} = parseArgs({
  options: {
    url: {type: "string"},
    out: {type: "string"},
    netra: {type: "string"},
    db: {type: "string"},
    ingest: {type: "string"},
    chromium: {type: "string", default: "/usr/bin/chromium"},
    modules: {type: "string", default: resolve(dirname(fileURLToPath(import.meta.url)), "../../explorer/node_modules")},
  },
});
if (!opts.url || !opts.out || !opts.netra || !opts.db || !opts.ingest) {
  console.error("usage: node browser_test.mjs --url URL --out DIR --netra NETRA --db DB --ingest FILE " +
    "[--chromium PATH] [--modules DIR]");
  process.exit(2);
}
const puppeteer = createRequire(join(opts.modules, "noop.js"))("puppeteer-core");
mkdirSync(opts.out, {recursive: true});
rmSync(join(opts.out, "failure.png"), {force: true});

// The facts of samples/s01_lubuklinggau_apel.txt that the steps look for.
const kRegion = "Region:16.73";
const kRegionName = "Kota Lubuk Linggau";
const kStatute = "Statute:UU/20/2023";
const kCitedWords = "UU Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara";
const kSentenceRest = "menempatkan netralitas sebagai salah satu asas";
const kOfficial = "Rahmat Hidayat Saputra";

let step = "start";
const pageErrors = [];

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function shot(page, name) {
  const path = join(opts.out, `${name}.png`);
  await page.screenshot({path});
  console.log(`  screenshot ${path}`);
}

async function textOf(page, selector) {
  return page.$eval(selector, (el) => el.textContent);
}

async function searchFor(page, text) {
  await page.$eval("#search-input", (input) => { input.value = ""; });
  await page.type("#search-input", text);
  await page.click("#search-form button[type=submit]");
}

async function candidatesShown(page) {
  await page.waitForSelector("#search-candidates li");
  return page.$eval("#search-output", (out) => ({
    text: out.textContent,
    ids: [...out.querySelectorAll("#search-candidates a")].map((a) => decodeURIComponent(a.hash.slice("#/entity/".length))),
  }));
}

async function searchAsksWhenUnsure(page) {
  step = "search 'bogor': two regions to choose from";
  await page.goto(opts.url, {waitUntil: "networkidle0"});
  await searchFor(page, "bogor");
  const two = await candidatesShown(page);
  check(JSON.stringify(two.ids) === JSON.stringify(["Region:32.01", "Region:32.71"]), `candidates ${JSON.stringify(two.ids)}`);
  check(two.text.includes("Kabupaten Bogor") && two.text.includes("Kota Bogor"), `candidates text: ${two.text}`);

  step = "search 'sumatra selatan': did you mean";
  await searchFor(page, "sumatra selatan");
  await page.waitForFunction(() => (document.querySelector("#search-output")?.textContent || "").includes("Did you mean"));
  const near = await candidatesShown(page);
  check(JSON.stringify(near.ids) === JSON.stringify(["Region:16"]) && near.text.includes("Provinsi Sumatera Selatan"),
    `did-you-mean: ${near.text}`);
  await shot(page, "0-did-you-mean");
}

async function searchRegion(page) {
  step = "search 'lubuk linggau'";
  await page.goto(opts.url, {waitUntil: "networkidle0"});
  await page.type("#search-input", "lubuk linggau");
  await page.click("#search-form button[type=submit]");
  await page.waitForFunction((id) => decodeURIComponent(location.hash) === `#/entity/${id}`, {}, kRegion);

  step = "open the region";
  await page.waitForFunction((name) => document.querySelector(".entity-name")?.textContent === name, {}, kRegionName);
  await page.waitForSelector(".predicate-group");
  const groups = await page.$$eval(".predicate-group h3", (hs) => hs.map((x) => x.textContent));
  check(groups.some((g) => g.startsWith("part_of →")), `no "part_of →" group among ${JSON.stringify(groups)}`);
  check(groups.some((g) => g.startsWith("← held_in")), `no "← held_in" group among ${JSON.stringify(groups)}`);
  const facts = await textOf(page, ".entity-facts");
  check(facts.includes("Provinsi Sumatera Selatan"), "the region's province is not named among its facts");
  check((await page.$$(".entity-facts mark.cited")).length > 0, "no highlighted evidence on the region's page");

  step = "the region's graph";
  await page.waitForFunction(() => /\d+ entities, \d+ links/.test(document.querySelector(".graph-status")?.textContent || ""));
  const status = await textOf(page, ".graph-status");
  check(Number(status.match(/(\d+) entities/)[1]) >= 5, `the graph is nearly empty: ${status}`);
  check((await page.$$("#graph-canvas canvas")).length > 0, "sigma drew no canvas");
  const legend = await textOf(page, ".legend");
  check(legend.includes("Region") && legend.includes("Organization"), `legend lacks types: ${legend}`);
  await shot(page, "1-region");

  step = "download GraphML of the graph on screen";
  const href = await page.$eval("#download-graphml", (a) => a.getAttribute("href"));
  const params = new URLSearchParams(href.split("?")[1]);
  check(params.get("ego") === kRegion && params.get("format") === "graphml", `download link ${href}`);
  const graphml = await page.evaluate((u) => fetch(u).then((r) => r.text()), href);
  check(graphml.includes("<graphml") && graphml.includes(kRegion), "the GraphML download is not the region's graph");
}

async function openCitationEvidence(page) {
  step = "the laws cited in the region";
  await page.click("nav.related a[href^='#/citations']");
  await page.waitForSelector("#citations-table tbody tr");
  const rows = await page.$$eval("#citations-table tbody tr", (trs) => trs.map((tr) => tr.textContent));
  check(rows.some((r) => r.includes("UU No. 20 Tahun 2023")), `UU 20/2023 is not in ${JSON.stringify(rows)}`);
  check(await page.$eval("#filter-region", (i) => i.value) === kRegion, "the region filter is not filled in");

  step = "sort the table by statute";
  await page.click("#citations-table th[data-key=statute] button");
  check(await page.$eval("#citations-table th[data-key=statute]", (th) => th.getAttribute("aria-sort")) === "ascending",
    "clicking the Statute header did not sort by it");
  const statutes = await page.$$eval("#citations-table td.col-statute", (tds) => tds.map((td) => td.textContent));
  const sorted = [...statutes].sort((a, b) => a.localeCompare(b, undefined, {numeric: true}));
  check(JSON.stringify(statutes) === JSON.stringify(sorted), `not sorted: ${JSON.stringify(statutes)}`);
  await shot(page, "2-citations");

  step = "open a citation's evidence";
  const link = await page.evaluateHandle((statute) =>
    [...document.querySelectorAll("#citations-table a.evidence-link")]
      .find((a) => new URLSearchParams(a.hash.split("?")[1]).get("statute") === statute), kStatute);
  check(link.asElement(), `no evidence link for ${kStatute}`);
  await link.asElement().click();
  await page.waitForSelector(".fact-evidence mark.cited");

  step = "see the highlighted sentence";
  const quotes = await page.$$eval(".fact-evidence blockquote.sentence", (qs) =>
    qs.map((q) => ({text: q.textContent, marks: [...q.querySelectorAll("mark.cited")].map((m) => m.textContent)})));
  const quote = quotes.find((q) => q.marks.includes(kCitedWords));
  check(quote, `"${kCitedWords}" is not highlighted; quotes: ${JSON.stringify(quotes)}`);
  check(quote.text.includes(kSentenceRest), `the sentence around the citation is missing: ${quote.text}`);
  const heading = await textOf(page, "main h2");
  check(heading.includes(kRegionName) && heading.includes("UU No. 20 Tahun 2023"), `heading: ${heading}`);
  await shot(page, "3-evidence");
}

async function openOfficial(page) {
  step = "open the official who cites the law";
  await page.click(".fact-evidence h3 a.entity");
  await page.waitForFunction((name) => document.querySelector(".entity-name")?.textContent === name, {}, kOfficial);
  await page.waitForSelector(".predicate-group[data-predicate='cites →'] mark.cited");
  const cites = await textOf(page, ".predicate-group[data-predicate='cites →']");
  check(cites.includes("UU 20/2023") && cites.includes(kCitedWords), `the official's citations: ${cites}`);

  step = "widen the official's graph to 2 hops";
  await page.waitForFunction(() => /\d+ entities/.test(document.querySelector(".graph-status")?.textContent || ""));
  const oneHop = Number((await textOf(page, ".graph-status")).match(/(\d+) entities/)[1]);
  await page.select("#graph-hops", "2");
  await page.waitForFunction((n) => {
    const m = (document.querySelector(".graph-status")?.textContent || "").match(/(\d+) entities/);
    return m && Number(m[1]) > n;
  }, {}, oneHop);
  const href = await page.$eval("#download-gexf", (a) => a.getAttribute("href"));
  check(new URLSearchParams(href.split("?")[1]).get("hops") === "2", `the download does not follow the view: ${href}`);
  // Taller, so that the picture shows a highlighted citation under the graph.
  await page.setViewport({width: 1100, height: 1000});
  await new Promise((r) => setTimeout(r, 500));  // sigma redraws on the next frames
  await shot(page, "explorer");
  await page.setViewport({width: 1100, height: 800});
}

async function regionTimeline(page) {
  step = "the region's timeline";
  await page.goto(`${opts.url}/#/timeline/${encodeURIComponent(kRegion)}`, {waitUntil: "networkidle0"});
  await page.waitForSelector("#timeline-table tbody tr");
  const rows = await page.$$eval("#timeline-table tbody tr", (trs) => trs.map((tr) => tr.textContent));
  check(rows.some((r) => r.includes("2024-10-08") && r.includes("Apel Siaga Netralitas ASN")),
    `the apel of 2024-10-08 is not in the timeline: ${JSON.stringify(rows)}`);
  await shot(page, "4-timeline");
}

async function runSparql(page) {
  step = "run a SPARQL query";
  await page.click("nav.views a[data-view=sparql]");
  await page.waitForSelector("#sparql-query");
  const query = `SELECT ?name ?law WHERE {
  ?person netra:cites ?law ; netra:label ?name ;
          netra:holds_position/netra:position_in region:16.73 .
} ORDER BY ?law`;
  await page.$eval("#sparql-query", (ta, q) => { ta.value = q; }, query);
  await page.click("#sparql-run");
  await page.waitForSelector("#sparql-results tbody tr");
  const header = await page.$$eval("#sparql-results th", (ths) => ths.map((th) => th.textContent));
  check(JSON.stringify(header) === JSON.stringify(["?name", "?law"]), `result columns ${JSON.stringify(header)}`);
  const rows = await page.$$eval("#sparql-results tbody tr", (trs) =>
    trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
  check(rows.some(([name, law]) => name === kOfficial && law === kStatute),
    `no row (${kOfficial}, ${kStatute}) in ${JSON.stringify(rows)}`);
  await shot(page, "5-sparql");

  step = "a SPARQL syntax error is shown, not thrown";
  await page.$eval("#sparql-query", (ta) => { ta.value = "SELECT ?x WHERE { ?x netra:cites"; });
  await page.click("#sparql-run");
  await page.waitForSelector("#sparql-output .notice.error");
}

async function markupStaysText(page) {
  step = "markup in the data is shown as text";
  await page.goto(`${opts.url}/#/entity/${encodeURIComponent("Document:markup_probe")}`, {waitUntil: "networkidle0"});
  await page.waitForSelector(".entity-facts blockquote.sentence");
  const heading = await textOf(page, ".entity-name");
  check(heading.startsWith("<img src=x onerror="), `the title's markup is not shown as text: ${heading}`);
  const quotes = await page.$$eval(".entity-facts blockquote.sentence", (qs) => qs.map((q) => q.textContent));
  check(quotes.some((q) => q.includes("<script>window.__probe=2</script>")), "the sentence's markup is not shown as text");
  const probe = await page.evaluate(() => window.__probe);
  check(probe === undefined, `markup from the data ran (window.__probe = ${probe})`);
  const injected = await page.$$eval("main img, main script, main b, main i", (els) => els.length);
  check(injected === 0, `${injected} elements were made from the data's markup`);
}

async function newVersionOffered(page) {
  step = "an ingest beside the server: the page offers the new version";
  // Polled every 300 ms, the network is never idle: wait for the home page's text.
  await page.goto(`${opts.url}/?poll=300#/`, {waitUntil: "domcontentloaded"});
  await page.waitForFunction(() => /\d+ documents/.test(document.querySelector("main")?.textContent || ""));
  const before = await textOf(page, "main");
  execFileSync(opts.netra, ["ingest", "--db", opts.db, opts.ingest], {stdio: ["ignore", "ignore", "inherit"]});
  await page.waitForSelector("#version-banner:not([hidden])");
  const banner = await textOf(page, "#version-banner");
  check(/now \d+ documents/.test(banner), `banner: ${banner}`);
  await page.click("#version-banner button");
  await page.waitForFunction((old) => {
    const text = document.querySelector("main")?.textContent || "";
    return text !== old && /\d+ documents/.test(text);
  }, {}, before);
  const after = await textOf(page, "main");
  const count = (text) => Number((text.match(/(\d+) documents/) || [])[1]);
  check(count(after) === count(before) + 1, `documents before ${count(before)}, after ${count(after)}`);
}

const browser = await puppeteer.launch({
  executablePath: opts.chromium,
  headless: true,
  // Root in a container has no user namespace for the sandbox; sigma needs
  // WebGL, which headless Chromium renders in software with SwiftShader.
  args: ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--no-first-run"],
});
let failed = false;
try {
  const page = await browser.newPage();
  await page.setViewport({width: 1100, height: 800});
  page.setDefaultTimeout(20000);
  page.on("pageerror", (err) => pageErrors.push(String(err)));
  page.on("console", (msg) => { if (msg.type() === "error") pageErrors.push(msg.text()); });
  for (const run of [searchAsksWhenUnsure, searchRegion, openCitationEvidence, openOfficial, regionTimeline, runSparql, markupStaysText, newVersionOffered]) {
    await run(page);
    console.log(`ok: ${step}`);
  }
  step = "no JavaScript errors";
  // The SPARQL error step's 400 is logged by Chromium as a failed resource.
  const unexpected = pageErrors.filter((e) => !/status of 400/.test(e));
  check(unexpected.length === 0, `errors on the page: ${JSON.stringify(unexpected)}`);
} catch (err) {
  failed = true;
  console.error(`FAIL at step "${step}": ${err.message}`);
  if (pageErrors.length) console.error(`page errors: ${JSON.stringify(pageErrors)}`);
  try {
    const [page] = (await browser.pages()).slice(-1);
    await page.screenshot({path: join(opts.out, "failure.png")});
    console.error(`  screenshot ${join(opts.out, "failure.png")}`);
  } catch {
    // the screenshot of a failure is a help, not a requirement
  }
} finally {
  await browser.close();
}
console.log(failed ? "browser test: FAILED" : "browser test: all steps passed");
process.exit(failed ? 1 : 0);
