// Front-end cost: parsing generated policy files of growing size (a compile-time cost).
#include <benchmark/benchmark.h>

#include <string>

#include "parse/parse.h"

namespace {

std::string generate(int rules) {
  std::string s = "domain crm;\nimport stdlib.masks as m;\n";
  for (int i = 0; i < rules; ++i) {
    std::string n = std::to_string(i);
    switch (i % 4) {
      case 0: s += "@id(\"r" + n + "\") permit select on crm.p" + n + " when \"analyst\" in principal.roles and principal.clearance >= " + std::to_string(i % 5) + ";\n"; break;
      case 1: s += "forbid select on crm.p" + n + " rows where country == principal.country and amount > " + n + ".5 unless principal.clearance >= 3;\n"; break;
      case 2: s += "mask column crm.p" + n + ".email with m.email_domain unless \"fraud\" in context.purposes;\n"; break;
      default: s += "deny column crm.p" + n + ".tax_id unless principal.clearance >= 4 or principal.region in [\"EU\", \"US\"];\n";
    }
  }
  return s;
}

void BM_ParseFile(benchmark::State& state) {
  std::string text = generate(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    custos::SourceMap sources;
    custos::Diagnostics diags;
    auto id = sources.add("bench.custos", text);
    auto file = custos::parse::parse_file(id, sources, diags);
    benchmark::DoNotOptimize(file.rules.size());
    if (diags.has_errors()) state.SkipWithError("generated policy did not parse");
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.counters["rules"] = static_cast<double>(state.range(0));
}
BENCHMARK(BM_ParseFile)->Arg(10)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace
