// The struct array's release callbacks release every child, as the C Data Interface requires.
#include "arrow_export.h"

namespace custos::embed {

namespace {

struct StructArray {
  std::vector<ArrowArray> children;
  std::vector<ArrowArray*> child_ptrs;
  const void* buffers[1] = {nullptr};
};
struct StructSchema {
  std::vector<ArrowSchema> children;
  std::vector<ArrowSchema*> child_ptrs;
};

void release_struct_array(ArrowArray* a) {
  auto* owner = static_cast<StructArray*>(a->private_data);
  for (ArrowArray& c : owner->children) {
    if (c.release) c.release(&c);
  }
  delete owner;
  a->release = nullptr;
}

void release_struct_schema(ArrowSchema* s) {
  auto* owner = static_cast<StructSchema*>(s->private_data);
  for (ArrowSchema& c : owner->children) {
    if (c.release) c.release(&c);
  }
  delete owner;
  s->release = nullptr;
}

}  // namespace

void export_struct(std::vector<jit::MaskedColumn>& columns, int64_t length, ArrowSchema* out_schema, ArrowArray* out_array) {
  auto array_owner = std::make_unique<StructArray>();
  auto schema_owner = std::make_unique<StructSchema>();
  array_owner->children.reserve(columns.size());
  schema_owner->children.reserve(columns.size());
  for (jit::MaskedColumn& c : columns) {
    array_owner->children.push_back(c.array);
    schema_owner->children.push_back(c.schema);
    c.array.release = nullptr;
    c.schema.release = nullptr;
  }
  for (ArrowArray& a : array_owner->children) array_owner->child_ptrs.push_back(&a);
  for (ArrowSchema& s : schema_owner->children) schema_owner->child_ptrs.push_back(&s);

  *out_array = ArrowArray{};
  out_array->length = length;
  out_array->null_count = 0;
  out_array->offset = 0;
  out_array->n_buffers = 1;
  out_array->n_children = static_cast<int64_t>(array_owner->children.size());
  out_array->buffers = array_owner->buffers;
  out_array->children = array_owner->child_ptrs.data();
  out_array->release = release_struct_array;
  out_array->private_data = array_owner.release();

  *out_schema = ArrowSchema{};
  out_schema->format = "+s";
  out_schema->name = "";
  out_schema->n_children = static_cast<int64_t>(schema_owner->children.size());
  out_schema->children = schema_owner->child_ptrs.data();
  out_schema->release = release_struct_schema;
  out_schema->private_data = schema_owner.release();
}

}  // namespace custos::embed
