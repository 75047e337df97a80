// Fuzzes the bundle loader. The input is used two ways: as a whole bundle file (framing,
// manifest, checksum and signature checks), and — to get past the checksum — as text spliced into
// the policy files of a valid bundle that is then re-framed with the right hashes (the loader's
// parse / check / lower path). A bundle that loads must then decide every product without crashing.
#include <cstdint>
#include <string>

#include "load_bundle.h"
#include "plan.h"

using namespace custos;

namespace {
// tests/golden/cli/inputs/keys/test.pub: half the inputs are loaded requiring its signature.
const char* kPublicKey =
    "-----BEGIN PUBLIC KEY-----\n"
    "MCowBQYDK2VwAyEAd5gPeItTjm8lDZ2wqqQHeRj8wWpA45f8Ts3TOAqR2MQ=\n"
    "-----END PUBLIC KEY-----\n";

void decide_everything(const bundle::LoadedBundle& b) {
  eval::Attributes none;
  stdlib::NativeContext natives;
  for (size_t p = 0; p < b.mesh->products.size(); ++p) {
    eval::Plan plan = eval::make_plan(*b.set, p, none, none, {}, natives);
    volatile bool sink = plan.allowed;
    (void)sink;
  }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  std::string error;
  bundle::VerifyOptions verify;
  if (size > 0 && data[0] % 3 == 0) verify.public_key_pem = kPublicKey;
  if (auto b = bundle::load(bytes, verify, "fuzz", error)) decide_everything(*b);

  // Splice the input into a valid bundle's policies when the input itself is one.
  auto parsed = bundle::parse(bytes, error);
  if (!parsed) return 0;
  for (size_t i = 0; i < parsed->bundle.files.size(); ++i) {
    auto& f = parsed->bundle.files[i];
    if (f.kind != bundle::FileKind::Policy || f.text.empty()) continue;
    size_t at = (size + i * 131) % f.text.size();
    f.text.insert(at, bytes.substr(size / 2, 64));
  }
  parsed->bundle.content_sha256 = bundle::content_hash(parsed->bundle.files);
  parsed->bundle.signature.reset();
  if (auto b = bundle::load(bundle::serialize(parsed->bundle), {}, "fuzz-spliced", error)) decide_everything(*b);
  return 0;
}
