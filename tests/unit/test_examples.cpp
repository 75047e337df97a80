// The bundled example mesh checks clean, is fully covered, and its policy tests pass, through the
// real CLI entry point.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli.h"

namespace {
int run(std::vector<std::string> args, std::string& output) {
  std::ostringstream out, err;
  int code = custos::cli::run(args, out, err);
  output = out.str() + err.str();
  return code;
}
const std::string kExamples = std::string(CUSTOS_SOURCE_DIR) + "/policies/examples";
}  // namespace

TEST_CASE("policies/examples checks clean and fully covered", "[examples]") {
  std::string output;
  CHECK(run({"check", "--werror", "--require-coverage", kExamples}, output) == 0);
  INFO(output);
  CHECK(output.find("0 errors, 0 warnings") != std::string::npos);
}

TEST_CASE("policies/examples policy tests pass and exercise every rule", "[examples]") {
  std::string output;
  int code = run({"test", kExamples}, output);
  INFO(output);
  CHECK(code == 0);
  CHECK(output.find(" 0 failed") != std::string::npos);
  CHECK(output.find("rules no test exercised") == std::string::npos);
}

TEST_CASE("custos test writes a JUnit report", "[examples]") {
  std::string path = (std::filesystem::temp_directory_path() / ("custos-junit-" + std::to_string(::getpid()) + ".xml")).string();
  std::string output;
  CHECK(run({"test", "--junit", path, kExamples}, output) == 0);
  std::ifstream in(path);
  std::stringstream xml;
  xml << in.rdbuf();
  std::filesystem::remove(path);
  CHECK(xml.str().find("<testsuite name=\"custos\" tests=\"19\" failures=\"0\">") != std::string::npos);
  CHECK(xml.str().find("name=\"R&amp;D sees recent failures with VINs masked\"") != std::string::npos);
}

TEST_CASE("progress is shown on a terminal for long runs, never in CI", "[cli]") {
  auto dir = std::filesystem::temp_directory_path() / ("custos-progress-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  for (int i = 0; i < 120; ++i) {
    std::ofstream(dir / ("p" + std::to_string(i) + ".custos")) << "domain d;\nlet x = true;\n";
  }
  auto run_with = [&](custos::cli::Terminal term) {
    std::ostringstream out, err;
    custos::cli::run({"check", dir.string()}, out, err, term);
    return err.str();
  };
  CHECK(run_with({false, true, false}).find("checking 25/120 files") != std::string::npos);
  CHECK(run_with({false, true, true}).find("checking") == std::string::npos);   // CI
  CHECK(run_with({false, false, false}).find("checking") == std::string::npos);  // redirected
  std::filesystem::remove_all(dir);
}
