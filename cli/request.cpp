#include "request.h"

#include "signing.h"
#include "support/suggest.h"

namespace custos::cli {

std::optional<std::string> read_input(const std::string& path, const std::string& what, std::ostream& err) {
  ReadResult r = read_file_limited(path);
  if (!r.text) err << "error: cannot read " << what << " `" << path << "`: " << r.error << "\n";
  return r.text;
}

std::optional<std::string> read_key(const std::string& path, const char* what, std::ostream& err) {
  ReadResult key = read_file_limited(path, 64 * 1024);
  if (!key.text) err << "error: cannot read " << what << " `" << path << "`: " << key.error << "\n";
  return key.text;
}

std::optional<std::string> read_public_key(const std::string& path, std::ostream& err) {
  if (path.empty()) {
    err << "error: --public-key needs the path of an Ed25519 public key (PEM)\n";
    return std::nullopt;
  }
  auto key = read_key(path, "public key", err);
  if (!key) return std::nullopt;
  std::string why;
  if (!bundle::is_public_key(*key, why)) {
    err << "error: public key `" << path << "`: " << why << "\n"
        << "  = help: `custos keygen` writes a key pair; give its .pub file\n";
    return std::nullopt;
  }
  return key;
}

const Product* find_product(const Mesh& mesh, const std::string& name, std::ostream& err) {
  const Product* p = mesh.find_product(name);
  if (p) return p;
  err << "error: unknown product `" << name << "`";
  std::string hint = did_you_mean(name, mesh.product_names());
  if (!hint.empty()) err << "; " << hint;
  err << "\n";
  return nullptr;
}

std::optional<Request> load_request(const RequestArgs& args, const char* what, std::ostream& err, const Terminal& term) {
  Request req;
  CheckInputs inputs = args.inputs;
  if (inputs.paths.empty()) inputs.paths = {"."};
  req.loaded = load_policies(inputs, what, err, term);
  if (!req.loaded) return std::nullopt;
  const Mesh& mesh = *req.loaded->checked.mesh;
  req.product = find_product(mesh, args.product, err);
  if (!req.product) return std::nullopt;
  req.index = static_cast<size_t>(req.product - mesh.products.data());
  for (const auto& c : args.columns) {
    if (!req.product->find_column(c)) {
      std::vector<std::string> names;
      for (const auto& x : req.product->columns) names.push_back(x.name);
      std::string hint = did_you_mean(c, names);
      err << "error: `" << req.product->qualified() << "` has no column `" << c << "`" << (hint.empty() ? "" : "; " + hint)
          << "\n";
      return std::nullopt;
    }
  }
  std::vector<std::string> errors;
  auto text = read_input(args.principal_file, "the principal", err);
  if (!text) return std::nullopt;
  req.principal = eval::attributes_from_json(*text, mesh.config.principal, "principal", errors, args.principal_file);
  if (!args.context_file.empty()) {
    auto ctx = read_input(args.context_file, "the context", err);
    if (!ctx) return std::nullopt;
    req.context = eval::attributes_from_json(*ctx, mesh.config.context, "context", errors, args.context_file);
  }
  if (!errors.empty()) {
    for (const auto& e : errors) err << "error: " << e << "\n";
    return std::nullopt;
  }
  return req;
}

}  // namespace custos::cli
