// The front-end driver: validate the bytes, lex, screen error tokens and nesting, parse, build.
#include "parse/parse.h"

#include "CustosLexer.h"
#include "CustosParser.h"
#include "parse/ast_builder.h"
#include "parse/syntax_errors.h"
#include "parse/token_span.h"

namespace custos::parse {

using antlr4::Token;
using custos_grammar::CustosLexer;
using custos_grammar::CustosParser;

namespace {

bool is_open(size_t t) { return t == CustosLexer::LPAREN || t == CustosLexer::LBRACK || t == CustosLexer::LBRACE; }
bool is_close(size_t t) { return t == CustosLexer::RPAREN || t == CustosLexer::RBRACK || t == CustosLexer::RBRACE; }
bool is_prefix(size_t t) { return t == CustosLexer::K_NOT || t == CustosLexer::MINUS; }

std::string char_help(const std::string& run) {
  std::string text = run.substr(0, 1);
  if (text == "&") return "write `and` to combine conditions";
  if (text == "|") return "write `or` to combine conditions";
  if (text == "!") return "write `not` to negate, or `!=` to compare";
  if (text == "'") return "strings use double quotes: \"like this\"";
  if (text == "#") return "comments start with `//`";
  if (text == "$") return "attributes are written `principal.name` or `context.name`";
  return "";
}

// Reports lexical error tokens and returns the tokens the parser should see. A run of
// adjacent unexpected characters is reported once.
std::vector<std::unique_ptr<Token>> screen_tokens(std::vector<std::unique_ptr<Token>> all, FileId file, ErrorBudget& errors,
                                                  const ParseLimits& limits) {
  std::vector<std::unique_ptr<Token>> kept;
  kept.reserve(all.size());
  for (size_t i = 0; i < all.size(); ++i) {
    Token* t = all[i].get();
    switch (t->getType()) {
      case CustosLexer::BAD_CHAR: {
        Span s = token_span(file, t);
        std::string text = t->getText();
        while (i + 1 < all.size() && all[i + 1]->getType() == CustosLexer::BAD_CHAR &&
               all[i + 1]->getStartIndex() == all[i]->getStopIndex() + 1) {
          ++i;
          text += all[i]->getText();
          s = Span::cover(s, token_span(file, all[i].get()));
        }
        std::string shown = truncate_utf8(text, 16);
        auto& d = errors.report(DiagCode::E0101, s,
                                std::string(text.size() > 1 && count_code_points(text) > 1 ? "unexpected characters `"
                                                                                            : "unexpected character `") +
                                    shown + "`");
        if (auto help = char_help(text); !help.empty()) d.with_help(help);
        break;
      }
      case CustosLexer::UNTERMINATED_STRING: {
        errors.report(DiagCode::E0102, token_span(file, t), "string is not closed before the end of the line")
            .with_help("add the closing `\"`");
        auto* ct = dynamic_cast<antlr4::CommonToken*>(t);
        if (ct) {
          ct->setType(CustosLexer::STRING);
          std::string text = t->getText();
          if (!text.empty() && text.back() == '\\') text.pop_back();
          ct->setText(text + "\"");
        }
        kept.push_back(std::move(all[i]));
        break;
      }
      case CustosLexer::UNTERMINATED_COMMENT: {
        Span s = token_span(file, t);
        s.end_line = s.line;
        s.end_col = s.col + 2;
        errors.report(DiagCode::E0103, s, "block comment is not closed").with_help("close it with `*/`");
        break;
      }
      case CustosLexer::STRING: {
        size_t bytes = t->getStopIndex() + 1 - t->getStartIndex();
        if (bytes > limits.max_string_bytes) {
          auto s = token_span(file, t);
          errors.report(DiagCode::E0110, Span::point(file, s.line, s.col),
                        "string literal is " + std::to_string(bytes) + " bytes long; the limit is " +
                            std::to_string(limits.max_string_bytes))
              .with_help("policies compare short values: keep long text out of them");
        }
        // Kept, so that the parser does not report a missing expression too; the file has an
        // error, so it is never checked or decided on.
        kept.push_back(std::move(all[i]));
        break;
      }
      default:
        kept.push_back(std::move(all[i]));
    }
  }
  return kept;
}

// ANTLR's recursive descent recurses once per bracket and prefix operator: refuse input that
// would take it (or us) near the stack limit, before parsing.
bool nesting_ok(const std::vector<std::unique_ptr<Token>>& tokens, FileId file, uint32_t limit, ErrorBudget& errors) {
  uint32_t brackets = 0, prefix_run = 0;
  for (const auto& tok : tokens) {
    if (tok->getChannel() != Token::DEFAULT_CHANNEL) continue;
    size_t t = tok->getType();
    if (is_open(t)) {
      ++brackets;
    } else if (is_close(t)) {
      if (brackets) --brackets;
      prefix_run = 0;
    } else if (is_prefix(t)) {
      ++prefix_run;
    } else {
      prefix_run = 0;
    }
    if (brackets + prefix_run > limit) {
      errors.report(DiagCode::E0106, token_span(file, tok.get()),
                    "expression is nested more than " + std::to_string(limit) + " levels deep")
          .with_help("split it into named `let` definitions");
      return false;
    }
  }
  return true;
}

}  // namespace

ast::File parse_file(FileId file, const SourceMap& sources, Diagnostics& diags, const ParseLimits& limits) {
  ast::File result;
  result.file = file;
  const SourceFile& src = sources.file(file);
  std::string_view text = src.text();
  if (auto bad = find_invalid_utf8(text)) {
    auto [line, col] = line_col_at(text, *bad);
    diags.report(DiagCode::E0001, Span::point(file, line, col), "file is not valid UTF-8")
        .note("the first invalid byte is at offset " + std::to_string(*bad))
        .with_help("save the file as UTF-8");
    return result;
  }
  // A byte-order mark is zero-width: dropping it keeps every column where the editor shows it.
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);

  ErrorBudget errors(diags, limits.max_errors);
  antlr4::ANTLRInputStream input(text.data(), text.size());
  input.name = src.path();
  CustosLexer lexer(&input);
  lexer.removeErrorListeners();
  auto tokens = screen_tokens(lexer.getAllTokens(), file, errors, limits);

  bool has_content = false;
  for (const auto& t : tokens) has_content |= t->getChannel() == Token::DEFAULT_CHANNEL;
  if (!has_content) {
    if (diags.size() == 0 || !errors.exhausted()) {
      diags.report(DiagCode::E0002, Span::point(file, 1, 1), "policy file is empty")
          .with_help("start it with `domain <name>;`, or remove it");
    }
    return result;
  }
  if (!nesting_ok(tokens, file, limits.max_nesting, errors)) return result;

  antlr4::ListTokenSource source(std::move(tokens));
  antlr4::CommonTokenStream stream(&source);
  CustosParser parser(&stream);
  parser.removeErrorListeners();
  // Two-stage parse: fast SLL prediction that gives up at the first error, and full LL with
  // error reporting and recovery only for files that need it.
  CustosParser::FileContext* tree = nullptr;
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  try {
    tree = parser.file();
  } catch (const antlr4::ParseCancellationException&) {
    tree = nullptr;
  }
  if (!tree) {
    stream.seek(0);
    parser.reset();
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
    parser.setErrorHandler(std::make_shared<SyntaxErrorStrategy>(errors, file));
    tree = parser.file();
  }

  AstBuilder builder(file, errors, limits);
  result = builder.build_file(tree);
  if (!result.header && !tree->header()) {
    Span at = Span::point(file, 1, 1);
    if (tree->item().size() > 0) at = context_span(file, tree->item(0));
    diags.report(DiagCode::E0201, at, "policy file does not declare its domain")
        .with_help("start the file with `domain <name>;` (or `domain global;` for mesh-wide rules)");
  }
  return result;
}

}  // namespace custos::parse
