// Assembling the governed output batch: a struct array ("+s") owning its child columns.
#pragma once

#include <vector>

#include "compiled_policy_set.h"

namespace custos::embed {

// Moves `columns` (each an owning Arrow array and schema) into one owning struct array of
// `length` rows. On return the columns no longer own anything; the caller releases `out_*`.
void export_struct(std::vector<jit::MaskedColumn>& columns, int64_t length, ArrowSchema* out_schema, ArrowArray* out_array);

}  // namespace custos::embed
