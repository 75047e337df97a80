// Runtime values of the interpreter: a scalar, a collection of scalars, or an error.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "../stdlib/value.h"

namespace custos::eval {

struct Val {
  enum class Kind : uint8_t { Atom, Collection, Error };
  Kind kind = Kind::Atom;
  Scalar scalar;                                      // Scalar (Null when unknown)
  std::shared_ptr<const std::vector<Scalar>> items;  // Collection

  static Val of(Scalar s) { return Val{Kind::Atom, std::move(s), nullptr}; }
  static Val null() { return Val{Kind::Atom, Null{}, nullptr}; }
  static Val error() { return Val{Kind::Error, Null{}, nullptr}; }
  static Val collection(std::vector<Scalar> xs) {
    return Val{Kind::Collection, Null{}, std::make_shared<const std::vector<Scalar>>(std::move(xs))};
  }

  bool is_error() const { return kind == Kind::Error; }
  bool is_null() const { return kind == Kind::Atom && custos::is_null(scalar); }
  bool is_true() const { return kind == Kind::Atom && std::holds_alternative<bool>(scalar) && std::get<bool>(scalar); }
  bool is_false() const { return kind == Kind::Atom && std::holds_alternative<bool>(scalar) && !std::get<bool>(scalar); }
};

// Truth of a condition under fail-closed rules.
enum class Truth : uint8_t { True, False, Unknown, Error };
Truth truth(const Val& v);
const char* to_string(Truth t);

using custos::compare_scalars;

}  // namespace custos::eval
