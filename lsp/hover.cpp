// Markdown for hovers, from the mesh, the checked rules and the standard library.
#include "hover.h"

#include <filesystem>
#include <set>

#include "check/target_attributes.h"
#include "functions.h"
#include "text_position.h"

namespace custos::lsp {

namespace fs = std::filesystem;

std::string where(const Analysis& a, const Span& span) {
  if (span.file >= a.sources.size()) return "";
  std::string path = a.sources.file(span.file).path();
  if (a.mesh) {
    std::string rel = fs::path(path).lexically_relative(a.mesh->config.root).string();
    if (!rel.empty() && rel.rfind("..", 0) != 0) path = rel;
  }
  return path + (span.line ? ":" + std::to_string(span.line) : "");
}

std::string span_text(const SourceMap& sources, const Span& span) {
  if (!span.valid() || span.file >= sources.size()) return "";
  const SourceFile& f = sources.file(span.file);
  std::string out;
  uint32_t end_line = span.end_line ? span.end_line : span.line;
  for (uint32_t l = span.line; l <= end_line; ++l) {
    std::string_view line = f.line(l);
    size_t from = l == span.line ? byte_of_column(line, span.col) : 0;
    size_t to = l == end_line ? byte_of_column(line, span.end_col) : line.size();
    if (to > from) {
      if (!out.empty()) out += ' ';
      out += line.substr(from, to - from);
    }
  }
  std::string folded;
  for (char c : out) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!folded.empty() && folded.back() != ' ') folded += ' ';
    } else {
      folded += c;
    }
  }
  return folded;
}

std::string function_signature(std::string_view module, std::string_view name) {
  const stdlib::FunctionInfo* f = stdlib::find_function(module, name);
  if (!f) return "";
  std::string s = std::string(f->name) + "(";
  size_t first = f->kind == stdlib::FnKind::Mask ? 1 : 0;  // a mask's first parameter is the masked value
  for (size_t i = first; i < f->params.size(); ++i) {
    if (i > first) s += ", ";
    s += std::string(f->params[i].name) + ": " + std::string(stdlib::pattern_name(f->params[i].pattern));
  }
  s += ")";
  if (f->kind == stdlib::FnKind::Mask) s += " · mask, strength " + std::to_string(f->strength);
  return s;
}

namespace {

std::string code(const std::string& s) { return "`" + s + "`"; }

std::string list(const std::vector<std::string>& xs) {
  std::string out;
  for (const auto& x : xs) out += (out.empty() ? "" : ", ") + code(x);
  return out;
}

// The rule's conditions as written (`when ...`, `unless ...`, `rows where ...`).
std::string conditions(const Analysis& a, const ir::Rule& r) {
  const ast::File* file = a.file(r.span.file);
  if (!file) return "";
  for (const auto& ar : file->rules) {
    if (ar.span.line != r.span.line || ar.span.col != r.span.col) continue;
    std::string out;
    for (const auto& c : ar.clauses) out += (out.empty() ? "" : " ") + span_text(a.sources, c.span);
    return out;
  }
  return "";
}

std::string rule_line(const Analysis& a, const ir::Rule& r) {
  std::string s = "- **" + std::string(ir::to_string(r.kind)) + "**";
  if (r.mask) s += " with " + code(std::string(r.mask->name));
  s += " " + code(r.id);
  std::string c = conditions(a, r);
  if (!c.empty()) s += " — " + code(c);
  s += " (" + where(a, r.span) + ")";
  return s + "\n";
}

bool targets(const ir::Rule& r, size_t product, const std::string& column) {
  for (const auto& t : r.targets) {
    if (t.product != product) continue;
    if (column.empty()) return true;
    for (const auto& c : t.columns) {
      if (c == column) return true;
    }
  }
  return false;
}

std::string product_hover(const Analysis& a, const Product& p) {
  std::string s = "**" + p.qualified() + "** — data product of domain " + code(p.domain) + "\n\n";
  if (!p.description.empty()) s += p.description + "\n\n";
  std::vector<std::string> facts;
  if (!p.contract_id.empty()) facts.push_back("contract " + code(p.contract_id));
  if (!p.owner.empty()) facts.push_back("owner " + code(p.owner));
  if (!p.status.empty()) facts.push_back("status " + code(p.status));
  if (!p.classification.empty()) facts.push_back("classification " + code(p.classification));
  if (!p.tags.empty()) facts.push_back("tags " + list(p.tags));
  facts.push_back(std::to_string(p.columns.size()) + " columns");
  for (size_t i = 0; i < facts.size(); ++i) s += (i ? " · " : "") + facts[i];
  s += "\n\nDefined in " + code(where(a, p.span)) + "\n";
  size_t index = static_cast<size_t>(&p - a.mesh->products.data());
  std::string rules;
  size_t n = 0;
  for (const auto& r : a.program.rules) {
    if (r.copy == 0 && (r.kind == ir::RuleKind::Permit || r.kind == ir::RuleKind::Forbid) && targets(r, index, "")) {
      if (++n <= 20) rules += rule_line(a, r);
    }
  }
  if (n) s += "\nWho may read it (table access):\n\n" + rules + (n > 20 ? "- … and " + std::to_string(n - 20) + " more\n" : "");
  else s += "\nNo `permit` grants access to it: nobody may read it.\n";
  return s;
}

std::string column_hover(const Analysis& a, const Product& p, const Column& c) {
  std::string s = "**" + p.qualified() + "." + c.name + "** " + code(to_string(c.type)) +
                  (c.required ? " (required)" : " (nullable)") + (c.primary_key ? " · primary key" : "") + "\n\n";
  if (!c.description.empty()) s += c.description + "\n\n";
  std::vector<std::string> facts;
  if (!c.classification.empty()) {
    facts.push_back("classification " + code(c.classification) + (c.classification_inherited ? " (from its sources)" : ""));
  }
  if (!c.tags.empty()) facts.push_back("tags " + list(c.tags));
  if (!c.inherited_tags.empty()) facts.push_back("inherited " + list(c.inherited_tags));
  if (!c.sources.empty()) {
    std::vector<std::string> from;
    for (const auto& src : c.sources) from.push_back(src.product + "." + src.column);
    facts.push_back("derived from " + list(from));
  }
  for (size_t i = 0; i < facts.size(); ++i) s += (i ? " · " : "") + facts[i];
  if (!facts.empty()) s += "\n\n";
  s += "Defined in " + code(where(a, c.span)) + "\n";
  size_t index = static_cast<size_t>(&p - a.mesh->products.data());
  std::string rules;
  size_t n = 0;
  for (const auto& r : a.program.rules) {
    if ((r.kind == ir::RuleKind::Mask || r.kind == ir::RuleKind::Deny) && targets(r, index, c.name)) {
      if (++n <= 20) rules += rule_line(a, r);
    }
  }
  if (n) {
    s += "\nWho sees it in clear: whoever may read " + code(p.qualified()) + " and escapes every rule below " +
         "(the strongest mask that holds wins; a deny hides the column):\n\n" + rules +
         (n > 20 ? "- … and " + std::to_string(n - 20) + " more\n" : "");
  } else {
    s += "\nNo mask or deny governs it: whoever may read " + code(p.qualified()) + " sees it in clear.\n";
  }
  return s;
}

std::string attribute_hover(const Analysis& a, const std::string& root, const Attribute& attr) {
  return "**" + root + "." + attr.name + "** " + code(to_string(attr.type)) +
         (attr.optional ? "\n\nOptional: may be absent from a request (then it is null, and a condition on it is unknown)."
                        : "\n\nRequired: a request without it is refused.") +
         "\n\nDeclared in " + code(where(a, attr.span));
}

std::string function_hover(const std::string& module, const std::string& name) {
  const stdlib::FunctionInfo* f = stdlib::find_function(module, name);
  if (!f) return "";
  return "```custos\n" + module + "." + function_signature(module, name) + "\n```\n\n" + std::string(f->summary) +
         "\n\nNulls: " + std::string(f->nulls) + "\n\nExample: `" + std::string(f->example) + "`";
}

std::string rule_hover(const Analysis& a, const ast::Rule& rule) {
  std::string s;
  const ir::Rule* first = nullptr;
  std::set<std::string> products;
  size_t columns = 0;
  for (const auto& r : a.program.rules) {
    if (r.span.file != rule.span.file || r.span.line != rule.span.line || r.span.col != rule.span.col) continue;
    if (!first) first = &r;
    for (const auto& t : r.targets) {
      products.insert(a.mesh->products[t.product].qualified());
      columns += t.columns.size();
    }
  }
  switch (rule.kind) {
    case ir::RuleKind::Permit: s = "**permit** — grants table access where its conditions hold (and no forbid applies)"; break;
    case ir::RuleKind::Forbid: s = "**forbid** — removes table access, or the rows it names, unless its conditions exempt the request"; break;
    case ir::RuleKind::Mask: s = "**mask** — shows the column through a mask where its conditions hold; the strongest mask wins"; break;
    case ir::RuleKind::Deny: s = "**deny** — hides the column where its conditions hold"; break;
  }
  if (!first) return s + "\n\n(the rule is not checked yet: fix the errors above it)";
  s += "\n\n" + code(first->id);
  if (!first->reason.empty()) s += " — " + first->reason;
  if (first->break_glass) s += "\n\nBreak-glass: holds only with a stated justification, and every use is logged.";
  if (first->mask) s += "\n\nMask: " + code(function_signature(first->mask->module, first->mask->name));
  s += "\n\nApplies to " + std::to_string(products.size()) + (products.size() == 1 ? " product" : " products");
  if (rule.kind == ir::RuleKind::Mask || rule.kind == ir::RuleKind::Deny) s += ", " + std::to_string(columns) + " columns";
  std::vector<std::string> names(products.begin(), products.end());
  if (names.size() > 10) names.resize(10);
  if (!names.empty()) s += ": " + list(names) + (products.size() > 10 ? ", …" : "");
  return s;
}

std::string tag_hover(const Analysis& a, const std::string& tag) {
  std::string s = "**tag " + code(tag) + "**";
  bool sensitive = false;
  for (const auto& t : a.mesh->config.sensitive_tags) sensitive |= TagTaxonomy::is_under(tag, t);
  if (sensitive) s += " — sensitive: every column carrying it must be covered by a mask or deny";
  size_t products = 0, columns = 0;
  for (const auto& p : a.mesh->products) {
    products += p.has_tag(tag);
    for (const auto& c : p.columns) columns += column_has_tag(c, tag);
  }
  s += "\n\nOn " + std::to_string(products) + " products and " + std::to_string(columns) + " columns (tags below it included).";
  s += "\n\nDeclared in " + code(where(a, a.mesh->config.tags.span(tag)));
  return s;
}

}  // namespace

std::optional<std::string> hover_markdown(const Analysis& a, const Symbol& s) {
  const Mesh* mesh = a.mesh.get();
  switch (s.kind) {
    case SymbolKind::Product:
      if (mesh && mesh->find_product(s.name)) return product_hover(a, *mesh->find_product(s.name));
      return std::nullopt;
    case SymbolKind::Column: {
      const Product* p = mesh ? mesh->find_product(s.product) : nullptr;
      const Column* c = p ? p->find_column(s.name) : nullptr;
      if (c) return column_hover(a, *p, *c);
      return std::nullopt;
    }
    case SymbolKind::Principal:
    case SymbolKind::Context: {
      if (!mesh) return std::nullopt;
      bool principal = s.kind == SymbolKind::Principal;
      const Attribute* attr = principal ? mesh->config.find_principal(s.name) : mesh->config.find_context(s.name);
      if (attr) return attribute_hover(a, principal ? "principal" : "context", *attr);
      return std::nullopt;
    }
    case SymbolKind::TargetAttribute: {
      auto root = s.name.rfind("column.", 0) == 0 ? check::TargetRoot::Column : check::TargetRoot::Product;
      std::string name = s.name.substr(s.name.find('.') + 1);
      std::optional<Type> t = mesh ? check::target_attribute_type(*mesh, root, name) : std::nullopt;
      if (!t) return std::nullopt;
      return "**" + s.name + "** " + code(to_string(*t)) + "\n\nRead from the target's contract when the policy is compiled: " +
             "the rule is bound once per " + (root == check::TargetRoot::Column ? "column" : "product") + " it targets.";
    }
    case SymbolKind::Function: {
      std::string h = function_hover(s.module, s.name);
      if (h.empty()) return std::nullopt;
      return h;
    }
    case SymbolKind::Module: {
      std::string h = "**stdlib." + s.name + "**\n\n";
      for (const auto& n : stdlib::function_names(s.name)) h += "- `" + function_signature(s.name, n) + "`\n";
      return h;
    }
    case SymbolKind::Let:
      if (s.let) return "```custos\nlet " + s.let->name.text + " = " + span_text(a.sources, s.let->value ? s.let->value->span : Span{}) + ";\n```";
      return std::nullopt;
    case SymbolKind::Tag:
      if (mesh && mesh->config.tags.contains(s.name)) return tag_hover(a, s.name);
      return std::nullopt;
    case SymbolKind::Rule:
      if (s.rule && mesh) return rule_hover(a, *s.rule);
      return std::nullopt;
    case SymbolKind::Assertion:
      if (s.assertion) {
        return "**assert** — an invariant `custos check` proves for every principal, context and row; it grants nothing.\n\n" +
               code(span_text(a.sources, s.assertion->span));
      }
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace custos::lsp
