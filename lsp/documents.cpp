// Open documents and incremental text changes.
#include "documents.h"

namespace custos::lsp {

Document& Documents::open(const std::string& uri, std::string text, int64_t version) {
  Document& d = by_uri_[uri];
  d.uri = uri;
  d.path = uri_to_path(uri);
  d.text = std::move(text);
  d.version = version;
  if (!d.path.empty()) uri_by_path_[d.path] = uri;
  return d;
}

void Documents::close(const std::string& uri) {
  auto it = by_uri_.find(uri);
  if (it == by_uri_.end()) return;
  if (!it->second.path.empty()) uri_by_path_.erase(it->second.path);
  by_uri_.erase(it);
}

bool Documents::change(const std::string& uri, int64_t version, const nlohmann::json& changes, Encoding e,
                       std::string& error) {
  auto it = by_uri_.find(uri);
  if (it == by_uri_.end()) {
    error = "`" + uri + "` is not open";
    return false;
  }
  if (!changes.is_array()) {
    error = "contentChanges is not an array";
    return false;
  }
  std::string text = it->second.text;
  for (const auto& c : changes) {
    if (!c.is_object() || !c.contains("text") || !c["text"].is_string()) {
      error = "a content change has no text";
      return false;
    }
    const std::string& insert = c["text"].get_ref<const std::string&>();
    if (!c.contains("range")) {
      text = insert;
    } else {
      const auto& r = c["range"];
      Position start, end;
      if (!r.is_object() || !parse_position(r.value("start", nlohmann::json()), start) ||
          !parse_position(r.value("end", nlohmann::json()), end)) {
        error = "a content change has a malformed range";
        return false;
      }
      size_t a = to_offset(text, start, e), b = to_offset(text, end, e);
      if (b < a) std::swap(a, b);
      text.replace(a, b - a, insert);
    }
    if (text.size() > kMaxSourceBytes) {
      error = "the document grew beyond " + std::to_string(kMaxSourceBytes) + " bytes";
      return false;
    }
  }
  it->second.text = std::move(text);
  it->second.version = version;
  return true;
}

const Document* Documents::find(const std::string& uri) const {
  auto it = by_uri_.find(uri);
  return it == by_uri_.end() ? nullptr : &it->second;
}

const Document* Documents::find_path(const std::string& path) const {
  auto it = uri_by_path_.find(path);
  return it == uri_by_path_.end() ? nullptr : find(it->second);
}

ReadResult Documents::read(const std::string& path) const {
  if (const Document* d = find_path(path)) {
    ReadResult r;
    if (d->text.size() > kMaxSourceBytes) {
      r.error = "larger than " + std::to_string(kMaxSourceBytes) + " bytes";
      r.too_large = true;
    } else {
      r.text = d->text;
    }
    return r;
  }
  return read_file_limited(path);
}

}  // namespace custos::lsp
