// Trino's OPA plugin requests mapped onto Custos decisions.
#include "trino_opa.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <optional>
#include <set>
#include <unordered_map>

#include "calendar.h"
#include "sql_decision.h"

namespace custos::serve {

using nlohmann::json;
using request_json::Element;
using request_json::field;
using request_json::text;

namespace {

// Operations every known user may perform: running a query (its tables are decided one by one)
// and setting a catalog session property.
const std::set<std::string> kAlwaysAllowed = {"ExecuteQuery", "SetCatalogSessionProperty"};

// Operations answered by what the user may see (TrinoOpa::shows): the filters Trino applies to
// SHOW and information_schema listings, and the Show* checks before them.
const std::set<std::string> kVisibilityOperations = {
    "AccessCatalog", "FilterCatalogs", "ShowSchemas", "FilterSchemas", "ShowCreateSchema", "ShowTables", "FilterTables",
    "ShowColumns", "ShowCreateTable", "FilterColumns", "ShowFunctions", "FilterFunctions", "FilterViewQueryOwnedBy"};

// Operations on a query: a user acts on their own queries; on other users' only when named as a
// system user (--system-users).
const std::set<std::string> kQueryOwnerOperations = {"ViewQueryOwnedBy", "KillQueryOwnedBy"};

// Operations on the whole cluster: only system users.
const std::set<std::string> kSystemOperations = {"ReadSystemInformation", "WriteSystemInformation", "SetSystemSessionProperty"};

Element input_of(std::string_view body) { return field(request_json::parse(body), "input", ""); }

// The Trino user the request is made for.
std::string user_of(Element input) {
  Element identity = field(field(input, "context", "input"), "identity", "input.context");
  return std::string(text(identity, "user", "input.context.identity"));
}

// A `table` resource at `where`: {"catalogName", "schemaName", "tableName"}.
TrinoOpa::Table table_of(Element table, std::string_view where) {
  return {std::string(text(table, "catalogName", where)), std::string(text(table, "schemaName", where)),
          std::string(text(table, "tableName", where))};
}

// The strings of the array `list` (at `where`).
std::vector<std::string> strings_of(Element list, std::string_view where) {
  std::vector<std::string> out;
  for (Element item : request_json::array(list, where)) {
    auto s = request_json::string(item);
    if (!s) throw BadRequest("`" + std::string(where) + "` must hold strings");
    out.emplace_back(*s);
  }
  return out;
}

// Trino checks a mask's type against the column's (a `varchar` mask does not fit `varchar(255)`):
// masks are cast to the type the request names, when it is a plain type name. A cast to a bounded
// `varchar(n)` would cut a longer masked value (a 64-character hash in `varchar(32)`); a mask
// (`guard_length`) therefore fails the query with a message instead, so Trino returns exactly
// what `custos eval` does or nothing at all.
std::string cast_to_column_type(const std::string& expression, Element column, bool guard_length) {
  auto column_type = request_json::member(column, "columnType");
  auto named = column_type ? request_json::string(*column_type) : std::nullopt;
  if (!named) return expression;
  std::string type(*named);
  if (type.empty() || type.size() > 100 || !std::isalpha(static_cast<unsigned char>(type[0]))) return expression;
  for (char c : type) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != ' ' && c != '(' && c != ')' && c != ',') return expression;
  }
  std::string compact;
  for (char c : type) {
    if (c != ' ') compact += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  const std::string prefix = "varchar(";
  if (guard_length && compact.size() > prefix.size() + 1 && compact.compare(0, prefix.size(), prefix) == 0 && compact.back() == ')') {
    std::string digits = compact.substr(prefix.size(), compact.size() - prefix.size() - 1);
    if (!digits.empty() && digits.size() <= 10 && std::all_of(digits.begin(), digits.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
      std::string where;
      for (const char* part : {"catalogName", "schemaName", "tableName", "columnName"}) {
        auto value = request_json::member(column, part);
        auto name = value ? request_json::string(*value) : std::nullopt;
        if (name) where += (where.empty() ? "" : ".") + std::string(*name);
      }
      const std::string message = "custos: the mask of " + where + " yields a value longer than " + type +
                                  ", which Trino would cut; widen the column type or change the mask";
      const std::string e = "(" + expression + ")";
      return "CAST(IF(" + e + " IS NULL OR length(" + e + ") <= " + digits + ", " + e + ", fail(" +
             sql::quote_string(sql::Dialect::Trino, message) + ")) AS " + type + ")";
    }
  }
  return "CAST(" + expression + " AS " + type + ")";
}


}  // namespace

void TrinoOpa::set_principals(Principals principals) {
  auto next = std::make_shared<const Principals>(std::move(principals));
  principals_.store(next);  // `next` now holds the previous ones, released here
}

std::unique_ptr<Session> TrinoOpa::session_for(Element input, const Principals& principals, std::string& why) const {
  auto binding = principals.bind(field(input, "context", "input"), engine_, why);
  if (!binding) return nullptr;  // unknown user, conflicting attributes: nothing is allowed
  const int64_t second = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  std::string key = binding->principal;
  key += '\x1f';
  key += binding->context.dump();
  SessionShard& shard = session_shards_[std::hash<std::string>{}(key) % session_shards_.size()];
  {
    std::lock_guard lock(shard.mutex);
    if (shard.second != second || shard.sessions.size() >= 1024) {
      shard.sessions.clear();
      shard.second = second;
    }
    auto it = shard.sessions.find(key);
    if (it != shard.sessions.end() && it->second.current()) return std::make_unique<Session>(it->second);
  }
  // The request time is the context's `now` (to the second) when the mesh declares it as a timestamp.
  if (auto now = engine_.context_type("now"); now && (*now == "timestamp" || *now == "timestamp?")) {
    binding->context["now"] = cal::format_timestamp(second * 1000000);
  }
  try {
    Session session = engine_.session(binding->principal, binding->context.dump());
    std::lock_guard lock(shard.mutex);
    if (shard.second == second) shard.sessions.insert_or_assign(std::move(key), session);
    return std::make_unique<Session>(std::move(session));
  } catch (const Error& e) {
    // no bundle, or a principal or context value that does not fit the mesh
    why = std::string("the principal cannot be bound: ") + e.what();
    return nullptr;
  }
}

bool TrinoOpa::governed(const Table& t) const {
  if (!catalog_.empty() && t.catalog != catalog_) return false;
  return engine_.has_product(t.product());
}

// What one user may see, worked out at most once per product within a request (a batch asks
// about many items): a table when its product grants the user table access, a schema when one of
// its tables is visible, the governed catalog (and `system`), and information_schema in it.
class TrinoOpa::Visibility {
 public:
  Visibility(const TrinoOpa& opa, const Session& session, const Principals& principals, std::string user)
      : opa_(opa), session_(session), principals_(principals), user_(std::move(user)),
        system_user_(opa.system_users_.count(user_) != 0) {}

  const std::string& user() const { return user_; }
  bool system_user() const { return system_user_; }

  bool catalog(const std::string& name) const { return opa_.catalog_.empty() || name == opa_.catalog_ || name == "system"; }

  bool schema(const std::string& catalog_name, const std::string& schema_name) {
    if (!catalog(catalog_name)) return false;
    if (schema_name == "information_schema") return true;
    if (!products_) products_ = opa_.engine_.products();
    for (const auto& product : *products_) {
      if (product.size() > schema_name.size() && product.compare(0, schema_name.size(), schema_name) == 0 &&
          product[schema_name.size()] == '.' && readable(product)) {
        return true;
      }
    }
    for (const auto& [name, v] : principals_.views()) {
      if (name.size() > catalog_name.size() + schema_name.size() + 2 && name.compare(0, catalog_name.size(), catalog_name) == 0 &&
          name[catalog_name.size()] == '.' && name.compare(catalog_name.size() + 1, schema_name.size(), schema_name) == 0 &&
          name[catalog_name.size() + 1 + schema_name.size()] == '.' && (!v.definer || readable(v.product))) {
        return true;
      }
    }
    return false;
  }

  bool table(const Table& t) {
    if (opa_.metadata_table(t)) return true;
    // A declared view: a definer view as its product; an invoker view's tables decide for it.
    if (const auto* v = principals_.view(t.catalog, t.schema, t.table)) return !v->definer || readable(v->product);
    // A product of the session's own bundle (no engine snapshot per item of a 1,000-item batch).
    if (!opa_.catalog_.empty() && t.catalog != opa_.catalog_) return false;
    std::string product = t.product();
    return embed::find_product(session_, product) != nullptr && readable(product);
  }

  // A column of a visible table that its contract declares (information_schema: every column).
  bool column(const Table& t, const std::string& name) {
    if (!table(t)) return false;
    if (opa_.metadata_table(t)) return true;
    std::string product = t.product();
    if (const auto* v = principals_.view(t.catalog, t.schema, t.table)) {
      if (!v->definer) return true;
      product = v->product;
    }
    auto it = columns_.find(product);
    if (it == columns_.end()) {
      std::set<std::string> names;
      for (const auto& c : opa_.engine_.product_columns(product)) names.insert(c.name);
      it = columns_.emplace(product, std::move(names)).first;
    }
    return it->second.count(name) != 0;
  }

 private:
  bool readable(const std::string& product) {
    auto it = readable_.find(product);
    if (it != readable_.end()) return it->second;
    bool allowed = false;
    try {
      allowed = session_.plan(product, {}).allowed();
    } catch (const Error&) {
    }
    return readable_.emplace(product, allowed).first->second;
  }

  const TrinoOpa& opa_;
  const Session& session_;
  const Principals& principals_;
  std::string user_;
  bool system_user_;
  std::optional<std::vector<std::string>> products_;
  std::unordered_map<std::string, bool> readable_;
  std::map<std::string, std::set<std::string>> columns_;
};

bool TrinoOpa::metadata_table(const Table& t) const {
  return t.schema == "information_schema" && (catalog_.empty() || t.catalog == catalog_);
}

bool TrinoOpa::shows(const std::string& operation, Element resource, Visibility& v) const {
  auto resource_table = [&] { return table_of(field(resource, "table", "resource"), "resource.table"); };
  if (operation == "AccessCatalog" || operation == "FilterCatalogs" || operation == "ShowSchemas") {
    return v.catalog(std::string(text(field(resource, "catalog", "resource"), "name", "resource.catalog")));
  }
  if (operation == "FilterSchemas" || operation == "ShowCreateSchema" || operation == "ShowTables" || operation == "ShowFunctions") {
    Element schema = field(resource, "schema", "resource");
    return v.schema(std::string(text(schema, "catalogName", "resource.schema")), std::string(text(schema, "schemaName", "resource.schema")));
  }
  if (operation == "FilterTables" || operation == "ShowColumns" || operation == "ShowCreateTable") return v.table(resource_table());
  if (operation == "FilterColumns") {
    // Unbatched, Trino asks about one column at a time: every column named must be visible.
    Table t = resource_table();
    for (const auto& c : strings_of(field(field(resource, "table", "resource"), "columns", "resource.table"), "resource.table.columns")) {
      if (!v.column(t, c)) return false;
    }
    return v.table(t);
  }
  if (operation == "FilterFunctions") return true;  // calling a catalog function is ExecuteFunction's decision
  if (operation == "FilterViewQueryOwnedBy") {
    return v.system_user() || text(field(resource, "user", "resource"), "user", "resource.user") == v.user();
  }
  throw BadRequest("`" + operation + "` is not an operation Custos filters");
}

json TrinoOpa::batch(std::string_view body) const {
  Element input = input_of(body);
  Element action = field(input, "action", "input");
  const std::string operation(text(action, "operation", "input.action"));
  auto resources = request_json::array(field(action, "filterResources", "input.action"), "input.action.filterResources");
  if (!kVisibilityOperations.count(operation) || operation.rfind("Filter", 0) != 0) {
    throw BadRequest("`" + operation + "` is not a batched filter operation (FilterCatalogs, FilterSchemas, FilterTables, "
                     "FilterColumns, FilterFunctions, FilterViewQueryOwnedBy)");
  }
  auto principals = principals_.load();
  std::string why;
  auto session = session_for(input, *principals, why);
  if (!session) return {{"decision_id", engine_.log_refusal(user_of(input), operation, "", why)}, {"result", json::array()}};
  Visibility v(*this, *session, *principals, user_of(input));
  std::vector<size_t> shown;
  if (operation == "FilterColumns") {
    // One table and its columns; the answer indexes the columns.
    if (resources.size() != 1) throw BadRequest("FilterColumns takes one table in `filterResources`");
    Element table = field(resources.at(0).value_unsafe(), "table", "filterResources[0]");
    Table t = table_of(table, "filterResources[0].table");
    auto columns = strings_of(field(table, "columns", "filterResources[0].table"), "filterResources[0].table.columns");
    for (size_t i = 0; i < columns.size(); ++i) {
      if (v.column(t, columns[i])) shown.push_back(i);
    }
    return {{"result", shown}};
  }
  size_t i = 0;
  for (Element resource : resources) {
    if (shows(operation, resource, v)) shown.push_back(i);
    ++i;
  }
  return {{"result", shown}};
}

json TrinoOpa::allow(std::string_view body) const {
  Element input = input_of(body);
  Element action = field(input, "action", "input");
  const std::string operation(text(action, "operation", "input.action"));
  auto principals = principals_.load();
  const std::string user = user_of(input);
  // Inside a SECURITY DEFINER view, Trino asks whether the view's owner may read the product.
  // The owner is a service identity, never a principal: it may read exactly the product its
  // declared views read, and the view applies the reader's decision.
  if (operation == "CreateViewWithSelectFromColumns") {
    Table t = table_of(field(field(action, "resource", "input.action"), "table", "input.action.resource"), "input.action.resource.table");
    return {{"result", governed(t) && principals->owns_view_over(user, t.product())}};
  }
  std::string why;
  auto session = session_for(input, *principals, why);
  if (!session) {
    std::string product;
    auto resource = request_json::member(action, "resource");
    auto table = resource ? request_json::member(*resource, "table") : std::nullopt;
    if (operation == "SelectFromColumns" && table) {
      auto schema = request_json::member(*table, "schemaName"), name = request_json::member(*table, "tableName");
      auto schema_text = schema ? request_json::string(*schema) : std::nullopt;
      auto name_text = name ? request_json::string(*name) : std::nullopt;
      if (schema_text && name_text) product = std::string(*schema_text) + "." + std::string(*name_text);
    }
    return {{"decision_id", engine_.log_refusal(user, operation, product, why)}, {"result", false}};
  }
  if (kAlwaysAllowed.count(operation)) return {{"result", true}};
  const bool system_user = system_users_.count(user) != 0;
  if (kVisibilityOperations.count(operation)) {
    Visibility v(*this, *session, *principals, user);
    return {{"result", shows(operation, field(action, "resource", "input.action"), v)}};
  }
  if (kSystemOperations.count(operation)) return {{"result", system_user}};
  if (kQueryOwnerOperations.count(operation)) {
    Element owner = field(field(action, "resource", "input.action"), "user", "input.action.resource");
    return {{"result", system_user || text(owner, "user", "input.action.resource.user") == user}};
  }
  if (operation != "SelectFromColumns") return {{"result", false}};  // writes, DDL, grants: not through Custos
  Element table = field(field(action, "resource", "input.action"), "table", "input.action.resource");
  Table t = table_of(table, "input.action.resource.table");
  if (metadata_table(t)) return {{"result", true}};
  std::string product = t.product();
  if (const auto* view = principals->view(t.catalog, t.schema, t.table)) {
    if (!view->definer) return {{"result", true}};  // its tables are decided for the reader
    product = view->product;                        // the reader's access to the view's product
  } else if (!governed(t)) {
    return {{"result", false}};
  }
  std::vector<std::string> columns;
  if (auto listed = request_json::member(table, "columns")) columns = strings_of(*listed, "input.action.resource.table.columns");
  try {
    Plan plan = session->plan(product, columns);
    return {{"decision_id", plan.decision_id()}, {"result", plan.allowed()}};
  } catch (const Error&) {
    return {{"result", false}};  // e.g. a column the contract does not have
  }
}

// How a table's row filter and masks are answered for one user: from a product's decision for the
// user (a product, or a definer view as its product), none at all (information_schema, an invoker
// view whose tables are decided, a product inside a definer view for the view's owner), or denied
// (an unknown user, a table that is not governed).
TrinoOpa::Source TrinoOpa::source_of(const Principals& principals, const Table& t, const std::string& user, bool known) const {
  if (!known) return {principals.owns_view_over(user, t.product()) && governed(t) ? Source::None : Source::Denied, {}};
  if (metadata_table(t)) return {Source::None, {}};
  if (const auto* view = principals.view(t.catalog, t.schema, t.table)) {
    return view->definer ? Source{Source::Product, view->product} : Source{Source::None, {}};
  }
  return governed(t) ? Source{Source::Product, t.product()} : Source{Source::Denied, {}};
}

json TrinoOpa::row_filters(std::string_view body) const {
  Element input = input_of(body);
  Element action = field(input, "action", "input");
  Table t = table_of(field(field(action, "resource", "input.action"), "table", "input.action.resource"), "input.action.resource.table");
  auto deny_all = json{{"result", json::array({{{"expression", "FALSE"}}})}};
  auto principals = principals_.load();
  std::string why;
  auto session = session_for(input, *principals, why);
  Source source = source_of(*principals, t, user_of(input), session != nullptr);
  if (source.kind == Source::None) return {{"result", json::array()}};
  if (!session) {
    deny_all["decision_id"] = engine_.log_refusal(user_of(input), "RowFilters", t.product(), why);
    return deny_all;
  }
  if (source.kind == Source::Denied) return deny_all;
  try {
    auto d = embed::decide_sql(*session, source.product, {}, sql::Dialect::Trino);
    if (d.plan.row_filter == "TRUE") return {{"decision_id", d.decision_id}, {"result", json::array()}};
    return {{"decision_id", d.decision_id}, {"result", json::array({{{"expression", d.plan.row_filter}}})}};
  } catch (const Error&) {
    return deny_all;
  }
}

json TrinoOpa::batch_column_masks(std::string_view body) const {
  Element input = input_of(body);
  Element action = field(input, "action", "input");
  std::vector<Element> columns;
  for (Element resource : request_json::array(field(action, "filterResources", "input.action"), "input.action.filterResources")) {
    columns.push_back(field(resource, "column", "filterResources[]"));
  }
  return masks(input, columns);
}

json TrinoOpa::column_mask(std::string_view body) const {
  Element input = input_of(body);
  Element action = field(input, "action", "input");
  json answer = masks(input, {field(field(action, "resource", "input.action"), "column", "input.action.resource")});
  json single = {{"result", answer["result"].empty() ? json(nullptr) : answer["result"][0]["viewExpression"]}};
  if (answer.contains("decision_id")) single["decision_id"] = answer["decision_id"];
  return single;
}

json TrinoOpa::masks(Element input, const std::vector<Element>& columns) const {
  auto principals = principals_.load();
  const std::string user = user_of(input);
  std::string why, decision_ids;
  auto session = session_for(input, *principals, why);
  // Each column's source, and the columns asked of each product: a product is decided once, for
  // the columns asked (a single-column request on a 9,000-column table decides one column).
  struct Item {
    Element column;
    std::string name;
    Source source;
  };
  std::vector<Item> items;
  items.reserve(columns.size());
  std::map<std::string, std::vector<std::string>> asked;
  for (Element column : columns) {
    Table t = table_of(column, "column");
    Item item{column, std::string(text(column, "columnName", "column")), source_of(*principals, t, user, session != nullptr)};
    if (session && item.source.kind == Source::Product) asked[item.source.product].push_back(item.name);
    items.push_back(std::move(item));
  }
  // A refused user (not a view owner answered with no masks) is logged once for the request.
  if (!session && std::any_of(items.begin(), items.end(), [](const Item& i) { return i.source.kind != Source::None; })) {
    decision_ids = engine_.log_refusal(user, "ColumnMasks", "", why);
  }
  std::map<std::string, std::optional<embed::SqlDecision>> plans;
  for (auto& [product, names] : asked) {
    std::optional<embed::SqlDecision> d;
    try {
      d = embed::decide_sql(*session, product, names, sql::Dialect::Trino);
    } catch (const Error&) {
      try {
        d = embed::decide_sql(*session, product, {}, sql::Dialect::Trino);  // a name the contract lacks
      } catch (const Error&) {
      }
    }
    if (d) decision_ids += (decision_ids.empty() ? "" : ",") + d->decision_id;
    plans.emplace(product, std::move(d));
  }
  json result = json::array();
  for (size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    if (item.source.kind == Source::None) continue;  // no mask
    std::string expression = "NULL";  // fail closed: unknown users, ungoverned tables, errors
    bool masked = false;              // a mask's value (not a denied column's NULL)
    if (session && item.source.kind == Source::Product) {
      const auto& d = plans.at(item.source.product);
      if (d) {
        expression.clear();
        for (const auto& c : d->plan.columns) {
          if (c.name != item.name) continue;
          if (c.outcome != eval::ColumnOutcome::Clear) expression = c.expression;
          masked = c.outcome == eval::ColumnOutcome::Masked;
          break;
        }
        if (expression.empty()) continue;  // clear (or not a contract column): no mask
      }
    }
    result.push_back({{"index", i}, {"viewExpression", {{"expression", cast_to_column_type(expression, item.column, masked)}}}});
  }
  json answer = {{"result", result}};
  if (!decision_ids.empty()) answer["decision_id"] = decision_ids;  // one per table decided
  return answer;
}

}  // namespace custos::serve
