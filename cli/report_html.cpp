// Building the report's data (decisions by the interpreter) and its HTML page.
#include "ir/print.h"
#include "report_html.h"
#include "scalar_json.h"

#include <map>
#include <tuple>
#include <nlohmann/json.hpp>

#include "access_text.h"
#include "check/coverage.h"
#include "decision_inputs.h"
#include "test_inputs.h"
#include "functions.h"
#include "hash_key.h"
#include "plan.h"
#include "who_can.h"

namespace custos::cli {

namespace {

using nlohmann::json;

json attributes_json(const eval::Attributes& attrs) {
  json shown = json::object();
  for (const auto& [name, v] : attrs.values) {
    if (v.kind == eval::Val::Kind::Collection) {
      json arr = json::array();
      for (const auto& s : *v.items) arr.push_back(scalar_json(s));
      shown[name] = arr;
    } else {
      shown[name] = scalar_json(v.scalar);
    }
  }
  return shown;
}

// Sample rows per product: the first policy test that gives rows for it.
std::map<size_t, std::vector<eval::Row>> sample_rows(const Mesh& mesh, const std::vector<ast::File>& files,
                                                     const SourceMap& sources) {
  std::map<size_t, std::vector<eval::Row>> out;
  for (const auto& f : files) {
    for (const auto& t : f.tests) {
      const Product* p = t.product ? mesh.find_product(t.product->str()) : nullptr;
      if (!p) continue;
      size_t index = static_cast<size_t>(p - mesh.products.data());
      if (out.count(index)) continue;
      std::vector<std::string> errors;
      auto rows = eval::test_rows(t, *p, sources.file(f.file).path(), errors);
      if (errors.empty() && !rows.empty()) out[index] = std::move(rows);
    }
  }
  return out;
}

// Each rule's owner: its own `@owner`, else its file's. Keyed by where the rule starts.
// What a rule's annotations say that the report shows: its owner (or its file's) and its expiry.
struct RuleMeta {
  std::string owner, expires;
};

std::map<std::tuple<FileId, uint32_t, uint32_t>, RuleMeta> rule_meta(const std::vector<ast::File>& files) {
  std::map<std::tuple<FileId, uint32_t, uint32_t>, RuleMeta> out;
  for (const auto& f : files) {
    std::string file_owner;
    if (f.header) {
      if (const auto* o = ast::find_annotation(f.header->annotations, "owner"); o && o->value) file_owner = *o->value;
    }
    for (const auto& r : f.rules) {
      const auto* o = ast::find_annotation(r.annotations, "owner");
      const auto* e = ast::find_annotation(r.annotations, "expires");
      out[{f.file, r.span.line, r.span.col}] = {o && o->value ? *o->value : file_owner, e && e->value ? *e->value : ""};
    }
  }
  return out;
}

// The text a span covers, its lines joined by a space.
std::string source_text(const SourceMap& sources, const Span& s) {
  const SourceFile& f = sources.file(s.file);
  std::string out;
  for (uint32_t line = s.line; line <= s.end_line; ++line) {
    std::string_view text = f.line(line);
    size_t from = line == s.line ? s.col - 1 : 0, to = line == s.end_line ? s.end_col - 1 : text.size();
    from = std::min(from, text.size());
    to = std::clamp(to, from, text.size());
    out += (out.empty() ? "" : " ") + std::string(text.substr(from, to - from));
  }
  return out;
}

// A rule's conditions as the report shows them; for a rule bound once per target (it reads
// `product.*` / `column.*`), as written rather than with one target's values in place.
json rendered(const ir::Rule& r, const std::vector<ir::ExprPtr>& conds, const SourceMap& sources) {
  json out = json::array();
  for (const auto& c : conds) {
    bool as_written = !r.bound.empty() && c->span.valid() && c->span.end_line >= c->span.line;
    out.push_back(as_written ? source_text(sources, c->span) : ir::render(*c));
  }
  return out;
}

// A restriction with no `when`/`unless` always holds; with no `rows where` it applies everywhere.
// Where a derived column comes from, what it inherited, and the downgrade its contract records.
json lineage_json(const Column& c) {
  json sources = json::array();
  for (const auto& s : c.sources) sources.push_back(s.product + "." + s.column);
  json l = {{"sources", sources}, {"inherited_tags", c.inherited_tags}, {"classification_inherited", c.classification_inherited}};
  if (c.downgrade) {
    l["downgrade"] = {{"drops", c.downgrade->drops}, {"classification", c.downgrade->classification},
                      {"approved_by", c.downgrade->approved_by}, {"reason", c.downgrade->reason}};
  }
  return l;
}

bool unconditional(const ir::Rule& r) { return r.when.empty() && r.unless.empty() && r.rows.empty(); }

json report_data(const ir::PolicySet& set, const std::vector<ast::File>& files, const SourceMap& sources, const ReportOrigin& origin,
                 bool access_review) {
  const Mesh& mesh = *set.mesh;
  json data;
  data["mesh"] = mesh.config.name.empty() ? "mesh" : mesh.config.name;
  data["revision"] = origin.revision;
  data["generated"] = origin.generated;
  auto cov = check::coverage(mesh, set.program);
  std::map<std::pair<std::string, std::string>, const check::CoverageEntry*> sensitive;
  for (const auto& e : cov.entries) sensitive[{e.product, e.column}] = &e;
  data["sensitive"] = cov.entries.size();
  data["uncovered"] = cov.uncovered();

  const auto metas = rule_meta(files);
  json rules = json::array();
  for (const auto& r : set.program.rules) {
    if (r.copy > 0) continue;  // one entry per rule as written, not per target it is bound for
    auto meta = metas.find({r.span.file, r.span.line, r.span.col});
    json rj = {{"id", r.id}, {"kind", ir::to_string(r.kind)}, {"domain", r.domain}, {"reason", r.reason},
               {"owner", meta == metas.end() ? "" : meta->second.owner},
               {"expires", meta == metas.end() ? "" : meta->second.expires},
               {"where", sources.file(r.span.file).path() + ":" + std::to_string(r.span.line) + ":" + std::to_string(r.span.col)},
               {"when", rendered(r, r.when, sources)}, {"unless", rendered(r, r.unless, sources)},
               {"rows", rendered(r, r.rows, sources)}, {"break_glass", r.break_glass}};
    if (r.mask) {
      std::string args;
      for (const auto& a : r.mask_args) args += (args.empty() ? "" : ", ") + to_text(a);
      rj["mask"] = std::string(r.mask->module) + "." + std::string(r.mask->name) + (args.empty() ? "" : "(" + args + ")");
    }
    rules.push_back(rj);
  }
  data["rules"] = rules;

  json products = json::array();
  for (size_t pi = 0; pi < mesh.products.size(); ++pi) {
    const Product& p = mesh.products[pi];
    const auto& pr = set.rules_for(pi);
    json cols = json::array();
    for (const auto& c : p.columns) {
      std::vector<std::string> governing;
      for (const auto* list : {&pr.masks, &pr.denies}) {
        for (const auto& ref : *list) {
          if (std::find(ref.columns->begin(), ref.columns->end(), c.name) != ref.columns->end()) governing.push_back(ref.rule->id);
        }
      }
      auto it = sensitive.find({p.qualified(), c.name});
      // Who sees it in clear: nobody when a governing rule always applies; otherwise every reader
      // for whom none of the governing rules holds.
      bool never_clear = false;
      for (const auto* list : {&pr.masks, &pr.denies}) {
        for (const auto& ref : *list) {
          if (std::find(ref.columns->begin(), ref.columns->end(), c.name) != ref.columns->end()) never_clear = never_clear || unconditional(*ref.rule);
        }
      }
      json cj = {{"name", c.name}, {"type", to_string(c.type)}, {"tags", c.tags}, {"classification", c.classification},
                 {"required", c.required}, {"sensitive", it != sensitive.end()},
                 {"covered", it == sensitive.end() || !it->second->rules.empty()}, {"rules", governing},
                 {"clear", governing.empty() ? "every reader" : never_clear ? "nobody" : "readers for whom none of its rules holds"}};
      if (!c.sources.empty()) cj["lineage"] = lineage_json(c);
      cols.push_back(cj);
    }
    std::vector<std::string> permits, forbids;
    for (const auto& ref : pr.permits) permits.push_back(ref.rule->id);
    for (const auto& ref : pr.forbids) forbids.push_back(ref.rule->id);
    json pj = {{"name", p.qualified()}, {"domain", p.domain}, {"tags", p.tags}, {"columns", cols}, {"permits", permits}, {"forbids", forbids},
               {"inputs", p.inputs}};
    if (access_review) {
      analysis::WhoCanOptions opt;
      opt.sources = &sources;
      opt.rows = true;
      pj["access"] = access_json(analysis::who_can(set, pi, opt));
    }
    products.push_back(pj);
  }
  data["products"] = products;

  // Example principals: those of the policy tests, each with its test's context.
  auto samples = sample_rows(mesh, files, sources);
  // The sample rows illustrate masking; their pseudonyms use a key nobody knows, so a report
  // never carries a value that could be reversed or matched against a real system's.
  stdlib::NativeContext natives;
  natives.hash_key = stdlib::one_time_hash_key();
  json principals = json::array();
  for (const auto& f : files) {
    for (const auto& t : f.tests) {
      if (!t.principal) continue;
      auto principal = eval::attributes_from_record(t.principal, mesh.config.principal);
      auto context = eval::attributes_from_record(t.context, mesh.config.context);
      json shown_p = attributes_json(principal), shown_c = attributes_json(context);
      json decisions = json::object();
      for (size_t pi = 0; pi < mesh.products.size(); ++pi) {
        auto plan = eval::make_plan(set, pi, principal, context, {}, natives);
        json cols = json::object();
        std::vector<std::string> shown_cols;
        for (const auto& c : plan.columns) {
          json cj = {{"outcome", eval::to_string(c.outcome)}, {"rules", c.rules}};
          if (c.mask()) cj["mask"] = std::string(c.mask()->module) + "." + std::string(c.mask()->name);
          cols[c.name] = cj;
          if (c.outcome != eval::ColumnOutcome::Denied) shown_cols.push_back(c.name);
        }
        json d = {{"access", plan.allowed ? "allow" : "deny"}, {"why", plan.access_why}, {"access_rules", plan.access_rules},
                  {"columns", cols}, {"row_filter", ir::render(*plan.row_filter)}};
        if (auto it = samples.find(pi); it != samples.end()) {
          json values = json::array();
          size_t visible = 0;
          for (const auto& row : it->second) {
            if (!eval::row_visible(plan, row, natives)) continue;
            ++visible;
            if (values.size() >= 10) continue;
            json r = json::array();
            for (const auto& c : plan.columns) {
              if (c.outcome != eval::ColumnOutcome::Denied) r.push_back(scalar_json(eval::column_value(plan, c, row, natives)));
            }
            values.push_back(r);
          }
          d["sample"] = {{"columns", shown_cols}, {"rows", values}, {"visible", visible}, {"total", it->second.size()}};
        }
        decisions[mesh.products[pi].qualified()] = d;
      }
      // Named by who they are, not by the test that declares them.
      std::string label;
      auto shown_value = [](const json& v) {
        if (v.is_string()) return v.get<std::string>();
        if (!v.is_array()) return v.dump();
        std::string items;
        for (const auto& x : v) items += (items.empty() ? "" : ", ") + (x.is_string() ? x.get<std::string>() : x.dump());
        return "[" + items + "]";
      };
      if (shown_p.contains("id")) label = shown_value(shown_p["id"]);
      for (const auto& [name, v] : shown_p.items()) {
        if (name == "id") continue;
        label += (label.empty() ? "" : " \u00b7 ") + name + " " + shown_value(v);
      }
      principals.push_back({{"name", t.name}, {"label", label.empty() ? "(no attributes)" : label}, {"principal", shown_p},
                            {"context", shown_c}, {"decisions", decisions}});
    }
  }
  data["principals"] = principals;
  return data;
}

constexpr const char* kPage = R"HTML(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Custos governance report</title>
<style>
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1d2430; background: #f6f7f9; }
  header { background: #1f3a5f; color: #fff; padding: 16px 28px; }
  header h1 { margin: 0 0 4px; font-size: 20px; }
  main { padding: 20px 28px; }
  .summary span { margin-right: 18px; }
  .bad { color: #b3261e; font-weight: 600; }
  .good { color: #1b6e3a; font-weight: 600; }
  .controls { margin: 16px 0; padding: 12px 16px; background: #fff; border: 1px solid #dde2ea; border-radius: 8px; }
  select { font: inherit; padding: 4px 8px; min-width: 420px; max-width: 100%; }
  section.product { background: #fff; border: 1px solid #dde2ea; border-radius: 8px; margin-bottom: 18px; padding: 12px 16px; }
  section.product h2 { font-size: 16px; margin: 0 0 6px; }
  table { border-collapse: collapse; width: 100%; margin-top: 6px; }
  th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #edf0f4; vertical-align: top; }
  th { font-size: 12px; text-transform: uppercase; letter-spacing: .03em; color: #5b6575; }
  tr.gap td { background: #fdecea; }
  .chip { display: inline-block; padding: 0 7px; margin: 1px 3px 1px 0; border-radius: 10px; background: #e8eef7; font-size: 12px; }
  .chip.sensitive { background: #fde7c9; }
  .outcome-clear { color: #1b6e3a; }
  .outcome-masked { color: #8a5a00; }
  .outcome-denied { color: #b3261e; }
  .access { font-weight: 600; padding: 2px 8px; border-radius: 6px; }
  .access.allow { background: #e3f4e8; color: #1b6e3a; }
  .access.deny { background: #fdecea; color: #b3261e; }
  code { font: 12px ui-monospace, "DejaVu Sans Mono", monospace; }
  .muted { color: #6b7585; font-size: 12px; overflow-wrap: anywhere; }
  table.sample td { font: 12px ui-monospace, "DejaVu Sans Mono", monospace; }
  section.product h3 { font-size: 13px; margin: 12px 0 2px; color: #37425a; }
  a.rule, a.gap-link { color: #1f3a5f; }
  a.gap-link { margin-right: 8px; }
  .cut { cursor: help; border-bottom: 1px dotted #9aa3b2; }
  ul.condition, ul.condition ul { margin: 4px 0; padding-left: 18px; }
  div.condition { margin: 4px 0; }
</style>
</head>
<body>
<header><h1>Custos governance report</h1><div id="subtitle"></div></header>
<main>
  <div class="summary" id="summary"></div>
  <div class="controls">
    <label for="viewas"><strong>View as</strong></label>
    <select id="viewas"></select>
    <div class="muted" id="who"></div>
  </div>
  <div id="products"></div>
</main>
<script id="custos-data" type="application/json">__CUSTOS_DATA__</script>
<script>
(function () {
  const data = JSON.parse(document.getElementById('custos-data').textContent);
  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(k == null ? 'null' : String(k)));
    return e;
  };
  const chips = (xs, cls) => { const s = el('span'); (xs || []).forEach(x => s.append(el('span', {class: 'chip ' + (cls || '')}, x))); return s; };
  const rules = Object.fromEntries(data.rules.map(r => [r.id, r]));
  const ruleLink = id => el('a', {href: '#rule-' + encodeURIComponent(id), class: 'rule'}, id);
  const links = ids => { const s = el('span'); ids.forEach((id, i) => { if (i) s.append(', '); s.append(ruleLink(id)); }); return s; };
  const conditions = r => {
    const parts = r.when.map(c => 'when ' + c).concat(r.unless.map(c => 'unless ' + c));
    return parts.length ? parts.join(' \u00b7 ') : 'always';
  };
  const rowsOf = r => r.rows.length ? r.rows.join(' and ') : 'all rows';
  // Long values (hashes) are cut so tables fit; the full value is in the tooltip.
  const short = v => {
    const s = v == null ? 'null' : String(v);
    return s.length > 24 ? el('span', {title: s, class: 'cut'}, s.slice(0, 12) + '\u2026' + s.slice(-6)) : s;
  };
  const colAnchor = (p, c) => 'col-' + p + '-' + c;
  // A condition proven by `custos who-can`: nested lists, each part with the rule it comes from.
  const ruleNote = rs => {
    const s = el('span', {class: 'muted'});
    if (rs && rs.length) { s.append(' (by '); rs.forEach((r, i) => { if (i) s.append(', '); s.append(ruleLink(r.id)); }); s.append(')'); }
    return s;
  };
  const condView = (c, always, never) => {
    if (c.verdict === 'always') return el('div', {class: 'condition good'}, always, ruleNote(c.rules));
    if (c.verdict === 'never') return el('div', {class: 'condition bad'}, never, ruleNote(c.rules));
    if (c.verdict === 'unknown') return el('div', {class: 'condition bad'}, 'not proven: ' + c.reason);
    const tree = n => {
      const li = el('li');
      if (n.op === 'leaf') li.append(el('code', {}, n.text)); else li.append(n.op + ':');
      if (n.rule) li.append(' ', el('span', {class: 'muted'}, '\u2190 ' + n.rule.kind + ' '), ruleLink(n.rule.id));
      if (n.parts) li.append(el('ul', {}, ...n.parts.map(tree)));
      return li;
    };
    return el('ul', {class: 'condition'}, tree(c.tree));
  };
  const clearFor = (p, c) => {
    const a = p.access && p.access.columns.find(x => x.name === c.name);
    if (!a) return c.clear;
    const v = a.clear.verdict;
    return v === 'always' ? 'every reader' : v === 'never' ? 'nobody' : v === 'unknown' ? 'not proven' : el('code', {}, a.clear.text);
  };
  document.getElementById('subtitle').textContent = 'mesh ' + data.mesh + ' \u00b7 ' + data.products.length + ' products \u00b7 ' +
      data.rules.length + ' rules \u00b7 revision ' + data.revision + ' \u00b7 generated ' + data.generated;
  const summary = document.getElementById('summary');
  summary.append(el('span', {}, data.sensitive + ' sensitive columns'));
  summary.append(el('span', {class: data.uncovered ? 'bad' : 'good', id: 'coverage'}, data.uncovered ? data.uncovered + ' not governed by any rule:' : 'every sensitive column is governed'));
  for (const p of data.products) {
    for (const c of p.columns) {
      if (c.sensitive && !c.covered) summary.append(el('a', {href: '#' + colAnchor(p.name, c.name), class: 'gap-link'}, p.name + '.' + c.name), ' ');
    }
  }
  const select = document.getElementById('viewas');
  select.append(el('option', {value: '-1'}, 'nobody in particular: who may read what, and under which rules'));
  data.principals.forEach((p, i) => select.append(el('option', {value: String(i)}, p.label + '  (test: ' + p.name + ')')));
  function ruleTable(ids, cls, rowsHeader) {
    const t = el('table', {class: cls});
    t.append(el('tr', {}, el('th', {}, 'rule'), el('th', {}, 'applies'), el('th', {}, rowsHeader), el('th', {}, 'reason'), el('th', {}, 'owner')));
    for (const id of ids) {
      const r = rules[id];
      t.append(el('tr', {}, el('td', {}, ruleLink(id)), el('td', {}, el('code', {}, conditions(r))), el('td', {}, el('code', {}, rowsOf(r))),
                   el('td', {}, r.reason), el('td', {}, r.owner)));
    }
    return t;
  }
  function render() {
    const who = data.principals[Number(select.value)];
    document.getElementById('who').textContent = who ? 'principal ' + JSON.stringify(who.principal) + ' \u00b7 context ' + JSON.stringify(who.context) : '';
    const root = document.getElementById('products');
    root.replaceChildren();
    for (const p of data.products) {
      const d = who ? who.decisions[p.name] : null;
      const sec = el('section', {class: 'product', 'data-product': p.name});
      const title = el('h2', {}, p.name + ' ');
      if (d) title.append(el('span', {class: 'access ' + d.access}, d.access));
      sec.append(title);
      sec.append(el('div', {class: 'muted'}, 'domain ' + p.domain + ' \u00b7 tags ', chips(p.tags)));
      if (d) {
        sec.append(el('div', {class: 'muted'}, d.why + (d.access_rules.length ? ': ' + d.access_rules.join(', ') : '') + (d.access === 'allow' ? ' \u00b7 rows where ' + d.row_filter : '')));
      } else {
        sec.append(el('h3', {}, 'Who may read it'));
        if (p.access) {
          sec.append(condView(p.access.readable, 'everyone', 'nobody'));
          if (p.access.rows && p.access.readable.verdict !== 'never') {
            sec.append(el('h3', {}, 'Which rows they see'));
            sec.append(condView(p.access.rows, 'every row', 'no row'));
          }
          sec.append(el('h3', {}, 'The permits'));
        }
        sec.append(p.permits.length ? ruleTable(p.permits, 'readers', 'rows') : el('div', {class: 'bad'}, 'nobody: no permit targets it (default deny)'));
        if (p.forbids.length) {
          sec.append(el('h3', {}, 'Restrictions (a forbid always wins)'));
          sec.append(ruleTable(p.forbids, 'forbids', 'hides rows'));
        }
      }
      const table = el('table', {class: 'matrix'});
      table.append(el('tr', {}, el('th', {}, 'column'), el('th', {}, 'type'), el('th', {}, 'tags'), el('th', {}, 'classification'),
                      el('th', {}, d ? 'outcome' : 'governed by'), el('th', {}, d ? '' : 'in clear for')));
      for (const c of p.columns) {
        const row = el('tr', {class: c.sensitive && !c.covered ? 'gap' : '', id: colAnchor(p.name, c.name)});
        row.append(el('td', {}, el('code', {}, c.name)), el('td', {}, c.type), el('td', {}, chips(c.tags, c.sensitive ? 'sensitive' : '')), el('td', {}, c.classification || ''));
        if (d) {
          const o = d.columns[c.name];
          const cell = el('td', {class: 'outcome-' + o.outcome}, o.outcome + (o.mask ? ' with ' + o.mask : '') + (o.rules.length ? '  ' : ''));
          if (o.rules.length) cell.append('(', links(o.rules), ')');
          row.append(cell, el('td'));
        } else {
          const gov = el('td');
          c.rules.forEach((id, i) => {
            if (i) gov.append(el('br'));
            const r = rules[id];
            gov.append(ruleLink(id), ' ', (r.mask ? 'masks with ' + r.mask : r.kind), ' ', el('span', {class: 'muted'}, conditions(r) + (r.rows.length ? ' \u00b7 rows where ' + rowsOf(r) : '')));
          });
          if (!c.rules.length && c.sensitive) gov.append(el('span', {class: 'bad'}, 'NOT GOVERNED'));
          const clear = clearFor(p, c);
          row.append(gov, el('td', {class: clear === 'nobody' ? 'good' : c.sensitive && clear === 'every reader' ? 'bad' : ''}, clear));
        }
        table.append(row);
      }
      sec.append(table);
      if (d && d.sample) {
        sec.append(el('div', {class: 'muted'}, 'sample rows: ' + d.sample.visible + ' of ' + d.sample.total + ' visible'));
        if (d.sample.rows.length) {
          const s = el('table', {class: 'sample'});
          s.append(el('tr', {}, ...d.sample.columns.map(c => el('th', {}, c))));
          d.sample.rows.forEach(r => s.append(el('tr', {}, ...r.map(v => el('td', {}, short(v))))));
          sec.append(s);
        }
      }
      root.append(sec);
    }
    // Emergency access, listed on its own: who can invoke it, where, and that each use is logged.
    const glass = data.rules.filter(r => r.break_glass);
    if (glass.length) {
      const sec = el('section', {class: 'product', id: 'break-glass'});
      sec.append(el('h2', {}, 'Break-glass access'));
      sec.append(el('div', {class: 'muted'}, 'These permits hold only when a request states a justification (context.justification); every decision they grant is logged with it.'));
      const list = el('ul');
      glass.forEach(r => list.append(el('li', {}, ruleLink(r.id), ' ', el('code', {}, conditions(r)), r.reason ? ' \u2014 ' + r.reason : '')));
      sec.append(list);
      root.append(sec);
    }
    // Lineage: derived columns, what they inherit from their sources, and every approved downgrade.
    const derived = [];
    data.products.forEach(p => p.columns.forEach(c => { if (c.lineage) derived.push([p, c]); }));
    const fed = data.products.filter(p => p.inputs.length);
    if (derived.length || fed.length) {
      const sec = el('section', {class: 'product', id: 'lineage'});
      sec.append(el('h2', {}, 'Lineage'));
      sec.append(el('div', {class: 'muted'}, 'Derived columns inherit the tags and classification of their sources unless their contract declares them; a column less protected than its source needs an approved downgrade.'));
      if (fed.length) {
        const ports = el('ul', {id: 'lineage-inputs'});
        fed.forEach(p => ports.append(el('li', {}, el('code', {}, p.name), ' is built from ', ...p.inputs.map((q, i) => el('span', {}, i ? ', ' : '', el('code', {}, q))), ' (data product input ports)')));
        sec.append(ports);
      }
      const t = el('table', {class: 'matrix'});
      t.append(el('tr', {}, el('th', {}, 'column'), el('th', {}, 'derived from'), el('th', {}, 'tags'), el('th', {}, 'classification'), el('th', {}, 'approved downgrade')));
      for (const [p, c] of derived) {
        const l = c.lineage;
        const g = l.downgrade;
        t.append(el('tr', {id: 'lineage-' + colAnchor(p.name, c.name)},
          el('td', {}, el('code', {}, p.name + '.' + c.name)),
          el('td', {}, ...l.sources.map((s, i) => el('span', {}, i ? ', ' : '', el('code', {}, s)))),
          el('td', {}, chips(c.tags, c.sensitive ? 'sensitive' : ''), l.inherited_tags.length ? ' (inherited)' : ''),
          el('td', {}, (c.classification || '') + (l.classification_inherited ? ' (inherited)' : '')),
          el('td', {class: g ? 'bad' : ''}, g ? 'drops ' + (g.drops.length ? g.drops.join(', ') : 'no tag') + (g.classification ? ', classified ' + g.classification : '') + ' — approved by ' + g.approved_by + ': ' + g.reason : '')));
      }
      sec.append(t);
      root.append(sec);
    }
    const all = el('section', {class: 'product', id: 'rules'});
    all.append(el('h2', {}, 'Every rule'));
    const t = el('table', {class: 'rules'});
    t.append(el('tr', {}, el('th', {}, 'rule'), el('th', {}, 'kind'), el('th', {}, 'applies'), el('th', {}, 'rows'), el('th', {}, 'reason'), el('th', {}, 'owner'), el('th', {}, 'where')));
    for (const r of data.rules) {
      t.append(el('tr', {id: 'rule-' + r.id}, el('td', {}, el('code', {}, r.id)), el('td', {}, r.kind + (r.mask ? ' ' + r.mask : '') + (r.expires ? ' (expires ' + r.expires + ')' : '') + (r.break_glass ? ' (break-glass: needs a justification; every use is logged)' : '')),
                   el('td', {}, el('code', {}, conditions(r))), el('td', {}, el('code', {}, rowsOf(r))), el('td', {}, r.reason), el('td', {}, r.owner),
                   el('td', {class: 'muted'}, r.where)));
    }
    all.append(t);
    root.append(all);
  }
  select.addEventListener('change', render);
  const initial = new URLSearchParams(location.search).get('view');
  if (initial !== null) select.value = initial;
  render();
  document.body.setAttribute('data-rendered', 'true');
})();
</script>
</body>
</html>
)HTML";

}  // namespace

std::string render_report_html(const ir::PolicySet& set, const std::vector<ast::File>& files, const SourceMap& sources,
                               const ReportOrigin& origin, bool access_review) {
  std::string json_text = report_data(set, files, sources, origin, access_review).dump(-1, ' ', false, json::error_handler_t::replace);
  // Inside <script>, `</` could end the element early: escape it (JSON allows `<\/`).
  std::string safe;
  for (size_t i = 0; i < json_text.size(); ++i) {
    if (json_text[i] == '<' && i + 1 < json_text.size() && json_text[i + 1] == '/') {
      safe += "<\\/";
      ++i;
    } else {
      safe += json_text[i];
    }
  }
  std::string page = kPage;
  page.replace(page.find("__CUSTOS_DATA__"), std::string("__CUSTOS_DATA__").size(), safe);
  return page;
}

}  // namespace custos::cli
