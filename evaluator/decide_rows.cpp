// The interpreter's decisions over rows.
#include "decide_rows.h"

namespace custos::eval {

RowsDecision interpret_rows(const ir::PolicySet& set, size_t product, const Attributes& principal,
                            const Attributes& context, const std::vector<std::string>& columns,
                            const std::vector<Row>& rows, const stdlib::NativeContext& natives) {
  RowsDecision d;
  d.plan = make_plan(set, product, principal, context, columns, natives);
  for (size_t i = 0; i < rows.size(); ++i) {
    if (!row_visible(d.plan, rows[i], natives)) continue;
    d.visible.push_back(i);
    std::vector<Scalar> values;
    for (const auto& c : d.plan.columns) {
      values.push_back(c.outcome == ColumnOutcome::Denied ? Scalar{Null{}} : column_value(d.plan, c, rows[i], natives));
    }
    d.values.push_back(std::move(values));
  }
  return d;
}

Decider interpreter_decider(const ir::PolicySet& set, const stdlib::NativeContext& natives) {
  return [&set, &natives](size_t product, const Attributes& principal, const Attributes& context,
                          const std::vector<std::string>& columns, const std::vector<Row>& rows) {
    return interpret_rows(set, product, principal, context, columns, rows, natives);
  };
}

}  // namespace custos::eval
