// The project's vocabulary: entity types and predicate names, as used in
// entity ids and triples. schema/vocabulary.json documents each one and is
// checked against this list by a test, so the two cannot drift apart.
#pragma once

namespace netra::vocab {

// Entity types: the prefix of an entity id ("Region:16.73").
inline constexpr const char* kRegion = "Region";
inline constexpr const char* kPerson = "Person";
inline constexpr const char* kPosition = "Position";
inline constexpr const char* kOrganization = "Organization";
inline constexpr const char* kEvent = "Event";
inline constexpr const char* kElection = "Election";
inline constexpr const char* kStatute = "Statute";
inline constexpr const char* kStatuteArticle = "StatuteArticle";
inline constexpr const char* kDocument = "Document";
inline constexpr const char* kPublisher = "Publisher";

// Predicates between entities.
inline constexpr const char* kHoldsPosition = "holds_position";  // Person -> Position
inline constexpr const char* kPositionIn = "position_in";        // Position -> Region
inline constexpr const char* kLeads = "leads";                   // Person -> Event
inline constexpr const char* kOrganizes = "organizes";           // Organization -> Event
inline constexpr const char* kHeldIn = "held_in";                // Event -> Region
inline constexpr const char* kHeldOn = "held_on";                // Event -> date
inline constexpr const char* kCites = "cites";                   // Person|Organization|Event -> Statute
inline constexpr const char* kCitesArticle = "cites_article";    // Person|Organization|Event -> StatuteArticle
inline constexpr const char* kPartOf = "part_of";                // StatuteArticle -> Statute, Region -> Region
inline constexpr const char* kLocatedIn = "located_in";          // Organization -> Region
inline constexpr const char* kMentions = "mentions";             // Document -> Region|Election|...
inline constexpr const char* kPublishedBy = "published_by";      // Document -> Publisher
inline constexpr const char* kReplacedBy = "replaced_by";        // Statute -> Statute
inline constexpr const char* kAbout = "about";                   // Event -> Election
inline constexpr const char* kDateline = "dateline";             // Document -> Region

// Predicates to literals (attributes).
inline constexpr const char* kLabel = "label";                // display name
inline constexpr const char* kKind = "kind";                  // kota|kabupaten|provinsi; apel|sosialisasi|...
inline constexpr const char* kCode = "code";                  // Kemendagri code "16.73"
inline constexpr const char* kRole = "role";                  // Position -> "Pj Wali Kota"
inline constexpr const char* kTitle = "title";                // Statute -> "Aparatur Sipil Negara"
inline constexpr const char* kStatuteType = "statute_type";   // "UU", "PP", ...
inline constexpr const char* kNumber = "number";              // "20"
inline constexpr const char* kYear = "year";                  // 2023
inline constexpr const char* kStatus = "status";              // berlaku|dicabut
inline constexpr const char* kHonorific = "honorific";        // Person -> "H", "Drs"
inline constexpr const char* kDegree = "degree";              // Person -> "M.Si"
inline constexpr const char* kPublishedOn = "published_on";   // Document -> date
inline constexpr const char* kAbbreviation = "abbreviation";  // Organization -> "BKPP OKI"

// Every type and predicate above, for checking schema/vocabulary.json.
inline constexpr const char* kAllEntityTypes[] = {kRegion,   kPerson,  kPosition,       kOrganization, kEvent,
                                                  kElection, kStatute, kStatuteArticle, kDocument,     kPublisher};
inline constexpr const char* kAllPredicates[] = {
    kHoldsPosition, kPositionIn, kLeads,     kOrganizes, kHeldIn,      kHeldOn,      kCites,
    kCitesArticle,  kPartOf,     kLocatedIn, kMentions,  kPublishedBy, kReplacedBy,  kAbout,
    kDateline,      kLabel,      kKind,      kCode,      kRole,        kTitle,       kStatuteType,
    kNumber,        kYear,       kStatus,    kHonorific, kDegree,      kPublishedOn, kAbbreviation};

}  // namespace netra::vocab
