// Calendar conversions and ISO 8601 parsing.
#include <catch2/catch.hpp>

#include "calendar.h"

using namespace custos::cal;

TEST_CASE("days round-trip through civil dates", "[calendar]") {
  CHECK(days_from_civil(1970, 1, 1) == 0);
  CHECK(days_from_civil(2000, 3, 1) == 11017);
  for (int32_t d = -800000; d <= 800000; d += 997) {
    CivilDate c = civil_from_days(d);
    CHECK(days_from_civil(c.year, c.month, c.day) == d);
  }
}

TEST_CASE("dates parse strictly", "[calendar]") {
  CHECK(parse_date("2024-02-29") == days_from_civil(2024, 2, 29));
  CHECK_FALSE(parse_date("2023-02-29"));
  CHECK_FALSE(parse_date("1900-02-29"));
  CHECK(parse_date("2000-02-29"));
  CHECK_FALSE(parse_date("2024-13-01"));
  CHECK_FALSE(parse_date("2024-1-01"));
  CHECK_FALSE(parse_date("2024-01-01x"));
  CHECK_FALSE(parse_date(""));
  std::string why;
  CHECK_FALSE(parse_date("0000-01-01", &why));
  CHECK(why == "no such calendar date");
  CHECK(format_date(*parse_date("0001-01-01")) == "0001-01-01");
}

TEST_CASE("timestamps need a zone and normalise to UTC", "[calendar]") {
  auto utc = parse_timestamp("2024-03-10T12:00:00Z");
  auto plus = parse_timestamp("2024-03-10T13:00:00+01:00");
  REQUIRE(utc);
  REQUIRE(plus);
  CHECK(*utc == *plus);
  CHECK(parse_timestamp("2024-03-10 12:00:00.5Z") == *utc + 500000);
  std::string why;
  CHECK_FALSE(parse_timestamp("2024-03-10T12:00:00", &why));
  CHECK(why.find("time zone") != std::string::npos);
  CHECK_FALSE(parse_timestamp("2024-03-10T24:00:00Z"));
  CHECK_FALSE(parse_timestamp("2024-03-10T12:00:00.1234567Z"));
  CHECK(format_timestamp(*utc) == "2024-03-10T12:00:00Z");
  CHECK(format_timestamp(*utc + 1) == "2024-03-10T12:00:00.000001Z");
  CHECK(format_timestamp(-1) == "1969-12-31T23:59:59.999999Z");
}
