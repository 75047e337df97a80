// Arrow batches for tests: owning buffers, spec-conforming layout.
#include "arrow_builder.h"

#include <cstring>
#include <algorithm>

namespace custos::eval {

namespace {
void release_schema(ArrowSchema* s) { s->release = nullptr; }
void release_array(ArrowArray* a) { a->release = nullptr; }
}  // namespace

struct ArrowBatchBuilder::Column {
  std::string name, format, dict_format;
  std::vector<uint8_t> validity;
  std::vector<uint8_t> data;
  std::vector<int32_t> offsets;
  std::vector<const void*> buffers;
  ArrowSchema schema{};
  ArrowArray array{};
  std::unique_ptr<Column> dictionary;

  template <class T>
  void fill(const std::vector<std::optional<T>>& values) {
    validity.assign((values.size() + 7) / 8 + 1, 0);
    data.assign(values.size() * sizeof(T) + 8, 0);
    int64_t nulls = 0;
    for (size_t i = 0; i < values.size(); ++i) {
      if (values[i]) {
        validity[i / 8] |= static_cast<uint8_t>(1u << (i % 8));
        std::memcpy(data.data() + i * sizeof(T), &*values[i], sizeof(T));
      } else {
        ++nulls;
      }
    }
    array.null_count = nulls;
    buffers = {nulls ? validity.data() : nullptr, data.data()};
  }
};

ArrowBatchBuilder::ArrowBatchBuilder() = default;
ArrowBatchBuilder::~ArrowBatchBuilder() = default;

ArrowBatchBuilder::Column& ArrowBatchBuilder::add(const std::string& name, const std::string& format, int64_t length) {
  auto c = std::make_unique<Column>();
  c->name = name;
  c->format = format;
  c->array.length = length;
  length_ = std::max(length_, length);
  columns_.push_back(std::move(c));
  return *columns_.back();
}

void ArrowBatchBuilder::add_int64(const std::string& name, const std::vector<std::optional<int64_t>>& v) {
  add(name, "l", static_cast<int64_t>(v.size())).fill(v);
  finish();
}
void ArrowBatchBuilder::add_int32(const std::string& name, const std::vector<std::optional<int32_t>>& v) {
  add(name, "i", static_cast<int64_t>(v.size())).fill(v);
  finish();
}
void ArrowBatchBuilder::add_float64(const std::string& name, const std::vector<std::optional<double>>& v) {
  add(name, "g", static_cast<int64_t>(v.size())).fill(v);
  finish();
}
void ArrowBatchBuilder::add_date32(const std::string& name, const std::vector<std::optional<int32_t>>& v) {
  add(name, "tdD", static_cast<int64_t>(v.size())).fill(v);
  finish();
}
void ArrowBatchBuilder::add_timestamp(const std::string& name, const std::vector<std::optional<int64_t>>& v,
                                      const std::string& format) {
  add(name, format, static_cast<int64_t>(v.size())).fill(v);
  finish();
}

void ArrowBatchBuilder::add_bool(const std::string& name, const std::vector<std::optional<bool>>& v) {
  Column& c = add(name, "b", static_cast<int64_t>(v.size()));
  c.validity.assign((v.size() + 7) / 8 + 1, 0);
  c.data.assign((v.size() + 7) / 8 + 1, 0);
  int64_t nulls = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    if (!v[i]) {
      ++nulls;
      continue;
    }
    c.validity[i / 8] |= static_cast<uint8_t>(1u << (i % 8));
    if (*v[i]) c.data[i / 8] |= static_cast<uint8_t>(1u << (i % 8));
  }
  c.array.null_count = nulls;
  c.buffers = {nulls ? c.validity.data() : nullptr, c.data.data()};
  finish();
}

void ArrowBatchBuilder::add_utf8(const std::string& name, const std::vector<std::optional<std::string>>& v) {
  Column& c = add(name, "u", static_cast<int64_t>(v.size()));
  c.validity.assign((v.size() + 7) / 8 + 1, 0);
  c.offsets.assign(1, 0);
  int64_t nulls = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i]) {
      c.validity[i / 8] |= static_cast<uint8_t>(1u << (i % 8));
      c.data.insert(c.data.end(), v[i]->begin(), v[i]->end());
    } else {
      ++nulls;
    }
    c.offsets.push_back(static_cast<int32_t>(c.data.size()));
  }
  c.data.push_back(0);
  c.array.null_count = nulls;
  c.buffers = {nulls ? c.validity.data() : nullptr, c.offsets.data(), c.data.data()};
  finish();
}

void ArrowBatchBuilder::add_dict_utf8(const std::string& name, const std::vector<std::string>& dictionary,
                                      const std::vector<std::optional<int32_t>>& indices) {
  Column& c = add(name, "i", static_cast<int64_t>(indices.size()));
  c.fill(indices);
  auto d = std::make_unique<Column>();
  d->format = "u";
  d->offsets.assign(1, 0);
  for (const auto& s : dictionary) {
    d->data.insert(d->data.end(), s.begin(), s.end());
    d->offsets.push_back(static_cast<int32_t>(d->data.size()));
  }
  d->data.push_back(0);
  d->buffers = {nullptr, d->offsets.data(), d->data.data()};
  d->array.length = static_cast<int64_t>(dictionary.size());
  c.dictionary = std::move(d);
  finish();
}

void ArrowBatchBuilder::add_raw(const std::string& name, const std::string& format, int64_t length, int64_t null_count,
                                std::vector<const void*> buffers) {
  Column& c = add(name, format, length);
  c.array.null_count = null_count;
  c.buffers = std::move(buffers);
  finish();
}

void ArrowBatchBuilder::finish() {
  Column& c = *columns_.back();
  auto wire = [](Column& col) {
    col.schema.format = col.format.c_str();
    col.schema.name = col.name.c_str();
    col.schema.flags = ARROW_FLAG_NULLABLE;
    col.schema.release = release_schema;
    col.array.n_buffers = static_cast<int64_t>(col.buffers.size());
    col.array.buffers = col.buffers.data();
    col.array.release = release_array;
  };
  wire(c);
  if (c.dictionary) {
    wire(*c.dictionary);
    c.schema.dictionary = &c.dictionary->schema;
    c.array.dictionary = &c.dictionary->array;
  }
  child_schemas_.clear();
  child_arrays_.clear();
  for (auto& col : columns_) {
    child_schemas_.push_back(&col->schema);
    child_arrays_.push_back(&col->array);
  }
  schema_ = ArrowSchema{"+s", "", nullptr, 0, static_cast<int64_t>(columns_.size()), child_schemas_.data(), nullptr,
                        release_schema, nullptr};
  array_ = ArrowArray{length_, 0, 0, 1, static_cast<int64_t>(columns_.size()), struct_buffers_, child_arrays_.data(),
                      nullptr, release_array, nullptr};
}

}  // namespace custos::eval

namespace custos::eval {

bool add_rows(ArrowBatchBuilder& batch, const Product& product, const std::vector<eval::Row>& rows,
              const std::vector<std::string>& dictionary) {
  for (const auto& r : rows) {
    if (r.size() != product.columns.size()) return false;
  }
  for (size_t c = 0; c < product.columns.size(); ++c) {
    const Column& col = product.columns[c];
    // The column's values as T, projected to what the builder takes; nullopt when one has another type.
    auto values = [&](auto tag, auto project) {
      using T = decltype(tag);
      using U = decltype(project(std::declval<const T&>()));
      std::optional<std::vector<std::optional<U>>> out(std::in_place);
      for (const auto& row : rows) {
        const Scalar& v = row[c];
        if (is_null(v)) {
          out->push_back(std::nullopt);
        } else if (const T* x = std::get_if<T>(&v)) {
          out->push_back(project(*x));
        } else {
          return decltype(out){};
        }
      }
      return out;
    };
    auto same = [](const auto& x) { return x; };
    auto add = [&](auto column, auto adder) {
      if (!column) return false;
      (batch.*adder)(col.name, *column);
      return true;
    };
    bool ok;
    switch (col.type.kind) {
      case TypeKind::Int: ok = add(values(int64_t{}, same), &ArrowBatchBuilder::add_int64); break;
      case TypeKind::Float: ok = add(values(double{}, same), &ArrowBatchBuilder::add_float64); break;
      case TypeKind::Bool: ok = add(values(bool{}, same), &ArrowBatchBuilder::add_bool); break;
      case TypeKind::Date: ok = add(values(Date{}, [](const Date& d) { return d.days; }), &ArrowBatchBuilder::add_date32); break;
      case TypeKind::Timestamp: {
        auto v = values(Timestamp{}, [](const Timestamp& t) { return t.micros; });
        ok = v.has_value();
        if (ok) batch.add_timestamp(col.name, *v);
        break;
      }
      case TypeKind::String:
      case TypeKind::Enum: {
        auto v = values(std::string{}, same);
        ok = v.has_value();
        if (!ok) break;
        if (std::find(dictionary.begin(), dictionary.end(), col.name) == dictionary.end()) {
          batch.add_utf8(col.name, *v);
          break;
        }
        std::vector<std::string> words;
        std::vector<std::optional<int32_t>> idx;
        for (const auto& word : *v) {
          if (!word) {
            idx.push_back(std::nullopt);
            continue;
          }
          auto it = std::find(words.begin(), words.end(), *word);
          if (it == words.end()) it = words.insert(words.end(), *word);
          idx.push_back(static_cast<int32_t>(it - words.begin()));
        }
        batch.add_dict_utf8(col.name, words, idx);
        break;
      }
      default: ok = false;  // no Arrow form for this column type here
    }
    if (!ok) return false;
  }
  return true;
}

}  // namespace custos::eval
