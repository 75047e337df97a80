// `custos build` (write a bundle), `custos inspect` (verify and describe one) and `custos keygen`.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>

#include "commands.h"
#include "hash_key.h"
#include "load_bundle.h"
#include "mesh_files.h"
#include "signing.h"

#ifndef CUSTOS_VERSION
#define CUSTOS_VERSION "0.0.0"
#endif

namespace custos::cli {

namespace fs = std::filesystem;

namespace {

bool write_file(const std::string& path, const std::string& bytes, std::ostream& err, bool private_key = false) {
  // Write beside the target, then rename: a reader never sees half a bundle.
  std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f) {
      err << "error: cannot write `" << path << "`\n";
      return false;
    }
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!f.flush()) {
      err << "error: cannot write `" << path << "`\n";
      return false;
    }
  }
  std::error_code ec;
  if (private_key) fs::permissions(tmp, fs::perms::owner_read | fs::perms::owner_write, ec);
  fs::rename(tmp, path, ec);
  if (ec) {
    err << "error: cannot write `" << path << "`: " << ec.message() << "\n";
    fs::remove(tmp, ec);
    return false;
  }
  return true;
}

}  // namespace

int run_build(const BuildArgs& args, std::ostream& out, std::ostream& err, const Terminal& term) {
  auto loaded = load_policies(args.inputs, "bundles", err, term);
  if (!loaded) return kExitFailure;
  const Mesh& mesh = *loaded->checked.mesh;
  auto collected = mesh_files(*loaded, err);
  if (!collected) return kExitFailure;
  std::vector<bundle::BundleFile> files = std::move(*collected);
  auto key = resolve_hash_key(args.hash_key, ir::first_keyed_rule(*loaded->set), loaded->sources, err);
  if (!key) return kExitFailure;
  auto b = bundle::make_bundle(std::move(files), mesh.config.name, args.revision, CUSTOS_VERSION);
  if (!key->empty()) b.hash_key_id = stdlib::hash_key_id(*key);
  if (!args.sign_key.empty()) {
    auto key = read_key(args.sign_key, "signing key", err);
    if (!key) return kExitFailure;
    std::string error;
    std::string sig = bundle::sign(bundle::serialize_unsigned(b), *key, error);
    if (sig.empty()) {
      err << "error: " << args.sign_key << ": " << error << "\n"
          << "help: make a key pair with `custos keygen --out NAME` (or `openssl genpkey -algorithm ed25519`)\n";
      return kExitFailure;
    }
    b.signature = sig;
  }
  std::string bytes = bundle::serialize(b);
  if (!write_file(args.output, bytes, err)) return kExitFailure;
  size_t policies = 0, contracts = 0;
  for (const auto& f : b.files) {
    policies += f.kind == bundle::FileKind::Policy;
    contracts += f.kind == bundle::FileKind::Contract;
  }
  // ODPS data products travel with the contracts (one per file); say how many of each.
  const size_t products = std::min(contracts, mesh.data_products.size());
  contracts -= products;
  out << "wrote " << args.output << ": mesh `" << b.mesh << "`, revision " << b.revision << ", " << policies
      << " policy file" << (policies == 1 ? "" : "s") << ", " << contracts << " contract" << (contracts == 1 ? "" : "s")
      << (products ? ", " + std::to_string(products) + " data product" + (products == 1 ? "" : "s") : std::string())
      << ", " << bytes.size() << " bytes, " << (b.signature ? "signed (Ed25519)" : "unsigned") << "\n"
      << "content sha256 " << b.content_sha256 << "\n";
  if (!b.hash_key_id.empty()) out << "hash key " << b.hash_key_id << " (engines must load it with this key)\n";
  return kExitOk;
}

int run_inspect(const InspectArgs& args, std::ostream& out, std::ostream& err, const Terminal&) {
  bundle::VerifyOptions verify;
  if (args.public_key) {
    auto key = read_public_key(*args.public_key, err);
    if (!key) return kExitFailure;
    verify.public_key_pem = *key;
  }
  std::string error;
  auto loaded = bundle::load_file(args.bundle, verify, error);
  if (!loaded) {
    err << "error: " << error << (error.empty() || error.back() != '\n' ? "\n" : "");
    return kExitFailure;
  }
  size_t rules = loaded->set->program.rules_as_written();
  out << args.bundle << ": mesh `" << loaded->mesh_name << "`, revision " << loaded->revision << "\n"
      << "  built by custos " << loaded->custos_version << ", " << loaded->files << " files, " << loaded->bytes << " bytes\n"
      << "  content sha256 " << loaded->content_sha256 << "\n"
      << "  " << loaded->mesh->products.size() << " products, " << rules << " rules\n"
      << "  signature: " << (loaded->signature_verified ? "verified (Ed25519)" : "not checked (no --public-key)") << "\n";
  if (!loaded->hash_key_id.empty()) out << "  hash key: " << loaded->hash_key_id << "\n";
  return kExitOk;
}

int run_keygen(const KeygenArgs& args, std::ostream& out, std::ostream& err, const Terminal&) {
  bundle::KeyPair pair = bundle::generate_key_pair();
  std::string priv = args.out + ".key", pub = args.out + ".pub";
  std::error_code ec;
  if (!args.force && (fs::exists(priv, ec) || fs::exists(pub, ec))) {
    err << "error: `" << priv << "` or `" << pub << "` already exists; pass --force to replace it\n";
    return kExitFailure;
  }
  if (!write_file(priv, pair.private_pem, err, true) || !write_file(pub, pair.public_pem, err)) return kExitFailure;
  out << "wrote " << priv << " (private: sign bundles with `custos build --sign " << priv << "`; keep it secret)\n"
      << "wrote " << pub << " (public: give it to engines that load the bundles)\n";
  return kExitOk;
}

}  // namespace custos::cli
