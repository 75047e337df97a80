// Trino OPA request builders (see trino_requests.h).
#include "trino_requests.h"

namespace custos::testing::trino {

json context(const std::string& user, const std::vector<std::string>& groups) {
  return {{"identity", {{"user", user}, {"groups", groups}}},
          {"softwareStack", {{"trinoVersion", "476"}}},
          {"properties", json::object()},
          {"queryId", nullptr}};
}

json request(const json& context, const json& action) { return {{"input", {{"context", context}, {"action", action}}}}; }

json table(const std::string& catalog, const std::string& schema, const std::string& table) {
  return {{"table", {{"catalogName", catalog}, {"schemaName", schema}, {"tableName", table}}}};
}

json column(const std::string& schema, const std::string& table, const std::string& name, const std::string& type,
            const std::string& catalog) {
  return {{"column", {{"catalogName", catalog}, {"schemaName", schema}, {"tableName", table}, {"columnName", name}, {"columnType", type}}}};
}

json select(const std::string& user, const std::string& schema, const std::string& table_name, json columns) {
  json resource = table("lake", schema, table_name);
  resource["table"]["columns"] = std::move(columns);
  return request(context(user), {{"operation", "SelectFromColumns"}, {"resource", resource}});
}

json row_filters(const std::string& user, const std::string& schema, const std::string& table_name) {
  return request(context(user), {{"operation", "GetRowFilters"}, {"resource", table("lake", schema, table_name)}});
}

json masks(const std::string& user, json resources) {
  return request(context(user), {{"operation", "GetColumnMask"}, {"filterResources", std::move(resources)}});
}

json one(const std::string& user, const std::string& operation, json resource) {
  return request(context(user), {{"operation", operation}, {"resource", std::move(resource)}});
}

json filter(const std::string& user, const std::string& operation, json resources) {
  return request(context(user), {{"operation", operation}, {"filterResources", std::move(resources)}});
}

}  // namespace custos::testing::trino
