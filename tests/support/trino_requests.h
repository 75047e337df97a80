// Requests shaped as Trino's OPA plugin builds them (plugin/trino-opa: OpaQueryInput with an
// OpaQueryContext of identity, softwareStack, properties and queryId, and an OpaQueryInputAction
// with one `resource` or a batch of `filterResources`), for the serve tests and benchmarks.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace custos::testing::trino {

using nlohmann::json;

// `context`: the identity (user, groups) plus softwareStack, properties ({}) and queryId (null,
// as Trino sends it outside a query).
json context(const std::string& user, const std::vector<std::string>& groups = {});
// {"input": {"context": context, "action": action}}
json request(const json& context, const json& action);

// Resources.
json table(const std::string& catalog, const std::string& schema, const std::string& table);  // {"table": {...}}
json column(const std::string& schema, const std::string& table, const std::string& name, const std::string& type,
            const std::string& catalog = "lake");  // {"column": {...}}

// Whole requests for `user` (groups empty).
json select(const std::string& user, const std::string& schema, const std::string& table, json columns);  // SelectFromColumns
json row_filters(const std::string& user, const std::string& schema, const std::string& table);             // GetRowFilters
json masks(const std::string& user, json resources);  // GetColumnMask over filterResources (batch)
json one(const std::string& user, const std::string& operation, json resource);          // /allow, one resource
json filter(const std::string& user, const std::string& operation, json resources);      // /batch

}  // namespace custos::testing::trino
