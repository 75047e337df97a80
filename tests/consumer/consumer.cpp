// Loads a bundle through the installed C++ API and prints one decision.
#include <custos/custos.hpp>

#include <iostream>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  try {
    custos::Engine engine;
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
