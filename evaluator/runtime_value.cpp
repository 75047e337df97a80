// Truth values and scalar comparison.
#include "runtime_value.h"

namespace custos::eval {

Truth truth(const Val& v) {
  if (v.is_error()) return Truth::Error;
  if (v.is_true()) return Truth::True;
  if (v.is_false()) return Truth::False;
  if (v.is_null()) return Truth::Unknown;
  return Truth::Error;
}

const char* to_string(Truth t) {
  switch (t) {
    case Truth::True: return "true";
    case Truth::False: return "false";
    case Truth::Unknown: return "unknown (null)";
    case Truth::Error: return "an error";
  }
  return "?";
}

}  // namespace custos::eval
