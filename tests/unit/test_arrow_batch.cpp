// Arrow C Data Interface batches: reading every supported layout, refusing schema drift and
// malformed buffers, and filtering with the interpreter exactly like row-by-row evaluation.
#include <catch2/catch.hpp>

#include "support/test_keys.h"
#include "arrow_batch.h"
#include "calendar.h"
#include "check/check.h"
#include "diff/spec_oracle.h"
#include "ir/policy_set.h"
#include "parse/parse.h"
#include "arrow_builder.h"
#include "support/golden_mesh.h"
#include "support/random_policy.h"

using namespace custos;
using eval::ArrowBatchBuilder;

namespace {
struct TestMesh : testing::GoldenMesh {
  const Product& orders() const { return product("sales.orders"); }
};
}  // namespace

TEST_CASE("every supported layout reads back, nulls included", "[arrow]") {
  TestMesh t;
  ArrowBatchBuilder b;
  b.add_int64("order_id", {1, std::nullopt, -3});
  b.add_dict_utf8("country", {"DE", "FR"}, {1, 0, std::nullopt});
  b.add_float64("amount", {1.5, std::nullopt, -0.0});
  b.add_date32("placed_on", {0, 19000, std::nullopt});
  b.add_utf8("notes", {std::string("Zoë"), std::string(""), std::nullopt});
  std::string error;
  auto view = eval::BatchView::make(b.schema(), b.array(), t.orders(), error);
  INFO(error);
  REQUIRE(view);
  CHECK(view->length() == 3);
  CHECK(view->value(0, 0) == Scalar{int64_t{1}});
  CHECK(is_null(view->value(0, 1)));
  CHECK(view->value(3, 0) == Scalar{std::string("FR")});
  CHECK(is_null(view->value(3, 2)));
  CHECK(view->value(2, 0) == Scalar{1.5});
  CHECK(view->value(4, 1) == Scalar{Date{19000}});
  CHECK(view->value(5, 0) == Scalar{std::string("Zoë")});
  CHECK(view->value(5, 1) == Scalar{std::string("")});
  CHECK(is_null(view->value(1, 0)));  // customer_email is not in the batch: null
}

TEST_CASE("schema drift and malformed batches are refused", "[arrow]") {
  TestMesh t;
  std::string error;
  {
    ArrowBatchBuilder b;
    b.add_utf8("amount", {std::string("12")});
    CHECK_FALSE(eval::BatchView::make(b.schema(), b.array(), t.orders(), error));
    CHECK(error.find("schema drift") != std::string::npos);
  }
  {
    ArrowBatchBuilder b;
    b.add_int64("colour", {1});
    CHECK_FALSE(eval::BatchView::make(b.schema(), b.array(), t.orders(), error));
    CHECK(error.find("`colour`") != std::string::npos);
  }
  {
    ArrowBatchBuilder b;
    int64_t values[1] = {1};
    b.add_raw("order_id", "l", 1, 1, {nullptr, values});  // nulls but no validity bitmap
    CHECK_FALSE(eval::BatchView::make(b.schema(), b.array(), t.orders(), error));
    CHECK(error.find("validity") != std::string::npos);
  }
  {
    ArrowBatchBuilder b;
    int32_t offsets[3] = {0, 5, 2};  // a negative-length second string
    const char data[] = "hello";
    b.add_raw("country", "u", 2, 0, {nullptr, offsets, data});
    CHECK_FALSE(eval::BatchView::make(b.schema(), b.array(), t.orders(), error));
    CHECK(error.find("offsets") != std::string::npos);
  }
  {
    ArrowBatchBuilder b;
    b.add_int64("order_id", {1});
    b.array()->length = int64_t{1} << 33;  // more rows than a selection can index
    CHECK_FALSE(eval::BatchView::make(b.schema(), b.array(), t.orders(), error));
    CHECK(error.find("at most") != std::string::npos);
  }
  {
    ArrowBatchBuilder b;
    int32_t offsets[2] = {-4, 1};
    const char data[] = "hello";
    b.add_raw("country", "u", 1, 0, {nullptr, offsets, data});
    CHECK_FALSE(eval::BatchView::make(b.schema(), b.array(), t.orders(), error));
  }
  {
    ArrowBatchBuilder b;
    b.add_timestamp("placed_on", {1}, "tsu:Europe/Berlin");
    CHECK_FALSE(eval::BatchView::make(b.schema(), b.array(), t.orders(), error));
  }
  {
    ArrowBatchBuilder b;
    b.add_int64("order_id", {1});
    b.array()->release = nullptr;  // released batches are not read
    b.array()->children[0]->release = nullptr;
    CHECK_FALSE(eval::BatchView::make(b.schema(), b.array(), t.orders(), error));
  }
  {
    ArrowBatchBuilder b;
    b.add_dict_utf8("country", {"DE"}, {0, 7, -1});  // indices outside the dictionary read as null
    auto view = eval::BatchView::make(b.schema(), b.array(), t.orders(), error);
    REQUIRE(view);
    CHECK(view->value(3, 0) == Scalar{std::string("DE")});
    CHECK(is_null(view->value(3, 1)));
    CHECK(is_null(view->value(3, 2)));
  }
}

TEST_CASE("batch selection equals the semantics oracle on random cases", "[arrow][diff]") {
  TestMesh t;
  const size_t product = static_cast<size_t>(&t.orders() - t.mesh->products.data());
  testing::RandomPolicies gen(99);
  stdlib::NativeContext natives = testing::test_natives();
  for (int i = 0; i < 2000; ++i) {
    std::string text = gen.policy();
    SourceMap sources;
    Diagnostics diags;
    std::vector<ast::File> files;
    files.push_back(parse::parse_file(sources.add("r.custos", text), sources, diags));
    auto set = ir::lower(*t.mesh, check::check_program(*t.mesh, files, sources, diags));
    REQUIRE(diags.error_count() == 0);
    auto principal = gen.principal();
    auto context = gen.context();
    auto rows = gen.rows(30);
    // The same rows as an Arrow batch; country dictionary-encoded.
    ArrowBatchBuilder b;
    std::vector<std::optional<int64_t>> ids;
    std::vector<std::optional<std::string>> emails, notes;
    std::vector<std::optional<double>> amounts;
    std::vector<std::optional<int32_t>> countries, dates;
    std::vector<std::string> dict;
    for (const auto& r : rows) {
      ids.push_back(is_null(r[0]) ? std::nullopt : std::optional<int64_t>(std::get<int64_t>(r[0])));
      emails.push_back(is_null(r[1]) ? std::nullopt : std::optional<std::string>(std::get<std::string>(r[1])));
      amounts.push_back(is_null(r[2]) ? std::nullopt : std::optional<double>(std::get<double>(r[2])));
      if (is_null(r[3])) {
        countries.push_back(std::nullopt);
      } else {
        dict.push_back(std::get<std::string>(r[3]));
        countries.push_back(static_cast<int32_t>(dict.size() - 1));
      }
      dates.push_back(is_null(r[4]) ? std::nullopt : std::optional<int32_t>(std::get<Date>(r[4]).days));
      notes.push_back(is_null(r[5]) ? std::nullopt : std::optional<std::string>(std::get<std::string>(r[5])));
    }
    b.add_int64("order_id", ids);
    b.add_utf8("customer_email", emails);
    b.add_float64("amount", amounts);
    b.add_dict_utf8("country", dict, countries);
    b.add_date32("placed_on", dates);
    b.add_utf8("notes", notes);
    std::string error;
    auto view = eval::BatchView::make(b.schema(), b.array(), t.orders(), error);
    INFO(error);
    REQUIRE(view);
    auto plan = eval::make_plan(set, product, principal, context, {}, natives);
    auto spec = testing::spec_decide(set, product, principal, context, rows, natives.hash_key);
    std::vector<uint32_t> expected;
    for (size_t r = 0; r < rows.size(); ++r) {
      if (spec.visible[r]) expected.push_back(static_cast<uint32_t>(r));
    }
    INFO(text);
    REQUIRE(eval::select_rows(plan, *view, natives) == expected);
  }
}
