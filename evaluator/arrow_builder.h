// Builds real Arrow C Data Interface record batches in memory (the command line turns CSV/JSONL
// rows into batches with it; tests and benchmarks build theirs): every buffer is laid out as the
// specification says (validity bitmaps, offsets, dictionaries).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "custos/arrow_c_data.h"

namespace custos::eval {

class ArrowBatchBuilder {
 public:
  ArrowBatchBuilder();
  ~ArrowBatchBuilder();
  ArrowBatchBuilder(const ArrowBatchBuilder&) = delete;
  ArrowBatchBuilder& operator=(const ArrowBatchBuilder&) = delete;

  void add_int64(const std::string& name, const std::vector<std::optional<int64_t>>& values);
  void add_int32(const std::string& name, const std::vector<std::optional<int32_t>>& values);
  void add_float64(const std::string& name, const std::vector<std::optional<double>>& values);
  void add_bool(const std::string& name, const std::vector<std::optional<bool>>& values);
  void add_utf8(const std::string& name, const std::vector<std::optional<std::string>>& values);
  void add_date32(const std::string& name, const std::vector<std::optional<int32_t>>& days);
  void add_timestamp(const std::string& name, const std::vector<std::optional<int64_t>>& micros, const std::string& format = "tsu:UTC");
  // Dictionary-encoded utf8 with int32 indices.
  void add_dict_utf8(const std::string& name, const std::vector<std::string>& dictionary,
                     const std::vector<std::optional<int32_t>>& indices);
  // Any column, with an explicit format and raw buffers (for malformed-input tests).
  void add_raw(const std::string& name, const std::string& format, int64_t length, int64_t null_count,
               std::vector<const void*> buffers);

  // The batch: a struct array with one child per added column. Valid while the builder lives.
  ArrowSchema* schema() { return &schema_; }
  ArrowArray* array() { return &array_; }
  int64_t length() const { return length_; }

 private:
  struct Column;
  Column& add(const std::string& name, const std::string& format, int64_t length);
  void finish();

  std::vector<std::unique_ptr<Column>> columns_;
  std::vector<ArrowSchema*> child_schemas_;
  std::vector<ArrowArray*> child_arrays_;
  ArrowSchema schema_{};
  ArrowArray array_{};
  const void* struct_buffers_[1] = {nullptr};
  int64_t length_ = 0;
};

}  // namespace custos::eval

#include "decision_inputs.h"

namespace custos::eval {
// Adds every column of `product` from interpreter rows (parallel to its columns), each with its
// canonical Arrow type; string columns named in `dictionary` are dictionary-encoded.
// False when a value does not have its column's type (the batch is then incomplete).
bool add_rows(ArrowBatchBuilder& batch, const Product& product, const std::vector<eval::Row>& rows,
              const std::vector<std::string>& dictionary = {});
}  // namespace custos::eval
