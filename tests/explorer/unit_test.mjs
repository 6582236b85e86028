// The explorer's pure functions, under node's own test runner
// (`node --test tests/explorer/unit_test.mjs`; ctest: explorer_unit). What
// needs a page (rendering, sigma) is tested in Chromium by browser_test.mjs.
import assert from "node:assert/strict";
import {test} from "node:test";

import {apiUrl} from "../../explorer/src/api.js";
import {splitCited} from "../../explorer/src/evidence.js";
import {lookupOutcome} from "../../explorer/src/search.js";

const bytes = (s) => Buffer.byteLength(s, "utf8");

test("splitCited marks the cited bytes of a sentence that starts inside its document", () => {
  const sentence = "Sekda membacakan UU Nomor 5 Tahun 2014 di depan peserta apel.";
  const base = 1000;
  const begin = base + bytes("Sekda membacakan ");
  const end = begin + bytes("UU Nomor 5 Tahun 2014");
  assert.deepEqual(splitCited(sentence, base, [{begin, end}]), [
    {text: "Sekda membacakan ", cited: false},
    {text: "UU Nomor 5 Tahun 2014", cited: true},
    {text: " di depan peserta apel.", cited: false},
  ]);
});

test("splitCited counts UTF-8 bytes, not UTF-16 units, before and inside the span", () => {
  // “ ” and é are 3 and 2 bytes: string indexes would cut two letters early.
  const sentence = "Camat “Désa Maju” mengutip Perbup No. 7 Tahun 2022 soal netralitas.";
  const begin = bytes("Camat “Désa Maju” mengutip ");
  const end = begin + bytes("Perbup No. 7 Tahun 2022");
  const parts = splitCited(sentence, 0, [{begin, end}]);
  assert.equal(parts[1].text, "Perbup No. 7 Tahun 2022");
  assert.equal(parts[1].cited, true);
  assert.equal(parts.map((p) => p.text).join(""), sentence);
});

test("splitCited merges overlapping spans and clamps spans reaching outside the sentence", () => {
  const sentence = "Bawaslu Kota Tegal mengawasi apel.";
  const parts = splitCited(sentence, 10, [
    {begin: 10 + 8, end: 10 + 18},  // "Kota Tegal"
    {begin: 10 + 13, end: 10 + 28}, // "Tegal mengawasi", overlapping
    {begin: 0, end: 10 + 7},        // starts before the sentence: "Bawaslu"
    {begin: 10 + 40, end: 10 + 50}, // wholly after it: ignored
  ]);
  assert.deepEqual(parts, [
    {text: "Bawaslu", cited: true},
    {text: " ", cited: false},
    {text: "Kota Tegal mengawasi", cited: true},
    {text: " apel.", cited: false},
  ]);
});

test("splitCited without spans is the sentence, uncited", () => {
  assert.deepEqual(splitCited("Apel dimulai pukul 07.30.", 5, []), [{text: "Apel dimulai pukul 07.30.", cited: false}]);
});

test("apiUrl sends positional args as arg=, bare boolean flags, and encodes values", () => {
  assert.equal(apiUrl("query", ["regions-citing-laws"], {region: "Region:16.73", "no-subregions": true, from: "", to: null}),
    "/api/query?arg=regions-citing-laws&region=Region%3A16.73&no-subregions");
  assert.equal(apiUrl("evidence", ["Person:a@16.73", "cites", "Statute:UU/20/2023"]),
    "/api/evidence?arg=Person%3Aa%4016.73&arg=cites&arg=Statute%3AUU%2F20%2F2023");
  assert.equal(apiUrl("lookup", ["lubuk linggau"]), "/api/lookup?arg=lubuk%20linggau");
  assert.equal(apiUrl("stats"), "/api/stats");
  assert.equal(apiUrl("export", [], {format: "gexf", types: ["Region", "Person"], evidence: false}),
    "/api/export?format=gexf&types=Region&types=Person");
});

test("lookupOutcome opens one entity, lists several, and offers near matches as did-you-mean", () => {
  const region = {id: "Region:16.73", type: "Region", label: "Kota Lubuk Linggau", match: "name-without-kind", score: 0.9};
  assert.deepEqual(lookupOutcome([region]), {entity: region, candidates: [], near: false});

  const bogor = [
    {id: "Region:32.01", type: "Region", label: "Kabupaten Bogor", match: "name-without-kind", score: 0.9},
    {id: "Region:32.71", type: "Region", label: "Kota Bogor", match: "name-without-kind", score: 0.9},
  ];
  assert.deepEqual(lookupOutcome(bogor), {entity: null, candidates: bogor, near: false});

  // One misspelt region is still a question, not an answer.
  const near = [{...region, match: "near", score: 0.25}];
  assert.deepEqual(lookupOutcome(near), {entity: null, candidates: near, near: true});

  assert.deepEqual(lookupOutcome([]), {entity: null, candidates: [], near: false});
});
