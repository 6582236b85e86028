// Checking what users type, shared by every command: ISO dates (a day, a
// month or a year, read as a range), values from a fixed vocabulary with a
// "did you mean" for near misses, and the same hint for mistyped commands
// and flags.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace netra::cli {

// Which end of a range a date option is: `--from 2024-08` is 2024-08-01,
// `--to 2024-08` is 2024-08-31.
enum class DateBound { kFirst, kLast };

// Reads `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as the day it names or, for a
// month or year, its first or last day; a date that does not exist
// (`2024-13-01`, `2023-02-29`) or another form (`12/08/2024`) is an error
// that names the forms taken.
CLI::Validator IsoDate(DateBound bound);

// A value from `allowed` (compared exactly); anything else is an error that
// lists them and suggests the nearest ("unknown type `Persn`; did you mean
// `Person`?"). `what` names the values: "type", "predicate".
CLI::Validator OneOf(const std::vector<std::string>& allowed, const std::string& what);

// " (did you mean `x`?)" for the nearest of `candidates` to `typed`, or "".
std::string DidYouMean(const std::string& typed, const std::vector<std::string>& candidates);

// The entity types and the predicates between entities of model/vocab.h:
// what `--type`, `--exclude-type`, `--only-type` and `--predicate` take.
const std::vector<std::string>& EntityTypes();
const std::vector<std::string>& EdgePredicates();

// After a parse error of `app` on `args` (argv without the program): the
// nearest command to a mistyped one, or the nearest flag of the command
// given to a mistyped flag, or "".
std::string HintForParseError(const CLI::App& app, const CLI::ParseError& e, const std::vector<std::string>& args);

}  // namespace netra::cli
