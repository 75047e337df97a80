// Which characters the names that reach generated output may contain, and how any other text is
// shown safely where it cannot be rejected (SQL comments, logs, HTML titles).
//
// Product, domain, column, attribute and mesh names come from files that domain teams control,
// and they end up inside SQL, HTML and logs. They are therefore restricted at load: no line
// breaks or other control characters, no invisible or bidirectional-override characters, no
// quotes, backslashes or other punctuation; letters (any script), digits, `_`, `-` and inner spaces.
#pragma once

#include <string>
#include <string_view>

namespace custos {

enum class NameKind : uint8_t {
  Name,   // a product, domain, column or attribute name, or the mesh's name
  Label,  // free text shown to people (a classification, an enum value, a rule id): printable, one line
};

// The longest name, in bytes (PostgreSQL identifiers are shorter still: see sql/deploy_postgres).
inline constexpr size_t kMaxNameBytes = 128;
inline constexpr size_t kMaxLabelBytes = 256;

// Empty when `text` is an allowed name (or label); otherwise what is wrong with it, for a
// diagnostic: "contains a line break (U+000A) at byte 5".
std::string name_problem(std::string_view text, NameKind kind = NameKind::Name);

// `text` with every control, invisible or bidirectional character (and invalid UTF-8) written as
// an escape (`\n`, `\u{202E}`, `\xFF`): one line that displays as what it is, for comments and logs.
std::string printable(std::string_view text);

}  // namespace custos
