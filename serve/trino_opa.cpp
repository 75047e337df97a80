// Trino's OPA plugin requests mapped onto Custos decisions.
#include "trino_opa.h"

#include "source/source_map.h"

#include <cctype>
#include <chrono>
#include <fstream>
#include <set>
#include <sstream>

#include "calendar.h"
#include "sql_decision.h"

namespace custos::serve {

using nlohmann::json;

namespace {

// Operations that only read metadata or run the query itself: allowed for every known user
// (table data is governed by SelectFromColumns, row filters and masks).
const std::set<std::string> kMetadataOperations = {
    "ExecuteQuery",  "AccessCatalog", "FilterCatalogs", "ShowSchemas",  "FilterSchemas", "ShowTables",
    "FilterTables",  "ShowColumns",   "FilterColumns",  "ShowFunctions", "FilterFunctions",
    "ShowCurrentRoles", "ShowRoles", "ShowRoleGrants", "SetCatalogSessionProperty"};

// Operations on a query: a user acts on their own queries; on other users' only when named as a
// system user (--system-users).
const std::set<std::string> kQueryOwnerOperations = {"ViewQueryOwnedBy", "FilterViewQueryOwnedBy", "KillQueryOwnedBy"};

// Operations on the whole cluster: only system users.
const std::set<std::string> kSystemOperations = {"ReadSystemInformation", "WriteSystemInformation", "SetSystemSessionProperty"};

const json& field(const json& j, const char* name, const char* where) {
  if (!j.is_object() || !j.contains(name)) throw BadRequest(std::string("missing `") + where + "`");
  return j.at(name);
}

std::string text(const json& j, const char* name, const char* where) {
  const json& v = field(j, name, where);
  if (!v.is_string()) throw BadRequest(std::string("`") + where + "` must be a string");
  return v.get<std::string>();
}

const json& input_of(const json& request) { return field(request, "input", "input"); }

// The Trino user the request is made for.
std::string user_of(const json& input) {
  const json& identity = field(field(input, "context", "input.context"), "identity", "input.context.identity");
  return text(identity, "user", "input.context.identity.user");
}

// Trino checks a mask's type against the column's (a `varchar` mask does not fit `varchar(255)`):
// masks are cast to the type the request names, when it is a plain type name.
std::string cast_to_column_type(const std::string& expression, const json& column) {
  if (!column.contains("columnType") || !column["columnType"].is_string()) return expression;
  std::string type = column["columnType"].get<std::string>();
  if (type.empty() || type.size() > 100 || !std::isalpha(static_cast<unsigned char>(type[0]))) return expression;
  for (char c : type) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != ' ' && c != '(' && c != ')' && c != ',') return expression;
  }
  return "CAST(" + expression + " AS " + type + ")";
}

std::string now_iso() {
  auto micros = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch());
  return cal::format_timestamp(micros.count());
}

}  // namespace

Principals Principals::from_json(const json& doc, const std::string& what) {
  if (!doc.is_object() || !doc.contains("users") || !doc["users"].is_object()) {
    throw std::runtime_error(what + ": expected {\"users\": {\"<trino user>\": {<principal attributes>}}}");
  }
  Principals p;
  for (const auto& [user, attrs] : doc["users"].items()) {
    if (!attrs.is_object()) throw std::runtime_error(what + ": the attributes of `" + user + "` must be an object");
    p.users_[user] = attrs.dump();
  }
  return p;
}

Principals Principals::load(const std::string& path) {
  std::ifstream f(path);
  if (!f) throw std::runtime_error("cannot read principals file `" + path + "`");
  std::stringstream s;
  s << f.rdbuf();
  std::string text = s.str();
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    auto [line, col] = line_col_at(text, std::min(e.byte > 0 ? e.byte - 1 : 0, text.size()));
    std::string reason = e.what();
    size_t colon = reason.find(": ", reason.find("parse error"));
    throw std::runtime_error(path + ":" + std::to_string(line) + ":" + std::to_string(col) + ": not valid JSON: " +
                             (colon == std::string::npos ? reason : reason.substr(colon + 2)));
  }
  Principals p = from_json(doc, path);
  p.path_ = path;
  p.text_ = std::move(text);
  return p;
}

const std::string* Principals::find(const std::string& user) const {
  auto it = users_.find(user);
  return it == users_.end() ? nullptr : &it->second;
}

std::vector<std::string> Principals::validate(const Engine& engine) const {
  std::vector<std::string> problems;
  for (const auto& [user, attrs] : users_) {
    try {
      engine.session(attrs, "{}");
    } catch (const Error& e) {
      if (e.code() != ErrorCode::InvalidArgument) throw;
      std::string where = path_.empty() ? std::string("principals") : path_;
      size_t at = text_.find("\"" + user + "\"");
      if (at != std::string::npos) {
        auto [line, col] = line_col_at(text_, at);
        where += ":" + std::to_string(line) + ":" + std::to_string(col);
      }
      problems.push_back(where + ": user `" + user + "`: " + e.what());
    }
  }
  return problems;
}

void TrinoOpa::set_principals(Principals principals) {
  auto next = std::make_shared<const Principals>(std::move(principals));
  principals_.store(std::move(next));
}

std::unique_ptr<Session> TrinoOpa::session_for(const json& input, std::string& why) const {
  const std::string user = user_of(input);
  std::shared_ptr<const Principals> principals = principals_.load();
  const std::string* attrs = principals->find(user);
  if (!attrs) {
    why = "unknown user (not in the principals file)";
    return nullptr;  // unknown user: nothing is allowed
  }
  json context = json::object();
  // The request time is the context's `now` when the mesh declares one; other context
  // attributes are absent, so rules that read them fail closed.
  context["now"] = now_iso();
  for (const std::string& ctx : {context.dump(), std::string("{}")}) {
    try {
      return std::make_unique<Session>(engine_.session(*attrs, ctx));
    } catch (const Error& e) {
      // no bundle, a principal that does not fit the mesh, or no `now` in the mesh: try without
      why = std::string("the principal cannot be bound: ") + e.what();
    }
  }
  return nullptr;  // the principal cannot be bound: nothing is allowed
}

bool TrinoOpa::governed(const Table& t) const {
  if (!catalog_.empty() && t.catalog != catalog_) return false;
  auto b = engine_.bundle();
  if (!b) return false;
  auto products = engine_.products();
  return std::find(products.begin(), products.end(), t.product()) != products.end();
}

json TrinoOpa::allow(const json& request) const {
  const json& input = input_of(request);
  const json& action = field(input, "action", "input.action");
  std::string operation = text(action, "operation", "input.action.operation");
  std::string why;
  auto session = session_for(input, why);
  if (!session) {
    std::string product;
    if (operation == "SelectFromColumns" && action.contains("resource") && action["resource"].is_object() &&
        action["resource"].contains("table") && action["resource"]["table"].is_object()) {
      const json& table = action["resource"]["table"];
      if (table.value("schemaName", json()).is_string() && table.value("tableName", json()).is_string()) {
        product = table["schemaName"].get<std::string>() + "." + table["tableName"].get<std::string>();
      }
    }
    engine_.log_refusal(user_of(input), operation, product, why);
    return {{"result", false}};
  }
  if (kMetadataOperations.count(operation)) return {{"result", true}};
  const std::string user = user_of(input);
  const bool system_user = system_users_.count(user) != 0;
  if (kSystemOperations.count(operation)) return {{"result", system_user}};
  if (kQueryOwnerOperations.count(operation)) {
    const json& owner = field(field(field(action, "resource", "input.action.resource"), "user", "input.action.resource.user"),
                              "user", "input.action.resource.user.user");
    if (!owner.is_string()) throw BadRequest("`input.action.resource.user.user` must be a string");
    return {{"result", system_user || owner.get<std::string>() == user}};
  }
  if (operation != "SelectFromColumns") return {{"result", false}};  // writes, DDL, grants: not through Custos
  const json& table = field(field(action, "resource", "input.action.resource"), "table", "input.action.resource.table");
  Table t{text(table, "catalogName", "table.catalogName"), text(table, "schemaName", "table.schemaName"),
          text(table, "tableName", "table.tableName")};
  if (!governed(t)) return {{"result", false}};
  std::vector<std::string> columns;
  if (table.contains("columns")) {
    if (!table["columns"].is_array()) throw BadRequest("`table.columns` must be an array");
    for (const auto& c : table["columns"]) {
      if (!c.is_string()) throw BadRequest("`table.columns` must hold strings");
      columns.push_back(c.get<std::string>());
    }
  }
  try {
    return {{"result", session->plan(t.product(), columns).allowed()}};
  } catch (const Error&) {
    return {{"result", false}};  // e.g. a column the contract does not have
  }
}

json TrinoOpa::row_filters(const json& request) const {
  const json& input = input_of(request);
  const json& action = field(input, "action", "input.action");
  const json& table = field(field(action, "resource", "input.action.resource"), "table", "input.action.resource.table");
  Table t{text(table, "catalogName", "table.catalogName"), text(table, "schemaName", "table.schemaName"),
          text(table, "tableName", "table.tableName")};
  auto deny_all = json{{"result", json::array({{{"expression", "FALSE"}}})}};
  std::string why;
  auto session = session_for(input, why);
  if (!session) engine_.log_refusal(user_of(input), "RowFilters", t.product(), why);
  if (!session || !governed(t)) return deny_all;
  try {
    auto d = embed::decide_sql(*session, t.product(), {}, sql::Dialect::Trino);
    if (d.plan.row_filter == "TRUE") return {{"result", json::array()}};
    return {{"result", json::array({{{"expression", d.plan.row_filter}}})}};
  } catch (const Error&) {
    return deny_all;
  }
}

json TrinoOpa::batch_column_masks(const json& request) const {
  const json& input = input_of(request);
  const json& action = field(input, "action", "input.action");
  const json& resources = field(action, "filterResources", "input.action.filterResources");
  if (!resources.is_array()) throw BadRequest("`input.action.filterResources` must be an array");
  std::string why;
  auto session = session_for(input, why);
  if (!session) engine_.log_refusal(user_of(input), "ColumnMasks", "", why);
  // The plan of each table once; columns are answered by their index in the request.
  std::map<std::string, std::optional<embed::SqlDecision>> plans;
  json result = json::array();
  for (size_t i = 0; i < resources.size(); ++i) {
    const json& column = field(resources[i], "column", "filterResources[].column");
    Table t{text(column, "catalogName", "column.catalogName"), text(column, "schemaName", "column.schemaName"),
            text(column, "tableName", "column.tableName")};
    std::string name = text(column, "columnName", "column.columnName");
    std::string expression = "NULL";  // fail closed: unknown users, ungoverned tables, errors
    if (session && governed(t)) {
      auto it = plans.find(t.product());
      if (it == plans.end()) {
        std::optional<embed::SqlDecision> d;
        try {
          d = embed::decide_sql(*session, t.product(), {}, sql::Dialect::Trino);
        } catch (const Error&) {
        }
        it = plans.emplace(t.product(), std::move(d)).first;
      }
      if (it->second) {
        expression.clear();
        for (const auto& c : it->second->plan.columns) {
          if (c.name != name) continue;
          if (c.outcome != eval::ColumnOutcome::Clear) expression = c.expression;
          break;
        }
        if (expression.empty()) continue;  // clear (or not a contract column): no mask
      }
    }
    result.push_back({{"index", i}, {"viewExpression", {{"expression", cast_to_column_type(expression, column)}}}});
  }
  return {{"result", result}};
}

json TrinoOpa::column_mask(const json& request) const {
  const json& input = input_of(request);
  const json& action = field(input, "action", "input.action");
  const json& column = field(field(action, "resource", "input.action.resource"), "column", "input.action.resource.column");
  json batch = request;
  batch["input"]["action"]["filterResources"] = json::array({{{"column", column}}});
  json answer = batch_column_masks(batch);
  if (answer["result"].empty()) return {{"result", nullptr}};
  return {{"result", answer["result"][0]["viewExpression"]}};
}

}  // namespace custos::serve
