// Loads a bundle through the installed C++ API and prints one decision.
#include <custos/custos.hpp>

#include <fstream>
#include <iostream>
#include <iterator>

int main(int argc, char** argv) {
  if (argc != 3) return 2;  // consumer BUNDLE HASH_KEY_FILE
  try {
    std::ifstream key_file(argv[2], std::ios::binary);
    std::string key{std::istreambuf_iterator<char>(key_file), std::istreambuf_iterator<char>()};
    if (!key.empty() && key.back() == '\n') key.pop_back();
    custos::EngineOptions options;
    options.hash_key = key;
    custos::Engine engine(options);
    engine.load_bundle_file(argv[1]);
    auto session = engine.session(R"({"id": "ana", "roles": ["analyst"], "region": "EU", "domain": "crm",
                                     "country": "DE", "clearance": 2})");
    custos::Plan plan = session.plan("crm.customers", {"email", "tax_id"});
    std::cout << "c++: revision " << plan.revision() << ", crm.customers " << (plan.allowed() ? "allowed" : "denied");
    for (const auto& c : plan.columns()) std::cout << ", " << c.name << " " << custos::to_string(c.outcome);
    std::cout << "\n";
    return plan.allowed() ? 0 : 1;
  } catch (const custos::Error& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
}
