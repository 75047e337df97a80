// custos_workload: writes one peer-benchmark workload (see workload.h).
#include <CLI/CLI.hpp>

#include <iostream>

#include "workload.h"

int main(int argc, char** argv) {
  CLI::App app{"Writes a seeded data-mesh workload as a Custos mesh and as Cedar policies", "custos_workload"};
  custos::peer::WorkloadOptions o;
  std::string out;
  app.add_option("--rules", o.rules, "Rules in the policy set (at least 5)")->required()->check(CLI::Range(5, 1000000));
  app.add_option("--principals", o.principals, "Principals")->check(CLI::Range(1, 10000000));
  app.add_option("--requests", o.requests, "Requests in the stream")->check(CLI::Range(1, 100000000));
  app.add_option("--rows", o.rows, "Rows of the row-filter product")->check(CLI::Range(1, 100000000));
  app.add_option("--seed", o.seed, "Random seed");
  app.add_option("-o,--out", out, "The folder to write (replaced)")->required();
  CLI11_PARSE(app, argc, argv);
  try {
    custos::peer::write_workload(out, o);
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
  std::cout << "wrote " << out << ": " << o.rules << " rules, " << o.requests << " requests\n";
  return 0;
}
