// Where a command gets the `hash` mask's key: --hash-key-file, the CUSTOS_HASH_KEY_FILE or
// CUSTOS_HASH_KEY environment variables, or (for demos only, loudly) --demo-hash-key.
// There is no default key; see stdlib/hash_key.h.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "check/program.h"
#include "source/source_map.h"

namespace custos::cli {

struct HashKeyArgs {
  std::string file;   // --hash-key-file
  bool demo = false;  // --demo-hash-key
};

// The key, "" when none is given and none is needed, or nullopt after reporting to `err` why
// not: `needed_by` (a rule whose mask needs the key) is set and no key was given, the file cannot
// be read, the key is too short, or two sources disagree.
std::optional<std::string> resolve_hash_key(const HashKeyArgs& args, const ir::Rule* needed_by,
                                            const SourceMap& sources, std::ostream& err);

// The same for commands without a loaded mesh (`custos serve`): the key when one is given, ""
// otherwise; nullopt after reporting an unreadable or short key.
std::optional<std::string> optional_hash_key(const HashKeyArgs& args, std::ostream& err);

// The help lines that say how to give a key (after an error about a missing one).
const char* hash_key_help();

}  // namespace custos::cli
