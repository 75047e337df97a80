// `custos lsp`: the language server on standard input and output.
#include <iostream>

#include "commands.h"
#include "lsp_server.h"

namespace custos::cli {

int run_lsp(const LspArgs& args, std::ostream& out, std::ostream& err) {
  lsp::ServerOptions options;
  options.debounce = std::chrono::milliseconds(args.debounce_ms);
  options.prove_timeout_ms = args.prove_timeout_ms;
  options.docs_dir = args.docs_dir.empty() ? CUSTOS_DOCS_DIR : args.docs_dir;
  return lsp::run_stdio(options, std::cin, out, err);
}

}  // namespace custos::cli
