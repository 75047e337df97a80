// JSON-RPC 2.0 messages as the Language Server Protocol frames them: a `Content-Length` header,
// a blank line, then exactly that many bytes of JSON.
#pragma once

#include <cstddef>
#include <istream>
#include <string>

namespace custos::lsp {

// Messages larger than this are refused (the stream is then unusable: the server stops).
inline constexpr size_t kMaxMessageBytes = 64u << 20;

enum class ReadStatus { Message, End, Malformed };

// Reads the next message's body into `body`. End: the input ended between messages. Malformed:
// `error` says why (a missing or bad Content-Length, an oversized or truncated body).
ReadStatus read_message(std::istream& in, std::string& body, std::string& error, size_t max_bytes = kMaxMessageBytes);

// `body` with its header, ready to write.
std::string frame_message(const std::string& body);

// JSON-RPC error codes the server answers with.
namespace error_code {
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
inline constexpr int kServerNotInitialized = -32002;
inline constexpr int kRequestFailed = -32803;
}  // namespace error_code

}  // namespace custos::lsp
