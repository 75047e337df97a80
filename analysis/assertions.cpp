// Proving `assert` declarations: for each product (and column) an assertion covers, the
// violation as one SMT question over the product's decision model (analysis/product_model.h),
// where the assertion applies as the decision core reads a rule (compose_rule_holds on the
// assertion's `applies` rule). A model is a counterexample only once the interpreter, reading it
// as `custos eval` would, decides the same.
#include "assertions.h"

#include <map>

#include "condition.h"
#include "decision_core.h"
#include "natives.h"
#include "product_model.h"
#include "replay.h"
#include "symbolic.h"
#include "witness.h"

namespace custos::analysis {

namespace {

using Verdict = AssertionResult::Verdict;

// When an assertion fails, written once over the solver's terms (Bool, Int) and the interpreter's
// values (bool, int), given it applies: table access, the row visible, the column's protection
// level (clear < a mask's strength < denied) and whether the row satisfies `rows where`.
template <class B, class L>
B fails(ir::AssertKind kind, const B& access, const B& visible, const L& level, const B& rows_ok, const L& clear, const L& denied) {
  switch (kind) {
    case ir::AssertKind::Denied: return access;
    case ir::AssertKind::Readable: return !access;
    case ir::AssertKind::RowsWhere: return visible && !rows_ok;
    case ir::AssertKind::ColumnDenied: return visible && level < denied;
    case ir::AssertKind::ColumnMasked: return visible && level == clear;
    case ir::AssertKind::ColumnClear: return !access || (visible && level > clear);
  }
  return access && !access;
}

// One question: the violation on one product, or on one of its columns.
struct Question {
  std::string column;  // "" for the product's access and rows
  z3::expr violated;
};

// The violation of `a` on product `p` (model `m`), given `applies` (the assertion applies).
std::vector<Question> questions(const ir::Assertion& a, const ir::RuleTarget& target, const ProductModel& m, const z3::expr& applies,
                                World& world, const Product& p) {
  z3::context& z = world.z();
  const z3::expr clear = z.int_val(kClearLevel), denied = z.int_val(kDeniedLevel);
  const z3::expr rows_ok = a.rows ? encode(*a.rows, world, &p).is_true() : z.bool_val(true);
  std::vector<Question> out;
  if (!ir::is_column(a.kind)) {
    out.push_back({"", applies && fails(a.kind, m.access, m.visible, clear, rows_ok, clear, denied)});
    return out;
  }
  for (const auto& name : target.columns) {
    if (const ColumnModel* c = m.column(name)) {
      out.push_back({name, applies && fails(a.kind, m.access, m.visible, c->level, rows_ok, clear, denied)});
    }
  }
  return out;
}

class AssertionProver {
 public:
  AssertionProver(const ir::PolicySet& set, const AssertOptions& opt) : set_(set), opt_(opt) {}

  AssertionResult prove(const ir::Assertion& a) {
    AssertionResult result;
    result.assertion = &a;
    std::optional<AssertionResult> unknown;
    for (const auto& target : a.applies.targets) {
      AssertionResult r = prove_on(a, target);
      if (r.verdict == Verdict::Violated) return r;
      if (r.verdict == Verdict::Unknown && !unknown) unknown = std::move(r);
    }
    return unknown ? *unknown : result;
  }

 private:
  AssertionResult prove_on(const ir::Assertion& a, const ir::RuleTarget& target) {
    const Product& p = set_.mesh->products.at(target.product);
    AssertionResult r;
    r.assertion = &a;
    r.product = p.qualified();
    z3::context z;
    World world(z);
    MaskTable masks;
    try {
      ProductModel m = model_product(set_, target.product, world, masks);
      auto is = [&](const ir::Expr& e, bool want) {
        Sym s = encode(e, world, &p);
        return want ? s.is_true() : s.is_false();
      };
      auto any = [&](const std::vector<z3::expr>& xs) {
        z3::expr out = z.bool_val(false);
        for (const auto& x : xs) out = out || x;
        return out;
      };
      auto all = [&](const std::vector<z3::expr>& xs) {
        z3::expr out = z.bool_val(true);
        for (const auto& x : xs) out = out && x;
        return out;
      };
      const z3::expr applies = eval::compose_rule_holds<z3::expr>(a.applies, is, any, all, [](const z3::expr& x) { return !x; });
      const std::vector<Question> qs = questions(a, target, m, applies, world, p);
      WitnessSolver solver(world, opt_.timeout_ms);
      for (const Question& q : qs) {
        std::string unknown;
        auto model = solver.solve(q.violated, r.product, unknown, "assert " + a.id);
        r.column = q.column;
        if (!unknown.empty()) {
          r.verdict = Verdict::Unknown;
          r.reason = "the solver gave up (" + unknown + ")";
          return r;
        }
        if (!model) continue;
        r.witness = make_witness(*model, world, {&set_.mesh->config}, r.product, {&p}, a.kind != ir::AssertKind::Denied && a.kind != ir::AssertKind::Readable);
        if (!replays(a, p, r)) {
          r.verdict = Verdict::Unknown;
          r.reason = "internal: a counterexample did not replay through the interpreter; please report this with the mesh";
          return r;
        }
        r.verdict = Verdict::Violated;
        return r;
      }
      r.column.clear();
    } catch (const Unsupported& u) {
      r.verdict = Verdict::Unknown;
      r.reason = u.reason;
      r.location = where(opt_.sources, u.span);
    } catch (const z3::exception& e) {
      r.verdict = Verdict::Unknown;
      r.reason = std::string("the solver refused the encoding: ") + e.msg();
    }
    return r;
  }

  // Whether the interpreter, on the witness, sees the assertion apply and fail; fills in what it
  // saw and the rules that decided it.
  bool replays(const ir::Assertion& a, const Product& p, AssertionResult& r) const {
    WitnessInputs in = read_witness(set_, p, r.witness);
    if (!in.error.empty()) return false;
    const size_t index = static_cast<size_t>(&p - set_.mesh->products.data());
    const eval::Row* row = in.rows.empty() ? nullptr : &in.rows.front();
    Observed o = observe(set_, index, in.principal, in.context, row);
    const stdlib::NativeContext natives;
    eval::Env env{&in.principal, &in.context, &p, row, &natives};
    if (!eval::decide_rule(a.applies, env).holds) return false;
    const ColumnSeen* c = r.column.empty() ? nullptr : o.column(r.column);
    if (ir::is_column(a.kind) && !c) return false;
    const bool rows_ok = a.rows && row ? eval::evaluate(*a.rows, env).is_true() : true;
    const bool failed = fails<bool, int>(a.kind, o.allowed, o.visible, c ? c->level : kClearLevel, rows_ok, kClearLevel, kDeniedLevel);
    r.seen = a.kind == ir::AssertKind::Denied      ? "readable"
             : a.kind == ir::AssertKind::Readable  ? "denied"
             : a.kind == ir::AssertKind::RowsWhere ? "the row is visible"
             : !o.allowed                          ? "the product is not readable"
                                                   : "";
    if (c && r.seen.empty()) r.seen = c->shown;
    r.rules = rules_behind(p, o, r.column);
    return failed;
  }

  // The rules that decided the outcome on the witness: the access rules that went the violating
  // way (where access was granted, permits that hold and forbids that do not; where it was refused,
  // the reverse), and for a column every mask and deny that targets it.
  std::vector<RuleState> rules_behind(const Product& p, const Observed& o, const std::string& column) const {
    const size_t index = static_cast<size_t>(&p - set_.mesh->products.data());
    std::map<std::string, const ir::RuleRef*> by_id;
    for (const ir::RuleRef* ref : ir::rules_in_order(set_.rules_for(index))) by_id.emplace(ref->rule->id, ref);
    std::vector<RuleState> out;
    for (const auto& t : o.trace) {
      const bool column_rule = t.kind == ir::RuleKind::Mask || t.kind == ir::RuleKind::Deny;
      if (column_rule) {
        auto it = by_id.find(t.id);
        if (column.empty() || !o.allowed || it == by_id.end() || !eval::rule_targets(*it->second, column)) continue;
      } else if (t.holds != (o.allowed == (t.kind == ir::RuleKind::Permit))) {
        continue;
      }
      out.push_back({{t.id, ir::to_string(t.kind), where(opt_.sources, t.span), ""}, t.holds, t.why});
    }
    return out;
  }

  const ir::PolicySet& set_;
  const AssertOptions& opt_;
};

}  // namespace

std::vector<AssertionResult> prove_assertions(const ir::PolicySet& set, const AssertOptions& options) {
  AssertionProver prover(set, options);
  std::vector<AssertionResult> out;
  for (const auto& a : set.program.assertions) out.push_back(prover.prove(a));
  return out;
}

}  // namespace custos::analysis
