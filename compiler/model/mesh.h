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
  // Classifications from least to most protected (`classifications` in custos.yaml); empty when
  // the mesh does not rank them (then only sensitive classifications outrank the others).
  std::vector<std::string> classifications;
  // Who may approve a derived column that is less protected than its sources
  // (`downgrade_approvers`); empty when any approver a contract's `roles` names may.
  std::vector<std::string> downgrade_approvers;

  const Attribute* find_principal(const std::string& n) const;
  const Attribute* find_context(const std::string& n) const;
};

// One source of a derived column, as the contract's `transformSourceObjects` names it:
// `<domain>.<product>.<column>`, or `<domain>.<product>` for its column of the same name.
struct ColumnSource {
  std::string product;  // qualified
  std::string column;
  Span span;
};

// A derived column that is less protected than its sources, recorded in the contract with who
// approved it (custom property `downgrade`). It excuses exactly what it lists.
struct Downgrade {
  std::vector<std::string> drops;  // source tags the column may lack (a tag covers those below it)
  std::string classification;      // the lower classification the column may declare; "" for none
  std::string approved_by;         // an approver of one of the contract's `roles`
  std::string reason;
  Span span;
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
  std::string description;  // the contract's `description`, for editors; never decides anything
  Span span;
  // Lineage: where the column's data comes from. Tags and classification the contract does not
  // declare are inherited from the sources when the mesh is assembled (mesh/lineage.h), so every
  // rule, coverage check and backend sees them in `tags` and `classification`.
  std::vector<ColumnSource> sources;
  bool sources_declared = false;         // the contract states `transformSourceObjects` (possibly empty)
  bool tags_declared = false;            // the contract states `tags` (possibly empty)
  bool classification_declared = false;  // the contract states `classification`
  std::vector<std::string> inherited_tags;  // the tags that came from the sources
  bool classification_inherited = false;
  std::optional<Downgrade> downgrade;

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
  std::vector<std::string> approvers;  // first- and second-level approvers of the contract's `roles`
  std::vector<std::string> inputs;     // qualified products it derives from (ODPS input ports)
  std::string description;             // the schema object's `description`, for editors
  std::vector<Column> columns;
  Span span;

  std::string qualified() const { return domain + "." + name; }
  const Column* find_column(const std::string& n) const;
  bool has_tag(const std::string& tag) const;
};

bool column_has_tag(const Column& c, const std::string& tag);

// An Open Data Product Standard (ODPS v1) port: the contract a data product reads (input) or
// publishes (output), by the contract's `id`.
struct DataProductPort {
  std::string name;
  std::string contract_id;
  Span span;
  // An output port's `inputContracts`: the contracts it is built from (by id). Empty: all of the
  // data product's input ports.
  std::vector<DataProductPort> input_contracts;
};

// An ODPS data product (`kind: DataProduct` beside the contracts): product-level lineage. Each
// product of an output contract derives from the products of the input contracts.
struct DataProductDecl {
  std::string id;
  std::string name;
  Span span;
  std::vector<DataProductPort> inputs;
  std::vector<DataProductPort> outputs;
};

struct Mesh {
  MeshConfig config;
  std::vector<Product> products;
  std::vector<DataProductDecl> data_products;
  std::map<std::string, size_t> index;  // qualified product name -> position in `products`

  void reindex();

  const Product* find_product(const std::string& qualified) const;
  std::vector<std::string> product_names() const;
  std::vector<std::string> domains() const;
  bool has_domain(const std::string& d) const;
};

}  // namespace custos
