// The stdlib function table.
#include "functions.h"

#include <set>

namespace custos::stdlib {

namespace {
using P = Pattern;

const std::vector<FunctionInfo> kFunctions = {
    // ---- stdlib.masks -------------------------------------------------------------------------
    {"masks", "nullify", FnKind::Mask, {{"value", P::Any}}, Result::SameAsFirst, 100,
     "always null", "replaces every value with null", "mask column crm.customers.phone with m.nullify;", native::nullify, false},
    {"masks", "replace_with", FnKind::Mask, {{"value", P::Any}, {"replacement", P::Any}}, Result::SameAsFirst, 90,
     "null stays null", "replaces every value with a constant of the same type",
     "mask column crm.customers.country with m.replace_with(\"XX\");", native::replace_with},
    {"masks", "redact", FnKind::Mask, {{"value", P::String}}, Result::SameAsFirst, 80,
     "null stays null", "replaces every character with `x`, keeping the length", "`Anna` becomes `xxxx`", native::redact},
    {"masks", "hash", FnKind::Mask, {{"value", P::String}}, Result::SameAsFirst, 70,
     "null stays null", "a keyed, stable SHA-256 pseudonym in hex: equal inputs give equal outputs",
     "`anna@example.com` becomes `3f1c...`", native::hash, true, true},
    {"masks", "email_domain", FnKind::Mask, {{"value", P::String}}, Result::SameAsFirst, 60,
     "null stays null", "keeps only the part after `@` (an empty string when there is none)",
     "`anna@example.com` becomes `example.com`", native::email_domain},
    {"masks", "show_first", FnKind::Mask, {{"value", P::String}, {"count", P::Int}}, Result::SameAsFirst, 50,
     "null stays null", "keeps the first `count` characters and replaces the rest with `*`",
     "`WVWZZZ1JZ` with show_first(3) becomes `WVW******`", native::show_first},
    {"masks", "show_last", FnKind::Mask, {{"value", P::String}, {"count", P::Int}}, Result::SameAsFirst, 50,
     "null stays null", "keeps the last `count` characters and replaces the rest with `*`",
     "`+49 170 1234567` with show_last(4) becomes `***********4567`", native::show_last},
    {"masks", "year_only", FnKind::Mask, {{"value", P::Temporal}}, Result::SameAsFirst, 40,
     "null stays null", "truncates a date or timestamp to January 1st of its year", "`1985-04-12` becomes `1985-01-01`", native::year_only},
    {"masks", "month_only", FnKind::Mask, {{"value", P::Temporal}}, Result::SameAsFirst, 30,
     "null stays null", "truncates a date or timestamp to the first day of its month", "`1985-04-12` becomes `1985-04-01`", native::month_only},
    {"masks", "bucket", FnKind::Mask, {{"value", P::Number}, {"width", P::Number}}, Result::SameAsFirst, 20,
     "null stays null", "rounds down to a multiple of `width`", "`12450.5` with bucket(1000.0) becomes `12000`", native::bucket},
    {"masks", "round_to", FnKind::Mask, {{"value", P::Number}, {"digits", P::Int}}, Result::SameAsFirst, 20,
     "null stays null", "rounds half away from zero to `digits` decimals (negative digits round to tens, hundreds...)",
     "`1234.56` with round_to(-2) becomes `1200`", native::round_to},
    // ---- stdlib.strings -----------------------------------------------------------------------
    {"strings", "starts_with", FnKind::Scalar, {{"text", P::String}, {"prefix", P::String}}, Result::Bool, 0,
     "null if any argument is null", "whether `text` begins with `prefix`", "strings.starts_with(phone, \"+49\")", native::starts_with},
    {"strings", "ends_with", FnKind::Scalar, {{"text", P::String}, {"suffix", P::String}}, Result::Bool, 0,
     "null if any argument is null", "whether `text` ends with `suffix`", "strings.ends_with(email, \"@example.com\")", native::ends_with},
    {"strings", "contains", FnKind::Scalar, {{"text", P::String}, {"part", P::String}}, Result::Bool, 0,
     "null if any argument is null", "whether `part` occurs in `text`", "strings.contains(notes, \"recall\")", native::contains},
    {"strings", "lower", FnKind::Scalar, {{"text", P::String}}, Result::String, 0,
     "null stays null", "ASCII lower case", "strings.lower(country) == \"de\"", native::lower},
    {"strings", "upper", FnKind::Scalar, {{"text", P::String}}, Result::String, 0,
     "null stays null", "ASCII upper case", "strings.upper(country) == \"DE\"", native::upper},
    {"strings", "length", FnKind::Scalar, {{"text", P::String}}, Result::Int, 0,
     "null stays null", "the number of Unicode code points", "strings.length(vin) == 17", native::length},
    // ---- stdlib.time --------------------------------------------------------------------------
    {"time", "today", FnKind::Scalar, {{"now", P::Timestamp}}, Result::Date, 0,
     "null stays null", "the UTC calendar date of a timestamp", "time.today(context.now)", native::today},
    {"time", "add_days", FnKind::Scalar, {{"day", P::Date}, {"days", P::Int}}, Result::Date, 0,
     "null if any argument is null", "the date `days` days later (earlier when negative)",
     "claim_date >= time.add_days(time.today(context.now), -90)", native::add_days},
    {"time", "days_between", FnKind::Scalar, {{"from", P::Date}, {"to", P::Date}}, Result::Int, 0,
     "null if any argument is null", "whole days from `from` to `to`", "time.days_between(birth_date, time.today(context.now)) >= 6570", native::days_between},
    {"time", "year", FnKind::Scalar, {{"day", P::Temporal}}, Result::Int, 0,
     "null stays null", "the calendar year", "time.year(claim_date) == 2024", native::year},
};
}  // namespace

const std::vector<FunctionInfo>& functions() { return kFunctions; }

const FunctionInfo* find_function(std::string_view module, std::string_view name) {
  for (const auto& f : kFunctions) {
    if (f.module == module && f.name == name) return &f;
  }
  return nullptr;
}

std::vector<std::string> module_names() {
  std::set<std::string> s;
  for (const auto& f : kFunctions) s.insert(std::string(f.module));
  return {s.begin(), s.end()};
}

std::vector<std::string> function_names(std::string_view module) {
  std::vector<std::string> out;
  for (const auto& f : kFunctions) {
    if (f.module == module) out.emplace_back(f.name);
  }
  return out;
}

std::string_view pattern_name(Pattern p) {
  switch (p) {
    case Pattern::Any: return "any scalar";
    case Pattern::Bool: return "bool";
    case Pattern::Int: return "int";
    case Pattern::Float: return "float";
    case Pattern::Number: return "int or float";
    case Pattern::String: return "string";
    case Pattern::Date: return "date";
    case Pattern::Timestamp: return "timestamp";
    case Pattern::Temporal: return "date or timestamp";
  }
  return "?";
}

}  // namespace custos::stdlib
