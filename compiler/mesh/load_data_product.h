// Open Data Product Standard (ODPS v1) data products: product-level lineage beside the contracts.
#pragma once

#include <vector>

#include "mesh/yaml_reader.h"
#include "model/mesh.h"

namespace custos::mesh {

// Reads a `kind: DataProduct` document (`root`, already parsed by `r`): its id, name and the
// contracts of its input and output ports. Appends it to `out` unless it is malformed.
void read_data_product(YamlReader& r, const YAML::Node& root, std::vector<DataProductDecl>& out);

}  // namespace custos::mesh
