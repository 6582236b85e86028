// "In region", the one reading every command's `--region R` shares: R and
// every region part_of it, transitively (a province and its kabupaten/kota),
// or R alone (`--no-subregions`); and the entities of those regions, for the
// commands that filter a graph (`rank`, `path`).
#pragma once

#include <set>
#include <string>

#include "core/status.h"
#include "store/store.h"

namespace netra::query {

// The ids of `region_id` and, with `subregions`, of every Region that is
// part_of it, directly or through others: for `Region:16`, also
// `Region:16.08` and `Region:16.73`.
Result<std::set<std::string>> RegionsWithin(const store::Store& store, const std::string& region_id, bool subregions);

// What is anchored in `regions` and what it points at, as `export --region`
// draws it: the regions; the positions in them (`position_in`) and their
// holders; the events held there (`held_in`); the organisations located
// there (`located_in`); the documents about them (`about`); and the
// entities those (documents apart) point at: the statutes and articles they
// cite, the elections events are about, the events people lead.
Result<std::set<std::string>> EntitiesOfRegions(const store::Store& store, const std::set<std::string>& regions);

}  // namespace netra::query
