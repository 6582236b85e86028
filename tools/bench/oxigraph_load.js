#!/usr/bin/env node
// The peer of `netra ingest --bulk --facts` (issue 17): Oxigraph's load of
// the same facts as N-Triples (`netra export --format ntriples`), in process
// in node, into an in-memory Store (the JS binding has no on-disk store).
// `no_transaction` is its bulk path: the file is not loaded as one
// transaction, so nothing is held back to be undone on a syntax error.
//
//   node tools/bench/oxigraph_load.js FILE.nt
//   -> load_seconds 2.17
//      triples 123456
//
// The file is fed in chunks rather than as one string, so that a store of
// 100k articles (several hundred MB of N-Triples) stays under V8's string
// limit. load_seconds is in-process (reading and parsing the file included,
// node's start and the module's load not); run.sh also times the whole
// command.
"use strict";

const fs = require("fs");
const path = require("path");
const oxigraph = require(path.join(__dirname, "../node/node_modules/oxigraph"));

function* chunks(file, bytes) {
  const fd = fs.openSync(file, "r");
  try {
    for (;;) {
      const buf = Buffer.allocUnsafe(bytes);
      const n = fs.readSync(fd, buf, 0, bytes, null);
      if (n === 0) return;
      yield buf.subarray(0, n);
    }
  } finally {
    fs.closeSync(fd);
  }
}

function main() {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("usage: oxigraph_load.js FILE.nt\n");
    process.exit(1);
  }
  const start = process.hrtime.bigint();
  const store = new oxigraph.Store();
  store.load(chunks(file, 1 << 22), { format: "application/n-triples", no_transaction: true });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  process.stdout.write(`load_seconds ${seconds.toFixed(3)}\ntriples ${store.size}\n`);
}

main();
