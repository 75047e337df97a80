// The `hash` key's sources, in order: --demo-hash-key, --hash-key-file, CUSTOS_HASH_KEY_FILE,
// CUSTOS_HASH_KEY.
#include "hash_key_source.h"

#include "hash_key.h"

namespace custos::cli {

namespace {
constexpr const char* kHowToGiveAKey =
    "  = help: give a key with --hash-key-file FILE or the CUSTOS_HASH_KEY_FILE environment variable; make one with\n"
    "          `openssl rand -hex 32 > hash.key` and keep it secret: whoever has it can reverse the pseudonyms\n"
    "  = note: to try Custos on example data only, --demo-hash-key uses a public key\n";

// The key the user gave, "" for none, nullopt after an error.
std::optional<std::string> given_key(const HashKeyArgs& args, std::ostream& err) {
  if (args.demo && !args.file.empty()) {
    err << "error: --demo-hash-key and --hash-key-file both give the hash key; keep one\n";
    return std::nullopt;
  }
  if (args.demo) {
    err << "warning: --demo-hash-key: the `hash` mask uses Custos' public demo key; anyone can reverse these "
           "pseudonyms with a dictionary. Never use it for real data.\n";
    return std::string(stdlib::kDemoHashKey);
  }
  std::string error, source;
  std::optional<std::string> key = args.file.empty() ? stdlib::hash_key_from_environment(source, error)
                                                     : stdlib::read_hash_key_file(args.file, error);
  if (!key) err << "error: " << error << "\n";
  return key;
}
}  // namespace

std::optional<std::string> resolve_hash_key(const HashKeyArgs& args, const ir::Rule* needed_by,
                                            const SourceMap& sources, std::ostream& err) {
  auto key = given_key(args, err);
  if (!key) return std::nullopt;
  if (key->empty() && needed_by) {
    err << "error: the `hash` mask needs a key and none was given\n"
        << "  --> " << sources.file(needed_by->span.file).path() << ":" << needed_by->span.line << ":"
        << needed_by->span.col << ": rule `" << needed_by->id << "` masks with `hash`\n"
        << kHowToGiveAKey;
    return std::nullopt;
  }
  return key;
}

std::optional<std::string> optional_hash_key(const HashKeyArgs& args, std::ostream& err) { return given_key(args, err); }

const char* hash_key_help() { return kHowToGiveAKey; }

}  // namespace custos::cli
