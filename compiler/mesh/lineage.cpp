// Lineage: resolving `transformSourceObjects`, finding cycles, inheriting and checking protection.
#include "mesh/lineage.h"

#include <algorithm>
#include <map>

#include "support/suggest.h"

namespace custos::mesh {

int classification_rank(const MeshConfig& cfg, const std::string& classification, bool as_source) {
  if (classification.empty()) return 0;
  const auto& order = cfg.classifications;
  if (!order.empty()) {
    auto it = std::find(order.begin(), order.end(), classification);
    if (it != order.end()) return static_cast<int>(it - order.begin()) + 1;
    return as_source ? static_cast<int>(order.size()) + 1 : 0;
  }
  const auto& s = cfg.sensitive_classifications;
  return std::find(s.begin(), s.end(), classification) != s.end() ? 2 : 1;
}

namespace {

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "`" : ", `") + n + "`";
  return out;
}

class Lineage {
 public:
  Lineage(Mesh& mesh, Diagnostics& diags) : mesh_(mesh), diags_(diags) {}

  void run() {
    data_products();
    for (size_t p = 0; p < mesh_.products.size(); ++p) {
      for (size_t c = 0; c < mesh_.products[p].columns.size(); ++c) nodes_.push_back({p, c});
    }
    edges_.resize(nodes_.size());
    state_.assign(nodes_.size(), kUnvisited);
    for (size_t n = 0; n < nodes_.size(); ++n) resolve(n);
    for (size_t n = 0; n < nodes_.size(); ++n) {
      if (state_[n] == kUnvisited) visit(n);
    }
    // After inheritance, so that an input's inherited protection counts too.
    for (size_t n = 0; n < nodes_.size(); ++n) {
      if (column(n).sources.empty() && !column(n).sources_declared) unstated(n);
    }
  }

 private:
  enum State : uint8_t { kUnvisited, kOnPath, kDone };
  struct Node {
    size_t product, column;
  };
  struct Edge {
    size_t to;
    Span span;
    bool closes_cycle = false;
  };

  Product& product(size_t n) { return mesh_.products[nodes_[n].product]; }
  Column& column(size_t n) { return product(n).columns[nodes_[n].column]; }
  std::string name(size_t n) { return product(n).qualified() + "." + column(n).name; }

  size_t node_of(const Product& p, const Column& c) {
    size_t pi = static_cast<size_t>(&p - mesh_.products.data());
    size_t ci = static_cast<size_t>(&c - p.columns.data());
    if (offsets_.empty()) {
      size_t at = 0;
      for (const auto& q : mesh_.products) {
        offsets_.push_back(at);
        at += q.columns.size();
      }
    }
    return offsets_[pi] + ci;
  }

  // The products of the contract with `id`; an unknown id is a located error naming `what`.
  std::vector<size_t> contract(const DataProductPort& port, const std::string& what) {
    std::vector<size_t> out;
    for (size_t p = 0; p < mesh_.products.size(); ++p) {
      if (mesh_.products[p].contract_id == port.contract_id) out.push_back(p);
    }
    if (out.empty()) {
      std::vector<std::string> ids;
      for (const auto& p : mesh_.products) {
        if (!p.contract_id.empty() && std::find(ids.begin(), ids.end(), p.contract_id) == ids.end()) ids.push_back(p.contract_id);
      }
      auto& d = diags_.report(DiagCode::E0310, port.span, "no contract of this mesh has the id `" + port.contract_id + "` (" + what + ")");
      std::string hint = did_you_mean(port.contract_id, ids);
      d.with_help(hint.empty() ? "a port names a contract by its `id`; this mesh's contracts are " + joined(ids) : hint);
    }
    return out;
  }

  // ODPS data products: each product of an output port's contract derives from the products of
  // the port's input contracts (all input ports when it lists none).
  void data_products() {
    std::map<std::string, const DataProductDecl*> seen;
    for (const DataProductDecl& dp : mesh_.data_products) {
      if (auto [it, fresh] = seen.emplace(dp.id, &dp); !fresh) {
        diags_.report(DiagCode::E0306, dp.span, "data product `" + dp.id + "` is defined twice")
            .label(it->second->span, "first defined here");
        continue;
      }
      std::vector<size_t> all_inputs;
      for (const DataProductPort& in : dp.inputs) {
        for (size_t p : contract(in, "input port `" + in.name + "` of data product `" + dp.name + "`")) all_inputs.push_back(p);
      }
      for (const DataProductPort& out : dp.outputs) {
        std::vector<size_t> inputs = all_inputs;
        if (!out.input_contracts.empty()) {
          inputs.clear();
          for (const DataProductPort& in : out.input_contracts) {
            for (size_t p : contract(in, "an input contract of output port `" + out.name + "`")) inputs.push_back(p);
          }
        }
        for (size_t p : contract(out, "output port `" + out.name + "` of data product `" + dp.name + "`")) {
          Product& derived = mesh_.products[p];
          for (size_t i : inputs) {
            const std::string& q = mesh_.products[i].qualified();
            if (i == p) {
              diags_.report(DiagCode::E0311, out.span, "data product `" + dp.name + "` reads `" + q + "` and publishes it")
                  .with_help("a product cannot derive from itself: remove its contract from the input ports");
              continue;
            }
            if (std::find(derived.inputs.begin(), derived.inputs.end(), q) == derived.inputs.end()) derived.inputs.push_back(q);
          }
          derived_by_.emplace(p, &dp);
        }
      }
    }
  }

  // Turns each named source into an edge; unknown products and columns are located errors.
  void resolve(size_t n) {
    for (const ColumnSource& s : column(n).sources) {
      const Product* src = mesh_.find_product(s.product);
      if (!src) {
        auto& d = diags_.report(DiagCode::E0310, s.span,
                                "unknown product `" + s.product + "` in the lineage of `" + name(n) + "`");
        std::string hint = did_you_mean(s.product, mesh_.product_names());
        d.with_help(hint.empty() ? "a lineage source is a product of this mesh, written `<domain>.<product>.<column>`" : hint);
        continue;
      }
      const Column* col = src->find_column(s.column);
      if (!col) {
        std::vector<std::string> names;
        for (const auto& c : src->columns) names.push_back(c.name);
        auto& d = diags_.report(DiagCode::E0310, s.span, "product `" + s.product + "` has no column `" + s.column +
                                                             "` (in the lineage of `" + name(n) + "`)");
        std::string hint = did_you_mean(s.column, names);
        d.with_help(hint.empty() ? "name the source column: `" + s.product + ".<column>`; its columns are " + joined(names)
                                 : hint);
        continue;
      }
      edges_[n].push_back(Edge{node_of(*src, *col), s.span});
      outside_inputs(n, s, *src);
    }
  }

  // A column source that its product's data product does not read (ODPS input ports).
  void outside_inputs(size_t n, const ColumnSource& s, const Product& src) {
    const Product& p = product(n);
    auto by = derived_by_.find(nodes_[n].product);
    if (by == derived_by_.end() || s.product == p.qualified()) return;
    if (std::find(p.inputs.begin(), p.inputs.end(), s.product) != p.inputs.end()) return;
    auto& d = diags_.report(DiagCode::E0314, s.span, "`" + name(n) + "` derives from `" + s.product +
                                                         "`, which data product `" + by->second->name + "` does not read")
                  .label(by->second->span, "data product `" + by->second->name + "` declared here");
    d.with_help("add an input port with `contractId: " + src.contract_id +
                "` to the data product, or fix the column's `transformSourceObjects`");
  }

  // A column of a derived product that states no lineage while an input has a protected column
  // of the same name: probably its source, and then its protection is not inherited.
  void unstated(size_t n) {
    const Product& p = product(n);
    const Column& c = column(n);
    for (const std::string& q : p.inputs) {
      const Product* in = mesh_.find_product(q);
      const Column* same = in ? in->find_column(c.name) : nullptr;
      if (!same) continue;
      bool tags_missing = std::any_of(same->tags.begin(), same->tags.end(), [&](const std::string& t) { return !column_has_tag(c, t); });
      bool lower = classification_rank(mesh_.config, c.classification, false) <
                   classification_rank(mesh_.config, same->classification, true);
      if (!tags_missing && !lower) continue;
      std::string protection;
      for (const auto& t : same->tags) protection += (protection.empty() ? "tagged `" : ", `") + t + "`";
      if (!same->classification.empty()) {
        protection += (protection.empty() ? "classified `" : ", classified `") + same->classification + "`";
      }
      diags_.report(DiagCode::W0304, c.span, "`" + name(n) + "` states no lineage, but its input `" + q + "` has a column `" +
                                                 c.name + "` " + protection)
          .label(same->span, "the input's column")
          .with_help("if it comes from there, add `transformSourceObjects: [" + q + "." + c.name +
                     "]` to inherit its protection; if not, state `transformSourceObjects: []`");
    }
  }

  // Depth-first over the sources (iteratively: a long chain must not exhaust the stack), so that
  // each column inherits from sources that have already inherited from theirs.
  void visit(size_t root) {
    struct Frame {
      size_t node, next;
    };
    std::vector<Frame> path{{root, 0}};
    state_[root] = kOnPath;
    while (!path.empty()) {
      size_t n = path.back().node;
      if (path.back().next < edges_[n].size()) {
        Edge& e = edges_[n][path.back().next++];
        if (state_[e.to] == kUnvisited) {
          state_[e.to] = kOnPath;
          path.push_back({e.to, 0});
        } else if (state_[e.to] == kOnPath) {
          e.closes_cycle = true;
          report_cycle(path, e);
        }
        continue;
      }
      inherit(n);
      state_[n] = kDone;
      path.pop_back();
    }
  }

  template <typename Frames>
  void report_cycle(const Frames& path, const Edge& closing) {
    size_t start = 0;
    while (path[start].node != closing.to) ++start;
    std::string chain;
    for (size_t i = start; i < path.size(); ++i) chain += "`" + name(path[i].node) + "` → ";
    chain += "`" + name(closing.to) + "`";
    auto& d = diags_.report(DiagCode::E0311, closing.span, "lineage cycle: " + chain);
    for (size_t i = start; i + 1 < path.size(); ++i) {
      const Edge& e = edges_[path[i].node][path[i].next - 1];
      d.label(e.span, "`" + name(path[i].node) + "` derives from `" + name(e.to) + "` here");
    }
    d.with_help("a column cannot derive from itself: remove one of these sources");
  }

  // Whether `c`'s approval may be used: its approver approves for the contract (ODCS `roles`) and,
  // when the mesh names who may approve downgrades, is one of them.
  bool approval_valid(const Product& p, const Column& c) {
    const Downgrade& g = *c.downgrade;
    if (std::find(p.approvers.begin(), p.approvers.end(), g.approved_by) == p.approvers.end()) {
      auto& d = diags_.report(DiagCode::E0313, g.span,
                              "`" + g.approved_by + "` is not an approver in the `roles` of `" + p.qualified() + "`'s contract");
      std::string hint = did_you_mean(g.approved_by, p.approvers);
      d.with_help(hint.empty() ? "name a role's `firstLevelApprovers` or `secondLevelApprovers` under `roles`" : hint);
      return false;
    }
    const auto& mesh_approvers = mesh_.config.downgrade_approvers;
    if (!mesh_approvers.empty() &&
        std::find(mesh_approvers.begin(), mesh_approvers.end(), g.approved_by) == mesh_approvers.end()) {
      diags_.report(DiagCode::E0313, g.span, "`" + g.approved_by + "` may not approve downgrades in this mesh")
          .with_help("custos.yaml's `downgrade_approvers` are " + joined(mesh_approvers));
      return false;
    }
    return true;
  }

  void inherit(size_t n) {
    Product& p = product(n);
    Column& c = column(n);
    if (edges_[n].empty()) {
      if (c.downgrade && c.sources.empty()) {
        diags_.report(DiagCode::W0303, c.downgrade->span, "column `" + name(n) + "` has a downgrade approval but no lineage")
            .with_help("name its sources under `transformSourceObjects`, or remove the approval");
      }
      return;
    }
    bool approved = c.downgrade && approval_valid(p, c);
    bool used = false;
    struct Inherited {
      std::string tag, from;
      Span span;
    };
    std::vector<Inherited> tags;
    std::string classification, classification_from;
    Span classification_span;
    int best = 0;
    for (const Edge& e : edges_[n]) {
      if (e.closes_cycle) continue;
      const Column& s = column(e.to);
      for (const auto& t : s.tags) {
        if (std::none_of(tags.begin(), tags.end(), [&](const Inherited& i) { return i.tag == t; })) {
          tags.push_back({t, name(e.to), e.span});
        }
      }
      int rank = classification_rank(mesh_.config, s.classification, true);
      if (rank > best) {
        best = rank;
        classification = s.classification;
        classification_from = name(e.to);
        classification_span = e.span;
      }
    }
    if (!c.tags_declared) {
      for (const auto& t : tags) {
        c.tags.push_back(t.tag);
        c.inherited_tags.push_back(t.tag);
      }
    } else {
      for (const auto& t : tags) {
        if (column_has_tag(c, t.tag)) continue;
        if (approved && std::any_of(c.downgrade->drops.begin(), c.downgrade->drops.end(),
                                    [&](const std::string& d) { return TagTaxonomy::is_under(t.tag, d); })) {
          used = true;
          continue;
        }
        diags_.report(DiagCode::E0312, c.span, "column `" + name(n) + "` lacks the tag `" + t.tag + "` of its source `" + t.from + "`")
            .label(t.span, "derives from `" + t.from + "` here")
            .with_help("tag it `" + t.tag + "` (or a tag below it), leave `tags` out to inherit them, or record the "
                       "downgrade with an approval (custom property `downgrade` with `drops: [" + t.tag + "]`)");
      }
    }
    if (!c.classification_declared) {
      if (!classification.empty()) {
        c.classification = classification;
        c.classification_inherited = true;
      }
    } else if (classification_rank(mesh_.config, c.classification, false) < best) {
      if (approved && c.downgrade->classification == c.classification) {
        used = true;
      } else {
        diags_.report(DiagCode::E0312, c.span, "column `" + name(n) + "` is classified `" + c.classification +
                                                   "`, below its source `" + classification_from + "` (`" + classification + "`)")
            .label(classification_span, "derives from `" + classification_from + "` here")
            .with_help("classify it `" + classification + "`, leave `classification` out to inherit it, or record the "
                       "downgrade with an approval (custom property `downgrade` with `classification: " + c.classification + "`)");
      }
    }
    if (approved && !used) {
      diags_.report(DiagCode::W0303, c.downgrade->span, "the downgrade approval of `" + name(n) + "` excuses nothing")
          .with_help("the column is as protected as its sources: remove the approval, so that a later change is checked again");
    }
  }

  Mesh& mesh_;
  Diagnostics& diags_;
  std::vector<Node> nodes_;
  std::vector<size_t> offsets_;
  std::vector<std::vector<Edge>> edges_;
  std::vector<State> state_;
  std::map<size_t, const DataProductDecl*> derived_by_;  // product -> the data product publishing it
};

}  // namespace

void resolve_lineage(Mesh& mesh, Diagnostics& diags) {
  bool any = false;
  for (const auto& p : mesh.products) {
    for (const auto& c : p.columns) any = any || !c.sources.empty() || c.downgrade;
  }
  any = any || !mesh.data_products.empty();
  if (any) Lineage(mesh, diags).run();
}

}  // namespace custos::mesh
