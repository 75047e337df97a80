// The diagnostic kinds table and the collecting sink.
#include "diag/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace custos {

namespace {
constexpr DiagInfo kInfos[] = {
#define CUSTOS_DIAG(code, sev, name, summary) {DiagCode::code, #code, Severity::sev, name, summary},
#include "diag/diagnostic_kinds.def"
#undef CUSTOS_DIAG
};
}  // namespace

const DiagInfo& diag_info(DiagCode code) { return kInfos[static_cast<size_t>(code)]; }

std::span<const DiagInfo> all_diag_infos() { return kInfos; }

Diagnostic& Diagnostics::report(DiagCode code, Span span, std::string message) {
  Diagnostic d;
  d.code = code;
  d.severity = diag_info(code).severity;
  d.span = span;
  d.message = std::move(message);
  items_.push_back(std::move(d));
  return items_.back();
}

size_t Diagnostics::error_count() const {
  return static_cast<size_t>(
      std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

size_t Diagnostics::warning_count() const { return items_.size() - error_count(); }

void Diagnostics::sort_stable(const SourceMap& sources) {
  static const std::string kNone;
  auto path_of = [&](const Diagnostic& d) -> const std::string& {
    return d.span.file < sources.size() ? sources.file(d.span.file).path() : kNone;
  };
  std::stable_sort(items_.begin(), items_.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    return std::make_tuple(std::cref(path_of(a)), a.span.line, a.span.col, static_cast<int>(a.code)) <
           std::make_tuple(std::cref(path_of(b)), b.span.line, b.span.col, static_cast<int>(b.code));
  });
}

void Diagnostics::promote_warnings() {
  for (auto& d : items_) d.severity = Severity::Error;
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

void Diagnostics::erase_after(size_t n, DiagCode code) {
  if (n >= items_.size()) return;
  items_.erase(std::remove_if(items_.begin() + static_cast<std::ptrdiff_t>(n), items_.end(),
                              [&](const Diagnostic& d) { return d.code == code; }),
               items_.end());
}

}  // namespace custos
