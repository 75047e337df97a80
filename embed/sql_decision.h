// For in-tree services that answer with SQL (custos serve): a session's decision as SQL of one
// dialect, made and logged like Session::plan. Internal: not part of the public API.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "custos/custos.hpp"
#include "emit_plan.h"

namespace custos::embed {

struct SqlDecision {
  sql::SqlPlan plan;
  std::string decision_id;
  std::string revision;
};

// Throws custos::Error (UnknownProduct, ...) like Session::plan, and Error{Internal} when the
// decision has no exact rendering in the dialect.
SqlDecision decide_sql(const Session& session, std::string_view product, const std::vector<std::string>& columns,
                       sql::Dialect dialect);

// The session's product and column names, for services that map their own names onto products.
const Product* find_product(const Session& session, std::string_view product);

}  // namespace custos::embed
