// The shape of SQL text as each engine's lexer reads it, written independently of Custos' SQL
// emitters: the statements it splits into (the first word of each, upper-cased), with quoted
// strings, quoted identifiers, comments and dollar-quoted bodies skipped as the engine skips them.
// Used to check that no name, however hostile, changes how emitted SQL splits into statements.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dialect.h"

namespace custos::testing {

struct SqlShape {
  std::vector<std::string> statements;  // first word of each non-empty statement
  std::string error;                    // unterminated quote or comment; a PostgreSQL plain
                                        // string with a backslash (read differently when
                                        // standard_conforming_strings is off)
};

SqlShape sql_shape(sql::Dialect dialect, std::string_view text);

// Emits every SQL output Custos makes for a fixed policy set over the golden mesh (the PostgreSQL
// deployment script, and `custos sql` for each dialect, comments included) once with plain names
// and once with `names` put in place of the mesh name, a domain, a product, two columns, every
// rule id and the revision, past the loader that would refuse them. Returns "" when every output
// has the same shape both times, otherwise what differs.
std::string check_hostile_names(const std::vector<std::string>& names);

}  // namespace custos::testing
