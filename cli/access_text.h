// The access review as text and JSON: what `custos who-can` prints for one product.
#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "model/mesh.h"
#include "who_can.h"

namespace custos::cli {

// `every_governed_column`: the answer lists every column a rule governs (no --column was given).
std::string access_text(const analysis::ProductAccess& access, const Product& product, bool every_governed_column);

// The answer as JSON (what `custos who-can --format json` and the report carry).
nlohmann::json access_json(const analysis::ProductAccess& access);

// One condition as `<indent><head> when <condition>` (nested parts below it), `<head>: always`, ...
void condition_text(const std::string& head, const analysis::Condition& c, const std::string& indent, std::string& out);
nlohmann::json condition_json(const analysis::Condition& c);

// Whether some condition of the answer could not be decided.
bool access_unknown(const analysis::ProductAccess& access);

}  // namespace custos::cli
