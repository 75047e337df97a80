// Writing and reading the bundle file (layout in bundle_format.h).
#include "bundle_format.h"

#include <openssl/evp.h>

#include <cstring>
#include <stdexcept>
#include <nlohmann/json.hpp>

namespace custos::bundle {

namespace {

constexpr char kMagic[8] = {'\x89', 'C', 'U', 'S', 'T', 'O', 'S', '\n'};
constexpr char kUnsigned[4] = {'S', 'H', 'A', '2'};
constexpr char kEd25519[4] = {'E', 'D', '2', '5'};
constexpr size_t kSignatureBytes = 64;
constexpr size_t kDigestBytes = 32;

std::string sha256_raw(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (!EVP_Digest(bytes.data(), bytes.size(), digest, &len, EVP_sha256(), nullptr) || len != kDigestBytes) {
    throw std::runtime_error("SHA-256 failed in OpenSSL");
  }
  return std::string(reinterpret_cast<const char*>(digest), len);
}
constexpr size_t kMaxManifestBytes = 16u << 20;

void put_u32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
void put_u64(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
uint32_t get_u32(std::string_view in, size_t at) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<unsigned char>(in[at + i])) << (8 * i);
  return v;
}

std::optional<FileKind> kind_from(const std::string& s) {
  if (s == "config") return FileKind::Config;
  if (s == "contract") return FileKind::Contract;
  if (s == "policy") return FileKind::Policy;
  return std::nullopt;
}

// A relative path inside the mesh: no root, no `..`, no empty or `.` segments, no NUL or backslash.
bool safe_path(const std::string& p) {
  if (p.empty() || p.size() > 4096 || p.front() == '/') return false;
  if (p.find('\0') != std::string::npos || p.find('\\') != std::string::npos) return false;
  size_t start = 0;
  while (start <= p.size()) {
    size_t end = p.find('/', start);
    if (end == std::string::npos) end = p.size();
    std::string_view seg(p.data() + start, end - start);
    if (seg.empty() || seg == "." || seg == "..") return false;
    start = end + 1;
  }
  return true;
}

}  // namespace

const char* to_string(FileKind k) {
  switch (k) {
    case FileKind::Config: return "config";
    case FileKind::Contract: return "contract";
    case FileKind::Policy: return "policy";
  }
  return "?";
}

std::string content_hash(const std::vector<BundleFile>& files) {
  std::string framed;
  for (const BundleFile& f : files) {
    framed.push_back(static_cast<char>(f.kind));
    put_u64(framed, f.path.size());
    framed += f.path;
    put_u64(framed, f.text.size());
    framed += f.text;
  }
  std::string digest = sha256_raw(framed);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : digest) {
    out.push_back(hex[c >> 4]);
    out.push_back(hex[c & 15]);
  }
  return out;
}

std::string serialize_unsigned(const Bundle& b) {
  nlohmann::json files = nlohmann::json::array();
  for (const BundleFile& f : b.files) files.push_back({{"path", f.path}, {"kind", to_string(f.kind)}, {"size", f.text.size()}});
  nlohmann::json manifest = {{"format", kBundleFormat},     {"custos", b.custos_version},
                             {"revision", b.revision},      {"mesh", b.mesh},
                             {"content_sha256", b.content_sha256}, {"files", files}};
  if (!b.hash_key_id.empty()) manifest["hash_key_id"] = b.hash_key_id;
  std::string m = manifest.dump();
  std::string out(kMagic, sizeof kMagic);
  put_u32(out, kBundleFormat);
  put_u32(out, static_cast<uint32_t>(m.size()));
  out += m;
  for (const BundleFile& f : b.files) out += f.text;
  return out;
}

std::string serialize(const Bundle& b) {
  std::string out = serialize_unsigned(b);
  if (b.signature) {
    out.append(kEd25519, 4);
    out += *b.signature;
  } else {
    std::string digest = sha256_raw(out);
    out.append(kUnsigned, 4);
    out += digest;
  }
  return out;
}

std::optional<ParsedBundle> parse(std::string_view bytes, std::string& error) {
  auto fail = [&](std::string why) -> std::optional<ParsedBundle> {
    error = std::move(why);
    return std::nullopt;
  };
  if (bytes.size() > kMaxBundleBytes) return fail("bundle is larger than the 256 MiB limit");
  if (bytes.size() < sizeof kMagic + 8 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    return fail("not a Custos bundle (bad magic bytes); build one with `custos build`");
  }
  uint32_t format = get_u32(bytes, 8);
  if (format != kBundleFormat) {
    return fail("bundle format " + std::to_string(format) + " is not supported (this build reads format " +
                std::to_string(kBundleFormat) + "); rebuild it with this version of `custos build`");
  }
  size_t mlen = get_u32(bytes, 12);
  size_t at = 16;
  if (mlen > kMaxManifestBytes || bytes.size() - at < mlen) return fail("bundle is truncated (manifest cut short)");
  nlohmann::json m;
  try {
    m = nlohmann::json::parse(bytes.substr(at, mlen));
  } catch (const std::exception&) {
    return fail("bundle manifest is corrupt (not valid JSON)");
  }
  at += mlen;
  ParsedBundle out;
  Bundle& b = out.bundle;
  try {
    if (!m.is_object() || m.value("format", 0u) != kBundleFormat) return fail("bundle manifest is corrupt (format)");
    b.custos_version = m.at("custos").get<std::string>();
    b.revision = m.at("revision").get<std::string>();
    b.mesh = m.at("mesh").get<std::string>();
    b.content_sha256 = m.at("content_sha256").get<std::string>();
    if (m.contains("hash_key_id")) {
      b.hash_key_id = m.at("hash_key_id").get<std::string>();
      bool ok = b.hash_key_id.size() == 19 && b.hash_key_id.rfind("hk-", 0) == 0 &&
                b.hash_key_id.find_first_not_of("0123456789abcdef", 3) == std::string::npos;
      if (!ok) return fail("bundle manifest is corrupt (hash_key_id)");
    }
    const auto& files = m.at("files");
    if (!files.is_array() || files.size() > kMaxBundleFiles) return fail("bundle manifest is corrupt (files)");
    for (const auto& f : files) {
      BundleFile bf;
      bf.path = f.at("path").get<std::string>();
      auto kind = kind_from(f.at("kind").get<std::string>());
      uint64_t size = f.at("size").get<uint64_t>();
      if (!kind) return fail("bundle manifest is corrupt (unknown file kind for `" + bf.path + "`)");
      if (!safe_path(bf.path)) return fail("bundle manifest is corrupt (unsafe path `" + bf.path + "`)");
      if (size > bytes.size() - at) return fail("bundle is truncated (`" + bf.path + "` cut short)");
      bf.kind = *kind;
      bf.text.assign(bytes.substr(at, size));
      at += size;
      b.files.push_back(std::move(bf));
    }
  } catch (const nlohmann::json::exception&) {
    return fail("bundle manifest is corrupt (missing or mistyped field)");
  }
  if (b.revision.empty() || b.revision.size() > 256) return fail("bundle manifest is corrupt (revision)");
  size_t configs = 0;
  for (const auto& f : b.files) configs += f.kind == FileKind::Config;
  if (configs != 1) return fail("bundle manifest is corrupt (it must hold exactly one mesh configuration)");
  out.signed_bytes.assign(bytes.substr(0, at));
  std::string_view rest = bytes.substr(at);
  if (rest.size() < 4) return fail("bundle is truncated (no trailer)");
  if (std::memcmp(rest.data(), kUnsigned, 4) == 0 && rest.size() == 4 + kDigestBytes) {
    if (sha256_raw(out.signed_bytes) != rest.substr(4)) {
      return fail("bundle is corrupt (its SHA-256 checksum does not match)");
    }
  } else if (std::memcmp(rest.data(), kUnsigned, 4) == 0 && rest.size() < 4 + kDigestBytes) {
    return fail("bundle is truncated (checksum cut short)");
  } else if (std::memcmp(rest.data(), kEd25519, 4) == 0 && rest.size() == 4 + kSignatureBytes) {
    b.signature = std::string(rest.substr(4));
  } else if (std::memcmp(rest.data(), kEd25519, 4) == 0 && rest.size() < 4 + kSignatureBytes) {
    return fail("bundle is truncated (signature cut short)");
  } else {
    return fail("bundle is corrupt (unexpected bytes after the payload)");
  }
  if (content_hash(b.files) != b.content_sha256) {
    return fail("bundle content does not match its SHA-256 (corrupt or modified after it was built)");
  }
  return out;
}

}  // namespace custos::bundle
