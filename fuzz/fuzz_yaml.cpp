// Fuzzes the YAML readers and the mesh assembly. An input with lines `# ---- file ----` holds
// custos.yaml and then one contract (or ODPS data product) per part, so lineage across contracts is
// resolved too; an input without them is read both as the configuration and as one contract.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "diag/render.h"
#include "mesh/load_mesh.h"

using namespace custos;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  // Split at the separators: with any, the first part is custos.yaml and the others contracts;
  // without, the same bytes are both.
  constexpr std::string_view kSeparator = "# ---- file ----\n";
  std::vector<std::string> parts;
  for (size_t start = 0; parts.size() < 16;) {
    size_t next = text.find(kSeparator, start);
    parts.push_back(text.substr(start, next == std::string::npos ? std::string::npos : next - start));
    if (next == std::string::npos) break;
    start = next + kSeparator.size();
  }
  if (parts.size() == 1) parts.push_back(text);
  SourceMap sources;
  Diagnostics diags;
  auto config = mesh::load_config(sources.add("custos.yaml", parts[0]), sources, diags);
  MeshConfig fallback;
  fallback.tags.add("pii", Span{});
  fallback.tags.add("pii.direct", Span{});
  fallback.classifications = {"public", "internal", "confidential", "restricted"};
  std::vector<FileId> files;
  for (size_t i = 1; i < parts.size(); ++i) files.push_back(sources.add("contract" + std::to_string(i) + ".yaml", parts[i]));
  Mesh mesh = mesh::assemble_mesh(config ? *config : fallback, files, sources, diags);
  volatile size_t sink = mesh.products.size() + render_human(diags, sources).size() + render_json(diags, sources).size();
  (void)sink;
  return 0;
}
