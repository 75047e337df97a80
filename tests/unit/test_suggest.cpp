// Edit distance and "did you mean" suggestions.
#include <catch2/catch.hpp>

#include "support/suggest.h"

using namespace custos;

TEST_CASE("edit distance counts typos", "[suggest]") {
  CHECK(edit_distance("region", "region") == 0);
  CHECK(edit_distance("regoin", "region") == 1);  // transposition
  CHECK(edit_distance("regin", "region") == 1);
  CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("suggestions are close, deterministic and optional", "[suggest]") {
  std::vector<std::string> names = {"region", "roles", "clearance", "country"};
  CHECK(closest_match("regoin", names) == "region");
  CHECK(closest_match("clearence", names) == "clearance");
  CHECK_FALSE(closest_match("zzz", names));
  CHECK_FALSE(closest_match("region", {"region"}));
  CHECK(did_you_mean("rols", names) == "did you mean `roles`?");
  CHECK(did_you_mean("ab", {"ac", "ad"}) == "did you mean `ac`?");
}

TEST_CASE("an editor reads the suggested name back from the help did_you_mean wrote", "[suggest]") {
  CHECK(suggested_name(did_you_mean("rols", {"roles"})) == "roles");
  CHECK(suggested_name(did_you_mean("crm.custmers", {"crm.customers"})) == "crm.customers");
  CHECK_FALSE(suggested_name(""));
  CHECK_FALSE(suggested_name("declare it under `principal` in custos.yaml"));
  CHECK_FALSE(suggested_name("did you mean ``?"));
  CHECK_FALSE(suggested_name("did you mean `a` or `b`?"));
}
