// The bundled example mesh checks clean through the real CLI entry point.
#include <catch2/catch.hpp>

#include <sstream>

#include "cli.h"

TEST_CASE("policies/examples checks clean", "[examples]") {
  std::ostringstream out, err;
  int code = custos::cli::run({"check", "--werror", std::string(CUSTOS_SOURCE_DIR) + "/policies/examples"}, out, err);
  INFO(out.str() << err.str());
  CHECK(code == 0);
}
