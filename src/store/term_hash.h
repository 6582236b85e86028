// Term ids: a 64-bit hash of `Term::Encode()`.
//
// Why hash ids rather than sequential ids (as Oxigraph does, and unlike
// QLever's sorted vocabulary):
//  - A writer computes every id without a read or a shared counter, so
//    WriteDocuments needs no id-allocation round trip and the bulk loader can
//    emit keys for all column families from one document at a time, without a
//    global dictionary pass.
//  - Ids are the same in every store: two stores can be diffed or merged key
//    by key, and the bulk and ordinary paths produce the same keys.
//  - The cost: 8-byte ids instead of 4 (24-byte triple keys), index order is
//    hash order rather than term order (no range scans over literal values;
//    netra never needs them), and a collision is possible. With n distinct
//    terms the chance that any two share an id is about n^2 / 2^65: 3e-8 for
//    a million terms, 3e-4 for a hundred million. Writers check the
//    dictionary before using an id, so a collision is reported as
//    Status::Corruption at write time and never silently merges two terms.
//    Terms come from documents, so someone could craft a colliding pair;
//    that would make a write fail, not corrupt the store.
//
// The function is MurmurHash64A with a fixed seed over the encoded bytes,
// read as little-endian words whatever the host. It is part of the on-disk
// format: changing it requires a new format version.
#pragma once

#include <cstdint>
#include <string_view>

namespace netra::store {

// The id of a term: HashTerm(term.Encode()).
uint64_t HashTerm(std::string_view encoded_term);

// Test hook: replaces HashTerm for the whole process (nullptr restores it),
// so tests can force two terms onto one id. Not for production use.
using TermHasher = uint64_t (*)(std::string_view encoded_term);
void SetTermHasherForTesting(TermHasher hasher);

}  // namespace netra::store
