// `custos diff`: for each product whose decisions may differ, ask the solver for a request on
// which NEW decides differently from OLD (access, a row, each column), in each direction; turn
// each model into a witness and keep it only when the interpreter agrees.
#include "diff.h"

#include <algorithm>

#include "product_formulas.h"
#include "product_model.h"
#include "replay.h"
#include "symbolic.h"
#include "witness.h"

namespace custos::analysis {

const char* to_string(Direction d) {
  switch (d) {
    case Direction::Widens: return "widens";
    case Direction::Narrows: return "narrows";
    case Direction::Changes: return "changes";
  }
  return "?";
}

bool DiffResult::widens() const {
  return std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.direction == Direction::Widens; });
}

namespace {

RuleChange rule_change(const eval::RuleTrace& t, const SourceMap* sources, const char* version, bool changed) {
  RuleChange r{t.id, where(sources, t.span), "", 0, 0, version, ir::to_string(t.kind), t.holds, changed};
  if (!r.location.empty()) {
    r.file = sources->file(t.span.file).path();
    r.line = t.span.line;
    r.col = t.span.col;
  }
  return r;
}

// The rule of `product` with this id, as indexed under it, or nullptr.
const ir::RuleRef* find_rule(const ir::PolicySet& set, const std::string& product, const std::string& id) {
  const Product* p = set.mesh->find_product(product);
  if (!p) return nullptr;
  for (const auto* ref : ir::rules_in_order(set.rules_for(static_cast<size_t>(p - set.mesh->products.data())))) {
    if (ref->rule->id == id) return ref;
  }
  return nullptr;
}

// The rules behind a finding, of the kinds that decide its aspect (for a column: the masks and
// denies that target it): those whose state differs between the versions on the witness, and
// those that hold now with another definition than before.
std::vector<RuleChange> rules_behind(const Observed& before, const Observed& after, const Finding& f, const ir::PolicySet& old_set,
                                     const ir::PolicySet& new_set, const DiffOptions& opt) {
  auto relevant = [&](const ir::PolicySet& set, const eval::RuleTrace& t) {
    const bool column_rule = t.kind == ir::RuleKind::Mask || t.kind == ir::RuleKind::Deny;
    if (f.aspect != "column") return !column_rule;
    const ir::RuleRef* ref = find_rule(set, f.product, t.id);
    return column_rule && ref && std::find(ref->columns->begin(), ref->columns->end(), f.column) != ref->columns->end();
  };
  auto state = [](const Observed& o, const std::string& id) -> std::optional<bool> {
    for (const auto& t : o.trace) {
      if (t.id == id) return t.holds;
    }
    return std::nullopt;
  };
  std::vector<RuleChange> out;
  for (const auto& t : after.trace) {
    if (!relevant(new_set, t)) continue;
    const ir::RuleRef* now = find_rule(new_set, f.product, t.id);
    const ir::RuleRef* was = find_rule(old_set, f.product, t.id);
    const bool changed = now && was && rule_fingerprint(*now) != rule_fingerprint(*was);
    if (state(before, t.id) == std::optional<bool>(t.holds) && !(changed && t.holds)) continue;
    out.push_back(rule_change(t, opt.new_sources, "new", changed));
  }
  for (const auto& t : before.trace) {
    if (!relevant(old_set, t) || state(after, t.id).has_value()) continue;
    out.push_back(rule_change(t, opt.old_sources, "old", false));
  }
  return out;
}

class ProductDiff {
 public:
  ProductDiff(const ir::PolicySet& old_set, const ir::PolicySet& new_set, const std::string& product, const DiffOptions& opt,
              DiffResult& result)
      : old_set_(old_set), new_set_(new_set), product_(product), opt_(opt), result_(result), world_(z_), old_m_(z_), new_m_(z_) {}

  void run() {
    const Product* old_p = old_set_.mesh->find_product(product_);
    const Product* new_p = new_set_.mesh->find_product(product_);
    // Each version's constructs are located in that version's files.
    auto model = [&](const ir::PolicySet& set, const Product* p, const SourceMap* sources, ProductModel& out) {
      try {
        if (p) out = model_product(set, index(set, p), world_, masks_);
        return true;
      } catch (const Unsupported& u) {
        result_.unknowns.push_back({product_, u.reason, where(sources, u.span)});
      } catch (const z3::exception& e) {
        result_.unknowns.push_back({product_, std::string("the solver refused the encoding: ") + e.msg(), ""});
      }
      return false;
    };
    if (!model(old_set_, old_p, opt_.old_sources, old_m_) || !model(new_set_, new_p, opt_.new_sources, new_m_)) return;
    old_p_ = old_p;
    new_p_ = new_p;
    if (old_p) old_f_.emplace(old_set_, index(old_set_, old_p), kOldTags);
    if (new_p) new_f_.emplace(new_set_, index(new_set_, new_p), 0);
    // Each finding's region: access over the whole request; rows and columns given what the
    // question already assumes (table access in both versions; the row visible in both).
    const Formula old_read = readable(old_f_), new_read = readable(new_f_);
    ask_access(Direction::Widens, new_m_.access && !old_m_.access, {Formula::all({new_read, Formula::negate(old_read)}), new_m_.access && !old_m_.access});
    ask_access(Direction::Narrows, old_m_.access && !new_m_.access, {Formula::all({old_read, Formula::negate(new_read)}), old_m_.access && !new_m_.access});
    const z3::expr both = old_m_.access && new_m_.access;
    const Formula old_rows = rows(old_f_), new_rows = rows(new_f_);
    ask_rows(Direction::Widens, both && new_m_.visible && !old_m_.visible,
             {Formula::all({new_rows, Formula::negate(old_rows)}), new_m_.filter && !old_m_.filter});
    ask_rows(Direction::Narrows, both && old_m_.visible && !new_m_.visible,
             {Formula::all({old_rows, Formula::negate(new_rows)}), old_m_.filter && !new_m_.filter});
    if (!old_p || !new_p) return;
    for (const Column& c : new_p->columns) {
      const ColumnModel* o = old_m_.column(c.name);
      const ColumnModel* n = new_m_.column(c.name);
      if (!n) continue;
      const z3::expr seen = old_m_.visible && new_m_.visible;
      const ColumnFormulas nf = new_f_->column(c.name, masks_);
      const z3::expr denied = z_.int_val(kDeniedLevel);
      if (!o) {  // a new column: before, nobody could read it
        ask_column(c.name, Direction::Widens, seen && n->level < denied, {Formula::negate(nf.denied), n->level_with_access < denied});
        continue;
      }
      const ColumnFormulas of = old_f_->column(c.name, masks_);
      const z3::expr& nl = n->level_with_access;
      const z3::expr& ol = o->level_with_access;
      ask_column(c.name, Direction::Widens, seen && n->level < o->level, {between(of, nf, Direction::Widens), nl < ol});
      ask_column(c.name, Direction::Narrows, seen && n->level > o->level, {between(of, nf, Direction::Narrows), nl > ol});
      ask_column(c.name, Direction::Changes, seen && n->level == o->level && n->mask != o->mask,
                 {between(of, nf, Direction::Changes), nl == ol && n->mask_with_access != o->mask_with_access});
    }
  }

 private:
  static size_t index(const ir::PolicySet& set, const Product* p) { return static_cast<size_t>(p - set.mesh->products.data()); }

  // Tags of OLD's rules in region formulas start here (NEW's at 0).
  static constexpr int kOldTags = 1 << 20;

  static Formula readable(const std::optional<ProductFormulas>& f) { return f ? f->readable() : Formula::constant(false); }
  static Formula rows(const std::optional<ProductFormulas>& f) { return f ? f->rows() : Formula::constant(false); }

  // Where a column's protection moves in direction `d`: one part per pair of outcomes (denied,
  // clear, each mask) whose levels (and masks) differ so.
  static Formula between(const ColumnFormulas& was, const ColumnFormulas& now, Direction d) {
    struct Outcome {
      int level, mask;
      const Formula* where;
    };
    auto outcomes = [](const ColumnFormulas& c) {
      std::vector<Outcome> out{{kDeniedLevel, 0, &c.denied}, {kClearLevel, 0, &c.clear}};
      for (const auto& m : c.masked) out.push_back({m.strength, m.mask, &m.where});
      return out;
    };
    std::vector<Formula> parts;
    for (const Outcome& o : outcomes(was)) {
      for (const Outcome& n : outcomes(now)) {
        const bool moves = d == Direction::Widens    ? n.level < o.level
                           : d == Direction::Narrows ? n.level > o.level
                                                     : n.level == o.level && n.mask != o.mask;
        if (moves) parts.push_back(Formula::all({*o.where, *n.where}));
      }
    }
    return Formula::any(std::move(parts));
  }

  // A finding's region: a formula, and the model's term it must equal.
  struct Region {
    Formula formula;
    z3::expr reference;
  };

  // The finding's region: proven equal to its reference, then simplified.
  Condition region(const Region& r, const std::string& what) {
    if (!prover_) prover_.emplace(world_, Prover::Budget{opt_.timeout_ms, opt_.region_ms, std::min(opt_.region_ms, 1000u)});
    const Layout::Link link = [&](int tag) {
      const bool old = tag >= kOldTags;
      const ir::Rule& r = *(old ? old_f_->rule(tag) : new_f_->rule(tag));
      return RuleLink{r.id, ir::to_string(r.kind), where(old ? opt_.old_sources : opt_.new_sources, r.span), old ? "old" : "new"};
    };
    try {
      // The witness shows the region is not empty.
      return prover_->prove(r.formula, r.reference, z_.bool_val(true), link, product_ + ", " + what, true);
    } catch (const std::logic_error& e) {
      result_.unknowns.push_back({product_, std::string("internal: ") + e.what() + "; please report this with the two meshes", ""});
    }
    return {};
  }

  // A model of `query` with the input domains, or nullopt (unsat, or unknown: recorded).
  std::optional<z3::model> solve(const z3::expr& query, const std::string& what) {
    if (!solver_) solver_.emplace(world_, opt_.timeout_ms);
    std::string unknown;
    auto model = solver_->solve(query, product_, unknown, what);
    if (!unknown.empty()) result_.unknowns.push_back({product_, what + ": the solver gave up (" + unknown + ")", ""});
    return model;
  }

  Witness witness(const z3::model& m, bool with_row) {
    return make_witness(m, world_, {&new_set_.mesh->config, &old_set_.mesh->config}, product_, {new_p_, old_p_}, with_row);
  }

  // Reports `f` when the interpreter sees what the solver found; otherwise the analysis of the
  // product is unknown (a bug in the encoding, never a finding).
  void report(Finding f, bool replayed, const Observed& before, const Observed& after) {
    if (!replayed) {
      std::string why = !before.error.empty() ? before.error : after.error;
      result_.unknowns.push_back({product_, "internal: a witness for " + f.aspect + (f.column.empty() ? "" : " of " + f.column) +
                                                " did not replay through the interpreter" + (why.empty() ? "" : " (" + why + ")") +
                                                "; please report this with the two meshes",
                                  ""});
      return;
    }
    f.rules = rules_behind(before, after, f, old_set_, new_set_, opt_);
    result_.findings.push_back(std::move(f));
  }

  // Asks the solver for a witness of `query`, replays it on both versions, and reports it when
  // `judge` (which names both sides in the finding) agrees with what the interpreter decided.
  template <class Judge>
  void ask(const char* aspect, const std::string& column, Direction d, const z3::expr& query, const Region& region_of, Judge judge) {
    const std::string aspect_name = aspect;
    auto m = solve(query, aspect_name == "access" ? "table access" : aspect_name == "rows" ? "visible rows" : "column " + column);
    if (!m) return;
    Finding f{product_, aspect, column, d, "", "", witness(*m, aspect_name != "access"), {}, {}};
    Observed before = replay(old_set_, product_, f.witness), after = replay(new_set_, product_, f.witness);
    const bool ok = before.error.empty() && after.error.empty() && judge(before, after, f);
    if (ok && opt_.regions) f.region = region(region_of, aspect_name + (column.empty() ? "" : " " + column));
    report(std::move(f), ok, before, after);
  }

  // Whether the witness shows `d` between `was` and `now` (true where access or a row is given).
  static bool shows(Direction d, bool was, bool now) { return d == Direction::Widens ? now && !was : was && !now; }

  void ask_access(Direction d, const z3::expr& query, const Region& region_of) {
    ask("access", "", d, query, region_of, [d](const Observed& before, const Observed& after, Finding& f) {
      f.before = before.allowed ? "allowed" : "denied";
      f.after = after.allowed ? "allowed" : "denied";
      return shows(d, before.allowed, after.allowed);
    });
  }

  void ask_rows(Direction d, const z3::expr& query, const Region& region_of) {
    ask("rows", "", d, query, region_of, [d](const Observed& before, const Observed& after, Finding& f) {
      f.before = before.visible ? "visible" : "hidden";
      f.after = after.visible ? "visible" : "hidden";
      return before.allowed && after.allowed && shows(d, before.visible, after.visible);
    });
  }

  void ask_column(const std::string& column, Direction d, const z3::expr& query, const Region& region_of) {
    ask("column", column, d, query, region_of, [d, &column](const Observed& before, const Observed& after, Finding& f) {
      const ColumnSeen absent{column, kDeniedLevel, "absent"};
      const ColumnSeen* b = before.column(column);
      if (!b) b = &absent;  // the column is new
      const ColumnSeen* a = after.column(column);
      if (!a || !before.visible || !after.visible) return false;
      f.before = b->shown;
      f.after = a->shown;
      switch (d) {
        case Direction::Widens: return a->level < b->level;
        case Direction::Narrows: return a->level > b->level;
        case Direction::Changes: return a->level == b->level && a->shown != b->shown;
      }
      return false;
    });
  }

  const ir::PolicySet& old_set_;
  const ir::PolicySet& new_set_;
  std::string product_;
  const DiffOptions& opt_;
  DiffResult& result_;
  z3::context z_;
  World world_;
  MaskTable masks_;
  ProductModel old_m_, new_m_;
  std::optional<WitnessSolver> solver_;
  std::optional<Prover> prover_;
  std::optional<ProductFormulas> old_f_, new_f_;
  const Product* old_p_ = nullptr;
  const Product* new_p_ = nullptr;
};

}  // namespace

DiffResult diff(const ir::PolicySet& old_set, const ir::PolicySet& new_set, const DiffOptions& options) {
  DiffResult result;
  std::vector<std::string> names = new_set.mesh->product_names();
  for (const auto& n : old_set.mesh->product_names()) {
    if (!new_set.mesh->find_product(n)) {
      result.removed.push_back(n);
      names.push_back(n);
    }
  }
  for (const auto& name : names) {
    const Product* o = old_set.mesh->find_product(name);
    const Product* n = new_set.mesh->find_product(name);
    if (!o) result.added.push_back(name);
    if (o && n &&
        decision_fingerprint(old_set, static_cast<size_t>(o - old_set.mesh->products.data())) ==
            decision_fingerprint(new_set, static_cast<size_t>(n - new_set.mesh->products.data()))) {
      result.unchanged.push_back(name);
      continue;
    }
    result.analysed.push_back(name);
    ProductDiff(old_set, new_set, name, options, result).run();
  }
  return result;
}

}  // namespace custos::analysis
