// The bundle file: everything an engine needs to decide (mesh configuration, contracts, policy
// files) in one versioned, hashed and optionally signed file, written by `custos build`.
//
// Layout (integers little-endian):
//   magic      8 bytes  "\x89CUSTOS\n"  (catches text-mode transfers, like PNG's)
//   version    u32      kBundleFormat
//   manifest   u32 length + JSON: format, custos version, revision, mesh name, content_sha256,
//                                 hash_key_id (when the policies mask with `hash`),
//                                 files [{path, kind, size}]
//   payload    the files' bytes, concatenated in manifest order
//   trailer    "SHA2" + 32 bytes           unsigned: SHA-256 of every byte before the trailer, or
//              "ED25" + 64 bytes           signed: an Ed25519 signature of every byte before it
// The content hash is SHA-256 over each file's kind, path and bytes (length-prefixed), so it names
// the content independent of build time; the signature covers the manifest (revision included).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace custos::bundle {

inline constexpr uint32_t kBundleFormat = 1;
inline constexpr size_t kMaxBundleBytes = 256u << 20;  // 256 MiB
inline constexpr size_t kMaxBundleFiles = 100000;

enum class FileKind : uint8_t { Config, Contract, Policy };
const char* to_string(FileKind k);

struct BundleFile {
  std::string path;  // relative to the mesh root, '/'-separated
  FileKind kind = FileKind::Policy;
  std::string text;
};

struct Bundle {
  std::string revision;        // chosen at build time; defaults to the content hash's first 12 hex digits
  std::string mesh;            // the mesh's name
  std::string custos_version;  // of the `custos build` that wrote it
  std::string content_sha256;  // hex
  std::string hash_key_id;     // id of the `hash` key it was built for (stdlib::hash_key_id); empty: none
  std::vector<BundleFile> files;
  std::optional<std::string> signature;  // 64 raw bytes when signed
};

// SHA-256 (hex) over the files, as stored in the manifest.
std::string content_hash(const std::vector<BundleFile>& files);

// The bundle's bytes before the trailer (what a signature signs), and the complete file.
std::string serialize_unsigned(const Bundle& b);
std::string serialize(const Bundle& b);

struct ParsedBundle {
  Bundle bundle;
  std::string signed_bytes;  // the bytes the signature (if any) covers
};
// Parses and validates a bundle file: structure, sizes, paths, kinds and the content hash.
// On failure returns nullopt with a one-line reason in `error` (truncated, corrupt, ...).
std::optional<ParsedBundle> parse(std::string_view bytes, std::string& error);

}  // namespace custos::bundle
