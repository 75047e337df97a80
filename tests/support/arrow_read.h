// Reading an Arrow struct array the library produced back into scalars, through the same
// validating reader the engines use (each child's type taken from its format string).
#pragma once

#include <vector>

#include "custos/arrow_c_data.h"
#include "value.h"

namespace custos::testing {

// Rows × columns of the struct array; throws std::runtime_error when it does not validate.
std::vector<std::vector<Scalar>> read_struct(const ArrowSchema& schema, const ArrowArray& array);

}  // namespace custos::testing
