// Fuzzes the bundle loader. The input is used two ways: as a whole bundle file (framing,
// manifest, checksum and signature checks), and — to get past the checksum — as text spliced into
// the policy files of a valid bundle that is then re-framed with the right hashes (the loader's
// parse / check / lower path). A bundle that loads must then decide every product without crashing.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

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
  natives.hash_key = "a fuzzing and benchmarking key, 32+ bytes long";
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

  // Splice the input into the policies of a valid bundle, re-framed with the right hashes, so
  // that fuzzed text reaches the loader's parse / check / lower path (a mutated bundle file almost
  // never gets past its checksum).
  static const bundle::Bundle base = [] {
    ReadResult r = read_file_limited(std::string(CUSTOS_SOURCE_DIR) + "/tests/golden/cli/inputs/bundles/examples-v1.bundle",
                                     bundle::kMaxBundleBytes);
    std::string e;
    auto p = r.text ? bundle::parse(*r.text, e) : std::nullopt;
    if (!p) std::abort();
    return p->bundle;
  }();
  bundle::Bundle spliced = base;
  std::vector<size_t> policies;
  for (size_t i = 0; i < spliced.files.size(); ++i) {
    if (spliced.files[i].kind == bundle::FileKind::Policy) policies.push_back(i);
  }
  auto& f = spliced.files[policies[size % policies.size()]];
  size_t at = f.text.empty() ? 0 : (size * 131) % f.text.size();
  f.text.insert(at, bytes.substr(0, 512));
  spliced.content_sha256 = bundle::content_hash(spliced.files);
  if (auto b = bundle::load(bundle::serialize(spliced), {}, "fuzz-spliced", error)) decide_everything(*b);
  return 0;
}
