// Diagnostics as data: a kind, a span, a message, labels, notes and help. Library code only
// collects them; the CLI decides how to render them and which exit code they mean.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "source/source_map.h"

namespace custos {

enum class Severity : uint8_t { Error, Warning };

enum class DiagCode : uint16_t {
#define CUSTOS_DIAG(code, sev, name, summary) code,
#include "diag/diagnostic_kinds.def"
#undef CUSTOS_DIAG
};

struct DiagInfo {
  DiagCode code;
  std::string_view id;  // "E0101"
  Severity severity;
  std::string_view name;
  std::string_view summary;
};

const DiagInfo& diag_info(DiagCode code);
std::span<const DiagInfo> all_diag_infos();

struct Label {
  Span span;
  std::string message;
};

struct Diagnostic {
  DiagCode code{};
  Severity severity = Severity::Error;
  Span span;
  std::string message;       // lowercase, user input in backticks, no trailing period
  std::vector<Label> labels;  // secondary locations
  std::vector<std::string> notes;
  std::string help;

  Diagnostic& label(Span s, std::string msg) {
    labels.push_back({s, std::move(msg)});
    return *this;
  }
  Diagnostic& note(std::string msg) {
    notes.push_back(std::move(msg));
    return *this;
  }
  Diagnostic& with_help(std::string msg) {
    help = std::move(msg);
    return *this;
  }
};

// The sink every stage reports into. References returned by `report` are valid until the
// next report: use them only to chain labels, notes and help.
class Diagnostics {
 public:
  Diagnostic& report(DiagCode code, Span span, std::string message);

  const std::vector<Diagnostic>& all() const { return items_; }
  size_t error_count() const;
  size_t warning_count() const;
  size_t size() const { return items_.size(); }
  bool has_errors() const { return error_count() != 0; }
  // Orders by file, position and code so that output never depends on discovery order.
  void sort_stable(const SourceMap& sources);
  void promote_warnings();
  void append(const Diagnostics& other);
  void append(Diagnostic d) { items_.push_back(std::move(d)); }
  // Drops what was reported after the first `n` (a rebinding that would repeat them).
  void truncate(size_t n) { if (n < items_.size()) items_.resize(n); }
  // Drops the diagnostics of `code` reported after the first `n`.
  void erase_after(size_t n, DiagCode code);

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace custos
