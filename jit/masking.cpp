// Masked column values: which mask applies on each row (a compiled predicate kernel per
// row-dependent mask, or the interpreter), the stdlib's native implementations, and the result
// exported as an owning Arrow array.
#include <cstring>

#include "codegen.h"
#include "compiled_policy_set.h"
#include "host_calls.h"

namespace custos::jit {

namespace {

// The owner of an exported array's memory (ArrowArray::private_data).
struct ExportedColumn {
  std::string format;
  std::vector<uint8_t> validity;
  std::vector<uint8_t> data;
  std::vector<int32_t> offsets;
  std::vector<const void*> buffers;
};

void release_array(ArrowArray* a) {
  delete static_cast<ExportedColumn*>(a->private_data);
  a->release = nullptr;
}
void release_schema(ArrowSchema* s) {
  delete static_cast<std::string*>(s->private_data);
  s->release = nullptr;
}

// The Arrow format for values of one kind; utf8 text when they do not all share the column's kind.
MaskedColumn export_column(const std::string& name, TypeKind kind, const std::vector<Scalar>& values) {
  auto fits = [&](const Scalar& v) {
    if (is_null(v)) return true;
    switch (kind) {
      case TypeKind::Bool: return std::holds_alternative<bool>(v);
      case TypeKind::Int: return std::holds_alternative<int64_t>(v);
      case TypeKind::Float: return std::holds_alternative<double>(v);
      case TypeKind::String:
      case TypeKind::Enum: return std::holds_alternative<std::string>(v);
      case TypeKind::Date: return std::holds_alternative<Date>(v);
      case TypeKind::Timestamp: return std::holds_alternative<Timestamp>(v);
      default: return false;
    }
  };
  bool all_fit = true;
  for (const auto& v : values) all_fit = all_fit && fits(v);
  TypeKind k = all_fit ? kind : TypeKind::String;
  auto* out = new ExportedColumn;
  size_t n = values.size();
  out->validity.assign(n / 8 + 1, 0);
  int64_t nulls = 0;
  std::string text;
  if (k == TypeKind::String || k == TypeKind::Enum) out->offsets.push_back(0);
  for (size_t i = 0; i < n; ++i) {
    const Scalar& v = values[i];
    bool present = !is_null(v);
    if (present) out->validity[i / 8] |= static_cast<uint8_t>(1u << (i % 8));
    nulls += !present;
    auto put = [&](const void* p, size_t size) {
      size_t at = out->data.size();
      out->data.resize(at + size);
      std::memcpy(out->data.data() + at, p, size);
    };
    switch (k) {
      case TypeKind::Bool: {
        if (i % 8 == 0) out->data.push_back(0);
        if (present && std::get<bool>(v)) out->data.back() |= static_cast<uint8_t>(1u << (i % 8));
        break;
      }
      case TypeKind::Int: {
        int64_t x = present ? std::get<int64_t>(v) : 0;
        put(&x, 8);
        break;
      }
      case TypeKind::Float: {
        double x = present ? std::get<double>(v) : 0.0;
        put(&x, 8);
        break;
      }
      case TypeKind::Date: {
        int32_t x = present ? std::get<Date>(v).days : 0;
        put(&x, 4);
        break;
      }
      case TypeKind::Timestamp: {
        int64_t x = present ? std::get<Timestamp>(v).micros : 0;
        put(&x, 8);
        break;
      }
      default: {
        std::string s = present ? (std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : to_text(v)) : "";
        text += s;
        out->offsets.push_back(static_cast<int32_t>(text.size()));
      }
    }
  }
  switch (k) {
    case TypeKind::Bool: out->format = "b"; break;
    case TypeKind::Int: out->format = "l"; break;
    case TypeKind::Float: out->format = "g"; break;
    case TypeKind::Date: out->format = "tdD"; break;
    case TypeKind::Timestamp: out->format = "tsu:UTC"; break;
    default: out->format = "u"; out->data.assign(text.begin(), text.end());
  }
  out->data.push_back(0);  // never an empty buffer
  out->buffers.push_back(nulls ? out->validity.data() : nullptr);
  if (!out->offsets.empty()) out->buffers.push_back(out->offsets.data());
  out->buffers.push_back(out->data.data());

  MaskedColumn m;
  m.array.length = static_cast<int64_t>(n);
  m.array.null_count = nulls;
  m.array.n_buffers = static_cast<int64_t>(out->buffers.size());
  m.array.buffers = out->buffers.data();
  m.array.private_data = out;
  m.array.release = release_array;
  auto* schema_name = new std::string(name);
  m.schema.format = out->format.c_str();
  m.schema.name = schema_name->c_str();
  m.schema.flags = ARROW_FLAG_NULLABLE;
  m.schema.private_data = schema_name;
  m.schema.release = release_schema;
  return m;
}

}  // namespace

std::vector<Scalar> CompiledPolicySet::masked_values(const CompiledPlan& plan, const Inputs& inputs, const ColumnDecision& column,
                                                     const eval::BatchView& batch, const std::vector<uint32_t>& rows) const {
  std::vector<Scalar> out(rows.size(), Scalar{Null{}});
  if (column.outcome == eval::ColumnOutcome::Denied) return out;
  const Product& product = batch.product();
  // Per row-dependent mask: the truth of its `rows where` on each requested row.
  std::vector<std::vector<uint8_t>> truths(column.masks.size());
  for (size_t m = 0; m < column.masks.size(); ++m) {
    if (!column.masks[m].by_row) continue;
    truths[m] = predicate_truths(plan, inputs, column.masks[m], batch, rows);
  }
  const stdlib::NativeContext& natives = this->natives();
  for (size_t k = 0; k < rows.size(); ++k) {
    Scalar value = batch.value(column.index, rows[k]);
    out[k] = value;
    for (size_t m = 0; m < column.masks.size(); ++m) {
      const MaskChoice& choice = column.masks[m];
      if (choice.by_row && truths[m][k] == kFalse) continue;
      const stdlib::FunctionInfo* fn = choice.rule->mask;
      if (is_null(value) && fn->null_in_null_out) {
        out[k] = Null{};
      } else {
        std::vector<Scalar> args{value};
        args.insert(args.end(), choice.rule->mask_args.begin(), choice.rule->mask_args.end());
        auto r = fn->impl(args, natives);
        out[k] = r ? *r : Scalar{Null{}};
      }
      break;
    }
  }
  (void)product;
  return out;
}

MaskedColumn CompiledPolicySet::mask(const CompiledPlan& plan, const Inputs& inputs, const ColumnDecision& column,
                                     const eval::BatchView& batch, const std::vector<uint32_t>& rows) const {
  const Column& c = batch.product().columns.at(column.index);
  return export_column(c.name, c.type.kind, masked_values(plan, inputs, column, batch, rows));
}

}  // namespace custos::jit
