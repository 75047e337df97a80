// Ed25519 keys and signatures for bundles (OpenSSL). Keys are PEM files: PKCS#8 private keys and
// SubjectPublicKeyInfo public keys, the forms `openssl genpkey -algorithm ed25519` writes.
#pragma once

#include <string>
#include <string_view>

namespace custos::bundle {

struct KeyPair {
  std::string private_pem;
  std::string public_pem;
};
// A fresh key pair; throws std::runtime_error if OpenSSL cannot make one.
KeyPair generate_key_pair();

// True when `public_pem` holds an Ed25519 public key in PEM form; otherwise false with `error`.
// An empty key is never valid: callers that mean "no verification" pass no key at all.
bool is_public_key(std::string_view public_pem, std::string& error);

// Signs `message` with a PEM private key: 64 raw bytes, or empty with `error` set.
std::string sign(std::string_view message, std::string_view private_pem, std::string& error);
// True when `signature` is a valid signature of `message` by the PEM public key; otherwise false
// with `error` saying why (bad key, bad signature).
bool verify(std::string_view message, std::string_view signature, std::string_view public_pem, std::string& error);

}  // namespace custos::bundle
