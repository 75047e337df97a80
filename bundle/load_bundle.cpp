// From bundle bytes to a lowered policy set.
#include "load_bundle.h"

#include "check/check.h"
#include "diag/render.h"
#include "mesh/load_mesh.h"
#include "parse/parse.h"
#include "signing.h"

namespace custos::bundle {

namespace {

std::string first_errors(const Diagnostics& diags, const SourceMap& sources) {
  Diagnostics errors;
  size_t shown = 0;
  for (const Diagnostic& d : diags.all()) {
    if (d.severity != Severity::Error || shown == 5) continue;
    errors.append(d);
    ++shown;
  }
  std::string text = render_human(errors, sources);
  if (diags.error_count() > shown) text += "... and " + std::to_string(diags.error_count() - shown) + " more errors\n";
  return text;
}

}  // namespace

std::unique_ptr<LoadedBundle> load(std::string_view bytes, const VerifyOptions& verify, const std::string& name,
                                   std::string& error) {
  auto parsed = parse(bytes, error);
  if (!parsed) return nullptr;
  const Bundle& b = parsed->bundle;
  auto out = std::make_unique<LoadedBundle>();
  if (!verify.public_key_pem.empty()) {
    if (!b.signature) {
      error = "bundle is not signed, and this engine requires signed bundles (build it with `custos build --sign`)";
      return nullptr;
    }
    if (!bundle::verify(parsed->signed_bytes, *b.signature, verify.public_key_pem, error)) return nullptr;
    out->signature_verified = true;
  }
  out->revision = b.revision;
  out->mesh_name = b.mesh;
  out->content_sha256 = b.content_sha256;
  out->custos_version = b.custos_version;
  out->hash_key_id = b.hash_key_id;
  out->files = b.files.size();
  out->bytes = bytes.size();

  Diagnostics diags;
  std::string prefix = name.empty() ? std::string() : name + ":";
  std::optional<MeshConfig> config;
  std::vector<FileId> contracts, policies;
  for (const BundleFile& f : b.files) {
    FileId id = out->sources.add(prefix + f.path, f.text);
    if (f.kind == FileKind::Config) {
      config = mesh::load_config(id, out->sources, diags);
    } else {
      (f.kind == FileKind::Contract ? contracts : policies).push_back(id);
    }
  }
  if (config) {
    out->mesh = std::make_unique<Mesh>(mesh::assemble_mesh(std::move(*config), contracts, out->sources, diags));
    for (FileId id : policies) {
      size_t before = diags.error_count();
      ast::File file = parse::parse_file(id, out->sources, diags);
      if (diags.error_count() == before) out->ast.push_back(std::move(file));
    }
  }
  if (!out->mesh || diags.has_errors()) {
    error = "bundle revision `" + b.revision + "` does not check with this version of Custos:\n" +
            first_errors(diags, out->sources);
    return nullptr;
  }
  sema::Program program = check::check_program(*out->mesh, out->ast, out->sources, diags);
  if (diags.has_errors()) {
    error = "bundle revision `" + b.revision + "` does not check with this version of Custos:\n" +
            first_errors(diags, out->sources);
    return nullptr;
  }
  out->set = std::make_unique<ir::PolicySet>(ir::lower(*out->mesh, std::move(program)));
  return out;
}

std::unique_ptr<LoadedBundle> load_file(const std::string& path, const VerifyOptions& verify, std::string& error) {
  ReadResult r = read_file_limited(path, kMaxBundleBytes);
  if (!r.text) {
    error = "cannot read bundle `" + path + "`: " + r.error;
    return nullptr;
  }
  auto loaded = load(*r.text, verify, path, error);
  if (!loaded) error = path + ": " + error;
  return loaded;
}

Bundle make_bundle(std::vector<BundleFile> files, std::string mesh, std::string revision, std::string custos_version) {
  Bundle b;
  b.files = std::move(files);
  b.mesh = std::move(mesh);
  b.custos_version = std::move(custos_version);
  b.content_sha256 = content_hash(b.files);
  b.revision = revision.empty() ? b.content_sha256.substr(0, 12) : std::move(revision);
  return b;
}

}  // namespace custos::bundle
