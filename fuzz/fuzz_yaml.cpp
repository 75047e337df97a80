// Fuzzes the YAML readers: the same bytes as a mesh configuration and as an ODCS contract.
#include <cstdint>
#include <string>

#include "diag/render.h"
#include "mesh/load_mesh.h"

using namespace custos;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  SourceMap sources;
  Diagnostics diags;
  FileId cfg = sources.add("custos.yaml", text);
  auto config = mesh::load_config(cfg, sources, diags);
  MeshConfig fallback;
  fallback.tags.add("pii", Span{});
  fallback.tags.add("pii.direct", Span{});
  std::vector<Product> products;
  mesh::load_contract(sources.add("contract.yaml", text), sources, config ? *config : fallback, diags, products);
  volatile size_t sink = render_human(diags, sources).size() + render_json(diags, sources).size();
  (void)sink;
  return 0;
}
