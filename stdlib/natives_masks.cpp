// Mask implementations. Masks keep the type of the value they mask.
#include <openssl/evp.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

#include "calendar.h"
#include "natives.h"

namespace custos::stdlib::native {

namespace {
// Splits UTF-8 into code points so that masks count characters, not bytes.
std::vector<std::string> code_points(const std::string& s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0xF0) len = 4;
    else if (c >= 0xE0) len = 3;
    else if (c >= 0xC0) len = 2;
    out.push_back(s.substr(i, len));
    i += len;
  }
  return out;
}

int64_t count_arg(const Scalar& v) {
  int64_t n = std::get<int64_t>(v);
  return n < 0 ? 0 : n;
}

std::optional<Scalar> show(std::span<const Scalar> a, bool first) {
  const auto& s = std::get<std::string>(a[0]);
  auto cps = code_points(s);
  size_t keep = static_cast<size_t>(std::min<int64_t>(count_arg(a[1]), static_cast<int64_t>(cps.size())));
  std::string out;
  for (size_t i = 0; i < cps.size(); ++i) {
    bool kept = first ? i < keep : i >= cps.size() - keep;
    out += kept ? cps[i] : "*";
  }
  return Scalar{out};
}

std::optional<Scalar> truncate(const Scalar& v, bool to_year) {
  auto trunc_days = [&](int32_t days) {
    cal::CivilDate c = cal::civil_from_days(days);
    return cal::days_from_civil(c.year, to_year ? 1 : c.month, 1);
  };
  if (auto d = std::get_if<Date>(&v)) return Scalar{Date{trunc_days(d->days)}};
  if (auto t = std::get_if<Timestamp>(&v)) {
    int64_t days = cal::days_of_micros(t->micros);
    return Scalar{Timestamp{static_cast<int64_t>(trunc_days(static_cast<int32_t>(days))) * cal::kMicrosPerDay}};
  }
  return std::nullopt;
}

double as_double(const Scalar& v) {
  if (auto i = std::get_if<int64_t>(&v)) return static_cast<double>(*i);
  return std::get<double>(v);
}

// Converts a computed number back to the column's type; nullopt when it does not fit.
std::optional<Scalar> same_number_type(const Scalar& like, double x) {
  if (!std::isfinite(x)) return std::nullopt;
  if (std::holds_alternative<int64_t>(like)) {
    if (x < -9.2e18 || x > 9.2e18) return std::nullopt;
    return Scalar{static_cast<int64_t>(x)};
  }
  return Scalar{x};
}
}  // namespace

std::optional<Scalar> nullify(std::span<const Scalar>, const NativeContext&) { return Scalar{Null{}}; }

std::optional<Scalar> replace_with(std::span<const Scalar> a, const NativeContext&) {
  // An int literal replacing a float column keeps the column's type.
  if (std::holds_alternative<double>(a[0]) && std::holds_alternative<int64_t>(a[1])) {
    return Scalar{static_cast<double>(std::get<int64_t>(a[1]))};
  }
  return a[1];
}

std::optional<Scalar> redact(std::span<const Scalar> a, const NativeContext&) {
  return Scalar{std::string(code_points(std::get<std::string>(a[0])).size(), 'x')};
}

}  // namespace custos::stdlib::native

namespace custos::stdlib {
std::array<unsigned char, 64> hmac_key_block(const std::string& key) {
  std::array<unsigned char, 64> block{};
  if (key.size() > block.size()) {
    unsigned int len = 0;
    if (!EVP_Digest(key.data(), key.size(), block.data(), &len, EVP_sha256(), nullptr)) {
      throw std::runtime_error("SHA-256 failed in OpenSSL");
    }
  } else {
    std::copy(key.begin(), key.end(), block.begin());
  }
  return block;
}
}  // namespace custos::stdlib

namespace custos::stdlib::native {

namespace {
// HMAC-SHA-256 (RFC 2104) with the key absorbed once per thread and key: the inner and outer
// SHA-256 states after the padded key are kept, and each value costs two context copies and two
// short hashes instead of a fresh HMAC context (which dominated masking time).
class KeyedHmac {
 public:
  bool digest(const std::string& key, std::string_view message, unsigned char out[32]) {
    if (!ready_ || key != key_) {
      if (!prepare(key)) return false;
    }
    unsigned char inner[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    return EVP_MD_CTX_copy_ex(work_, inner_) && EVP_DigestUpdate(work_, message.data(), message.size()) &&
           EVP_DigestFinal_ex(work_, inner, &len) && EVP_MD_CTX_copy_ex(work_, outer_) &&
           EVP_DigestUpdate(work_, inner, len) && EVP_DigestFinal_ex(work_, out, &len) && len == 32;
  }
  ~KeyedHmac() {
    EVP_MD_CTX_free(inner_);
    EVP_MD_CTX_free(outer_);
    EVP_MD_CTX_free(work_);
  }

 private:
  bool prepare(const std::string& key) {
    ready_ = false;
    if (!inner_) inner_ = EVP_MD_CTX_new();
    if (!outer_) outer_ = EVP_MD_CTX_new();
    if (!work_) work_ = EVP_MD_CTX_new();
    if (!inner_ || !outer_ || !work_) return false;
    std::array<unsigned char, 64> block;
    try {
      block = hmac_key_block(key);
    } catch (const std::exception&) {
      return false;
    }
    unsigned char ipad[64], opad[64];
    for (size_t i = 0; i < 64; ++i) {
      ipad[i] = static_cast<unsigned char>(block[i] ^ 0x36);
      opad[i] = static_cast<unsigned char>(block[i] ^ 0x5c);
    }
    if (!EVP_DigestInit_ex(inner_, EVP_sha256(), nullptr) || !EVP_DigestUpdate(inner_, ipad, 64) ||
        !EVP_DigestInit_ex(outer_, EVP_sha256(), nullptr) || !EVP_DigestUpdate(outer_, opad, 64)) {
      return false;
    }
    key_ = key;
    ready_ = true;
    return true;
  }
  std::string key_;
  bool ready_ = false;
  EVP_MD_CTX* inner_ = nullptr;
  EVP_MD_CTX* outer_ = nullptr;
  EVP_MD_CTX* work_ = nullptr;
};
}  // namespace

std::optional<Scalar> hash(std::span<const Scalar> a, const NativeContext& ctx) {
  const auto& s = std::get<std::string>(a[0]);
  if (ctx.hash_key.empty()) return std::nullopt;  // no key, no pseudonym: an error, never a guessable value
  thread_local KeyedHmac hmac;
  unsigned char digest[32];
  if (!hmac.digest(ctx.hash_key, s, digest)) return std::nullopt;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(64, '0');
  for (size_t i = 0; i < 32; ++i) {
    out[2 * i] = kHex[digest[i] >> 4];
    out[2 * i + 1] = kHex[digest[i] & 15];
  }
  return Scalar{std::move(out)};
}

std::optional<Scalar> email_domain(std::span<const Scalar> a, const NativeContext&) {
  const auto& s = std::get<std::string>(a[0]);
  size_t at = s.rfind('@');
  return Scalar{at == std::string::npos ? std::string() : s.substr(at + 1)};
}

std::optional<Scalar> show_first(std::span<const Scalar> a, const NativeContext&) { return show(a, true); }
std::optional<Scalar> show_last(std::span<const Scalar> a, const NativeContext&) { return show(a, false); }
std::optional<Scalar> year_only(std::span<const Scalar> a, const NativeContext&) { return truncate(a[0], true); }
std::optional<Scalar> month_only(std::span<const Scalar> a, const NativeContext&) { return truncate(a[0], false); }

std::optional<Scalar> bucket(std::span<const Scalar> a, const NativeContext&) {
  double width = as_double(a[1]);
  if (!(width > 0)) return std::nullopt;
  return same_number_type(a[0], std::floor(as_double(a[0]) / width) * width);
}

std::optional<Scalar> round_to(std::span<const Scalar> a, const NativeContext&) {
  int64_t digits = std::get<int64_t>(a[1]);
  if (digits > 15 || digits < -18) return std::nullopt;
  double scale = std::pow(10.0, static_cast<double>(digits));
  double v = as_double(a[0]);
  if (std::holds_alternative<int64_t>(a[0]) && digits >= 0) return a[0];
  // std::round rounds half away from zero, as SQL's ROUND does.
  return same_number_type(a[0], std::round(v * scale) / scale);
}

}  // namespace custos::stdlib::native
