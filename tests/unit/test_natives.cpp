// The stdlib's native implementations, value by value.
#include <catch2/catch.hpp>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <fstream>
#include <sstream>

#include "calendar.h"
#include "functions.h"
#include "hash_key.h"

using namespace custos;

namespace {
std::optional<Scalar> call(const char* module, const char* name, std::vector<Scalar> args) {
  const auto* fn = stdlib::find_function(module, name);
  REQUIRE(fn);
  stdlib::NativeContext ctx;
  ctx.hash_key = "custos-unit-test-key-of-32-bytes-at-least";
  return fn->impl(args, ctx);
}
Scalar s(const char* x) { return Scalar{std::string(x)}; }
Scalar date(const char* x) { return Scalar{Date{*cal::parse_date(x)}}; }
std::string fmt_hex(unsigned char c) {
  static const char* d = "0123456789abcdef";
  return {d[c >> 4], d[c & 15]};
}
}  // namespace

TEST_CASE("every declared function has an implementation", "[stdlib]") {
  for (const auto& f : stdlib::functions()) {
    INFO(f.module << "." << f.name);
    CHECK(f.impl != nullptr);
    CHECK(!f.example.empty());
    if (f.kind == stdlib::FnKind::Mask) CHECK(f.strength > 0);
  }
}

TEST_CASE("string masks count characters, not bytes", "[stdlib]") {
  CHECK(call("masks", "redact", {s("Zoë")}) == s("xxx"));
  CHECK(call("masks", "show_last", {s("+49 170 1234567"), int64_t{4}}) == s("***********4567"));
  CHECK(call("masks", "show_first", {s("Zoë O"), int64_t{3}}) == s("Zoë**"));
  CHECK(call("masks", "show_first", {s("ab"), int64_t{5}}) == s("ab"));
  CHECK(call("masks", "show_last", {s("ab"), int64_t{-1}}) == s("**"));
  CHECK(call("masks", "email_domain", {s("a@b@example.com")}) == s("example.com"));
  CHECK(call("masks", "email_domain", {s("no-at-sign")}) == s(""));
}

TEST_CASE("hash is keyed HMAC-SHA-256", "[stdlib]") {
  // Reference value: printf 'Louis Martin' | openssl dgst -sha256 -hmac custos-unit-test-key-of-32-bytes-at-least
  CHECK(call("masks", "hash", {s("Louis Martin")}) == s("7e35ef27586c0a75e61efc3a80f9c0fc0e009b053d154f99cd4eb8166be31e1c"));
  stdlib::NativeContext other{"another key"};
  std::vector<Scalar> args{s("Louis Martin")};
  CHECK(stdlib::find_function("masks", "hash")->impl(args, other) != call("masks", "hash", {s("Louis Martin")}));
}

TEST_CASE("hash equals OpenSSL's one-shot HMAC for every key length, switching keys", "[stdlib]") {
  const auto* fn = stdlib::find_function("masks", "hash");
  for (size_t key_len : {1, 31, 63, 64, 65, 200}) {
    for (size_t msg_len : {0, 1, 55, 56, 64, 1000}) {
      std::string key(key_len, 'k'), msg(msg_len, 'm');
      for (size_t i = 0; i < key.size(); ++i) key[i] = static_cast<char>('a' + i % 26);
      unsigned char digest[EVP_MAX_MD_SIZE];
      unsigned int len = 0;
      REQUIRE(HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(msg.data()),
                   msg.size(), digest, &len));
      std::string hex;
      for (unsigned i = 0; i < len; ++i) hex += fmt_hex(digest[i]);
      stdlib::NativeContext ctx{key};
      std::vector<Scalar> args{Scalar{msg}};
      INFO("key " << key_len << " bytes, message " << msg_len << " bytes");
      CHECK(fn->impl(args, ctx) == Scalar{hex});
    }
  }
}

TEST_CASE("hash without a key is an error, never a value; keys have a public id and a minimum length", "[stdlib][security]") {
  const auto* fn = stdlib::find_function("masks", "hash");
  REQUIRE(fn->needs_key);
  stdlib::NativeContext none;
  std::vector<Scalar> args{s("anna@example.com")};
  CHECK_FALSE(fn->impl(args, none).has_value());
  CHECK(stdlib::hash_key_problem(""));
  CHECK(stdlib::hash_key_problem("custos"));
  CHECK(stdlib::hash_key_problem(std::string(31, 'k')));
  CHECK_FALSE(stdlib::hash_key_problem(std::string(32, 'k')));
  CHECK_FALSE(stdlib::hash_key_problem(stdlib::kDemoHashKey));
  const std::string id = stdlib::hash_key_id(std::string(32, 'k'));
  CHECK(id.size() == 19);
  CHECK(id.rfind("hk-", 0) == 0);
  CHECK(id == stdlib::hash_key_id(std::string(32, 'k')));
  CHECK(id != stdlib::hash_key_id(std::string(33, 'k')));
  CHECK(stdlib::one_time_hash_key() != stdlib::one_time_hash_key());
  CHECK_FALSE(stdlib::hash_key_problem(stdlib::one_time_hash_key()));
  CHECK(stdlib::hash_key_from_file_text("abc\r\n") == "abc");
  CHECK(stdlib::hash_key_from_file_text("abc\n\n") == "abc\n");
}

TEST_CASE("calendar and number masks keep the type", "[stdlib]") {
  CHECK(call("masks", "year_only", {date("1985-04-12")}) == date("1985-01-01"));
  CHECK(call("masks", "month_only", {date("1985-04-12")}) == date("1985-04-01"));
  auto ts = Scalar{Timestamp{*cal::parse_timestamp("2024-03-10T12:34:56Z")}};
  CHECK(call("masks", "month_only", {ts}) == Scalar{Timestamp{*cal::parse_timestamp("2024-03-01T00:00:00Z")}});
  CHECK(call("masks", "bucket", {12450.5, 1000.0}) == Scalar{12000.0});
  CHECK(call("masks", "bucket", {int64_t{-5}, int64_t{10}}) == Scalar{int64_t{-10}});
  CHECK_FALSE(call("masks", "bucket", {1.0, 0.0}));  // an error: the caller nulls it
  CHECK(call("masks", "round_to", {1234.56, int64_t{-2}}) == Scalar{1200.0});
  CHECK(call("masks", "round_to", {2.5, int64_t{0}}) == Scalar{3.0});
  CHECK(call("masks", "round_to", {-2.5, int64_t{0}}) == Scalar{-3.0});
  CHECK(call("masks", "round_to", {int64_t{1250}, int64_t{-2}}) == Scalar{int64_t{1300}});
  CHECK(call("masks", "replace_with", {1.5, int64_t{0}}) == Scalar{0.0});
}

TEST_CASE("string and time helpers", "[stdlib]") {
  CHECK(call("strings", "starts_with", {s("+49 800"), s("+49")}) == Scalar{true});
  CHECK(call("strings", "starts_with", {s("+4"), s("+49")}) == Scalar{false});
  CHECK(call("strings", "ends_with", {s("a@example.com"), s("@example.com")}) == Scalar{true});
  CHECK(call("strings", "contains", {s("recall notice"), s("call")}) == Scalar{true});
  CHECK(call("strings", "lower", {s("DE-Ä")}) == s("de-Ä"));
  CHECK(call("strings", "length", {s("Zoë")}) == Scalar{int64_t{3}});
  auto now = Scalar{Timestamp{*cal::parse_timestamp("2026-03-01T23:59:59Z")}};
  CHECK(call("time", "today", {now}) == date("2026-03-01"));
  CHECK(call("time", "add_days", {date("2024-02-28"), int64_t{1}}) == date("2024-02-29"));
  CHECK_FALSE(call("time", "add_days", {date("9999-12-31"), int64_t{1}}));
  CHECK(call("time", "days_between", {date("2024-01-01"), date("2024-03-01")}) == Scalar{int64_t{60}});
  CHECK(call("time", "year", {date("1985-04-12")}) == Scalar{int64_t{1985}});
}

TEST_CASE("docs/stdlib.md documents every function", "[stdlib]") {
  std::ifstream in(std::string(CUSTOS_SOURCE_DIR) + "/docs/stdlib.md");
  std::stringstream ss;
  ss << in.rdbuf();
  std::string docs = ss.str();
  for (const auto& f : stdlib::functions()) {
    INFO(f.module << "." << f.name);
    CHECK(docs.find("`" + std::string(f.name)) != std::string::npos);
    CHECK(docs.find("## `stdlib." + std::string(f.module) + "`") != std::string::npos);
  }
}

TEST_CASE("scalar_equals_text is compare_scalars' equality against a string", "[stdlib]") {
  const std::vector<Scalar> values{Null{}, true, int64_t{0}, 0.0, std::string(), std::string("DE"),
                                   std::string("de"), std::string("DE\0", 3), std::string("D\xc3\xa9"),
                                   Date{0}, Timestamp{0}};
  const std::vector<std::string> texts{"", "DE", "de", std::string("DE\0", 3), "D\xc3\xa9", "0", "true"};
  for (const auto& v : values) {
    for (const auto& t : texts) {
      const bool expected = compare_scalars(v, Scalar{t}) == std::optional<int>(0);
      CHECK(scalar_equals_text(v, t) == expected);
    }
  }
}
