// `product.<attribute>` and `column.<attribute>`: what a condition may read about the target a rule
// decides. They are known when the policy is compiled, so the checker binds a rule that reads them
// once per target with their values in place (check_rules.cpp), and no engine ever sees them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ir/expr.h"
#include "model/mesh.h"

namespace custos::check {

enum class TargetRoot : uint8_t { Product, Column };

const char* root_name(TargetRoot root);  // "product" / "column"

// The attribute names under a root, in documentation order (for hints and the reference).
std::vector<std::string> target_attribute_names(TargetRoot root);

// The type of `<root>.<name>` in `mesh` (domains and tags are enums of the mesh's own values), or
// nullopt when there is no such attribute.
std::optional<Type> target_attribute_type(const Mesh& mesh, TargetRoot root, const std::string& name);

// The value of `<root>.<name>` for `product` (and `column`, for the column root) as a constant
// node of `type`: a string, a bool, a set of tags (each with its ancestors: `pii.direct` also
// carries `pii`, as `tagged pii` reads it), or null where the contract is silent.
ir::ExprPtr target_attribute_value(TargetRoot root, const std::string& name, const Type& type, const Product& product,
                                   const Column* column, Span span);

// `"crm"`, `{"eu", "internal"}`, `null`: a bound value as `explain` shows it.
std::string shown_value(const ir::Expr& constant);

}  // namespace custos::check
