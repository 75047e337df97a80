// The front half of commands that decide one request (`eval`, `explain`, `sql`): load and check
// the mesh, find the product and columns (with "did you mean" hints), read the principal and
// context as typed attributes. Every problem is reported to `err`.
#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "pipeline.h"
#include "decision_inputs.h"

namespace custos::cli {

struct RequestArgs {
  CheckInputs inputs;
  std::string principal_file;
  std::string context_file;
  std::string product;
  std::vector<std::string> columns;
};

struct Request {
  std::unique_ptr<LoadedPolicies> loaded;
  const Product* product = nullptr;
  size_t index = 0;  // the product's position in the mesh
  eval::Attributes principal, context;
};

// The product named `name` (`domain.name`), or nullptr after reporting it unknown, with a hint.
const Product* find_product(const Mesh& mesh, const std::string& name, std::ostream& err);

std::optional<Request> load_request(const RequestArgs& args, const char* what, std::ostream& err, const Terminal& term);
std::optional<std::string> read_input(const std::string& path, const std::string& what, std::ostream& err);
// A PEM key file (at most 64 KiB); nullopt after reporting why it cannot be read.
std::optional<std::string> read_key(const std::string& path, const char* what, std::ostream& err);
// An Ed25519 public key (PEM) for --public-key: an empty path, an empty file or anything that is
// not such a key is an error, never "no verification".
std::optional<std::string> read_public_key(const std::string& path, std::ostream& err);

}  // namespace custos::cli
