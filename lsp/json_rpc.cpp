// Reading and writing LSP-framed JSON-RPC messages.
#include "json_rpc.h"

#include <cctype>
#include <charconv>
#include <optional>

namespace custos::lsp {

namespace {
// One header line without its "\r\n" (a bare "\n" is accepted too); false at end of input.
bool read_header_line(std::istream& in, std::string& line, size_t max_bytes) {
  line.clear();
  int c;
  while ((c = in.get()) != EOF) {
    if (c == '\n') {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return true;
    }
    line.push_back(static_cast<char>(c));
    if (line.size() > max_bytes) return true;  // reported by the caller as malformed
  }
  return !line.empty();
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}
}  // namespace

ReadStatus read_message(std::istream& in, std::string& body, std::string& error, size_t max_bytes) {
  constexpr size_t kMaxHeaderLine = 4096;
  std::string line;
  std::optional<size_t> length;
  bool any_header = false;
  while (true) {
    if (!read_header_line(in, line, kMaxHeaderLine)) {
      if (!any_header) return ReadStatus::End;
      error = "the input ended inside a message header";
      return ReadStatus::Malformed;
    }
    if (line.size() > kMaxHeaderLine) {
      error = "a header line is longer than 4096 bytes";
      return ReadStatus::Malformed;
    }
    if (line.empty()) {
      if (!any_header) continue;  // tolerate blank lines between messages
      break;
    }
    any_header = true;
    size_t colon = line.find(':');
    if (colon == std::string::npos) {
      error = "header line `" + line.substr(0, 80) + "` has no `:`";
      return ReadStatus::Malformed;
    }
    std::string name = lower(line.substr(0, colon));
    std::string value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.erase(value.begin());
    while (!value.empty() && value.back() == ' ') value.pop_back();
    if (name == "content-length") {
      size_t n = 0;
      auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
      if (ec != std::errc() || p != value.data() + value.size() || value.empty()) {
        error = "Content-Length `" + value.substr(0, 40) + "` is not a number";
        return ReadStatus::Malformed;
      }
      length = n;
    }
  }
  if (!length) {
    error = "a message has no Content-Length header";
    return ReadStatus::Malformed;
  }
  if (*length > max_bytes) {
    error = "a message of " + std::to_string(*length) + " bytes is larger than the limit of " +
            std::to_string(max_bytes) + " bytes";
    return ReadStatus::Malformed;
  }
  body.resize(*length);
  in.read(body.data(), static_cast<std::streamsize>(*length));
  if (static_cast<size_t>(in.gcount()) != *length) {
    error = "the input ended inside a message body";
    return ReadStatus::Malformed;
  }
  return ReadStatus::Message;
}

std::string frame_message(const std::string& body) {
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

}  // namespace custos::lsp
