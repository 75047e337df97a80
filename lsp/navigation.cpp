// Definitions, references, outlines and semantic tokens.
#include "navigation.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <tuple>

#include "hover.h"

namespace custos::lsp {

nlohmann::json location_json(const Analysis& a, const Span& span, Encoding e) {
  const SourceFile& f = a.sources.file(span.file);
  return {{"uri", path_to_uri(f.path())}, {"range", range_json(f, span, e)}};
}

namespace {

// The line of docs/stdlib.md that documents a module (`## \`stdlib.masks\``) or a function
// (its table row, `| \`name` ...).
nlohmann::json docs_location(const std::string& docs_dir, const std::string& module, const std::string& function,
                             Encoding e) {
  std::string path = (std::filesystem::path(docs_dir) / "stdlib.md").lexically_normal().string();
  ReadResult r = read_file_limited(path);
  if (!r.text) return nullptr;
  SourceFile f(path, *r.text);
  uint32_t module_line = 0;
  for (uint32_t l = 1; l <= f.line_count(); ++l) {
    std::string_view line = f.line(l);
    if (!module_line && line == "## `stdlib." + module + "`") {
      module_line = l;
      if (function.empty()) break;
    } else if (module_line && line.rfind("## ", 0) == 0) {
      break;
    } else if (module_line && line.rfind("| `" + function, 0) == 0) {
      size_t after = 3 + function.size();
      if (after < line.size() && (line[after] == '`' || line[after] == '(')) {
        Span s{0, l, 1, l, count_code_points(line) + 1};
        return {{"uri", path_to_uri(path)}, {"range", range_json(f, s, e)}};
      }
    }
  }
  if (!module_line) return nullptr;
  Span s{0, module_line, 1, module_line, count_code_points(f.line(module_line)) + 1};
  return {{"uri", path_to_uri(path)}, {"range", range_json(f, s, e)}};
}

std::optional<Span> declaration(const Analysis& a, const Symbol& s) {
  const Mesh* mesh = a.mesh.get();
  switch (s.kind) {
    case SymbolKind::Product:
      if (mesh && mesh->find_product(s.name)) return mesh->find_product(s.name)->span;
      break;
    case SymbolKind::Column:
      if (const Product* p = mesh ? mesh->find_product(s.product) : nullptr) {
        if (const Column* c = p->find_column(s.name)) return c->span;
      }
      break;
    case SymbolKind::Principal:
      if (const Attribute* at = mesh ? mesh->config.find_principal(s.name) : nullptr) return at->span;
      break;
    case SymbolKind::Context:
      if (const Attribute* at = mesh ? mesh->config.find_context(s.name) : nullptr) return at->span;
      break;
    case SymbolKind::Tag:
      if (mesh && mesh->config.tags.contains(s.name)) return mesh->config.tags.span(s.name);
      break;
    case SymbolKind::Let:
      if (s.let) return s.let->name.span;
      break;
    default: break;
  }
  return std::nullopt;
}

std::vector<const ast::File*> policy_files(const Analysis& a) {
  std::vector<const ast::File*> out;
  for (const auto& f : a.files) out.push_back(&f);
  for (const auto& f : a.broken) out.push_back(&f);
  return out;
}

}  // namespace

nlohmann::json definition(const Analysis& a, const Symbol& s, const std::string& docs_dir, Encoding e) {
  if (s.kind == SymbolKind::Module || s.kind == SymbolKind::Function) {
    return docs_location(docs_dir, s.kind == SymbolKind::Module ? s.name : s.module,
                         s.kind == SymbolKind::Function ? s.name : "", e);
  }
  std::optional<Span> d = declaration(a, s);
  if (!d || !d->valid() || d->file >= a.sources.size()) return nullptr;
  return location_json(a, *d, e);
}

nlohmann::json references(const Analysis& a, const Symbol& s, bool include_declaration, Encoding e) {
  std::vector<Span> spans;
  if (s.kind == SymbolKind::Let) {
    // A `let` is visible only in its own file.
    for (const ast::File* f : policy_files(a)) {
      if (s.let && f->file == s.let->name.span.file) spans = occurrences(a, *f, s);
    }
    if (!include_declaration && s.let) {
      spans.erase(std::remove_if(spans.begin(), spans.end(), [&](const Span& x) {
                    return x.line == s.let->name.span.line && x.col == s.let->name.span.col;
                  }), spans.end());
    }
  } else {
    for (const ast::File* f : policy_files(a)) {
      for (const Span& x : occurrences(a, *f, s)) spans.push_back(x);
    }
    // Rules that govern the product or column without naming it (`products tagged t`,
    // `columns tagged t`): their keyword.
    if ((s.kind == SymbolKind::Product || s.kind == SymbolKind::Column) && a.mesh) {
      const Product* p = a.mesh->find_product(s.kind == SymbolKind::Product ? s.name : s.product);
      if (p) {
        size_t index = static_cast<size_t>(p - a.mesh->products.data());
        for (const auto& r : a.program.rules) {
          bool governs = false;
          for (const auto& t : r.targets) {
            if (t.product != index) continue;
            if (s.kind == SymbolKind::Product) governs = true;
            for (const auto& c : t.columns) governs |= c == s.name;
          }
          if (!governs) continue;
          const ast::File* f = a.file(r.span.file);
          if (!f) continue;
          for (const auto& ar : f->rules) {
            if (ar.span.line == r.span.line && ar.span.col == r.span.col) spans.push_back(ar.keyword_span);
          }
        }
      }
    }
    if (include_declaration) {
      if (std::optional<Span> d = declaration(a, s); d && d->valid()) spans.push_back(*d);
    }
  }
  std::sort(spans.begin(), spans.end(), [](const Span& x, const Span& y) {
    return std::tie(x.file, x.line, x.col) < std::tie(y.file, y.line, y.col);
  });
  spans.erase(std::unique(spans.begin(), spans.end(), [](const Span& x, const Span& y) {
                return x.file == y.file && x.line == y.line && x.col == y.col;
              }), spans.end());
  nlohmann::json out = nlohmann::json::array();
  for (const Span& x : spans) out.push_back(location_json(a, x, e));
  return out;
}

namespace {
// LSP SymbolKind values.
enum { kModuleSymbol = 2, kFunctionSymbol = 12, kVariableSymbol = 13, kEventSymbol = 24, kMethodSymbol = 6,
       kNamespaceSymbol = 3 };

nlohmann::json symbol_json(const Analysis& a, const std::string& name, const std::string& detail, int kind, const Span& span,
                           const Span& selection, Encoding e) {
  const SourceFile& f = a.sources.file(span.file);
  nlohmann::json j = {{"name", name.empty() ? std::string("(unnamed)") : name},
                      {"kind", kind},
                      {"range", range_json(f, span, e)},
                      {"selectionRange", range_json(f, selection.valid() ? selection : span, e)}};
  if (!detail.empty()) j["detail"] = detail;
  return j;
}
}  // namespace

nlohmann::json document_symbols(const Analysis& a, const ast::File& file, Encoding e) {
  nlohmann::json out = nlohmann::json::array();
  if (file.header) out.push_back(symbol_json(a, "domain " + file.header->domain, "", kNamespaceSymbol, file.header->span, file.header->name_span, e));
  for (const auto& imp : file.imports) out.push_back(symbol_json(a, imp.path.str(), imp.explicit_alias ? "as " + imp.alias : "", kModuleSymbol, imp.span, imp.alias_span, e));
  for (const auto& l : file.lets) out.push_back(symbol_json(a, l.name.text, "let", kVariableSymbol, l.span, l.name.span, e));
  for (const auto& r : file.rules) {
    const ast::Annotation* id = ast::find_annotation(r.annotations, "id");
    std::string target = r.kind == ast::RuleKind::Permit || r.kind == ast::RuleKind::Forbid
                             ? (r.product.by_tag ? "products tagged " : "") + r.product.name.str()
                             : (r.column.by_tag ? "columns tagged " : "column ") + r.column.name.str();
    std::string name = id && id->value ? *id->value : std::string(ir::to_string(r.kind)) + " " + target;
    out.push_back(symbol_json(a, name, std::string(ir::to_string(r.kind)) + " " + target, kFunctionSymbol, r.span, r.keyword_span, e));
  }
  for (const auto& as : file.assertions) {
    const ast::Annotation* id = ast::find_annotation(as.annotations, "id");
    out.push_back(symbol_json(a, id && id->value ? *id->value : span_text(a.sources, as.span), "assert", kEventSymbol, as.span, as.keyword_span, e));
  }
  for (const auto& t : file.tests) out.push_back(symbol_json(a, t.name, "test", kMethodSymbol, t.span, t.name_span, e));
  return out;
}

namespace {
const std::vector<std::string>& token_types() {
  static const std::vector<std::string> t = {"namespace", "class", "property", "function", "variable",
                                             "enumMember", "keyword", "decorator", "parameter"};
  return t;
}
int token_type(SymbolKind k) {
  switch (k) {
    case SymbolKind::Module: return 0;
    case SymbolKind::Product: return 1;
    case SymbolKind::Column: return 2;
    case SymbolKind::Function: return 3;
    case SymbolKind::Let: return 4;
    case SymbolKind::Tag: return 5;
    case SymbolKind::Rule:
    case SymbolKind::Assertion: return 6;
    case SymbolKind::Principal:
    case SymbolKind::Context:
    case SymbolKind::TargetAttribute: return 8;
  }
  return 4;
}
}  // namespace

nlohmann::json semantic_token_legend() {
  return {{"tokenTypes", token_types()}, {"tokenModifiers", nlohmann::json::array()}};
}

nlohmann::json semantic_tokens(const Analysis& a, const ast::File& file, Encoding e) {
  struct Token {
    Span span;
    int type;
  };
  std::vector<Token> tokens;
  for (const Symbol& s : all_symbols(a, file)) {
    if (s.span.end_line == s.span.line) tokens.push_back({s.span, token_type(s.kind)});
  }
  auto annotations = [&](const std::vector<ast::Annotation>& list) {
    for (const auto& an : list) {
      // `@name` only: the value is a string the editor's grammar colours already.
      Span s{an.span.file, an.span.line, an.span.col, an.span.line, an.span.col + 1 + count_code_points(an.name)};
      tokens.push_back({s, 7});
    }
  };
  if (file.header) annotations(file.header->annotations);
  for (const auto& l : file.lets) annotations(l.annotations);
  for (const auto& r : file.rules) annotations(r.annotations);
  for (const auto& as : file.assertions) annotations(as.annotations);
  for (const auto& t : file.tests) annotations(t.annotations);
  std::sort(tokens.begin(), tokens.end(), [](const Token& x, const Token& y) {
    return std::tie(x.span.line, x.span.col) < std::tie(y.span.line, y.span.col);
  });
  const SourceFile& f = a.sources.file(file.file);
  nlohmann::json data = nlohmann::json::array();
  uint32_t prev_line = 0, prev_char = 0;
  uint32_t last_end_line = 0, last_end_col = 0;
  for (const Token& t : tokens) {
    // Overlapping tokens are not allowed: keep the first.
    if (t.span.line < last_end_line || (t.span.line == last_end_line && t.span.col < last_end_col)) continue;
    Position start = from_line_col(f, t.span.line, t.span.col, e);
    Position end = from_line_col(f, t.span.line, t.span.end_col, e);
    if (end.character <= start.character) continue;
    uint32_t delta_line = start.line - prev_line;
    uint32_t delta_char = delta_line ? start.character : start.character - prev_char;
    data.insert(data.end(), {delta_line, delta_char, end.character - start.character, static_cast<uint32_t>(t.type), 0u});
    prev_line = start.line;
    prev_char = start.character;
    last_end_line = t.span.line;
    last_end_col = t.span.end_col;
  }
  return {{"data", data}};
}

}  // namespace custos::lsp
