// The principals file of `custos serve` (see principals.h).
#include "principals.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "source/source_map.h"
#include "support/suggest.h"

namespace custos::serve {

using nlohmann::json;
using request_json::Element;

namespace {

const std::vector<std::string> kTopLevel = {"users", "groups", "user_attribute", "context", "views"};
const std::vector<std::string> kViewKeys = {"product", "owner", "security"};
const std::vector<std::string> kSources = {"extraCredentials", "properties", "groups", "clientTags", "source", "queryId", "user"};
const std::vector<std::string> kSourceKeys = {"from", "key", "prefix", "separator"};

std::string hint(const std::string& name, const std::vector<std::string>& candidates) {
  std::string d = did_you_mean(name, candidates);
  return d.empty() ? "" : "; " + d;
}

std::string join(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "`" : ", `") + n + "`";
  return out;
}

// Every member of `spec` is one of `allowed` and a string; otherwise a message with a hint.
void check_string_fields(const json& spec, const std::vector<std::string>& allowed, const std::string& where) {
  for (const auto& [key, value] : spec.items()) {
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      throw std::runtime_error(where + ": unknown key `" + key + "`" + hint(key, allowed));
    }
    if (!value.is_string()) throw std::runtime_error(where + ": `" + key + "` must be a string");
  }
}

// A string member of a JSON object, or nullptr.
const std::string* string_at(const json& object, const char* name) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(name);
  return it != object.end() && it->is_string() ? it->get_ptr<const std::string*>() : nullptr;
}

// The declared type without its optional marker: `date?` -> `date`.
std::string base_type(std::string type) {
  if (!type.empty() && type.back() == '?') type.pop_back();
  return type;
}

// Whether a declared type is a collection (`set<...>`, `list<...>`).
bool collection(const std::string& type) { return type.rfind("set<", 0) == 0 || type.rfind("list<", 0) == 0; }

std::vector<std::string> split(const std::string& s, const std::string& separator) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t end = separator.empty() ? std::string::npos : s.find(separator, start);
    std::string part = s.substr(start, end == std::string::npos ? std::string::npos : end - start);
    size_t a = part.find_first_not_of(" \t"), b = part.find_last_not_of(" \t");
    if (a != std::string::npos) out.push_back(part.substr(a, b - a + 1));
    if (end == std::string::npos) break;
    start = end + separator.size();
  }
  return out;
}

// A raw value (a string, or a list of strings) as the declared type: sets from lists or separated
// strings; int, float and bool parsed from strings when they are exactly one. Anything else is
// passed as it is, and the engine refuses it with its own message.
json convert(const json& raw, const std::string& declared, const std::string& separator) {
  std::string type = base_type(declared);
  if (collection(type)) {
    if (raw.is_array()) return raw;
    if (raw.is_string()) return split(raw.get<std::string>(), separator);
    return raw;
  }
  if (!raw.is_string()) return raw;
  const std::string& s = raw.get_ref<const std::string&>();
  if (type == "int") {
    size_t i = (!s.empty() && s[0] == '-') ? 1 : 0;
    if (i < s.size() && s.size() <= 20 && std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
      try {
        return std::stoll(s);
      } catch (const std::exception&) {
      }
    }
    return raw;
  }
  if (type == "float") {
    try {
      size_t used = 0;
      double d = std::stod(s, &used);
      if (used == s.size()) return d;
    } catch (const std::exception&) {
    }
    return raw;
  }
  if (type == "bool") {
    if (s == "true") return true;
    if (s == "false") return false;
  }
  return raw;
}

// The raw value a source gives for one request, or null when the request does not carry it.
json raw_value(const Principals::ContextSource& source, Element context) {
  using request_json::member;
  auto identity = member(context, "identity");
  auto in = [](const std::optional<Element>& object, std::string_view name) {
    return object ? member(*object, name) : std::nullopt;
  };
  auto string_list = [](const std::optional<Element>& list, const std::string& prefix) {
    simdjson::dom::array items;
    if (!list || list->get(items) != simdjson::SUCCESS) return json();
    json out = json::array();
    for (Element g : items) {
      auto s = request_json::string(g);
      if (s && s->compare(0, prefix.size(), prefix) == 0) out.push_back(std::string(s->substr(prefix.size())));
    }
    return out;
  };
  std::optional<Element> v;
  if (source.from == "extraCredentials") v = in(in(identity, "extraCredentials"), source.key);
  else if (source.from == "properties") v = in(member(context, "properties"), source.key);
  else if (source.from == "groups") return string_list(in(identity, "groups"), source.prefix);
  else if (source.from == "clientTags") return string_list(in(identity, "clientTags"), "");
  else if (source.from == "source") v = in(identity, "source");
  else if (source.from == "queryId") v = member(context, "queryId");
  else if (source.from == "user") v = in(identity, "user");
  auto s = v ? request_json::string(*v) : std::nullopt;
  return s ? json(std::string(*s)) : json();
}

}  // namespace

bool Principals::ContextSource::list() const { return from == "groups" || from == "clientTags"; }

Principals Principals::from_json(const json& doc, const std::string& what) {
  if (!doc.is_object() || !doc.contains("users") || !doc["users"].is_object()) {
    throw std::runtime_error(what + ": expected {\"users\": {\"<trino user>\": {<principal attributes>}}}");
  }
  for (const auto& [key, value] : doc.items()) {
    if (std::find(kTopLevel.begin(), kTopLevel.end(), key) == kTopLevel.end()) {
      throw std::runtime_error(what + ": unknown key `" + key + "`" + hint(key, kTopLevel) + " (the file has " + join(kTopLevel) + ")");
    }
  }
  Principals p;
  for (const auto& [user, attrs] : doc["users"].items()) {
    if (!attrs.is_object()) throw std::runtime_error(what + ": the attributes of user `" + user + "` must be an object");
    p.users_[user] = attrs;
    p.user_text_[user] = attrs.dump();
  }
  if (doc.contains("groups")) {
    if (!doc["groups"].is_object()) throw std::runtime_error(what + ": `groups` must map Trino group names to principal attributes");
    for (const auto& [group, attrs] : doc["groups"].items()) {
      if (!attrs.is_object()) throw std::runtime_error(what + ": the attributes of group `" + group + "` must be an object");
      p.groups_[group] = attrs;
    }
  }
  if (doc.contains("user_attribute")) {
    if (!doc["user_attribute"].is_string() || doc["user_attribute"].get<std::string>().empty()) {
      throw std::runtime_error(what + ": `user_attribute` must name the principal attribute that receives the Trino user name");
    }
    p.user_attribute_ = doc["user_attribute"].get<std::string>();
  }
  if (doc.contains("context")) {
    if (!doc["context"].is_object()) throw std::runtime_error(what + ": `context` must map context attributes to their sources");
    for (const auto& [attribute, spec] : doc["context"].items()) {
      const std::string where = what + ": context attribute `" + attribute + "`";
      if (!spec.is_object()) throw std::runtime_error(where + ": expected {\"from\": <source>, ...}");
      check_string_fields(spec, kSourceKeys, where);
      ContextSource s;
      s.attribute = attribute;
      const std::string* from = string_at(spec, "from");
      if (!from) throw std::runtime_error(where + ": `from` is missing (one of " + join(kSources) + ")");
      if (std::find(kSources.begin(), kSources.end(), *from) == kSources.end()) {
        throw std::runtime_error(where + ": unknown source `" + *from + "`" + hint(*from, kSources) + " (sources: " + join(kSources) + ")");
      }
      s.from = *from;
      if (const std::string* k = string_at(spec, "key")) s.key = *k;
      if (const std::string* pre = string_at(spec, "prefix")) s.prefix = *pre;
      if (const std::string* sep = string_at(spec, "separator")) s.separator = *sep;
      bool keyed = s.from == "extraCredentials" || s.from == "properties";
      if (keyed && s.key.empty()) throw std::runtime_error(where + ": `" + s.from + "` needs a `key`");
      if (!keyed && spec.contains("key")) throw std::runtime_error(where + ": `key` applies to extraCredentials and properties only");
      if (s.from != "groups" && spec.contains("prefix")) throw std::runtime_error(where + ": `prefix` applies to `groups` only");
      if (attribute == "now") {
        throw std::runtime_error(where + ": `now` is the time of the request, set by custos serve; it cannot come from the request");
      }
      p.context_.push_back(std::move(s));
    }
  }
  if (doc.contains("views")) {
    if (!doc["views"].is_object()) throw std::runtime_error(what + ": `views` must map Trino view names (catalog.schema.view) to their product and owner");
    for (const auto& [name, spec] : doc["views"].items()) {
      const std::string where = what + ": view `" + name + "`";
      size_t dots = static_cast<size_t>(std::count(name.begin(), name.end(), '.'));
      if (dots != 2 || name.front() == '.' || name.back() == '.' || name.find("..") != std::string::npos) {
        throw std::runtime_error(where + ": name the view as Trino does, catalog.schema.view");
      }
      if (!spec.is_object()) throw std::runtime_error(where + ": expected {\"product\": \"<domain>.<name>\", \"owner\": \"<trino user>\"}");
      check_string_fields(spec, kViewKeys, where);
      View v;
      v.name = name;
      const std::string* security = string_at(spec, "security");
      if (security && *security != "definer" && *security != "invoker") {
        throw std::runtime_error(where + ": `security` is `definer` (Trino's default) or `invoker`, not `" + *security + "`");
      }
      v.definer = !security || *security == "definer";
      if (const std::string* product = string_at(spec, "product")) v.product = *product;
      if (const std::string* owner = string_at(spec, "owner")) v.owner = *owner;
      if (v.definer && (v.product.empty() || v.owner.empty())) {
        throw std::runtime_error(where + ": a SECURITY DEFINER view needs its `product` and its `owner` (the Trino user it runs as)");
      }
      if (!v.definer && (!v.product.empty() || !v.owner.empty())) {
        throw std::runtime_error(where + ": a SECURITY INVOKER view is decided on its tables for the reader; it takes no `product` or `owner`");
      }
      if (v.definer && p.users_.count(v.owner)) {
        throw std::runtime_error(where + ": its owner `" + v.owner + "` is also a user; a view owner is a service identity, never a principal");
      }
      p.views_[name] = std::move(v);
    }
  }
  return p;
}

std::string Principals::summary() const {
  auto count = [](size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); };
  std::string out = count(users_.size(), "user", "users");
  if (!groups_.empty()) out += ", " + count(groups_.size(), "group", "groups");
  if (!context_.empty()) out += ", " + count(context_.size(), "context source", "context sources");
  if (!views_.empty()) out += ", " + count(views_.size(), "view", "views");
  return out;
}

const Principals::View* Principals::view(const std::string& catalog, const std::string& schema, const std::string& table) const {
  if (views_.empty()) return nullptr;
  auto it = views_.find(catalog + "." + schema + "." + table);
  return it == views_.end() ? nullptr : &it->second;
}

bool Principals::view_owner(const std::string& user) const {
  for (const auto& [name, v] : views_) {
    if (v.definer && v.owner == user) return true;
  }
  return false;
}

bool Principals::owns_view_over(const std::string& user, const std::string& product) const {
  for (const auto& [name, v] : views_) {
    if (v.definer && v.owner == user && v.product == product) return true;
  }
  return false;
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
  } catch (const json::exception& e) {
    // A number out of range ("1e400"): nlohmann reports it without a position.
    std::string reason = e.what();
    size_t bracket = reason.find("] ");
    throw std::runtime_error(path + ": not valid JSON: " + (bracket == std::string::npos ? reason : reason.substr(bracket + 2)));
  }
  Principals p = from_json(doc, path);
  p.path_ = path;
  p.text_ = std::move(text);
  return p;
}

// `path:line:col` of `"name"` within the `"section"` object of the file (as near as the text
// allows), or the path alone.
std::string Principals::locate(const std::string& section, const std::string& name) const {
  std::string where = path_.empty() ? std::string("principals") : path_;
  size_t from = text_.find("\"" + section + "\"");
  size_t at = from == std::string::npos ? std::string::npos : text_.find("\"" + name + "\"", from + section.size() + 2);
  if (at != std::string::npos) {
    auto [line, col] = line_col_at(text_, at);
    where += ":" + std::to_string(line) + ":" + std::to_string(col);
  }
  return where;
}

std::optional<Principals::Binding> Principals::bind(Element request_context, const Engine& engine, std::string& why) const {
  auto identity = request_json::member(request_context, "identity");
  auto user_field = identity ? request_json::member(*identity, "user") : std::nullopt;
  auto user_name = user_field ? request_json::string(*user_field) : std::nullopt;
  if (!user_name) {
    why = "the request names no user";
    return std::nullopt;
  }
  const std::string user_text(*user_name);
  const std::string* user = &user_text;
  // The mapped groups the request lists, in name order (the order of a merge never matters:
  // conflicts refuse, sets unite).
  std::vector<const std::string*> groups;
  simdjson::dom::array listed;
  if (!groups_.empty() && request_json::member(*identity, "groups") &&
      request_json::member(*identity, "groups")->get(listed) == simdjson::SUCCESS) {
    for (Element g : listed) {
      auto name = request_json::string(g);
      if (!name) continue;
      auto it = groups_.find(std::string(*name));
      if (it != groups_.end()) groups.push_back(&it->first);
    }
    std::sort(groups.begin(), groups.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
    groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
  }
  if (view_owner(*user)) {
    why = "`" + *user + "` owns a view; a view owner is never a principal";
    return std::nullopt;
  }
  auto own = users_.find(*user);
  if (own == users_.end() && groups.empty()) {
    why = "unknown user (not in the principals file, in no group it maps)";
    return std::nullopt;
  }
  Binding b;
  b.context = json::object();
  const bool needs_user = !user_attribute_.empty() && (own == users_.end() || !own->second.contains(user_attribute_));
  if (groups.empty() && !needs_user) {
    b.principal = user_text_.at(*user);  // the common case: no merge, no copy of the JSON tree
  } else {
    json principal = own == users_.end() ? json::object() : own->second;
    std::map<std::string, std::string> origin;
    for (const auto& [k, v] : principal.items()) origin[k] = "the users entry";
    for (const std::string* g : groups) {
      for (const auto& [k, v] : groups_.at(*g).items()) {
        auto it = principal.find(k);
        if (it == principal.end()) {
          principal[k] = v;
          origin[k] = "group `" + *g + "`";
        } else if (it->is_array() && v.is_array()) {
          for (const auto& item : v) {
            if (std::find(it->begin(), it->end(), item) == it->end()) it->push_back(item);
          }
        } else if (*it != v) {
          why = "user `" + *user + "`: " + origin[k] + " and group `" + *g + "` give `" + k + "` different values (" + it->dump() +
                " and " + v.dump() + ")";
          return std::nullopt;
        }
      }
    }
    if (!user_attribute_.empty() && !principal.contains(user_attribute_)) principal[user_attribute_] = *user;
    b.principal = principal.dump();
  }
  for (const auto& source : context_) {
    json raw = raw_value(source, request_context);
    if (raw.is_null()) continue;  // absent: rules that read it fail closed
    auto type = engine.context_type(source.attribute);
    if (!type) continue;  // not declared by the bundle now in use (validate reports it)
    b.context[source.attribute] = convert(raw, *type, source.separator);
  }
  return b;
}

std::vector<std::string> Principals::validate(const Engine& engine) const {
  std::vector<std::string> problems;
  auto check_principal = [&](const std::string& section, const std::string& name, const json& attrs, const char* what) {
    try {
      engine.session(attrs.dump(), "{}");
    } catch (const Error& e) {
      if (e.code() != ErrorCode::InvalidArgument) throw;
      problems.push_back(locate(section, name) + ": " + what + " `" + name + "`: " + e.what());
    }
  };
  for (const auto& [user, attrs] : users_) check_principal("users", user, attrs, "user");
  for (const auto& [group, attrs] : groups_) check_principal("groups", group, attrs, "group");
  if (!user_attribute_.empty()) {
    try {
      engine.session(json{{user_attribute_, "trino-user"}}.dump(), "{}");
    } catch (const Error& e) {
      if (e.code() != ErrorCode::InvalidArgument) throw;
      problems.push_back(locate("user_attribute", user_attribute_) + ": `user_attribute`: " + e.what() +
                         " (it receives the Trino user name, a string)");
    }
  }
  for (const auto& [name, v] : views_) {
    if (v.definer && !engine.has_product(v.product)) {
      std::vector<std::string> products;
      try {
        products = engine.products();
      } catch (const Error&) {
      }
      problems.push_back(locate("views", name) + ": view `" + name + "`: `" + v.product + "` is not a product of the bundle" +
                         hint(v.product, products));
    }
  }
  for (const auto& source : context_) {
    const std::string where = locate("context", source.attribute) + ": context attribute `" + source.attribute + "`";
    auto type = engine.context_type(source.attribute);
    if (!type) {
      std::string message;
      try {
        engine.session("{}", json{{source.attribute, nullptr}}.dump());
      } catch (const Error& e) {
        message = e.what();
      }
      problems.push_back(where + ": " + (message.empty() ? "the mesh declares no such context attribute" : message));
      continue;
    }
    std::string t = base_type(*type);
    if (source.list() && !collection(t)) {
      problems.push_back(where + ": `" + source.from + "` gives a set of names, but the mesh declares `" + *type +
                         "`; use a string source (extraCredentials, properties, source, queryId, user)");
      continue;
    }
    // A value of the declared type built from this source must bind: a set source into a set of
    // enums, for example, works only when the names are the enum's.
    json sample = t == "int" ? json("0") : t == "float" ? json("0.5") : t == "bool" ? json("true") : json();
    if (!sample.is_null() || t == "set<string>" || t == "list<string>" || t == "string") {
      if (sample.is_null()) sample = source.list() ? json::array({"x"}) : json("x");
      try {
        engine.session("{}", json{{source.attribute, convert(sample, *type, source.separator)}}.dump());
      } catch (const Error& e) {
        if (e.code() != ErrorCode::InvalidArgument) throw;
        problems.push_back(where + ": " + e.what());
      }
    }
  }
  return problems;
}

}  // namespace custos::serve
