// CLI golden files (golden/cli/*.test): the first line is a `custos ...` command run from the
// golden directory; the expectation holds the exit code, stdout and stderr.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "cli.h"
#include "support/golden.h"

using namespace custos;

TEST_CASE("cli golden files", "[golden]") {
  std::string root = CUSTOS_GOLDEN_DIR;
  std::filesystem::current_path(root);
  auto files = testing::list_files(root + "/cli", ".test");
  REQUIRE(!files.empty());
  for (const auto& path : files) {
    auto g = testing::read_golden(path, root);
    DYNAMIC_SECTION(g.relative) {
      std::string command = g.input.substr(0, g.input.find('\n'));
      auto args = testing::split_args(command);
      REQUIRE(args.size() >= 1);
      REQUIRE(args[0] == "custos");
      args.erase(args.begin());
      std::ostringstream out, err;
      int code = cli::run(args, out, err);
      std::string actual = "exit " + std::to_string(code) + "\n--- stdout\n" + out.str() + "--- stderr\n" + err.str();
      std::string diff;
      bool same = testing::check_golden(g, actual, diff);
      INFO(diff);
      CHECK(same);
      // Commands that decide run on the JIT by default; the interpreter must print the same.
      const std::string& sub = args.empty() ? std::string() : args[0];
      if ((sub == "eval" || sub == "explain" || sub == "test") && code != 2) {
        args.push_back("--engine");
        args.push_back("interp");
        std::ostringstream out2, err2;
        int code2 = cli::run(args, out2, err2);
        std::string interp = "exit " + std::to_string(code2) + "\n--- stdout\n" + out2.str() + "--- stderr\n" + err2.str();
        INFO("the same command with --engine interp");
        CHECK(interp == actual);
      }
    }
  }
}
