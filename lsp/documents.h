// The files an editor has open: their unsaved text, kept in step with didOpen/didChange/didClose.
// Every other file is read from disk.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "source/source_map.h"
#include "text_position.h"

namespace custos::lsp {

struct Document {
  std::string uri;
  std::string path;  // absolute and normalised; empty for a URI that is not a local file
  std::string text;
  int64_t version = 0;
};

class Documents {
 public:
  Document& open(const std::string& uri, std::string text, int64_t version);
  void close(const std::string& uri);
  // Applies `changes` (LSP TextDocumentContentChangeEvent[]: whole texts or ranged edits, in
  // order). False, with `error` set and the document unchanged, when one is malformed.
  bool change(const std::string& uri, int64_t version, const nlohmann::json& changes, Encoding e, std::string& error);

  const Document* find(const std::string& uri) const;
  const Document* find_path(const std::string& path) const;
  const std::map<std::string, Document>& all() const { return by_uri_; }

  // The text of `path`: the editor's when it is open, the disk's otherwise (with the same size
  // limit as every input).
  ReadResult read(const std::string& path) const;

 private:
  std::map<std::string, Document> by_uri_;
  std::map<std::string, std::string> uri_by_path_;
};

}  // namespace custos::lsp
