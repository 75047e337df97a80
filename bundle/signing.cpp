// Ed25519 through OpenSSL's EVP interface (one-shot DigestSign/DigestVerify, as Ed25519 requires).
#include "signing.h"

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>
#include <stdexcept>

namespace custos::bundle {

namespace {

struct PkeyFree {
  void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
struct BioFree {
  void operator()(BIO* b) const { BIO_free(b); }
};
struct MdCtxFree {
  void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Bio = std::unique_ptr<BIO, BioFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

Pkey read_key(std::string_view pem, bool is_private) {
  if (pem.size() > 64 * 1024) return nullptr;
  Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  if (!bio) return nullptr;
  Pkey key(is_private ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)
                      : PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
  if (key && EVP_PKEY_id(key.get()) != EVP_PKEY_ED25519) return nullptr;
  return key;
}

std::string bio_string(BIO* bio) {
  char* data = nullptr;
  long n = BIO_get_mem_data(bio, &data);
  return std::string(data, static_cast<size_t>(n));
}

}  // namespace

KeyPair generate_key_pair() {
  std::unique_ptr<EVP_PKEY_CTX, void (*)(EVP_PKEY_CTX*)> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr),
                                                             EVP_PKEY_CTX_free);
  EVP_PKEY* raw = nullptr;
  if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0 || EVP_PKEY_keygen(ctx.get(), &raw) <= 0) {
    throw std::runtime_error("OpenSSL could not generate an Ed25519 key");
  }
  Pkey key(raw);
  Bio priv(BIO_new(BIO_s_mem())), pub(BIO_new(BIO_s_mem()));
  if (!priv || !pub || !PEM_write_bio_PrivateKey(priv.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) ||
      !PEM_write_bio_PUBKEY(pub.get(), key.get())) {
    throw std::runtime_error("OpenSSL could not write the Ed25519 key as PEM");
  }
  return {bio_string(priv.get()), bio_string(pub.get())};
}

std::string sign(std::string_view message, std::string_view private_pem, std::string& error) {
  Pkey key = read_key(private_pem, true);
  if (!key) {
    error = "not an Ed25519 private key in PEM form";
    return {};
  }
  MdCtx ctx(EVP_MD_CTX_new());
  unsigned char sig[64];
  size_t len = sizeof sig;
  if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) <= 0 ||
      EVP_DigestSign(ctx.get(), sig, &len, reinterpret_cast<const unsigned char*>(message.data()), message.size()) <= 0 ||
      len != sizeof sig) {
    error = "OpenSSL could not sign the bundle";
    return {};
  }
  return std::string(reinterpret_cast<const char*>(sig), len);
}

bool is_public_key(std::string_view public_pem, std::string& error) {
  if (public_pem.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    error = "the public key is empty";
    return false;
  }
  if (!read_key(public_pem, false)) {
    error = "the public key is not an Ed25519 public key in PEM form";
    return false;
  }
  return true;
}

bool verify(std::string_view message, std::string_view signature, std::string_view public_pem, std::string& error) {
  Pkey key = read_key(public_pem, false);
  if (!key) {
    error = "the configured public key is not an Ed25519 public key in PEM form";
    return false;
  }
  MdCtx ctx(EVP_MD_CTX_new());
  if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) <= 0) {
    error = "OpenSSL could not set up signature verification";
    return false;
  }
  int ok = EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()), signature.size(),
                            reinterpret_cast<const unsigned char*>(message.data()), message.size());
  if (ok != 1) {
    error = "the bundle's signature does not verify with the configured public key (tampered, or signed by another key)";
    return false;
  }
  return true;
}

}  // namespace custos::bundle
