#include "sql_decision.h"

#include "engine_state.h"

namespace custos::embed {

SqlDecision decide_sql(const Session& session, std::string_view product, const std::vector<std::string>& columns,
                       sql::Dialect dialect) {
  // The compiled plan decides and logs; the interpreter's plan carries the residual predicates.
  Plan logged = session.plan(product, columns);
  const Session::Impl& s = session.impl();
  const LoadedState& st = *s.state;
  size_t index = *st.product(product);  // Session::plan above threw for an unknown product
  eval::Plan plan = eval::make_plan(*st.bundle->set, index, s.inputs->principal(), s.inputs->context(), columns,
                                    st.compiled->natives());
  if (plan.allowed != logged.allowed()) {
    throw Error(ErrorCode::Internal, "the compiled and interpreted plans disagree on access; refusing to answer");
  }
  SqlDecision out;
  try {
    out.plan = sql::emit_plan(plan, dialect, st.compiled->natives());
  } catch (const sql::Unsupported& e) {
    throw Error(ErrorCode::Internal, "the decision for `" + std::string(product) + "` has no exact " +
                                         sql::to_string(dialect) + " form: " + e.what());
  }
  out.decision_id = logged.decision_id();
  out.revision = logged.revision();
  return out;
}

const Product* find_product(const Session& session, std::string_view product) {
  return session.impl().state->bundle->mesh->find_product(std::string(product));
}

}  // namespace custos::embed
