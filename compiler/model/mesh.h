// The mesh as the checker sees it: the configuration (principal and context schema, tag
// taxonomy, sensitivity) and the data products read from ODCS contracts.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/type.h"
#include "source/source_map.h"

namespace custos {

struct Attribute {
  std::string name;
  Type type;
  bool optional = false;  // may be absent (null) at query time
  Span span;
};

// Hierarchical tags: `pii.direct` is under `pii`.
class TagTaxonomy {
 public:
  void add(const std::string& path, Span span);
  bool contains(const std::string& path) const { return spans_.count(path) != 0; }
  std::vector<std::string> all() const;
  Span span(const std::string& path) const;
  // True when `tag` equals `ancestor` or lies below it.
  static bool is_under(const std::string& tag, const std::string& ancestor);

 private:
  std::map<std::string, Span> spans_;
};

struct MeshConfig {
  FileId file = 0;
  std::string name;
  std::string root;  // directory of custos.yaml
  std::vector<std::string> contract_dirs;
  std::vector<std::string> policy_dirs;
  std::vector<Attribute> principal;
  std::vector<Attribute> context;
  TagTaxonomy tags;
  std::vector<std::string> sensitive_tags;
  std::vector<std::string> sensitive_classifications;

  const Attribute* find_principal(const std::string& n) const;
  const Attribute* find_context(const std::string& n) const;
};

struct Column {
  std::string name;
  Type type;
  bool required = false;
  bool primary_key = false;
  std::string classification;
  std::vector<std::string> tags;
  std::string physical_name;
  std::string physical_type;
  Span span;

  bool nullable() const { return !required; }
};

struct Product {
  std::string domain;
  std::string name;  // the schema object's name
  std::string contract_id;
  std::string physical_name;
  std::vector<std::string> tags;  // contract-level and object-level tags
  // What the contract says about the product, for `product.<attribute>` in conditions; empty when
  // the contract is silent (the attribute is then null).
  std::string data_product;    // `dataProduct`
  std::string status;          // `status`
  std::string version;         // `version`
  std::string owner;           // `team.name` (ODCS v3.1), else the custom property `owner`
  std::string classification;  // the custom property `classification` (schema object, else contract)
  std::vector<Column> columns;
  Span span;

  std::string qualified() const { return domain + "." + name; }
  const Column* find_column(const std::string& n) const;
  bool has_tag(const std::string& tag) const;
};

bool column_has_tag(const Column& c, const std::string& tag);

struct Mesh {
  MeshConfig config;
  std::vector<Product> products;
  std::map<std::string, size_t> index;  // qualified product name -> position in `products`

  void reindex();

  const Product* find_product(const std::string& qualified) const;
  std::vector<std::string> product_names() const;
  std::vector<std::string> domains() const;
  bool has_domain(const std::string& d) const;
};

}  // namespace custos
