// Lookups over the mesh model.
#include "model/mesh.h"

#include <algorithm>
#include <set>

namespace custos {

void TagTaxonomy::add(const std::string& path, Span span) { spans_.emplace(path, span); }

std::vector<std::string> TagTaxonomy::all() const {
  std::vector<std::string> out;
  for (const auto& [k, v] : spans_) out.push_back(k);
  return out;
}

Span TagTaxonomy::span(const std::string& path) const {
  auto it = spans_.find(path);
  return it == spans_.end() ? Span{} : it->second;
}

bool TagTaxonomy::is_under(const std::string& tag, const std::string& ancestor) {
  return tag == ancestor || (tag.size() > ancestor.size() && tag.compare(0, ancestor.size(), ancestor) == 0 &&
                             tag[ancestor.size()] == '.');
}

namespace {
const Attribute* find_attr(const std::vector<Attribute>& list, const std::string& n) {
  for (const auto& a : list) {
    if (a.name == n) return &a;
  }
  return nullptr;
}
}  // namespace

const Attribute* MeshConfig::find_principal(const std::string& n) const { return find_attr(principal, n); }
const Attribute* MeshConfig::find_context(const std::string& n) const { return find_attr(context, n); }

const Column* Product::find_column(const std::string& n) const {
  for (const auto& c : columns) {
    if (c.name == n) return &c;
  }
  return nullptr;
}

bool Product::has_tag(const std::string& tag) const {
  return std::any_of(tags.begin(), tags.end(), [&](const std::string& t) { return TagTaxonomy::is_under(t, tag); });
}

bool column_has_tag(const Column& c, const std::string& tag) {
  return std::any_of(c.tags.begin(), c.tags.end(), [&](const std::string& t) { return TagTaxonomy::is_under(t, tag); });
}

void Mesh::reindex() {
  index.clear();
  for (size_t i = 0; i < products.size(); ++i) index.emplace(products[i].qualified(), i);
}

const Product* Mesh::find_product(const std::string& qualified) const {
  auto it = index.find(qualified);
  return it == index.end() ? nullptr : &products[it->second];
}

std::vector<std::string> Mesh::product_names() const {
  std::vector<std::string> out;
  for (const auto& p : products) out.push_back(p.qualified());
  return out;
}

std::vector<std::string> Mesh::domains() const {
  std::set<std::string> s;
  for (const auto& p : products) s.insert(p.domain);
  return {s.begin(), s.end()};
}

bool Mesh::has_domain(const std::string& d) const {
  return std::any_of(products.begin(), products.end(), [&](const Product& p) { return p.domain == d; });
}

}  // namespace custos
