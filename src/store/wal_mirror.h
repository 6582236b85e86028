// WalMirror: what makes a reader's view consistent while a writer runs.
//
// A reader is a RocksDB secondary instance. Each catch-up (at open and at
// Refresh) first reads the writer's MANIFEST, then lists the WAL folder and
// replays the WALs. If the writer finishes a flush and deletes a WAL between
// those two steps, the batches in that WAL are in neither place the reader
// looks: it ends up with some batches missing in the middle (a document
// record without its supports, counts without their index keys). RocksDB
// treats the missing file as normal ("already purged by primary"). A stress
// test with a writer flushing and compacting in a loop hit this in about one
// catch-up out of ten.
//
// So the reader replays its own folder of hard links to the writer's WAL
// files, made just before each catch-up. A hard link keeps a deleted WAL
// readable (and, being the same inode, it shows the writer's appends), so
// every WAL that existed when the catch-up began can be replayed whatever the
// writer deletes meanwhile; WALs created later hold only batches newer than
// the ones replayed. A link is dropped once the catch-up after its WAL's
// deletion has read the MANIFEST recording the flush that made it obsolete.
//
// Links need the reader's folder on the store's file system. If none can be
// made there, the reader replays no WAL at all: it sees the state as of the
// writer's last flush (flushes are atomic across column families, so that
// state is consistent too, only older).
// Internal to netra_store.
#pragma once

#include <set>
#include <string>

#include "core/status.h"

namespace netra::store {

class WalMirror {
 public:
  // Links into `mirror_dir` (created by the caller) the WALs of `store_dir`.
  WalMirror(std::string store_dir, std::string mirror_dir);

  // Links every WAL of the store not linked yet. `present` gets the names of
  // the WALs the store has now. IoError if a link cannot be made for another
  // reason than the WAL having just been deleted.
  Status LinkNew(std::set<std::string>* present);

  // Drops the links whose WAL was already gone from the store when the
  // LinkNew that returned `present` ran. REQUIRES: a catch-up ran after that
  // LinkNew.
  void Prune(const std::set<std::string>& present);

 private:
  std::string store_dir_;
  std::string mirror_dir_;
  std::set<std::string> linked_;
};

}  // namespace netra::store
