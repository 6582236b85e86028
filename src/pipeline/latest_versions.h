// The rule for a document id given more than once in one ingest run: the
// LAST version given wins, and the earlier ones are dropped before anything
// is written. Ordinary ingest, a bulk load and `netra sst`, of documents or
// of fact files, all follow it, so they store the same thing, and a run
// writes at most one version of an id: re-ingesting an unchanged corpus that
// repeats ids finds each id's last version stored and writes nothing (one
// version replacing the other would rewrite both on every pass, and move
// the store's version, which invalidates its caches).
//
// "Last" is input order: the order of the paths, of the files in a folder,
// of the lines in a file, whatever the number of extraction threads. A
// version is what the loader hands on (a document of a `.txt` or JSONL
// file; a header, or a run of header-less fact lines, in a fact file): if
// the last version then fails (text that is not UTF-8, a bad fact line),
// it is reported and the earlier ones are still dropped, so the id keeps
// what the store held before the run.
//
// Knowing which version is the last needs the whole input: a run reads its
// inputs twice. The first pass notes each version's id, in order; the
// writing pass asks, for each version in the same order, whether to keep it.
//
//   LatestVersions versions;
//   for (each version v) versions.Note(v.id);
//   for (each version v) if (versions.Keep(v.id)) Write(v);
//
// Memory: the ids, while noting (about 60 bytes each); then 16 bytes per
// dropped version.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace netra::pipeline {

class LatestVersions {
 public:
  // First pass: the next version, in input order, is of `id`.
  // REQUIRES: Keep has not been called yet.
  void Note(std::string_view id);

  // Writing pass: whether the next version, in the order noted, is the
  // last of its id. A version beyond those noted, or of another id than
  // noted (the input changed between the passes), is kept: the store's
  // write rules (a later version replaces an earlier one) still hold.
  bool Keep(std::string_view id);

  // Versions Keep has dropped so far.
  uint64_t dropped() const { return dropped_; }

 private:
  // Ends the first pass: sorts the versions to drop and frees the ids.
  void Seal();

  std::unordered_map<std::string, uint64_t> last_;  // id -> position of its latest version noted
  uint64_t noted_ = 0;
  bool sealed_ = false;
  // (position, hash of the id) of every version a later one of its id
  // replaced, by position once sealed; the hash catches an input that
  // changed between the passes.
  std::vector<std::pair<uint64_t, uint64_t>> earlier_;
  size_t next_earlier_ = 0;
  uint64_t asked_ = 0;
  uint64_t dropped_ = 0;
};

}  // namespace netra::pipeline
