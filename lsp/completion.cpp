// What may come next at the cursor, read from the text before it.
#include "completion.h"

#include <regex>
#include <set>

#include "check/target_attributes.h"
#include "functions.h"
#include "hover.h"

namespace custos::lsp {

const std::vector<std::string>& keywords() {
  static const std::vector<std::string> k = {
      "domain", "global",  "import", "as",     "let",   "permit",   "forbid", "mask",   "deny",   "assert",
      "column", "columns", "products", "tagged", "on",   "with",     "when",   "unless", "rows",   "row",
      "where",  "from",    "test",   "expect", "allow", "clear",    "masked", "denied", "readable", "and",
      "or",     "not",     "in",     "is",     "null",  "true",     "false",  "date",   "timestamp", "select"};
  return k;
}

namespace {

// LSP CompletionItemKind values.
enum ItemKind { kFunction = 3, kField = 5, kVariable = 6, kClass = 7, kModule = 9, kProperty = 10, kKeyword = 14,
                kEnumMember = 20 };

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Where `offset` is: in code, in a comment, or in a string literal (opened at `string_start`).
struct Place {
  enum { Code, Comment, String } kind = Code;
  size_t string_start = 0;
};

Place place_of(std::string_view text, size_t offset) {
  Place p;
  bool in_block = false, in_string = false;
  for (size_t i = 0; i < offset; ++i) {
    char c = text[i];
    if (in_block) {
      if (c == '*' && i + 1 < text.size() && text[i + 1] == '/') {
        in_block = false;
        ++i;
      }
    } else if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"' || c == '\n') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
      p.string_start = i;
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
      size_t nl = text.find('\n', i);
      if (nl == std::string_view::npos || nl >= offset) {
        p.kind = Place::Comment;
        return p;
      }
      i = nl;
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
      in_block = true;
      ++i;
    }
  }
  p.kind = in_block ? Place::Comment : in_string ? Place::String : Place::Code;
  return p;
}

// The values `<root>.<attribute>` can be compared with, when the text before `end` is such a
// comparison (`principal.region == `, `column.classification in [`, `product.domain != "cr`):
// enum members, the mesh's domains, tags and classifications, the contracts' statuses and owners.
std::vector<std::string> comparison_values(const Mesh& mesh, std::string_view text, size_t end) {
  size_t from = end > 200 ? end - 200 : 0;
  std::string tail(text.substr(from, end - from));
  static const std::regex re(R"re((principal|context|product|column)\.(\w+)\s*(==|!=|\bin\b)\s*[\[{]?\s*(?:"[^"\n]*"\s*,\s*)*$)re");
  std::smatch m;
  if (!std::regex_search(tail, m, re)) return {};
  std::string root = m[1], attr = m[2];
  std::set<std::string> out;
  auto enum_values = [&](const Type& t) {
    if (t.enum_values) out.insert(t.enum_values->begin(), t.enum_values->end());
  };
  if (root == "principal" || root == "context") {
    const Attribute* a = root == "principal" ? mesh.config.find_principal(attr) : mesh.config.find_context(attr);
    if (a) enum_values(a->type);
  } else {
    auto r = root == "product" ? check::TargetRoot::Product : check::TargetRoot::Column;
    if (auto t = check::target_attribute_type(mesh, r, attr)) enum_values(*t);
    if (attr == "classification") {
      out.insert(mesh.config.classifications.begin(), mesh.config.classifications.end());
      out.insert(mesh.config.sensitive_classifications.begin(), mesh.config.sensitive_classifications.end());
    }
    for (const auto& p : mesh.products) {
      if (r == check::TargetRoot::Product) {
        if (attr == "status" && !p.status.empty()) out.insert(p.status);
        if (attr == "owner" && !p.owner.empty()) out.insert(p.owner);
        if (attr == "data_product" && !p.data_product.empty()) out.insert(p.data_product);
        if (attr == "classification" && !p.classification.empty()) out.insert(p.classification);
      } else if (attr == "classification") {
        for (const auto& c : p.columns) {
          if (!c.classification.empty()) out.insert(c.classification);
        }
      }
    }
  }
  return {out.begin(), out.end()};
}

// The text of the statement the cursor is in, up to `end`: back to the last `;`, `{` or `}`.
std::string_view statement_before(std::string_view text, size_t end) {
  size_t start = end;
  while (start > 0 && text[start - 1] != ';' && text[start - 1] != '{' && text[start - 1] != '}') --start;
  return text.substr(start, end - start);
}

// The words of `s` (identifiers, dotted names and `@`), last first.
std::vector<std::string> words_backwards(std::string_view s, size_t max_words) {
  std::vector<std::string> out;
  size_t i = s.size();
  while (i > 0 && out.size() < max_words) {
    while (i > 0 && std::isspace(static_cast<unsigned char>(s[i - 1]))) --i;
    if (i == 0) break;
    size_t end = i;
    if (word_char(s[i - 1]) || s[i - 1] == '.') {
      while (i > 0 && (word_char(s[i - 1]) || s[i - 1] == '.')) --i;
    } else {
      --i;
    }
    out.emplace_back(s.substr(i, end - i));
  }
  return out;
}

// The import aliases (alias -> module) and `let` names of a file, read from its words alone
// (strings and comments skipped), so that half-typed text is read as well as finished text.
struct Declarations {
  std::map<std::string, std::string> alias_to_module;
  std::vector<std::string> lets;
};

Declarations declarations_of(std::string_view text) {
  std::vector<std::string_view> words;
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    if (c == '"') {
      for (++i; i < text.size() && text[i] != '"' && text[i] != '\n'; ++i) {
        if (text[i] == '\\') ++i;
      }
      ++i;
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
      i = text.find('\n', i);
      if (i == std::string_view::npos) break;
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
      i = text.find("*/", i + 2);
      if (i == std::string_view::npos) break;
      i += 2;
    } else if (word_char(c)) {
      size_t start = i;
      while (i < text.size() && word_char(text[i])) ++i;
      words.push_back(text.substr(start, i - start));
    } else {
      if (c == '.' || c == ';' || c == '=') words.push_back(text.substr(i, 1));
      ++i;
    }
  }
  Declarations out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i] == "import" && i + 3 < words.size() && words[i + 1] == "stdlib" && words[i + 2] == ".") {
      std::string module(words[i + 3]);
      bool aliased = i + 5 < words.size() && words[i + 4] == "as";
      out.alias_to_module[aliased ? std::string(words[i + 5]) : module] = module;
    } else if (words[i] == "let" && i + 2 < words.size() && words[i + 2] == "=") {
      out.lets.emplace_back(words[i + 1]);
    }
  }
  return out;
}

// The products the statement's target names (`on p`, `on products tagged t`, `column d.p.c`,
// `columns tagged t [on ...]`), or a test's `select d.p`.
std::vector<const Product*> statement_products(const Mesh& mesh, std::string_view statement) {
  std::string s(statement);
  std::smatch m;
  std::vector<const Product*> out;
  auto by_tag = [&](const std::string& tag) {
    for (const auto& p : mesh.products) {
      if (p.has_tag(tag)) out.push_back(&p);
    }
  };
  static const std::regex on_tag(R"(\bon\s+products\s+tagged\s+([\w.]+))");
  static const std::regex on_product(R"(\b(?:on|select)\s+(\w+\.\w+)\b)");
  static const std::regex column(R"(\bcolumn\s+(\w+\.\w+)\.\w+)");
  static const std::regex columns_tagged(R"(\bcolumns\s+tagged\s+([\w.]+))");
  if (std::regex_search(s, m, on_tag)) {
    by_tag(m[1]);
  } else if (std::regex_search(s, m, on_product) || std::regex_search(s, m, column)) {
    if (const Product* p = mesh.find_product(m[1])) out.push_back(p);
  } else if (std::regex_search(s, m, columns_tagged)) {
    std::string tag = m[1];
    for (const auto& p : mesh.products) {
      for (const auto& c : p.columns) {
        if (column_has_tag(c, tag)) {
          out.push_back(&p);
          break;
        }
      }
    }
  }
  return out;
}

// The product a test selects: `select d.p;` between the test's `{` and the cursor.
const Product* test_product(const Mesh& mesh, std::string_view text, size_t offset) {
  size_t open = text.rfind("test", offset);
  if (open == std::string_view::npos) return nullptr;
  std::string s(text.substr(open, offset - open));
  static const std::regex sel(R"(\bselect\s+(\w+\.\w+))");
  std::smatch m;
  return std::regex_search(s, m, sel) ? mesh.find_product(m[1]) : nullptr;
}

std::string type_text(const Attribute& a) { return to_string(a.type) + (a.optional ? "?" : ""); }

std::string column_detail(const Column& c) {
  std::string d = to_string(c.type) + (c.nullable() ? " (nullable)" : "");
  if (!c.classification.empty()) d += " · " + c.classification;
  for (const auto& t : c.tags) d += " · " + t;
  return d;
}

// In a test's record (`principal { id: "ana", ro| }`, `rows [{ country: "DE", | }]`,
// `expect row 2 { | }`), at a field name: which record it is. Empty when not at a field name.
std::string record_at(std::string_view text, size_t start) {
  // Only at a field name: right after `{` or `,` (spaces aside).
  size_t i = start;
  while (i > 0 && std::isspace(static_cast<unsigned char>(text[i - 1]))) --i;
  if (i == 0 || (text[i - 1] != '{' && text[i - 1] != ',')) return "";
  // The innermost `{` still open before the cursor, strings skipped.
  int depth = 0;
  size_t j = i;
  while (j > 0) {
    char c = text[--j];
    if (c == '"') {
      while (j > 0 && text[--j] != '"') {
      }
    } else if (c == '}') {
      ++depth;
    } else if (c == '{') {
      if (depth-- == 0) break;
    } else if (c == ';' && depth == 0) {
      return "";
    }
  }
  if (j == 0 && text[0] != '{') return "";
  size_t k = j;
  while (k > 0 && std::isspace(static_cast<unsigned char>(text[k - 1]))) --k;
  if (k == 0) return "";
  if (text[k - 1] == '[' || text[k - 1] == ',') return "row";  // an element of `rows [...]`
  size_t end = k;
  while (k > 0 && word_char(text[k - 1])) --k;
  std::string_view word = text.substr(k, end - k);
  if (word == "principal" || word == "context") return std::string(word);
  if (!word.empty() && std::isdigit(static_cast<unsigned char>(word[0]))) return "row";  // `expect row 2 {`
  return "";
}

class Items {
 public:
  Items(nlohmann::json range) : range_(std::move(range)) {}
  void add(const std::string& label, int kind, const std::string& detail, const std::string& doc, int rank,
           const std::string& insert = "") {
    if (!seen_.insert(label).second) return;
    nlohmann::json item = {{"label", label},
                           {"kind", kind},
                           {"sortText", std::to_string(rank) + label},
                           {"textEdit", {{"range", range_}, {"newText", insert.empty() ? label : insert}}}};
    if (!detail.empty()) item["detail"] = detail;
    if (!doc.empty()) item["documentation"] = {{"kind", "markdown"}, {"value", doc}};
    items_.push_back(std::move(item));
  }
  nlohmann::json list() { return {{"isIncomplete", false}, {"items", std::move(items_)}}; }

 private:
  nlohmann::json range_;
  std::set<std::string> seen_;
  nlohmann::json items_ = nlohmann::json::array();
};

}  // namespace

nlohmann::json complete(const Mesh* mesh, std::string_view text, size_t offset, Encoding e) {
  if (offset > text.size()) offset = text.size();
  Place where = place_of(text, offset);
  if (where.kind == Place::Comment) return {{"isIncomplete", false}, {"items", nlohmann::json::array()}};
  if (where.kind == Place::String) {
    // Inside a string only the values a comparison can take: `principal.region == "E|`.
    Items values({{"start", position_json(to_position(text, where.string_start + 1, e))}, {"end", position_json(to_position(text, offset, e))}});
    if (mesh) {
      for (const auto& v : comparison_values(*mesh, text, where.string_start)) values.add(v, 12, "value", "", 0);
    }
    return values.list();
  }
  // The name being typed: letters, digits, `_` and `.` before the cursor; the segment after its
  // last dot is what an item replaces.
  size_t start = offset;
  while (start > 0 && (word_char(text[start - 1]) || text[start - 1] == '.')) --start;
  std::string typed(text.substr(start, offset - start));
  size_t dot = typed.rfind('.');
  std::string qualifier = dot == std::string::npos ? "" : typed.substr(0, dot);
  size_t segment = dot == std::string::npos ? start : start + dot + 1;
  Items items({{"start", position_json(to_position(text, segment, e))}, {"end", position_json(to_position(text, offset, e))}});

  std::string_view statement = statement_before(text, start);
  std::vector<std::string> before = words_backwards(statement, 3);
  auto prev = [&](size_t i) { return i < before.size() ? before[i] : std::string(); };
  Declarations decls = declarations_of(text);

  auto products = [&](int rank) {
    if (!mesh) return;
    for (const auto& p : mesh->products) {
      items.add(p.qualified(), kClass, "data product · " + std::to_string(p.columns.size()) + " columns", p.description, rank);
    }
  };
  auto tags = [&](const std::string& under) {
    if (!mesh) return;
    for (const std::string& t : mesh->config.tags.all()) {
      if (!under.empty() && !TagTaxonomy::is_under(t, under)) continue;
      if (t == under) continue;
      std::string label = under.empty() ? t : t.substr(under.size() + 1);
      bool sensitive = false;
      for (const auto& s : mesh->config.sensitive_tags) sensitive |= TagTaxonomy::is_under(t, s);
      items.add(label, kEnumMember, sensitive ? "tag · sensitive" : "tag", "", 0);
    }
  };
  auto columns_of = [&](const Product& p) {
    for (const auto& c : p.columns) items.add(c.name, kField, column_detail(c), c.description, 0);
  };
  auto attributes = [&](const std::vector<Attribute>& attrs) {
    for (const auto& a : attrs) items.add(a.name, kProperty, type_text(a), a.optional ? "may be absent (null)" : "", 0);
  };

  if (mesh && qualifier.empty()) {
    std::vector<std::string> values = comparison_values(*mesh, text, start);
    for (const auto& v : values) items.add("\"" + v + "\"", 12, "value", "", 0);
    if (!values.empty()) return items.list();
  }
  if (prev(0) == "@" && qualifier.empty()) {
    for (const char* a : {"id", "reason", "owner", "ticket", "expires", "break_glass"}) items.add(a, kKeyword, "annotation", "", 0);
    return items.list();
  }
  if (!qualifier.empty()) {
    if (qualifier == "principal" && mesh) {
      attributes(mesh->config.principal);
    } else if (qualifier == "context" && mesh) {
      attributes(mesh->config.context);
    } else if (qualifier == "product" || qualifier == "column") {
      auto root = qualifier == "product" ? check::TargetRoot::Product : check::TargetRoot::Column;
      for (const auto& n : check::target_attribute_names(root)) {
        std::optional<Type> t = mesh ? check::target_attribute_type(*mesh, root, n) : std::nullopt;
        items.add(n, kProperty, t ? to_string(*t) : "", "from the target's contract", 0);
      }
    } else if (auto it = decls.alias_to_module.find(qualifier); it != decls.alias_to_module.end()) {
      for (const auto& f : stdlib::functions()) {
        if (f.module != it->second) continue;
        items.add(std::string(f.name), kFunction, function_signature(f.module, f.name),
                  std::string(f.summary) + "\n\nnulls: " + std::string(f.nulls) + "\n\n`" + std::string(f.example) + "`", 0);
      }
    } else if (qualifier == "stdlib") {
      for (const auto& m : stdlib::module_names()) items.add(m, kModule, "stdlib module", "", 0);
    } else if (prev(0) == "tagged") {
      tags(qualifier);
    } else if (mesh && mesh->find_product(qualifier)) {
      columns_of(*mesh->find_product(qualifier));
    } else if (mesh && mesh->has_domain(qualifier)) {
      for (const auto& p : mesh->products) {
        if (p.domain == qualifier) items.add(p.name, kClass, "data product · " + std::to_string(p.columns.size()) + " columns", p.description, 0);
      }
    }
    return items.list();
  }
  if (std::string record = record_at(text, start); !record.empty()) {
    if (record == "row") {
      if (const Product* p = mesh ? test_product(*mesh, text, start) : nullptr) {
        for (const auto& c : p->columns) items.add(c.name, kField, column_detail(c), c.description, 0, c.name + ": ");
      }
    } else if (mesh) {
      for (const auto& a : record == "principal" ? mesh->config.principal : mesh->config.context) {
        items.add(a.name, kProperty, type_text(a), a.optional ? "may be absent (null)" : "", 0, a.name + ": ");
      }
    }
    return items.list();
  }
  const std::string& p0 = prev(0);
  if (p0 == "tagged") {
    tags("");
  } else if (p0 == "on") {
    products(0);
    items.add("products", kKeyword, "`on products tagged <tag>`", "", 1);
  } else if (p0 == "select") {
    products(0);
  } else if (p0 == "column" || p0 == "columns") {
    const Product* p = nullptr;
    if (prev(1) == "expect" && mesh) p = test_product(*mesh, text, start);
    if (p) {
      columns_of(*p);
    } else {
      products(0);
      items.add("tagged", kKeyword, "`columns tagged <tag>`", "", 1);
    }
  } else if (p0 == "import") {
    items.add("stdlib", kModule, "the standard library", "", 0);
  } else if (p0 == "with" && prev(1) != "") {
    for (const auto& [alias, module] : decls.alias_to_module) items.add(alias, kModule, "stdlib." + module, "", 0);
  } else {
    // Inside a condition: the target's columns, then `principal`, `context`, lets and modules.
    static const std::regex condition_start(R"(\b(when|unless|where)\b|=)");
    bool condition = std::regex_search(std::string(statement), condition_start);
    if (condition && mesh) {
      for (const Product* p : statement_products(*mesh, statement)) columns_of(*p);
    }
    for (const char* root : {"principal", "context"}) items.add(root, kVariable, std::string("the request's ") + root, "", 1);
    for (const char* root : {"product", "column"}) items.add(root, kVariable, "the target's contract attributes", "", 2);
    for (const auto& l : decls.lets) items.add(l, kVariable, "let", "", 1);
    for (const auto& [alias, module] : decls.alias_to_module) items.add(alias, kModule, "stdlib." + module, "", 2);
    for (const auto& k : keywords()) items.add(k, kKeyword, "", "", 3);
  }
  return items.list();
}

nlohmann::json signature_help(std::string_view text, size_t offset) {
  if (offset > text.size()) offset = text.size();
  if (place_of(text, offset).kind != Place::Code) return nullptr;
  // The innermost `(` still open before the cursor, and the commas at its level.
  int depth = 0;
  uint32_t commas = 0;
  size_t i = offset;
  while (i > 0) {
    char c = text[--i];
    if (c == ';' || c == '{' || c == '}') return nullptr;
    if (c == '"') {
      while (i > 0 && text[--i] != '"') {
      }
    } else if (c == ')' || c == ']') {
      ++depth;
    } else if (c == '[') {
      if (depth-- == 0) return nullptr;
    } else if (c == '(') {
      if (depth-- == 0) break;
    } else if (c == ',' && depth == 0) {
      ++commas;
    }
    if (i == 0) return nullptr;
  }
  size_t end = i;
  while (end > 0 && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  size_t begin = end;
  while (begin > 0 && (word_char(text[begin - 1]) || text[begin - 1] == '.')) --begin;
  std::string callee(text.substr(begin, end - begin));
  size_t dot = callee.find('.');
  if (dot == std::string::npos) return nullptr;
  Declarations decls = declarations_of(text.substr(0, begin));
  auto module = decls.alias_to_module.find(callee.substr(0, dot));
  if (module == decls.alias_to_module.end()) return nullptr;
  const stdlib::FunctionInfo* f = stdlib::find_function(module->second, callee.substr(dot + 1));
  if (!f) return nullptr;
  nlohmann::json params = nlohmann::json::array();
  size_t first = f->kind == stdlib::FnKind::Mask ? 1 : 0;  // a mask's first parameter is the masked value
  for (size_t p = first; p < f->params.size(); ++p) {
    params.push_back({{"label", std::string(f->params[p].name) + ": " + std::string(stdlib::pattern_name(f->params[p].pattern))}});
  }
  nlohmann::json signature = {{"label", callee + "(" + [&] {
                                 std::string l;
                                 for (size_t p = 0; p < params.size(); ++p) l += (p ? ", " : "") + params[p]["label"].get<std::string>();
                                 return l;
                               }() + ")"},
                              {"documentation", {{"kind", "markdown"}, {"value", std::string(f->summary) + "\n\nNulls: " + std::string(f->nulls)}}},
                              {"parameters", params}};
  return {{"signatures", nlohmann::json::array({signature})}, {"activeSignature", 0}, {"activeParameter", commas}};
}

}  // namespace custos::lsp
