// The documents behind a fact and the sentence of each, with the cited bytes
// marked: the JSON of `netra evidence` (its `facts[].documents[].spans[]`)
// rendered as HTML. Spans are UTF-8 byte offsets into the original article,
// so the sentence is cut as bytes, never as JavaScript string indexes.

import {h, entityLink, route} from "./dom.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// The parts of `text` (which starts at byte `base` of its document) split at
// `ranges` ([{begin, end}] in document bytes): [{text, cited}], in order.
// Ranges are clamped to the text and merged where they overlap.
export function splitCited(text, base, ranges) {
  const bytes = encoder.encode(text);
  const cuts = ranges
    .map((r) => [Math.max(0, r.begin - base), Math.min(bytes.length, r.end - base)])
    .filter(([b, e]) => b < e)
    .sort((x, y) => x[0] - y[0]);
  const merged = [];
  for (const [b, e] of cuts) {
    const last = merged[merged.length - 1];
    if (last && b <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([b, e]);
  }
  const parts = [];
  let at = 0;
  for (const [b, e] of merged) {
    if (b > at) parts.push({text: decoder.decode(bytes.subarray(at, b)), cited: false});
    parts.push({text: decoder.decode(bytes.subarray(b, e)), cited: true});
    at = e;
  }
  if (at < bytes.length) parts.push({text: decoder.decode(bytes.subarray(at)), cited: false});
  return parts;
}

// One sentence with its cited parts in <mark class="cited">.
function sentenceElement(sentence, spans) {
  const parts = splitCited(sentence.text, sentence.begin, spans);
  return h("blockquote", {class: "sentence"},
    parts.map((p) => (p.cited ? h("mark", {class: "cited"}, p.text) : p.text)));
}

// The spans of one document, one quote per distinct sentence (spans in the
// same sentence are marked together); spans without a sentence show their
// cited bytes, and a whole-document span says so.
function spansElement(spans) {
  const bySentence = new Map();
  const loose = [];
  let wholeDocument = false;
  for (const span of spans) {
    if (span.whole_document) {
      wholeDocument = true;
    } else if (span.sentence) {
      const key = `${span.sentence.begin}:${span.sentence.end}`;
      if (!bySentence.has(key)) bySentence.set(key, {sentence: span.sentence, spans: []});
      bySentence.get(key).spans.push(span);
    } else if (span.cited) {
      loose.push(span);
    }
  }
  return [
    [...bySentence.values()].map(({sentence, spans}) => sentenceElement(sentence, spans)),
    loose.map((s) => h("blockquote", {class: "sentence"}, h("mark", {class: "cited"}, s.cited))),
    wholeDocument && bySentence.size === 0 && loose.length === 0
      ? h("p", {class: "whole-document"}, "(stated by the document as a whole)")
      : null,
  ];
}

// One supporting document: its title linking to its page, publisher and date,
// then its sentences.
export function documentElement(doc) {
  const meta = [doc.publisher, doc.date].filter(Boolean).join(", ");
  return h("li", {class: "document"},
    h("div", {class: "document-head"},
      h("a", {href: route("entity", `Document:${doc.document}`), class: "document-title"},
        doc.title || doc.document),
      meta ? h("span", {class: "meta"}, ` ${meta}`) : null,
      h("span", {class: "id"}, ` ${doc.document}`)),
    doc.text_stored === false
      ? h("p", {class: "meta"}, "(the text of this document is not in the store)")
      : spansElement(doc.spans || []));
}

export function documentsElement(documents) {
  return h("ul", {class: "documents"}, documents.map(documentElement));
}

// A fact's subject, predicate and object: entities link to their pages,
// literals are quoted. `names` maps entity ids to display names.
export function factLine(fact, names = new Map()) {
  const end = (id, kind) =>
    kind === "entity" ? entityLink(id, names.get(id)) : h("span", {class: "literal"}, `"${id}"`);
  return h("span", {class: "fact"},
    end(fact.subject, "entity"), " ", h("span", {class: "predicate"}, fact.predicate), " ",
    end(fact.object, fact.object_kind));
}

// Every fact of a `netra evidence` answer with its documents.
export function evidenceElement(evidence, names) {
  if (!evidence.facts || evidence.facts.length === 0) {
    return h("p", {class: "notice empty"}, "No supporting documents.");
  }
  return h("div", {class: "evidence"},
    evidence.facts.map((fact) =>
      h("section", {class: "fact-evidence"},
        h("h3", null, factLine(fact, names)),
        documentsElement(fact.documents))));
}
