// The checker's entry point: resolve and type-check parsed files against a mesh.
#pragma once

#include <vector>

#include "ast/ast.h"
#include "check/program.h"
#include "diag/diagnostic.h"
#include "model/mesh.h"

namespace custos::check {

struct CheckLimits {
  // Rules in one mesh, all files together: beyond it nothing is checked (E0209).
  size_t max_rules = 100000;
};

// Checks all files of one mesh together (ids, mask conflicts and coverage are mesh-wide).
sema::Program check_program(const Mesh& mesh, const std::vector<ast::File>& files, const SourceMap& sources,
                            Diagnostics& diags, const CheckLimits& limits = {});

}  // namespace custos::check
