// Token and rule-context spans.
#include "parse/token_span.h"

namespace custos::parse {

Span token_span(FileId file, const antlr4::Token* t) {
  Span s;
  s.file = file;
  s.line = static_cast<uint32_t>(t->getLine());
  s.col = static_cast<uint32_t>(t->getCharPositionInLine()) + 1;
  if (t->getType() == antlr4::Token::EOF) {
    s.end_line = s.line;
    s.end_col = s.col + 1;
    return s;
  }
  // Most tokens sit on one line: their width comes from the stream indices (code points),
  // which avoids materialising the text.
  size_t start = t->getStartIndex(), stop = t->getStopIndex();
  if (stop != INVALID_INDEX && stop >= start && t->getChannel() == antlr4::Token::DEFAULT_CHANNEL) {
    s.end_line = s.line;
    s.end_col = s.col + static_cast<uint32_t>(stop - start + 1);
    return s;
  }
  std::string text = t->getText();
  size_t nl = text.rfind('\n');
  if (nl == std::string::npos) {
    s.end_line = s.line;
    s.end_col = s.col + std::max<uint32_t>(1, count_code_points(text));
  } else {
    uint32_t lines = 0;
    for (char c : text) lines += c == '\n';
    s.end_line = s.line + lines;
    s.end_col = count_code_points(std::string_view(text).substr(nl + 1)) + 1;
  }
  return s;
}

Span context_span(FileId file, antlr4::ParserRuleContext* ctx) {
  const antlr4::Token* start = ctx->getStart();
  const antlr4::Token* stop = ctx->getStop();
  Span s = token_span(file, start);
  if (stop && stop->getTokenIndex() >= start->getTokenIndex() && stop->getType() != antlr4::Token::EOF) {
    Span e = token_span(file, stop);
    s.end_line = e.end_line;
    s.end_col = e.end_col;
  }
  return s;
}

Span span_after(FileId file, const antlr4::Token* t) {
  Span s = token_span(file, t);
  return Span::point(file, s.end_line, s.end_col);
}

}  // namespace custos::parse
