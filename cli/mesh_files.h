// The files of a loaded mesh as a bundle holds them (configuration, contracts, policies, each by
// its path relative to the mesh root), for `custos build` and for the revision `custos report`
// shows.
#pragma once

#include <optional>
#include <ostream>
#include <vector>

#include "bundle_format.h"
#include "pipeline.h"

namespace custos::cli {

// nullopt after reporting to `err` when a file lies outside the mesh root.
std::optional<std::vector<bundle::BundleFile>> mesh_files(const LoadedPolicies& loaded, std::ostream& err);

}  // namespace custos::cli
