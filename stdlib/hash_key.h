// The key of the `hash` mask: what a usable key is, its public id, and the one demo key.
//
// A pseudonym is only as secret as its key: with a known key, a dictionary of likely inputs
// (e-mail addresses, names) reverses every hashed value. So there is no default key. Every command,
// the embedding API, `custos serve` and the SQLite extension take a key from a file, the
// environment or the host, refuse one shorter than kMinHashKeyBytes, and a bundle records the id
// of the key it was built for (never the key). The demo key is public by design and only used
// behind an explicit, loudly warned opt-in (`--demo-hash-key`).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace custos::stdlib {

inline constexpr size_t kMinHashKeyBytes = 32;
inline constexpr size_t kMaxHashKeyBytes = 4096;

// Public by design: never protects anything. Used only with --demo-hash-key.
inline constexpr std::string_view kDemoHashKey = "custos-public-demo-hash-key--never-for-real-data";

// Why `key` cannot be a hash key (too short, too long), or nullopt when it can.
std::optional<std::string> hash_key_problem(std::string_view key);

// The key's public id: "hk-" and 16 hex digits of a domain-separated SHA-256 of the key. Recorded
// in bundles and decision logs to tell keys apart; it does not help to guess the key.
std::string hash_key_id(std::string_view key);

// A fresh random key nobody knows (64 hex digits), for outputs whose pseudonyms only need to be
// consistent within one run and never compared with another system's: policy tests, the report.
std::string one_time_hash_key();

// The text of a key file: its bytes, less one trailing line break ("\n" or "\r\n") so that
// `openssl rand -hex 32 > hash.key` and `echo` give the key the file shows.
std::string hash_key_from_file_text(std::string text);

// A key read from a file and checked; nullopt with `error` set when unreadable or unusable.
std::optional<std::string> read_hash_key_file(const std::string& path, std::string& error);

// The key the process environment gives: the file named by CUSTOS_HASH_KEY_FILE, else the value of
// CUSTOS_HASH_KEY; "" when neither is set; nullopt with `error` when the one given is unusable.
// `source` receives the variable's name.
std::optional<std::string> hash_key_from_environment(std::string& source, std::string& error);

}  // namespace custos::stdlib
