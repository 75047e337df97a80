// libcustos.so's own translation unit. The static embedding library holds the code; this file
// makes the linker keep every public entry point (the C ABI and the C++ API) in the shared object.
#include "custos/custos.h"
#include "custos/custos.hpp"

namespace {
__attribute__((used)) void* const kKeep[] = {
    reinterpret_cast<void*>(&custos_version),          reinterpret_cast<void*>(&custos_last_error),
    reinterpret_cast<void*>(&custos_string_free),      reinterpret_cast<void*>(&custos_engine_options_init),
    reinterpret_cast<void*>(&custos_engine_new),       reinterpret_cast<void*>(&custos_engine_free),
    reinterpret_cast<void*>(&custos_engine_load_bundle_file), reinterpret_cast<void*>(&custos_engine_load_bundle),
    reinterpret_cast<void*>(&custos_engine_revision),  reinterpret_cast<void*>(&custos_engine_audit_stats),
    reinterpret_cast<void*>(&custos_engine_flush_audit), reinterpret_cast<void*>(&custos_session_new),
    reinterpret_cast<void*>(&custos_session_free),     reinterpret_cast<void*>(&custos_session_plan),
    reinterpret_cast<void*>(&custos_plan_free),        reinterpret_cast<void*>(&custos_plan_allowed),
    reinterpret_cast<void*>(&custos_plan_column_count), reinterpret_cast<void*>(&custos_plan_column_name),
    reinterpret_cast<void*>(&custos_plan_column_outcome), reinterpret_cast<void*>(&custos_plan_column_mask),
    reinterpret_cast<void*>(&custos_plan_decision_id), reinterpret_cast<void*>(&custos_plan_revision),
    reinterpret_cast<void*>(&custos_plan_to_json),     reinterpret_cast<void*>(&custos_plan_filter),
    reinterpret_cast<void*>(&custos_plan_apply),
};
}  // namespace
