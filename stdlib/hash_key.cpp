// The key of the `hash` mask.
#include "hash_key.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <random>

#include <string>

namespace custos::stdlib {

std::optional<std::string> hash_key_problem(std::string_view key) {
  if (key.size() < kMinHashKeyBytes) {
    return "the key is " + std::to_string(key.size()) + " bytes, and a hash key needs at least " +
           std::to_string(kMinHashKeyBytes) + ": make one with `openssl rand -hex 32 > hash.key`";
  }
  if (key.size() > kMaxHashKeyBytes) {
    return "the key is " + std::to_string(key.size()) + " bytes, and a hash key has at most " +
           std::to_string(kMaxHashKeyBytes);
  }
  return std::nullopt;
}

std::string hash_key_id(std::string_view key) {
  static constexpr std::string_view kDomain = "custos hash key id v1";
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  bool ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) && EVP_DigestUpdate(ctx, kDomain.data(), kDomain.size()) &&
            EVP_DigestUpdate(ctx, "\0", 1) && EVP_DigestUpdate(ctx, key.data(), key.size()) &&
            EVP_DigestFinal_ex(ctx, digest, &n);
  EVP_MD_CTX_free(ctx);
  if (!ok || n < 8) return "hk-unknown";
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id = "hk-";
  for (unsigned i = 0; i < 8; ++i) {
    id += kHex[digest[i] >> 4];
    id += kHex[digest[i] & 15];
  }
  return id;
}

std::string one_time_hash_key() {
  unsigned char bytes[32];
  if (RAND_bytes(bytes, sizeof bytes) != 1) {
    std::random_device rd;  // the OS's entropy source, as a fallback
    for (auto& b : bytes) b = static_cast<unsigned char>(rd());
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string key;
  for (unsigned char b : bytes) {
    key += kHex[b >> 4];
    key += kHex[b & 15];
  }
  return key;
}

std::string hash_key_from_file_text(std::string text) {
  if (!text.empty() && text.back() == '\n') {
    text.pop_back();
    if (!text.empty() && text.back() == '\r') text.pop_back();
  }
  return text;
}

std::optional<std::string> read_hash_key_file(const std::string& path, std::string& error) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    error = "cannot read the hash key file `" + path + "`: " + std::strerror(errno);
    return std::nullopt;
  }
  std::string text;
  char buf[1024];
  while (f.read(buf, sizeof buf) || f.gcount() > 0) {
    text.append(buf, static_cast<size_t>(f.gcount()));
    if (text.size() > kMaxHashKeyBytes + 2) {
      error = "the hash key file `" + path + "` is larger than " + std::to_string(kMaxHashKeyBytes) + " bytes";
      return std::nullopt;
    }
  }
  if (f.bad()) {
    error = "cannot read the hash key file `" + path + "`";
    return std::nullopt;
  }
  std::string key = hash_key_from_file_text(std::move(text));
  if (auto problem = hash_key_problem(key)) {
    error = "hash key file `" + path + "`: " + *problem;
    return std::nullopt;
  }
  return key;
}

std::optional<std::string> hash_key_from_environment(std::string& source, std::string& error) {
  if (const char* file = std::getenv("CUSTOS_HASH_KEY_FILE"); file && *file) {
    source = "CUSTOS_HASH_KEY_FILE";
    auto key = read_hash_key_file(file, error);
    if (!key) error = "CUSTOS_HASH_KEY_FILE: " + error;
    return key;
  }
  if (const char* value = std::getenv("CUSTOS_HASH_KEY")) {
    source = "CUSTOS_HASH_KEY";
    std::string key = value;
    if (auto problem = hash_key_problem(key)) {
      error = "CUSTOS_HASH_KEY: " + *problem;
      return std::nullopt;
    }
    return key;
  }
  return std::string();
}

}  // namespace custos::stdlib
