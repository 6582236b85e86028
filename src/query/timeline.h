// What happened in a region, in date order: the events held there and the
// statutes its officials, organisations and events cited.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "core/value.h"
#include "store/store.h"

namespace netra::query {

struct TimelineOptions {
  std::string from, to;            // ISO dates, inclusive; "" = open
  bool include_subregions = true;  // a province's timeline includes its kabupaten and kota
};

// Rows {date, what, title, region, who, documents}, by date (undated rows
// last). `what` is "event" (an event held in the region: title its label,
// who its leader) or "citation" (an actor of the region citing a statute:
// title the statute, who the actor). A citation's date is its document's
// `published_on`, else the date of the region's events that document
// reports (the citation was made there), else null. Each name has its
// entity's id beside it: `title_id` (the event or statute), `region_id`,
// `who_id` (null when `who` is).
Result<Value> Timeline(const store::Store& store, const std::string& region_id, const TimelineOptions& options);
// The columns of those rows as CSV and TSV print them, whatever the rows.
inline const std::vector<std::string> kTimelineColumns = {"date",      "what",     "title",     "region", "who",
                                                          "documents", "title_id", "region_id", "who_id"};

}  // namespace netra::query
