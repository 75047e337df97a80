// Arrow batch validation and cell access.
#include "arrow_batch.h"

#include <algorithm>
#include <cstring>

namespace custos::eval {

namespace {

struct FormatInfo {
  ArrowLayout layout;
  int64_t scale = 1;
};

std::optional<FormatInfo> parse_format(const std::string& f) {
  if (f == "b") return FormatInfo{ArrowLayout::Bool};
  if (f == "c") return FormatInfo{ArrowLayout::Int8};
  if (f == "s") return FormatInfo{ArrowLayout::Int16};
  if (f == "i") return FormatInfo{ArrowLayout::Int32};
  if (f == "l") return FormatInfo{ArrowLayout::Int64};
  if (f == "f") return FormatInfo{ArrowLayout::Float32};
  if (f == "g") return FormatInfo{ArrowLayout::Float64};
  if (f == "u") return FormatInfo{ArrowLayout::Utf8};
  if (f == "U") return FormatInfo{ArrowLayout::LargeUtf8};
  if (f == "tdD") return FormatInfo{ArrowLayout::Date32};
  if (f.rfind("ts", 0) == 0 && f.size() >= 4 && f[3] == ':') {
    // Only UTC (or zone-less) timestamps: any other zone would change the instant's meaning.
    std::string zone = f.substr(4);
    if (!zone.empty() && zone != "UTC" && zone != "Etc/UTC" && zone != "+00:00") return std::nullopt;
    switch (f[2]) {
      case 's': return FormatInfo{ArrowLayout::Timestamp, 1000000};
      case 'm': return FormatInfo{ArrowLayout::Timestamp, 1000};
      case 'u': return FormatInfo{ArrowLayout::Timestamp, 1};
      case 'n': return FormatInfo{ArrowLayout::Timestamp, -1000};
      default: return std::nullopt;
    }
  }
  return std::nullopt;
}

bool is_integer(ArrowLayout l) {
  return l == ArrowLayout::Int8 || l == ArrowLayout::Int16 || l == ArrowLayout::Int32 || l == ArrowLayout::Int64;
}

// Which layouts may carry a column of a given contract type.
bool fits(TypeKind kind, ArrowLayout l) {
  switch (kind) {
    case TypeKind::Bool: return l == ArrowLayout::Bool;
    case TypeKind::Int: return is_integer(l);
    case TypeKind::Float: return l == ArrowLayout::Float32 || l == ArrowLayout::Float64 || is_integer(l);
    case TypeKind::String:
    case TypeKind::Enum: return l == ArrowLayout::Utf8 || l == ArrowLayout::LargeUtf8;
    case TypeKind::Date: return l == ArrowLayout::Date32;
    case TypeKind::Timestamp: return l == ArrowLayout::Timestamp;
    default: return false;
  }
}

size_t expected_buffers(ArrowLayout l) { return l == ArrowLayout::Utf8 || l == ArrowLayout::LargeUtf8 ? 3 : 2; }

bool valid_bit(const ArrowArray* a, int64_t row) {
  if (a->null_count == 0 || !a->buffers[0]) return true;
  int64_t i = a->offset + row;
  return (static_cast<const uint8_t*>(a->buffers[0])[i >> 3] >> (i & 7)) & 1;
}

Scalar read(const ArrowArray* a, ArrowLayout layout, int64_t scale, TypeKind kind, int64_t row) {
  if (!valid_bit(a, row)) return Null{};
  int64_t i = a->offset + row;
  const void* data = a->buffers[1];
  auto integer = [&]() -> int64_t {
    switch (layout) {
      case ArrowLayout::Int8: return static_cast<const int8_t*>(data)[i];
      case ArrowLayout::Int16: return static_cast<const int16_t*>(data)[i];
      case ArrowLayout::Int32: return static_cast<const int32_t*>(data)[i];
      default: return static_cast<const int64_t*>(data)[i];
    }
  };
  switch (layout) {
    case ArrowLayout::Bool: return bool((static_cast<const uint8_t*>(data)[i >> 3] >> (i & 7)) & 1);
    case ArrowLayout::Int8:
    case ArrowLayout::Int16:
    case ArrowLayout::Int32:
    case ArrowLayout::Int64:
      if (kind == TypeKind::Float) return static_cast<double>(integer());
      return integer();
    case ArrowLayout::Float32: return static_cast<double>(static_cast<const float*>(data)[i]);
    case ArrowLayout::Float64: return static_cast<const double*>(data)[i];
    case ArrowLayout::Utf8: {
      const int32_t* off = static_cast<const int32_t*>(data);
      return std::string(static_cast<const char*>(a->buffers[2]) + off[i], static_cast<size_t>(off[i + 1] - off[i]));
    }
    case ArrowLayout::LargeUtf8: {
      const int64_t* off = static_cast<const int64_t*>(data);
      return std::string(static_cast<const char*>(a->buffers[2]) + off[i], static_cast<size_t>(off[i + 1] - off[i]));
    }
    case ArrowLayout::Date32: return Date{static_cast<const int32_t*>(data)[i]};
    case ArrowLayout::Timestamp: {
      int64_t v = static_cast<const int64_t*>(data)[i];
      if (scale > 0) {
        int64_t out;
        if (__builtin_mul_overflow(v, scale, &out)) return Null{};
        return Timestamp{out};
      }
      // Nanoseconds: floor to microseconds.
      int64_t d = -scale;
      return Timestamp{v >= 0 ? v / d : -((-v + d - 1) / d)};
    }
  }
  return Null{};
}

bool check_array(const ArrowArray* a, ArrowLayout layout, int64_t length, const std::string& name, std::string& error) {
  if (!a || a->release == nullptr) {
    error = "column `" + name + "`: the array is missing or already released";
    return false;
  }
  if (a->length < length || a->offset < 0 || a->n_buffers != static_cast<int64_t>(expected_buffers(layout)) ||
      !a->buffers || !a->buffers[1] || (layout != ArrowLayout::Bool && expected_buffers(layout) == 3 && !a->buffers[2])) {
    error = "column `" + name + "`: the array's buffers do not match its format";
    return false;
  }
  if (a->null_count != 0 && !a->buffers[0]) {
    error = "column `" + name + "`: the array has nulls but no validity bitmap";
    return false;
  }
  // String offsets must start at zero or later and never decrease: anything else would read
  // outside the data buffer (one pass over the offsets; both engines rely on it).
  auto offsets_ok = [&](auto* off) {
    const int64_t first = a->offset, last = a->offset + a->length;
    if (off[first] < 0) return false;
    for (int64_t i = first; i < last; ++i) {
      if (off[i + 1] < off[i]) return false;
    }
    return true;
  };
  bool ok = layout == ArrowLayout::Utf8        ? offsets_ok(static_cast<const int32_t*>(a->buffers[1]))
            : layout == ArrowLayout::LargeUtf8 ? offsets_ok(static_cast<const int64_t*>(a->buffers[1]))
                                               : true;
  if (!ok) {
    error = "column `" + name + "`: the string offsets are negative or decreasing";
    return false;
  }
  return true;
}

}  // namespace

std::optional<BatchView> BatchView::make(const ArrowSchema* schema, const ArrowArray* array, const Product& product,
                                         std::string& error) {
  if (!schema || !array || !schema->format || std::strcmp(schema->format, "+s") != 0) {
    error = "a batch must be a struct array (format `+s`) with one child per column";
    return std::nullopt;
  }
  if (schema->n_children != array->n_children || array->length < 0) {
    error = "the batch's schema and array disagree on the number of columns";
    return std::nullopt;
  }
  if (array->offset != 0) {
    error = "batches with a non-zero struct offset are not supported";
    return std::nullopt;
  }
  // Selections hold 32-bit row indices.
  if (array->length > int64_t{UINT32_MAX}) {
    error = "the batch has " + std::to_string(array->length) + " rows; a batch may have at most 4294967295";
    return std::nullopt;
  }
  BatchView v;
  v.product_ = &product;
  v.length_ = array->length;
  v.by_product_.assign(product.columns.size(), -1);
  for (int64_t c = 0; c < schema->n_children; ++c) {
    const ArrowSchema* s = schema->children[c];
    const ArrowArray* a = array->children[c];
    std::string name = s && s->name ? s->name : "";
    const Column* col = product.find_column(name);
    if (!col) {
      error = "the batch has a column `" + name + "` that `" + product.qualified() + "` does not have (schema drift)";
      return std::nullopt;
    }
    size_t index = static_cast<size_t>(col - product.columns.data());
    if (v.by_product_[index] >= 0) {
      error = "the batch has column `" + name + "` twice";
      return std::nullopt;
    }
    auto format = parse_format(s->format ? s->format : "");
    ArrowColumn ac;
    ac.column = col;
    ac.array = a;
    if (s->dictionary) {
      auto values = parse_format(s->dictionary->format ? s->dictionary->format : "");
      if (!format || !is_integer(format->layout) || !values || !fits(col->type.kind, values->layout) || !a || !a->dictionary) {
        error = "column `" + name + "`: unsupported dictionary encoding for a `" + to_string(col->type) + "` column";
        return std::nullopt;
      }
      ac.dictionary = true;
      ac.layout = format->layout;
      ac.value_layout = values->layout;
      ac.timestamp_scale = values->scale;
      if (!check_array(a, ac.layout, v.length_, name, error) ||
          !check_array(a->dictionary, ac.value_layout, 0, name + "` (dictionary", error)) {
        return std::nullopt;
      }
    } else {
      if (!format || !fits(col->type.kind, format->layout)) {
        error = "column `" + name + "` is `" + to_string(col->type) + "` in the contract, but the batch has Arrow format `" +
                std::string(s->format ? s->format : "") + "` (schema drift)";
        return std::nullopt;
      }
      ac.layout = format->layout;
      ac.timestamp_scale = format->scale;
      if (!check_array(a, ac.layout, v.length_, name, error)) return std::nullopt;
    }
    v.by_product_[index] = static_cast<int>(v.columns_.size());
    v.columns_.push_back(ac);
  }
  return v;
}

Scalar BatchView::value(size_t index, int64_t row) const {
  const ArrowColumn* c = column(index);
  if (!c) return Null{};
  if (!c->dictionary) return read(c->array, c->layout, c->timestamp_scale, c->column->type.kind, row);
  Scalar key = read(c->array, c->layout, 1, TypeKind::Int, row);
  if (is_null(key)) return Null{};
  int64_t k = std::get<int64_t>(key);
  // An index outside the dictionary reads as null: it can never reveal a value.
  if (k < 0 || k >= c->array->dictionary->length) return Null{};
  return read(c->array->dictionary, c->value_layout, c->timestamp_scale, c->column->type.kind, k);
}

std::vector<Scalar> BatchView::row(int64_t r) const {
  std::vector<Scalar> out(product_->columns.size(), Scalar{Null{}});
  for (size_t i = 0; i < out.size(); ++i) out[i] = value(i, r);
  return out;
}

namespace {
void used_slots(const ir::Expr& e, std::vector<size_t>& out) {
  if (e.kind() == ir::ExprKind::Column && e.slot() >= 0) out.push_back(static_cast<size_t>(e.slot()));
  for (const auto& k : e.kids) used_slots(*k, out);
}
}  // namespace

std::vector<uint32_t> select_rows(const Plan& plan, const BatchView& batch, const stdlib::NativeContext& natives) {
  std::vector<uint32_t> out;
  if (!plan.allowed || !plan.row_filter) return out;
  // Only the columns the filter reads are fetched, into one row buffer reused for every row.
  std::vector<size_t> slots;
  used_slots(*plan.row_filter, slots);
  std::sort(slots.begin(), slots.end());
  slots.erase(std::unique(slots.begin(), slots.end()), slots.end());
  std::vector<Scalar> row(batch.product().columns.size(), Scalar{Null{}});
  for (int64_t r = 0; r < batch.length(); ++r) {
    for (size_t s : slots) row[s] = batch.value(s, r);
    if (row_visible(plan, row, natives)) out.push_back(static_cast<uint32_t>(r));
  }
  return out;
}

}  // namespace custos::eval
