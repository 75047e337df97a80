// Lineage: derived columns carry their sources' protection.
//
// A column whose contract names its sources (`transformSourceObjects`) inherits their tags and
// classification unless the contract declares its own; a declared one that is less protected than
// a source (a tag of the source it lacks, a lower classification) is an error unless the contract
// records the downgrade with an approval (the custom property `downgrade`). Runs once every
// contract is read, so every rule, coverage check and backend sees the inherited tags.
#pragma once

#include "diag/diagnostic.h"
#include "model/mesh.h"

namespace custos::mesh {

// Resolves every column's sources, reports unknown sources (E0310), cycles (E0311), unapproved
// downgrades (E0312), approvals by someone who may not give them (E0313) and approvals that excuse
// nothing (W0303); writes inherited tags and classifications into the columns.
void resolve_lineage(Mesh& mesh, Diagnostics& diags);

// The rank of `classification` in the mesh (higher is more protected); "" ranks lowest. Without a
// ranking in custos.yaml, sensitive classifications outrank all others. An unranked classification
// ranks highest when `as_source`, lowest otherwise, so that an unknown name never hides a downgrade.
int classification_rank(const MeshConfig& cfg, const std::string& classification, bool as_source);

}  // namespace custos::mesh
