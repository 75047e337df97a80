// Readable text of the IR: one line per expression (what `explain` prints), and the whole
// policy set, rule by rule with every node's type (what `custos ir` prints).
#pragma once

#include <optional>
#include <string>

#include "ir/expr.h"

namespace custos::ir {

struct PolicySet;

// An expression in policy syntax: `(region == "EU" and qty > 3)`.
std::string render(const Expr& e);

// An expression as a tree, one node per line with its kind, type and flags, indented by `depth`.
std::string dump_tree(const Expr& e, int depth = 0);

// Every product's rules (or one product's) in the order the engines index them, each with its
// conditions as trees. With `sources`, rules are located as `file:line:col`.
std::string dump(const PolicySet& set, const SourceMap* sources = nullptr, std::optional<size_t> product = std::nullopt);

}  // namespace custos::ir
