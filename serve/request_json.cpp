#include "request_json.h"

namespace custos::serve::request_json {

namespace {

// A thread's parser keeps the buffers of the largest body it has read; one that grew past this
// (a 9,000-column mask batch is ~1.3 MB) is replaced after the request, so a thread of the event
// loop does not hold tens of MB because of one wide table.
constexpr size_t kKeptCapacity = 2u << 20;

}  // namespace

Element parse(std::string_view body) {
  thread_local simdjson::dom::parser parser;
  if (parser.capacity() > kKeptCapacity && body.size() <= kKeptCapacity) parser = simdjson::dom::parser();
  Element root;
  // simdjson reads up to SIMDJSON_PADDING bytes past the end: `parse` copies the body into
  // padded memory of its own (realloc_if_needed).
  if (auto error = parser.parse(body.data(), body.size(), true).get(root); error != simdjson::SUCCESS) {
    throw InvalidJson(simdjson::error_message(error));
  }
  return root;
}

std::optional<Element> member(Element object, std::string_view name) {
  simdjson::dom::object o;
  if (object.get(o) != simdjson::SUCCESS) return std::nullopt;
  std::optional<Element> found;
  for (auto [key, value] : o) {
    if (key != name) continue;
    if (found) throw BadRequest("`" + std::string(name) + "` is given twice in one object");
    found = value;
  }
  return found;
}

std::string path(std::string_view where, std::string_view name) {
  std::string p(where);
  if (!p.empty()) p += '.';
  p += name;
  return p;
}

nlohmann::json to_json(Element e) {
  switch (e.type()) {
    case simdjson::dom::element_type::ARRAY: {
      nlohmann::json out = nlohmann::json::array();
      for (Element item : simdjson::dom::array(e)) out.push_back(to_json(item));
      return out;
    }
    case simdjson::dom::element_type::OBJECT: {
      nlohmann::json out = nlohmann::json::object();
      for (auto [key, value] : simdjson::dom::object(e)) out[std::string(key)] = to_json(value);
      return out;
    }
    case simdjson::dom::element_type::INT64: return int64_t(e);
    case simdjson::dom::element_type::UINT64: return uint64_t(e);
    case simdjson::dom::element_type::DOUBLE: return double(e);
    case simdjson::dom::element_type::STRING: return std::string(std::string_view(e));
    case simdjson::dom::element_type::BOOL: return bool(e);
    case simdjson::dom::element_type::NULL_VALUE: return nullptr;
  }
  return nullptr;
}

}  // namespace custos::serve::request_json
