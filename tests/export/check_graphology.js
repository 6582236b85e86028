#!/usr/bin/env node
// Reads netra's GEXF and GraphML back with the parsers Gephi Lite uses
// (graphology-gexf, graphology-graphml, on @xmldom/xmldom) and checks: no
// XML error or warning, node and edge counts equal to the CSV
// reference, both files agreeing on every node's label, colour, size and
// position and every edge's weight and predicate, and the adversarial
// fixture's exact labels surviving.
//
// usage: node check_graphology.js WORK_DIR NODE_MODULES_DIR
'use strict';

const fs = require('fs');
const path = require('path');

const [work, modules] = process.argv.slice(2);
const Graph = require(path.join(modules, 'graphology'));
const gexf = require(path.join(modules, 'graphology-gexf'));
const graphml = require(path.join(modules, 'graphology-graphml'));

// xmldom, the DOM the graphology parsers run on, reports recoverable XML
// errors to an error handler (by default console.warn) and goes on: each
// file is parsed here with a handler that records them, and the resulting
// Document is what the graphology parsers read.
const {DOMParser} = require(path.join(modules, '@xmldom/xmldom'));
const xmlMessages = [];
function parseXml(name, text) {
  const record = (level) => (m) => xmlMessages.push(`${name} ${level}: ${m}`);
  const handler = {warning: record('warning'), error: record('error'), fatalError: record('fatal')};
  return new DOMParser({errorHandler: handler}).parseFromString(text, 'application/xml');
}

const failures = [];
let checks = 0;
function check(what, ok) {
  checks++;
  if (!ok) failures.push(what);
}
function eq(what, got, want) {
  check(`${what}: got ${JSON.stringify(got)?.slice(0, 120)}, want ${JSON.stringify(want)?.slice(0, 120)}`,
        got === want);
}

// RFC 4180 rows: quoted fields may hold commas, doubled quotes and newlines.
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k]])));
}

// XML cannot carry most C0 controls, U+FFFE, U+FFFF: netra writes U+FFFD.
const xmlText = (s) => s.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, '\ufffd');

const read = (f) => fs.readFileSync(path.join(work, f), 'utf8');
const nodes = parseCsv(read('g.nodes.csv'));
const edges = parseCsv(read('g.edges.csv'));

let fromGexf, fromGraphml;
try {
  fromGexf = gexf.parse(Graph, parseXml('g.gexf', read('g.gexf')));
} catch (e) {
  failures.push(`graphology-gexf threw: ${e.message}`);
}
try {
  fromGraphml = graphml.parse(Graph, parseXml('g.graphml', read('g.graphml')));
} catch (e) {
  failures.push(`graphology-graphml threw: ${e.message}`);
}
for (const m of xmlMessages) failures.push(`xmldom ${m.slice(0, 300)}`);

function rgb(color) {
  // graphology-graphml turns r,g,b into "#rrggbb", graphology-gexf into "rgb(r,g,b)".
  let m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color || '');
  if (m) return m.slice(1).map((h) => parseInt(h, 16)).join(',');
  m = /^rgba?\((\d+),(\d+),(\d+)/.exec(color || '');
  return m ? m.slice(1, 4).join(',') : `unparsed ${color}`;
}

if (fromGexf && fromGraphml) {
  check('the export has nodes and edges', nodes.length > 0 && edges.length > 0);
  for (const [name, g] of [['GEXF', fromGexf], ['GraphML', fromGraphml]]) {
    eq(`${name} node count`, g.order, nodes.length);
    eq(`${name} edge count`, g.size, edges.length);
    eq(`${name} graph type`, g.type, 'directed');
  }
  for (const n of nodes) {
    const id = xmlText(n.Id);
    const a = fromGexf.hasNode(id) && fromGexf.getNodeAttributes(id);
    const b = fromGraphml.hasNode(id) && fromGraphml.getNodeAttributes(id);
    check(`node ${id.slice(0, 60)} is in both files`, a && b);
    if (!a || !b) continue;
    eq(`GEXF label of ${id.slice(0, 60)}`, a.label, xmlText(n.Label));
    eq(`GraphML label of ${id.slice(0, 60)}`, b.label, xmlText(n.Label));
    eq(`GEXF support of ${id.slice(0, 60)}`, a.support, Number(n.support));
    eq(`GraphML degree of ${id.slice(0, 60)}`, b.degree, Number(n.degree));
    eq(`type of ${id.slice(0, 60)}`, a.type, b.type);
    eq(`colour of ${id.slice(0, 60)}`, rgb(a.color), rgb(b.color));
    eq(`size of ${id.slice(0, 60)}`, a.size, b.size);
    eq(`x of ${id.slice(0, 60)}`, a.x, b.x);
    eq(`y of ${id.slice(0, 60)}`, a.y, b.y);
    check(`position of ${id.slice(0, 60)} is numeric`, Number.isFinite(a.x) && Number.isFinite(a.y));
  }
  for (const e of edges) {
    const s = xmlText(e.Source), t = xmlText(e.Target);
    for (const [name, g] of [['GEXF', fromGexf], ['GraphML', fromGraphml]]) {
      const key = g.hasNode(s) && g.hasNode(t) && g.edge(s, t);
      check(`${name} edge ${s.slice(0, 40)} -> ${t.slice(0, 40)}`, key !== undefined && key !== false);
      if (!key) continue;
      const attrs = g.getEdgeAttributes(key);
      eq(`${name} weight of ${s.slice(0, 40)} -> ${t.slice(0, 40)}`, attrs.weight, Number(e.Weight));
      eq(`${name} predicate of ${s.slice(0, 40)} -> ${t.slice(0, 40)}`, attrs.predicate, xmlText(e.predicate));
    }
  }
  const labelsFile = path.join(work, 'db.labels.json');
  if (fs.existsSync(labelsFile)) {
    for (const [id, label] of Object.entries(JSON.parse(fs.readFileSync(labelsFile, 'utf8')))) {
      for (const [name, g] of [['GEXF', fromGexf], ['GraphML', fromGraphml]]) {
        eq(`${name} exact label of ${id.slice(0, 60)}`, g.hasNode(id) && g.getNodeAttribute(id, 'label'), label);
      }
    }
  }
}

if (failures.length) {
  for (const f of failures.slice(0, 20)) process.stderr.write(`graphology: FAIL ${f}\n`);
  process.stderr.write(`graphology: ${failures.length} of ${checks} checks failed\n`);
  process.exit(1);
}
process.stdout.write(`graphology: ${checks} checks passed\n`);
