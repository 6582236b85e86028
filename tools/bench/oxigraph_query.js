// Oxigraph's side of e2e.py's query rows: loads the store's N-Triples export
// into an in-memory Oxigraph store (not timed), then times, in-process, the
// neighbourhood of a region, the regions citing laws and a pattern query
// (median of 20 each) and prints {"neighbors": [s, rows], "pattern query":
// [s, rows], "regions-citing-laws": [s, rows]}.
//
//   node oxigraph_query.js STORE.nt REGION_ID STATUTE_ID 'SELECT ...'
'use strict';
const fs = require('fs');
const path = require('path');
const oxigraph = require(path.join(__dirname, '..', 'node', 'node_modules', 'oxigraph'));

const [nt, region, , pattern] = process.argv.slice(2);
const base = 'https://netra.invalid/';
const iri = (id) => '<' + base + 'id/' + id + '>';

const store = new oxigraph.Store();
store.load(fs.readFileSync(nt, 'utf8'), { format: 'application/n-triples' });

// [median seconds, rows]: the rows show that the peer answered the question.
function median(f) {
  const times = [];
  let n = 0;
  for (let i = 0; i < 20; i++) {
    const start = process.hrtime.bigint();
    const rows = f();
    if (!Array.isArray(rows)) throw new Error('no rows');
    n = rows.length;
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  times.sort((a, b) => a - b);
  return [times[10], n];
}

const prefix = 'PREFIX netra: <' + base + 'vocab/> ';
const queries = {
  neighbors: `SELECT ?p ?x WHERE { { ${iri(region)} ?p ?x } UNION { ?x ?p ${iri(region)} } }`,
  'pattern query': pattern,
  'regions-citing-laws': prefix + `SELECT ?r ?law (COUNT(DISTINCT ?who) AS ?n) WHERE {
      ?who netra:cites ?law . { ?who netra:holds_position/netra:position_in ?r } UNION
      { ?who netra:located_in ?r } UNION { ?who netra:held_in ?r } } GROUP BY ?r ?law`,
};
const out = {};
for (const [name, q] of Object.entries(queries)) out[name] = median(() => store.query(q));
console.log(JSON.stringify(out));
