// The access review as text: what `custos who-can` prints for one product.
#pragma once

#include <string>

#include "model/mesh.h"
#include "who_can.h"

namespace custos::cli {

// `every_governed_column`: the answer lists every column a rule governs (no --column was given).
std::string access_text(const analysis::ProductAccess& access, const Product& product, bool every_governed_column);

// Whether some condition of the answer could not be decided.
bool access_unknown(const analysis::ProductAccess& access);

}  // namespace custos::cli
