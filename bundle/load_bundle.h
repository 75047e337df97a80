// Loading a bundle into a checked, lowered policy set ready for an evaluator: verify the
// signature (when a key is configured), then parse, check and lower the files it carries.
// Nothing is read from disk but the bundle itself.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "bundle_format.h"
#include "diag/diagnostic.h"
#include "ir/policy_set.h"
#include "model/mesh.h"

namespace custos::bundle {

struct VerifyOptions {
  // PEM Ed25519 public key. When set, unsigned bundles and bad signatures are refused.
  std::string public_key_pem;
};

// A bundle made ready to decide with. Owns everything the policy set points into.
struct LoadedBundle {
  std::string revision, mesh_name, content_sha256, custos_version;
  std::string hash_key_id;  // the `hash` key the bundle was built for; empty: none recorded
  bool signature_verified = false;
  size_t files = 0, bytes = 0;
  SourceMap sources;
  std::vector<ast::File> ast;
  std::unique_ptr<Mesh> mesh;
  std::unique_ptr<ir::PolicySet> set;
};

// The loaded bundle, or nullptr with `error` saying why (structure, hash, signature, or the
// diagnostics of policies that no longer check, rendered as `path:line:col: ...`).
// `name` prefixes file paths in diagnostics (usually the bundle's path).
std::unique_ptr<LoadedBundle> load(std::string_view bytes, const VerifyOptions& verify, const std::string& name,
                                   std::string& error);
// Reads the file at `path` (size-limited) and loads it.
std::unique_ptr<LoadedBundle> load_file(const std::string& path, const VerifyOptions& verify, std::string& error);

// A bundle of `files` (config first, then contracts and policies in load order) for `mesh`.
// An empty `revision` becomes the first 12 hex digits of the content hash.
Bundle make_bundle(std::vector<BundleFile> files, std::string mesh, std::string revision, std::string custos_version);

}  // namespace custos::bundle
