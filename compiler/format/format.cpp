// The formatter: tokens (comments included) grouped into declarations, spaced by one table of
// rules, and broken before clauses and then at top-level `and`/`or` when a line is too long.
#include "format/format.h"

#include "CustosLexer.h"
#include "parse/parse.h"

namespace custos::format {

using antlr4::Token;
using L = custos_grammar::CustosLexer;

namespace {

struct Tok {
  size_t type;
  std::string text;
  size_t line;
  bool comment = false;
  bool own_line = false;        // a comment that starts its own line
  int blank_lines_before = 0;   // blank lines in the source before this token
};

bool is_open(size_t t) { return t == L::LPAREN || t == L::LBRACK || t == L::LBRACE; }
bool is_close(size_t t) { return t == L::RPAREN || t == L::RBRACK || t == L::RBRACE; }

bool is_operator(size_t t) {
  switch (t) {
    case L::EQ: case L::NE: case L::LT: case L::LE: case L::GT: case L::GE: case L::ASSIGN: case L::PLUS:
    case L::MINUS: case L::STAR: case L::SLASH: case L::PERCENT: case L::K_AND: case L::K_OR: case L::K_NOT:
    case L::K_IN: case L::K_IS: case L::K_WHEN: case L::K_UNLESS: case L::K_WHERE: case L::COMMA: case L::COLON:
    case L::K_WITH: case L::K_ON: return true;
    default: return false;
  }
}

// One output line in the making: its tokens and the spacing decisions between them.
class LineBuilder {
 public:
  void add(const Tok& t) {
    if (!toks_.empty() && space_between(toks_.back(), t)) text_ += ' ';
    text_ += t.text;
    toks_.push_back(&t);
  }
  const std::string& text() const { return text_; }
  bool empty() const { return toks_.empty(); }

 private:
  bool space_between(const Tok* prev, const Tok& t) {
    size_t a = prev->type, b = t.type;
    if (t.comment) return true;
    if (b == L::SEMI || b == L::COMMA || b == L::DOT || b == L::COLON) return false;
    if (a == L::DOT || a == L::AT) return false;
    if (b == L::RPAREN || b == L::RBRACK) return false;
    if (a == L::LPAREN || a == L::LBRACK) return false;
    // Records and sets: `{ a: 1 }` for records, `{"x", "y"}` for sets.
    if (a == L::LBRACE) return record_depth_marker_;
    if (b == L::RBRACE) return brace_is_record_.empty() ? false : brace_is_record_.back();
    // Calls: `f(x)` and `@id("x")`.
    if (b == L::LPAREN && (a == L::IDENT || a == L::QUOTED_IDENT || (prev_is_name_ && !is_operator(a)))) return false;
    // Unary minus binds to its operand.
    if (a == L::MINUS && unary_minus_) return false;
    return true;
  }

 public:
  // Context set by the caller before adding tokens.
  bool record_depth_marker_ = false;
  std::vector<bool> brace_is_record_;
  bool prev_is_name_ = false;
  bool unary_minus_ = false;

 private:
  std::vector<const Tok*> toks_;
  std::string text_;
};

bool name_like(size_t t) {
  return t == L::IDENT || t == L::QUOTED_IDENT || (t >= L::K_DOMAIN && t <= L::K_TIMESTAMP && t != L::K_AND &&
                                                   t != L::K_OR && t != L::K_NOT && t != L::K_IN && t != L::K_IS);
}

// Renders a run of tokens on one line with the spacing rules.
std::string render(const std::vector<Tok>& toks, size_t from, size_t to) {
  LineBuilder b;
  std::vector<bool> record_stack;
  for (size_t i = from; i < to; ++i) {
    const Tok& t = toks[i];
    const Tok* prev = i > from ? &toks[i - 1] : nullptr;
    b.prev_is_name_ = prev && name_like(prev->type);
    b.brace_is_record_ = record_stack;
    if (t.type == L::LBRACE) {
      // A brace opens a record when a `name:` follows it (or it is empty after a test statement word).
      bool record = i + 2 < to && name_like(toks[i + 1].type) && toks[i + 2].type == L::COLON;
      record_stack.push_back(record);
      b.brace_is_record_ = record_stack;
    }
    if (prev && prev->type == L::LBRACE) b.record_depth_marker_ = !record_stack.empty() && record_stack.back();
    b.unary_minus_ = false;
    if (prev && prev->type == L::MINUS) {
      const Tok* before = i >= from + 2 ? &toks[i - 2] : nullptr;
      b.unary_minus_ = !before || is_operator(before->type) || is_open(before->type) || before->type == L::K_NOT;
    }
    b.add(t);
    if (t.type == L::RBRACE && !record_stack.empty()) record_stack.pop_back();
  }
  return b.text();
}

bool is_clause_start(const std::vector<Tok>& toks, size_t i) {
  size_t t = toks[i].type;
  if (t == L::K_WHEN || t == L::K_UNLESS) return true;
  return t == L::K_ROWS && i + 1 < toks.size() && toks[i + 1].type == L::K_WHERE;
}

class Formatter {
 public:
  Formatter(std::vector<Tok> toks, size_t width) : toks_(std::move(toks)), width_(width) {}

  std::string run() {
    size_t i = 0;
    bool first = true;
    while (i < toks_.size()) {
      const Tok& t = toks_[i];
      if (!first && t.blank_lines_before > 0) out_ += "\n";
      first = false;
      if (t.comment) {
        out_ += t.text + "\n";
        ++i;
        continue;
      }
      if (t.type == L::K_TEST || (t.type == L::AT && test_follows(i))) {
        i = test_block(i);
      } else {
        i = declaration(i);
      }
    }
    return out_;
  }

 private:
  bool test_follows(size_t i) {
    while (i < toks_.size() && (toks_[i].type == L::AT || toks_[i].comment || toks_[i].type != L::K_TEST)) {
      if (toks_[i].type == L::K_TEST) return true;
      if (toks_[i].type == L::SEMI || toks_[i].type == L::K_PERMIT || toks_[i].type == L::K_FORBID ||
          toks_[i].type == L::K_MASK || toks_[i].type == L::K_DENY || toks_[i].type == L::K_LET || toks_[i].type == L::K_ASSERT ||
          toks_[i].type == L::K_DOMAIN)
        return false;
      ++i;
    }
    return i < toks_.size() && toks_[i].type == L::K_TEST;
  }

  // Annotations on their own line, then the declaration up to its `;`.
  size_t annotations(size_t i, const std::string& indent) {
    if (toks_[i].type != L::AT) return i;
    size_t j = i;
    while (j < toks_.size() && toks_[j].type == L::AT) {
      ++j;  // @
      if (j < toks_.size()) ++j;  // name
      if (j < toks_.size() && toks_[j].type == L::LPAREN) {
        while (j < toks_.size() && toks_[j].type != L::RPAREN) ++j;
        ++j;
      }
    }
    std::string one = indent + render(toks_, i, j);
    if (one.size() <= width_) {
      out_ += one + trailing_comment(j) + "\n";
      return skip_trailing(j);
    }
    // Too long together: one annotation per line.
    for (size_t k = i; k < j;) {
      size_t e = k + 2;
      if (e < j && toks_[e].type == L::LPAREN) {
        while (e < j && toks_[e].type != L::RPAREN) ++e;
        ++e;
      }
      out_ += indent + render(toks_, k, std::min(e, j)) + (std::min(e, j) == j ? trailing_comment(j) : "") + "\n";
      k = e;
    }
    return skip_trailing(j);
  }

  // A comment on the same source line as the token before it stays on that line.
  std::string trailing_comment(size_t j) {
    if (j < toks_.size() && toks_[j].comment && !toks_[j].own_line) return " " + toks_[j].text;
    return "";
  }
  size_t skip_trailing(size_t j) { return j < toks_.size() && toks_[j].comment && !toks_[j].own_line ? j + 1 : j; }

  size_t declaration(size_t i) {
    i = annotations(i, "");
    size_t end = i;
    std::vector<size_t> comments;  // own-line comments inside the declaration
    while (end < toks_.size() && toks_[end].type != L::SEMI) ++end;
    size_t stop = end < toks_.size() ? end + 1 : end;
    emit_statement(i, stop, "");
    return skip_trailing(stop);
  }

  // Emits tokens [from, to) (a statement ending in `;`) at `indent`, breaking long lines.
  void emit_statement(size_t from, size_t to, const std::string& indent) {
    // Comments inside a statement force the statement apart at their positions.
    std::vector<Tok> code;
    std::vector<std::pair<size_t, const Tok*>> inner_comments;
    for (size_t k = from; k < to; ++k) {
      if (toks_[k].comment) {
        inner_comments.push_back({code.size(), &toks_[k]});
      } else {
        code.push_back(toks_[k]);
      }
    }
    std::string tail = trailing_comment(to);
    std::string one = indent + render(code, 0, code.size());
    if (inner_comments.empty() && one.size() + tail.size() <= width_) {
      out_ += one + tail + "\n";
      return;
    }
    // Break before each clause.
    std::vector<size_t> cuts = {0};
    int depth = 0;
    for (size_t k = 0; k < code.size(); ++k) {
      if (is_open(code[k].type)) ++depth;
      if (is_close(code[k].type)) --depth;
      if (k > 0 && depth == 0 && is_clause_start(code, k)) cuts.push_back(k);
    }
    cuts.push_back(code.size());
    size_t comment_index = 0;
    for (size_t c = 0; c + 1 < cuts.size(); ++c) {
      std::string pad = c == 0 ? indent : indent + "  ";
      // Own-line comments that fall before this segment.
      while (comment_index < inner_comments.size() && inner_comments[comment_index].first <= cuts[c]) {
        out_ += pad + inner_comments[comment_index++].second->text + "\n";
      }
      emit_segment(code, cuts[c], cuts[c + 1], pad, inner_comments, comment_index);
    }
    if (!out_.empty() && out_.back() == '\n' && !tail.empty()) {
      out_.pop_back();
      out_ += tail + "\n";
    }
  }

  // One clause; if too long, broken at top-level `and` / `or`.
  void emit_segment(const std::vector<Tok>& code, size_t from, size_t to, const std::string& pad,
                    const std::vector<std::pair<size_t, const Tok*>>& comments, size_t& comment_index) {
    bool has_comment = comment_index < comments.size() && comments[comment_index].first < to;
    std::string line = pad + render(code, from, to);
    if (line.size() <= width_ && !has_comment) {
      out_ += line + "\n";
      return;
    }
    std::vector<size_t> cuts = {from};
    int depth = 0;
    for (size_t k = from; k < to; ++k) {
      if (is_open(code[k].type)) ++depth;
      if (is_close(code[k].type)) --depth;
      if (k > from + 1 && depth == 0 && (code[k].type == L::K_AND || code[k].type == L::K_OR)) cuts.push_back(k);
    }
    cuts.push_back(to);
    for (size_t c = 0; c + 1 < cuts.size(); ++c) {
      std::string p = c == 0 ? pad : pad + "    ";
      while (comment_index < comments.size() && comments[comment_index].first <= cuts[c] && c > 0) {
        out_ += p + comments[comment_index++].second->text + "\n";
      }
      out_ += p + render(code, cuts[c], cuts[c + 1]) + "\n";
    }
    while (comment_index < comments.size() && comments[comment_index].first < to) {
      out_ += pad + "    " + comments[comment_index++].second->text + "\n";
    }
  }

  size_t test_block(size_t i) {
    i = annotations(i, "");
    size_t open = i;
    while (open < toks_.size() && toks_[open].type != L::LBRACE) ++open;
    out_ += render(toks_, i, open + 1) + trailing_comment(open + 1) + "\n";
    size_t k = skip_trailing(open + 1);
    while (k < toks_.size() && toks_[k].type != L::RBRACE) {
      if (toks_[k].comment) {
        if (toks_[k].blank_lines_before > 0) out_ += "\n";
        out_ += "  " + toks_[k].text + "\n";
        ++k;
        continue;
      }
      if (toks_[k].blank_lines_before > 0) out_ += "\n";
      size_t end = k;
      int depth = 0;
      while (end < toks_.size() && !(depth == 0 && toks_[end].type == L::SEMI)) {
        if (is_open(toks_[end].type)) ++depth;
        if (is_close(toks_[end].type)) --depth;
        ++end;
      }
      size_t stop = end < toks_.size() ? end + 1 : end;
      test_statement(k, stop);
      k = skip_trailing(stop);
    }
    out_ += "}" + trailing_comment(k + 1) + "\n";
    return skip_trailing(k + 1);
  }

  // `rows [ ... ];` lists one record per line when they do not fit on one line.
  void test_statement(size_t from, size_t to) {
    std::string one = "  " + render(toks_, from, to);
    bool has_comment = false;
    for (size_t k = from; k < to; ++k) has_comment |= toks_[k].comment;
    if (toks_[from].type == L::K_ROWS && toks_[from + 1].type == L::LBRACK && (one.size() > width_ || has_comment)) {
      out_ += "  rows [\n";
      size_t k = from + 2;
      while (k < to && toks_[k].type != L::RBRACK) {
        if (toks_[k].comment) {
          out_ += "    " + toks_[k].text + "\n";
          ++k;
          continue;
        }
        size_t end = k;
        int depth = 0;
        while (end < to && !(depth == 0 && (toks_[end].type == L::COMMA || toks_[end].type == L::RBRACK))) {
          if (is_open(toks_[end].type)) ++depth;
          if (is_close(toks_[end].type)) --depth;
          ++end;
        }
        out_ += "    " + render(toks_, k, end) + ",";
        k = end < to && toks_[end].type == L::COMMA ? end + 1 : end;
        out_ += (k < to && toks_[k].comment && !toks_[k].own_line) ? " " + toks_[k++].text + "\n" : "\n";
      }
      out_ += "  ];\n";
      return;
    }
    emit_statement(from, to, "  ");
  }

  std::vector<Tok> toks_;
  size_t width_;
  std::string out_;
};

}  // namespace

std::optional<std::string> format_file(FileId file, const SourceMap& sources, Diagnostics& diags,
                                       const FormatOptions& options) {
  size_t before = diags.error_count();
  parse::parse_file(file, sources, diags);
  if (diags.error_count() != before) return std::nullopt;
  std::string_view text = sources.file(file).text();
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  antlr4::ANTLRInputStream input(text.data(), text.size());
  L lexer(&input);
  lexer.removeErrorListeners();
  std::vector<Tok> toks;
  size_t last_line = 0;
  int newlines = 0;
  bool at_line_start = true;
  for (const auto& t : lexer.getAllTokens()) {
    size_t type = t->getType();
    std::string s = t->getText();
    if (type == L::WS) {
      for (char c : s) newlines += c == '\n';
      if (newlines) at_line_start = true;
      continue;
    }
    Tok tok;
    tok.type = type;
    tok.line = t->getLine();
    tok.comment = type == L::LINE_COMMENT || type == L::BLOCK_COMMENT;
    tok.own_line = tok.comment && (at_line_start || toks.empty());
    tok.blank_lines_before = newlines > 1 ? 1 : 0;
    // Trailing whitespace inside line comments is not part of the comment's meaning.
    if (type == L::LINE_COMMENT) {
      while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.pop_back();
    }
    tok.text = std::move(s);
    toks.push_back(std::move(tok));
    newlines = 0;
    at_line_start = false;
    last_line = t->getLine();
  }
  (void)last_line;
  return Formatter(std::move(toks), options.max_width).run();
}

}  // namespace custos::format
