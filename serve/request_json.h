// Reading a request body: simdjson's DOM, parsed into a parser kept per thread (a batch of 1,000
// tables is ~100 KB; nlohmann-json spent most of a request building maps of it). The elements a
// parse returns stay valid until the same thread parses the next body, so a handler parses once
// and never keeps an element past its request.
//
// Paths in messages are written as the request nests them (`input.action.resource.table`); the
// helpers take the path of the object they read from and add the member's name only when a
// message is needed, so reading a valid request allocates nothing.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>
#include <simdjson.h>

namespace custos::serve {

// A malformed request: answered with HTTP 400 and this message.
struct BadRequest : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A body that is not JSON at all (HTTP 400 "request body is not valid JSON").
struct InvalidJson : BadRequest {
  using BadRequest::BadRequest;
};

namespace request_json {

using Element = simdjson::dom::element;

// Parses `body` with this thread's parser; throws InvalidJson.
Element parse(std::string_view body);

// `where.name` (or `name` at the top).
std::string path(std::string_view where, std::string_view name);

// The member `name` of `object`, or nullopt (also when `object` is not an object). A name given
// twice in one object throws BadRequest: JSON parsers disagree on which one counts (the first,
// the last), and a decision must not depend on which parser read the request.
std::optional<Element> member(Element object, std::string_view name);

// The string `e`, or nullopt.
inline std::optional<std::string_view> string(Element e) {
  std::string_view s;
  if (e.get(s) != simdjson::SUCCESS) return std::nullopt;
  return s;
}

// The member `name` of the object `object` found at `where`; throws BadRequest when it is missing.
inline Element field(Element object, std::string_view name, std::string_view where) {
  if (auto e = member(object, name)) return *e;
  throw BadRequest("missing `" + path(where, name) + "`");
}

// The string member `name` of `object`; throws BadRequest when it is missing or not a string.
inline std::string_view text(Element object, std::string_view name, std::string_view where) {
  if (auto s = string(field(object, name, where))) return *s;
  throw BadRequest("`" + path(where, name) + "` must be a string");
}

// The array `e` found at `where`; throws BadRequest when it is something else.
inline simdjson::dom::array array(Element e, std::string_view where) {
  simdjson::dom::array a;
  if (e.get(a) != simdjson::SUCCESS) throw BadRequest("`" + std::string(where) + "` must be an array");
  return a;
}

// A copy of `e` as nlohmann-json (for the small parts a reply or a binding keeps).
nlohmann::json to_json(Element e);

}  // namespace request_json
}  // namespace custos::serve
