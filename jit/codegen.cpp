// LLVM IR for plans and row kernels. Values are lowered to (state, payload) pairs with the
// interpreter's semantics exactly: SQL three-valued logic, errors dominating nulls, errors never
// granting. Expressions that do not depend on the row are computed once per call, before the
// row loop; predicates over one dictionary-encoded column are computed once per dictionary entry.
#include "codegen.h"

#include <llvm/Analysis/InstSimplifyFolder.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/raw_ostream.h>

#include <functional>
#include <limits>
#include <set>
#include <unordered_map>

#include "decision_core.h"
#include "llvm_module.h"

namespace custos::jit {

void GeneratedModuleDeleter::operator()(GeneratedModule* m) const { delete m; }


namespace {

using eval::ArrowLayout;

ArrowLayout canonical(TypeKind k) {
  switch (k) {
    case TypeKind::Bool: return ArrowLayout::Bool;
    case TypeKind::Float: return ArrowLayout::Float64;
    case TypeKind::String:
    case TypeKind::Enum: return ArrowLayout::Utf8;
    case TypeKind::Date: return ArrowLayout::Date32;
    case TypeKind::Timestamp: return ArrowLayout::Timestamp;
    default: return ArrowLayout::Int64;
  }
}

// Thrown inside this file only (never through LLVM frames): the expression is not compiled.
struct Unsupported {
  std::string why;
};

// A value in registers: state (i8: 0 value, 1 null, 2 error) and payload.
struct CV {
  VKind kind;
  llvm::Value* state;
  llvm::Value* a;  // i1 bool; i64 int/date/timestamp; double float; ptr string/collection
  llvm::Value* b;  // i64 string length
  llvm::Value* t = nullptr;  // booleans made from a truth: that truth (saves converting back)
};

// A column's index in the product (checked rules name columns; residuals carry the index).
int32_t slot_of(const ir::Expr& e, const Product& p) {
  if (e.slot() >= 0) return e.slot();
  const Column* c = p.find_column(e.name());
  return c ? static_cast<int32_t>(c - p.columns.data()) : -1;
}

void column_slots(const ir::Expr& e, const Product& p, std::set<int32_t>& out) {
  if (e.kind() == ir::ExprKind::Column) out.insert(slot_of(e, p));
  for (const auto& k : e.kids) column_slots(*k, p, out);
}

}  // namespace

LayoutSignature canonical_layout(const Product& p) {
  LayoutSignature s;
  for (const auto& c : p.columns) {
    ColumnLayout l;
    l.present = vkind_of(c.type).has_value() && c.type.kind != TypeKind::Set && c.type.kind != TypeKind::List;
    l.nullable = false;
    l.layout = canonical(c.type.kind);
    if (l.layout == ArrowLayout::Timestamp) l.scale = 1;
    s.push_back(l);
  }
  return s;
}

LayoutSignature layout_of(const eval::BatchView& batch) {
  LayoutSignature s(batch.product().columns.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const eval::ArrowColumn* c = batch.column(i);
    if (!c) continue;
    s[i].present = true;
    s[i].nullable = c->array->null_count != 0 && c->array->buffers[0] != nullptr;  // kernels are specialised to it
    s[i].dictionary = c->dictionary;
    s[i].layout = c->layout;
    s[i].value_layout = c->value_layout;
    s[i].scale = c->timestamp_scale;
  }
  return s;
}

struct ModuleBuilder::Impl {
  std::unique_ptr<llvm::LLVMContext> ctx = std::make_unique<llvm::LLVMContext>();
  std::unique_ptr<llvm::Module> mod;
  const MeshConfig& config;
  Sites& sites;
  llvm::Type *i1, *i8, *i32, *i64, *f64, *fp80, *ptr, *vd;
  llvm::StructType *slot_ty, *col_ty;

  Impl(const std::string& name, const MeshConfig& c, Sites& s) : config(c), sites(s) {
    mod = std::make_unique<llvm::Module>(name, *ctx);
    i1 = llvm::Type::getInt1Ty(*ctx);
    i8 = llvm::Type::getInt8Ty(*ctx);
    i32 = llvm::Type::getInt32Ty(*ctx);
    i64 = llvm::Type::getInt64Ty(*ctx);
    f64 = llvm::Type::getDoubleTy(*ctx);
    fp80 = llvm::Type::getX86_FP80Ty(*ctx);
    ptr = llvm::PointerType::getUnqual(*ctx);
    vd = llvm::Type::getVoidTy(*ctx);
    slot_ty = llvm::StructType::create(*ctx, {i8, llvm::ArrayType::get(i8, 7), i64, ptr, i64}, "slot");
    col_ty = llvm::StructType::create(*ctx, {ptr, i64, ptr, ptr, ptr, i64, ptr, ptr, i64, i64}, "column");
  }

  llvm::FunctionCallee host(const char* name, llvm::Type* ret, std::vector<llvm::Type*> args) {
    auto callee = mod->getOrInsertFunction(name, llvm::FunctionType::get(ret, args, false));
    if (auto* f = llvm::dyn_cast<llvm::Function>(callee.getCallee())) f->setDoesNotThrow();
    return callee;
  }
};

namespace {

// Generates one function's body.
class FnGen {
 public:
  using Impl = ModuleBuilder::Impl;
  FnGen(Impl& m, llvm::Function* f) : m_(m), f_(f), b_(*m.ctx, llvm::InstSimplifyFolder(m.mod->getDataLayout())) {
    b_.SetInsertPoint(llvm::BasicBlock::Create(*m.ctx, "entry", f));
  }

  llvm::IRBuilderBase& b() { return b_; }
  llvm::Value* principal = nullptr;
  llvm::Value* context = nullptr;
  llvm::Value* host = nullptr;
  // Scratch memory of host calls, numbered per function (HostContext grows to fit).
  int32_t scratch_strings = 0, scratch_buffers = 0;
  // How a column reads in the current phase of the function.
  std::function<CV(const ir::Expr&)> column;
  // Values computed once (before the row loop) and tables over dictionary entries.
  std::unordered_map<const ir::Expr*, CV> hoisted;
  struct Table {
    llvm::Value* data;
    llvm::Value* null_truth;
    int32_t slot;
  };
  std::unordered_map<const ir::Expr*, Table> tables;
  std::function<llvm::Value*(int32_t slot)> dictionary_index;  // (valid && in range) ? k : dictionary length

  llvm::Value* i8c(int v) { return b_.getInt8(static_cast<uint8_t>(v)); }
  llvm::Value* i64c(int64_t v) { return b_.getInt64(static_cast<uint64_t>(v)); }
  llvm::Value* ptr_const(const void* p) { return b_.CreateIntToPtr(i64c(reinterpret_cast<int64_t>(p)), m_.ptr); }

  llvm::Value* zero(VKind k) {
    switch (k) {
      case VKind::Bool: return b_.getFalse();
      case VKind::Float: return llvm::ConstantFP::get(m_.f64, 0.0);
      case VKind::String:
      case VKind::Collection: return llvm::ConstantPointerNull::get(llvm::PointerType::getUnqual(*m_.ctx));
      default: return i64c(0);
    }
  }
  CV make(VKind k, llvm::Value* state, llvm::Value* a = nullptr, llvm::Value* len = nullptr) {
    return CV{k, state, a ? a : zero(k), len ? len : i64c(0)};
  }
  CV error(VKind k) { return make(k, i8c(kError)); }
  CV boolean(llvm::Value* state, llvm::Value* v) { return make(VKind::Bool, state, v); }

  // Truth (i8, kTrue..kErrorTruth) of a boolean value, and back.
  llvm::Value* truth(const CV& v) {
    if (v.kind != VKind::Bool) throw Unsupported{"a condition that is not boolean"};
    if (v.t) return v.t;
    llvm::Value* t = b_.CreateSelect(v.a, i8c(kTrue), i8c(kFalse));
    return b_.CreateSelect(b_.CreateICmpEQ(v.state, i8c(kValue)), t, b_.CreateAdd(v.state, i8c(1)));
  }
  CV from_truth(llvm::Value* t) {
    llvm::Value* state = b_.CreateSelect(b_.CreateICmpULT(t, i8c(2)), i8c(kValue), b_.CreateSub(t, i8c(1)));
    CV v = boolean(state, b_.CreateICmpEQ(t, i8c(kTrue)));
    v.t = t;
    return v;
  }

  llvm::Value* not_truth(llvm::Value* t) {
    return b_.CreateSelect(b_.CreateICmpEQ(t, i8c(kTrue)), i8c(kFalse),
                           b_.CreateSelect(b_.CreateICmpEQ(t, i8c(kFalse)), i8c(kTrue), t));
  }

  // Kleene and/or over boolean values, as separate "certainly true" / "certainly false" bits so
  // that LLVM can drop the state computation where only truth matters (the row filter).
  CV logical_cv(bool is_and, const std::vector<CV>& xs) {
    llvm::Value* all = b_.getTrue();    // every operand is the identity
    llvm::Value* any = b_.getFalse();   // some operand is absorbing
    llvm::Value* err = b_.getFalse();
    for (const CV& x : xs) {
      if (x.kind != VKind::Bool) throw Unsupported{"a condition that is not boolean"};
      llvm::Value* present = b_.CreateICmpEQ(x.state, i8c(kValue));
      llvm::Value* is_true = b_.CreateAnd(present, x.a);
      llvm::Value* is_false = b_.CreateAnd(present, b_.CreateNot(x.a));
      all = b_.CreateAnd(all, is_and ? is_true : is_false);
      any = b_.CreateOr(any, is_and ? is_false : is_true);
      err = b_.CreateOr(err, b_.CreateICmpEQ(x.state, i8c(kError)));
    }
    llvm::Value* decided = b_.CreateOr(all, any);
    llvm::Value* state = b_.CreateSelect(decided, i8c(kValue), b_.CreateSelect(err, i8c(kError), i8c(kNull)));
    // and: true when all are true; or: true when any is.
    return boolean(state, is_and ? all : any);
  }

  CV not_cv(const CV& x) {
    if (x.kind != VKind::Bool) throw Unsupported{"a condition that is not boolean"};
    return boolean(x.state, b_.CreateNot(x.a));
  }

  // Kleene and/or over truths: the absorbing value wins, then an error, then unknown.
  llvm::Value* logical(bool is_and, const std::vector<llvm::Value*>& ts) {
    uint8_t absorbing = is_and ? kFalse : kTrue, identity = is_and ? kTrue : kFalse;
    llvm::Value* any_abs = b_.getFalse();
    llvm::Value* any_err = b_.getFalse();
    llvm::Value* any_unk = b_.getFalse();
    for (auto* t : ts) {
      any_abs = b_.CreateOr(any_abs, b_.CreateICmpEQ(t, i8c(absorbing)));
      any_err = b_.CreateOr(any_err, b_.CreateICmpEQ(t, i8c(kErrorTruth)));
      any_unk = b_.CreateOr(any_unk, b_.CreateICmpEQ(t, i8c(kUnknown)));
    }
    llvm::Value* r = b_.CreateSelect(any_unk, i8c(kUnknown), i8c(identity));
    r = b_.CreateSelect(any_err, i8c(kErrorTruth), r);
    return b_.CreateSelect(any_abs, i8c(absorbing), r);
  }

  // A value computed only when `cond` holds (e.g. a memcmp after lengths matched), else `other`.
  llvm::Value* guarded(llvm::Value* cond, const std::function<llvm::Value*()>& then, llvm::Value* other) {
    llvm::BasicBlock* from = b_.GetInsertBlock();
    auto* yes = llvm::BasicBlock::Create(*m_.ctx, "then", f_);
    auto* join = llvm::BasicBlock::Create(*m_.ctx, "join", f_);
    b_.CreateCondBr(cond, yes, join);
    b_.SetInsertPoint(yes);
    llvm::Value* v = then();
    llvm::BasicBlock* yes_end = b_.GetInsertBlock();
    b_.CreateBr(join);
    b_.SetInsertPoint(join);
    auto* phi = b_.CreatePHI(other->getType(), 2);
    phi->addIncoming(v, yes_end);
    phi->addIncoming(other, from);
    return phi;
  }

  llvm::Value* string_constant(const std::string& s) {
    auto* init = llvm::ConstantDataArray::getString(*m_.ctx, s, false);
    auto* g = new llvm::GlobalVariable(*m_.mod, init->getType(), true, llvm::GlobalValue::PrivateLinkage, init, "str");
    g->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    g->setAlignment(llvm::Align(1));
    return g;
  }

  llvm::Value* strings_equal(const CV& x, const CV& y) {
    llvm::Value* same_len = b_.CreateICmpEQ(x.b, y.b);
    auto memcmp = m_.host("memcmp", m_.i32, {m_.ptr, m_.ptr, m_.i64});
    return guarded(
        same_len,
        [&] { return b_.CreateICmpEQ(b_.CreateCall(memcmp, {x.a, y.a, x.b}), b_.getInt32(0)); }, b_.getFalse());
  }

  static bool numeric(VKind k) { return k == VKind::Int || k == VKind::Float; }
  llvm::Value* as_fp80(const CV& v) {
    return v.kind == VKind::Int ? b_.CreateSIToFP(v.a, m_.fp80) : b_.CreateFPExt(v.a, m_.fp80);
  }

  // Three-way comparison of two present values of comparable kinds: returns (cmp i32 in -1..1,
  // valid i1); valid is false where compare_scalars gives no answer (NaN, different kinds).
  std::pair<llvm::Value*, llvm::Value*> compare3(const CV& x, const CV& y) {
    auto sign = [&](llvm::Value* lt, llvm::Value* gt) {
      return b_.CreateSelect(lt, b_.getInt32(static_cast<uint32_t>(-1)), b_.CreateSelect(gt, b_.getInt32(1), b_.getInt32(0)));
    };
    if (numeric(x.kind) && numeric(y.kind)) {
      if (x.kind == VKind::Int && y.kind == VKind::Int) return {sign(b_.CreateICmpSLT(x.a, y.a), b_.CreateICmpSGT(x.a, y.a)), b_.getTrue()};
      llvm::Value *p, *q;
      if (x.kind == VKind::Float && y.kind == VKind::Float) {
        p = x.a;
        q = y.a;
      } else {
        p = as_fp80(x);
        q = as_fp80(y);
      }
      return {sign(b_.CreateFCmpOLT(p, q), b_.CreateFCmpOGT(p, q)), b_.CreateFCmpORD(p, q)};
    }
    if (x.kind != y.kind) return {b_.getInt32(0), b_.getFalse()};
    switch (x.kind) {
      case VKind::Bool: return {sign(b_.CreateICmpULT(x.a, y.a), b_.CreateICmpUGT(x.a, y.a)), b_.getTrue()};
      case VKind::Date:
      case VKind::Timestamp: return {sign(b_.CreateICmpSLT(x.a, y.a), b_.CreateICmpSGT(x.a, y.a)), b_.getTrue()};
      case VKind::String: {
        auto strcmp = m_.host("custos_jit_strcmp", m_.i32, {m_.ptr, m_.i64, m_.ptr, m_.i64});
        return {b_.CreateCall(strcmp, {x.a, x.b, y.a, y.b}), b_.getTrue()};
      }
      default: throw Unsupported{"comparison of collections"};
    }
  }

  // Equality as `collection_contains` sees it (incomparable values are simply unequal).
  llvm::Value* equal(const CV& x, const CV& y) {
    if (x.kind == VKind::String && y.kind == VKind::String) return strings_equal(x, y);
    if (x.kind == VKind::Int && y.kind == VKind::Int) return b_.CreateICmpEQ(x.a, y.a);
    if (x.kind == VKind::Float && y.kind == VKind::Float) return b_.CreateFCmpOEQ(x.a, y.a);
    auto [c, valid] = compare3(x, y);
    return b_.CreateAnd(valid, b_.CreateICmpEQ(c, b_.getInt32(0)));
  }

  llvm::Value* max_state(llvm::Value* s, llvm::Value* t) { return b_.CreateSelect(b_.CreateICmpUGT(s, t), s, t); }

  CV load_slot(llvm::Value* base, size_t index, VKind kind) {
    llvm::Value* p = b_.CreateConstInBoundsGEP1_64(m_.slot_ty, base, index);
    llvm::Value* state = b_.CreateLoad(m_.i8, b_.CreateStructGEP(m_.slot_ty, p, 0));
    llvm::Value* word = b_.CreateLoad(m_.i64, b_.CreateStructGEP(m_.slot_ty, p, 2));
    llvm::Value* str = b_.CreateLoad(m_.ptr, b_.CreateStructGEP(m_.slot_ty, p, 3));
    llvm::Value* len = b_.CreateLoad(m_.i64, b_.CreateStructGEP(m_.slot_ty, p, 4));
    switch (kind) {
      case VKind::Bool: return make(kind, state, b_.CreateICmpNE(word, i64c(0)));
      case VKind::Float: return make(kind, state, b_.CreateBitCast(word, m_.f64));
      case VKind::String: return make(kind, state, str, len);
      case VKind::Collection: return make(kind, state, str);
      default: return make(kind, state, word);
    }
  }

  // Stores a value to a stack slot (for host calls).
  void store_slot(llvm::Value* p, const CV& v) {
    b_.CreateStore(v.state, b_.CreateStructGEP(m_.slot_ty, p, 0));
    llvm::Value* word = i64c(0);
    if (v.kind == VKind::Bool) word = b_.CreateZExt(v.a, m_.i64);
    if (v.kind == VKind::Float) word = b_.CreateBitCast(v.a, m_.i64);
    if (v.kind == VKind::Int || v.kind == VKind::Date || v.kind == VKind::Timestamp) word = v.a;
    b_.CreateStore(word, b_.CreateStructGEP(m_.slot_ty, p, 2));
    bool has_ptr = v.kind == VKind::String || v.kind == VKind::Collection;
    b_.CreateStore(has_ptr ? v.a : zero(VKind::String), b_.CreateStructGEP(m_.slot_ty, p, 3));
    b_.CreateStore(v.kind == VKind::String ? v.b : i64c(0), b_.CreateStructGEP(m_.slot_ty, p, 4));
  }

  llvm::Value* entry_alloca(llvm::Type* t, unsigned n = 1) {
    llvm::IRBuilder<> e(&f_->getEntryBlock(), f_->getEntryBlock().begin());
    return e.CreateAlloca(t, e.getInt32(n));
  }

  static VKind kind_of(const ir::Expr& e) {
    if (e.type.kind == TypeKind::Null) return VKind::Bool;
    auto k = vkind_of(e.type);
    if (!k) throw Unsupported{"values of type `" + to_string(e.type) + "`"};
    return *k;
  }

  CV gen(const ir::Expr& e) {
    if (auto it = hoisted.find(&e); it != hoisted.end()) return it->second;
    if (auto it = tables.find(&e); it != tables.end()) return from_table(it->second);
    switch (e.kind()) {
      case ir::ExprKind::Const: return constant(e);
      case ir::ExprKind::Principal:
      case ir::ExprKind::Context: return attribute(e);
      case ir::ExprKind::Column:
        if (!column) throw Unsupported{"a column outside a row kernel"};
        return column(e);
      case ir::ExprKind::Call: return call(e);
      case ir::ExprKind::Not: return not_cv(gen(*e.kids[0]));
      case ir::ExprKind::And:
      case ir::ExprKind::Or: {
        std::vector<CV> xs;
        for (const auto& k : e.kids) xs.push_back(gen(*k));
        return logical_cv(e.kind() == ir::ExprKind::And, xs);
      }
      case ir::ExprKind::IsNull: {
        CV x = gen(*e.kids[0]);
        llvm::Value* is_null = b_.CreateICmpEQ(x.state, i8c(kNull));
        if (e.negated()) is_null = b_.CreateNot(is_null);
        return boolean(b_.CreateSelect(b_.CreateICmpEQ(x.state, i8c(kError)), i8c(kError), i8c(kValue)), is_null);
      }
      case ir::ExprKind::Negate: return negate(gen(*e.kids[0]));
      case ir::ExprKind::Arith: return arith(e.op(), gen(*e.kids[0]), gen(*e.kids[1]));
      case ir::ExprKind::Compare: return compare(e.op(), gen(*e.kids[0]), gen(*e.kids[1]));
      case ir::ExprKind::In: return in(e);
      case ir::ExprKind::Collection: throw Unsupported{"a collection outside `in`"};
    }
    throw Unsupported{"an unknown expression"};
  }

  CV constant(const ir::Expr& e) {
    if (e.type.is_error()) return error(e.type.kind == TypeKind::Error ? VKind::Bool : kind_of(e));
    const Scalar& v = e.value();
    if (is_null(v)) return make(e.type.kind == TypeKind::Null ? VKind::Bool : kind_of(e), i8c(kNull));
    if (auto x = std::get_if<bool>(&v)) return make(VKind::Bool, i8c(kValue), b_.getInt1(*x));
    if (auto x = std::get_if<int64_t>(&v)) return make(VKind::Int, i8c(kValue), i64c(*x));
    if (auto x = std::get_if<double>(&v)) return make(VKind::Float, i8c(kValue), llvm::ConstantFP::get(m_.f64, *x));
    if (auto x = std::get_if<std::string>(&v)) return make(VKind::String, i8c(kValue), string_constant(*x), i64c(static_cast<int64_t>(x->size())));
    if (auto x = std::get_if<Date>(&v)) return make(VKind::Date, i8c(kValue), i64c(x->days));
    if (auto x = std::get_if<Timestamp>(&v)) return make(VKind::Timestamp, i8c(kValue), i64c(x->micros));
    throw Unsupported{"a literal"};
  }

  CV attribute(const ir::Expr& e) {
    bool p = e.kind() == ir::ExprKind::Principal;
    const auto& attrs = p ? m_.config.principal : m_.config.context;
    for (size_t i = 0; i < attrs.size(); ++i) {
      if (attrs[i].name == e.name()) {
        auto k = vkind_of(attrs[i].type);
        if (!k) throw Unsupported{"an attribute of type `" + to_string(attrs[i].type) + "`"};
        return load_slot(p ? principal : context, i, *k);
      }
    }
    throw Unsupported{"an undeclared attribute"};
  }

  CV call(const ir::Expr& e) {
    auto& site = m_.sites.calls.emplace_back();
    site.fn = e.fn();
    site.result = kind_of(e);
    site.scratch = scratch_strings++;
    llvm::Value* args = entry_alloca(m_.slot_ty, static_cast<unsigned>(std::max<size_t>(1, e.kids.size())));
    for (size_t i = 0; i < e.kids.size(); ++i) {
      CV v = gen(*e.kids[i]);
      site.args.push_back(v.kind);
      store_slot(b_.CreateConstInBoundsGEP1_64(m_.slot_ty, args, i), v);
    }
    llvm::Value* out = entry_alloca(m_.slot_ty);
    b_.CreateCall(m_.host("custos_jit_call", m_.vd, {m_.ptr, m_.ptr, m_.ptr, m_.ptr}), {ptr_const(&site), args, out, host});
    return load_slot(out, 0, site.result);
  }

  CV negate(const CV& x) {
    if (x.kind == VKind::Float) return make(VKind::Float, x.state, b_.CreateFNeg(x.a));
    if (x.kind != VKind::Int) throw Unsupported{"negation of a non-number"};
    llvm::Value* overflow = b_.CreateICmpEQ(x.a, i64c(std::numeric_limits<int64_t>::min()));
    llvm::Value* state = b_.CreateSelect(b_.CreateAnd(b_.CreateICmpEQ(x.state, i8c(kValue)), overflow), i8c(kError), x.state);
    return make(VKind::Int, state, b_.CreateNeg(x.a));
  }

  CV arith(ir::BinaryOp op, const CV& x, const CV& y) {
    if (!numeric(x.kind) || !numeric(y.kind)) {
      // The interpreter gives an error for arithmetic on anything but numbers.
      return make(VKind::Int, b_.CreateSelect(b_.CreateICmpEQ(max_state(x.state, y.state), i8c(kValue)), i8c(kError),
                                              max_state(x.state, y.state)));
    }
    llvm::Value* state = max_state(x.state, y.state);
    llvm::Value* present = b_.CreateICmpEQ(state, i8c(kValue));
    auto with_error = [&](llvm::Value* bad) { return b_.CreateSelect(b_.CreateAnd(present, bad), i8c(kError), state); };
    if (x.kind == VKind::Int && y.kind == VKind::Int && op != ir::BinaryOp::Div) {
      llvm::Intrinsic::ID id;
      switch (op) {
        case ir::BinaryOp::Add: id = llvm::Intrinsic::sadd_with_overflow; break;
        case ir::BinaryOp::Sub: id = llvm::Intrinsic::ssub_with_overflow; break;
        case ir::BinaryOp::Mul: id = llvm::Intrinsic::smul_with_overflow; break;
        case ir::BinaryOp::Mod: {
          llvm::Value* zero_div = b_.CreateICmpEQ(y.a, i64c(0));
          llvm::Value* minus_one = b_.CreateICmpEQ(y.a, i64c(-1));
          llvm::Value* safe = b_.CreateSelect(b_.CreateOr(zero_div, minus_one), i64c(1), y.a);
          llvm::Value* r = b_.CreateSelect(minus_one, i64c(0), b_.CreateSRem(x.a, safe));
          return make(VKind::Int, with_error(zero_div), r);
        }
        default: return make(VKind::Int, with_error(b_.getTrue()));
      }
      llvm::Value* r = b_.CreateBinaryIntrinsic(id, x.a, y.a);
      return make(VKind::Int, with_error(b_.CreateExtractValue(r, 1)), b_.CreateExtractValue(r, 0));
    }
    auto to_f = [&](const CV& v) { return v.kind == VKind::Int ? b_.CreateSIToFP(v.a, m_.f64) : v.a; };
    llvm::Value* p = to_f(x);
    llvm::Value* q = to_f(y);
    llvm::Value* r;
    llvm::Value* bad = b_.getFalse();
    switch (op) {
      case ir::BinaryOp::Add: r = b_.CreateFAdd(p, q); break;
      case ir::BinaryOp::Sub: r = b_.CreateFSub(p, q); break;
      case ir::BinaryOp::Mul: r = b_.CreateFMul(p, q); break;
      case ir::BinaryOp::Div:
        bad = b_.CreateFCmpOEQ(q, llvm::ConstantFP::get(m_.f64, 0.0));
        r = b_.CreateFDiv(p, q);
        break;
      default: return make(VKind::Float, with_error(b_.getTrue()));
    }
    llvm::Value* finite = b_.CreateFCmpOLT(b_.CreateUnaryIntrinsic(llvm::Intrinsic::fabs, r),
                                           llvm::ConstantFP::getInfinity(m_.f64));
    return make(VKind::Float, with_error(b_.CreateOr(bad, b_.CreateNot(finite))), r);
  }

  CV compare(ir::BinaryOp op, const CV& x, const CV& y) {
    if (x.kind == VKind::Collection || y.kind == VKind::Collection) throw Unsupported{"comparison of collections"};
    llvm::Value* state = max_state(x.state, y.state);
    llvm::Value* present = b_.CreateICmpEQ(state, i8c(kValue));
    // Equality of strings needs no ordering: compare lengths, then bytes.
    if (x.kind == VKind::String && y.kind == VKind::String && (op == ir::BinaryOp::Eq || op == ir::BinaryOp::Ne)) {
      llvm::Value* eq = guarded(present, [&] { return strings_equal(x, y); }, b_.getFalse());
      return boolean(state, op == ir::BinaryOp::Eq ? eq : b_.CreateNot(eq));
    }
    llvm::Value *c, *valid;
    if (x.kind == VKind::String && y.kind == VKind::String) {
      // Only call out for present values (the pointers of absent ones mean nothing).
      c = guarded(present, [&] { return compare3(x, y).first; }, b_.getInt32(0));
      valid = b_.getTrue();
    } else {
      std::tie(c, valid) = compare3(x, y);
    }
    llvm::Value* z = b_.getInt32(0);
    llvm::Value* r;
    switch (op) {
      case ir::BinaryOp::Eq: r = b_.CreateICmpEQ(c, z); break;
      case ir::BinaryOp::Ne: r = b_.CreateICmpNE(c, z); break;
      case ir::BinaryOp::Lt: r = b_.CreateICmpSLT(c, z); break;
      case ir::BinaryOp::Le: r = b_.CreateICmpSLE(c, z); break;
      case ir::BinaryOp::Gt: r = b_.CreateICmpSGT(c, z); break;
      case ir::BinaryOp::Ge: r = b_.CreateICmpSGE(c, z); break;
      default: throw Unsupported{"an operator"};
    }
    state = b_.CreateSelect(b_.CreateAnd(present, b_.CreateNot(valid)), i8c(kError), state);
    return boolean(state, r);
  }

  CV in(const ir::Expr& e) {
    CV item = gen(*e.kids[0]);
    if (item.kind == VKind::Collection) throw Unsupported{"a collection inside a collection"};
    const ir::Expr& coll = *e.kids[1];
    llvm::Value* state;
    llvm::Value* found;
    if (coll.kind() == ir::ExprKind::Collection) {
      // A collection with an absent or failing member is an error as a whole.
      llvm::Value* coll_state = i8c(kValue);
      std::vector<CV> members;
      for (const auto& k : coll.kids) {
        members.push_back(gen(*k));
        if (members.back().kind == VKind::Collection) throw Unsupported{"a collection inside a collection"};
        coll_state = b_.CreateSelect(b_.CreateICmpNE(members.back().state, i8c(kValue)), i8c(kError), coll_state);
      }
      state = max_state(item.state, coll_state);
      llvm::Value* present = b_.CreateICmpEQ(state, i8c(kValue));
      found = guarded(present, [&] {
        llvm::Value* any = b_.getFalse();
        for (const auto& m : members) any = b_.CreateOr(any, equal(item, m));
        return any;
      }, b_.getFalse());
    } else {
      CV set = gen(coll);
      if (set.kind != VKind::Collection) throw Unsupported{"`in` over a non-collection"};
      state = max_state(item.state, set.state);
      llvm::Value* present = b_.CreateICmpEQ(state, i8c(kValue));
      llvm::Value* slot = entry_alloca(m_.slot_ty);
      llvm::Value* r = guarded(present, [&] {
        store_slot(slot, item);
        return b_.CreateCall(m_.host("custos_jit_contains", m_.i32, {m_.ptr, m_.ptr, m_.i32}),
                             {set.a, slot, b_.getInt32(static_cast<uint32_t>(item.kind))});
      }, b_.getInt32(0));
      state = b_.CreateSelect(b_.CreateICmpSLT(r, b_.getInt32(0)), i8c(kError), state);
      found = b_.CreateICmpEQ(r, b_.getInt32(1));
    }
    return boolean(state, e.negated() ? b_.CreateNot(found) : found);
  }

  CV from_table(const Table& t) {
    // Entry `length` of the table holds the truth for a null or out-of-range index.
    llvm::Value* k = dictionary_index(t.slot);
    return from_truth(b_.CreateLoad(m_.i8, b_.CreateInBoundsGEP(m_.i8, t.data, k)));
  }

  // An interpreter call for an expression this generator does not compile (plan stage only).
  CV fallback(const ir::Expr& e) {
    auto& site = m_.sites.fallbacks.emplace_back();
    site.expr = &e;
    site.result = kind_of(e);
    site.scratch = scratch_strings++;
    llvm::Value* out = entry_alloca(m_.slot_ty);
    b_.CreateCall(m_.host("custos_jit_fallback", m_.vd, {m_.ptr, m_.ptr, m_.ptr}), {ptr_const(&site), host, out});
    return load_slot(out, 0, site.result);
  }

  // gen(), but expressions it cannot compile go to the interpreter (plan stage, no rows).
  CV gen_or_fallback(const ir::Expr& e) {
    size_t calls = m_.sites.calls.size(), fallbacks = m_.sites.fallbacks.size();
    llvm::BasicBlock* block = b_.GetInsertBlock();
    // Generate into a scratch block first, so a failure leaves no half-built code behind.
    auto* trial = llvm::BasicBlock::Create(*m_.ctx, "trial", f_);
    b_.SetInsertPoint(trial);
    try {
      CV v = gen(e);
      llvm::BasicBlock* end = b_.GetInsertBlock();
      // Splice: block -> trial ... end, continue in end.
      b_.SetInsertPoint(block);
      b_.CreateBr(trial);
      b_.SetInsertPoint(end);
      return v;
    } catch (const Unsupported&) {
      // Drop every block created by the failed attempt (they follow `block` in the function).
      std::vector<llvm::BasicBlock*> dead;
      bool after = false;
      for (auto& bb : *f_) {
        if (&bb == trial) after = true;
        if (after) dead.push_back(&bb);
      }
      for (auto* bb : dead) bb->dropAllReferences();
      for (auto* bb : dead) bb->eraseFromParent();
      while (m_.sites.calls.size() > calls) m_.sites.calls.pop_back();
      while (m_.sites.fallbacks.size() > fallbacks) m_.sites.fallbacks.pop_back();
      b_.SetInsertPoint(block);
      return fallback(e);
    }
  }

  Impl& m_;
  llvm::Function* f_;
  llvm::IRBuilder<llvm::InstSimplifyFolder> b_;
};

}  // namespace

ModuleBuilder::ModuleBuilder(const std::string& name, const MeshConfig& config, Sites& sites)
    : impl_(std::make_unique<Impl>(name, config, sites)) {}
ModuleBuilder::~ModuleBuilder() = default;

namespace {

llvm::Function* declare(ModuleBuilder::Impl& m, const std::string& symbol, llvm::Type* ret, std::vector<llvm::Type*> args,
                        const std::vector<unsigned>& noalias) {
  auto* f = llvm::Function::Create(llvm::FunctionType::get(ret, args, false), llvm::Function::ExternalLinkage, symbol, *m.mod);
  f->setDoesNotThrow();
  for (unsigned i : noalias) f->addParamAttr(i, llvm::Attribute::NoAlias);
  return f;
}

// The residual shape of a `rows where` predicate once principal and context are constants, with
// the same simplification as eval::residualize: 0..3 a constant truth, 4 depends on the row.
llvm::Value* combine_shapes(FnGen& g, bool is_and, const std::vector<llvm::Value*>& parts) {
  auto& b = g.b();
  uint8_t absorbing = is_and ? kFalse : kTrue, identity = is_and ? kTrue : kFalse;
  llvm::Value* absorbed = b.getFalse();
  llvm::Value* kept = g.i64c(0);
  llvm::Value* single = g.i8c(identity);
  for (auto* p : parts) {
    absorbed = b.CreateOr(absorbed, b.CreateICmpEQ(p, g.i8c(absorbing)));
    llvm::Value* keeps = b.CreateICmpNE(p, g.i8c(identity));
    kept = b.CreateAdd(kept, b.CreateZExt(keeps, g.b().getInt64Ty()));
    single = b.CreateSelect(keeps, p, single);
  }
  llvm::Value* r = b.CreateSelect(b.CreateICmpUGT(kept, g.i64c(1)), g.i8c(4), single);
  return b.CreateSelect(absorbed, g.i8c(absorbing), r);
}

llvm::Value* shape_of(FnGen& g, const ir::Expr& e) {
  if (!e.uses_rows) return g.truth(g.gen_or_fallback(e));
  if (e.kind() != ir::ExprKind::And && e.kind() != ir::ExprKind::Or) return g.i8c(4);
  std::vector<llvm::Value*> parts;
  for (const auto& k : e.kids) parts.push_back(shape_of(g, *k));
  return combine_shapes(g, e.kind() == ir::ExprKind::And, parts);
}

}  // namespace

void ModuleBuilder::add_plan(const std::string& symbol, const ir::ProductRules& rules) {
  Impl& m = *impl_;
  llvm::Function* f = declare(m, symbol, m.vd, {m.ptr, m.ptr, m.ptr, m.ptr}, {0, 1, 3});
  FnGen g(m, f);
  g.principal = f->getArg(0);
  g.context = f->getArg(1);
  g.host = f->getArg(2);
  auto& b = g.b();
  size_t index = 0;
  for (const ir::RuleRef* ref : ir::rules_in_order(rules)) {
    const ir::Rule& r = *ref->rule;
    // Whether it holds is the decision core's; each condition becomes one two-valued test.
    auto is = [&](const ir::Expr& e, bool want) {
      return b.CreateICmpEQ(g.truth(g.gen_or_fallback(e)), g.i8c(want ? kTrue : kFalse));
    };
    auto fold = [&](llvm::Value* unit, bool conj) {
      return [&b, unit, conj](const std::vector<llvm::Value*>& xs) {
        llvm::Value* acc = unit;
        for (llvm::Value* x : xs) acc = conj ? b.CreateAnd(acc, x) : b.CreateOr(acc, x);
        return acc;
      };
    };
    llvm::Value* holds = eval::compose_rule_holds<llvm::Value*>(r, is, fold(b.getFalse(), false), fold(b.getTrue(), true),
                                                                [&](llvm::Value* x) { return b.CreateNot(x); });
    llvm::Value* state = b.CreateZExt(holds, m.i8);
    if (r.kind == ir::RuleKind::Mask && !r.rows.empty()) {
      std::vector<llvm::Value*> parts;
      for (const auto& p : r.rows) parts.push_back(shape_of(g, *p));
      llvm::Value* s = combine_shapes(g, true, parts);
      llvm::Value* shape = b.CreateSelect(b.CreateICmpEQ(s, g.i8c(4)), g.i8c(kRowsDepends),
                                          b.CreateSelect(b.CreateICmpEQ(s, g.i8c(kFalse)), g.i8c(kRowsFalse), g.i8c(kRowsConstant)));
      state = b.CreateOr(state, b.CreateShl(shape, 4));
    }
    b.CreateStore(state, b.CreateConstInBoundsGEP1_64(m.i8, f->getArg(3), index++));
  }
  b.CreateRetVoid();
}

namespace {

// Column access for row kernels: descriptors loaded once, values read per row.
class ColumnReader {
 public:
  ColumnReader(FnGen& g, ModuleBuilder::Impl& m, llvm::Value* cols, const Product& product, const LayoutSignature& layout)
      : g_(g), m_(m), cols_(cols), product_(product), layout_(layout) {}
  const Product& product() const { return product_; }


  struct Desc {
    llvm::Value *validity, *offset, *values, *data, *dvalidity, *doffset, *dvalues, *ddata, *dlength;
  };

  // Loads the descriptors of the columns in `slots` (call in the function's entry, before loops).
  void load(const std::set<int32_t>& slots) {
    auto& b = g_.b();
    for (int32_t s : slots) {
      if (s < 0 || static_cast<size_t>(s) >= layout_.size()) throw Unsupported{"an unresolved column"};
      if (!layout_[static_cast<size_t>(s)].present) continue;
      llvm::Value* p = b.CreateConstInBoundsGEP1_64(m_.col_ty, cols_, static_cast<uint64_t>(s));
      auto field = [&](unsigned i, llvm::Type* t) { return b.CreateLoad(t, b.CreateStructGEP(m_.col_ty, p, i)); };
      descs_[s] = Desc{field(0, m_.ptr), field(1, m_.i64), field(2, m_.ptr), field(3, m_.ptr), field(4, m_.ptr),
                       field(5, m_.i64), field(6, m_.ptr), field(7, m_.ptr), field(8, m_.i64)};
    }
  }

  // The value of column `slot` at row `row` (i64).
  CV read(const ir::Expr& e, llvm::Value* row) {
    int32_t slot = slot_of(e, product_);
    if (slot < 0) throw Unsupported{"an unresolved column"};
    const ColumnLayout& l = layout_.at(static_cast<size_t>(slot));
    VKind kind = FnGen::kind_of(e);
    if (!l.present) return g_.make(kind, g_.i8c(kNull));
    const Desc& d = descs_.at(slot);
    auto& b = g_.b();
    llvm::Value* idx = b.CreateAdd(d.offset, row);
    llvm::Value* valid = l.nullable ? bit(d.validity, idx, false) : b.getTrue();
    if (!l.dictionary) return value(kind, l.layout, l.scale, d.values, d.data, idx, valid);
    llvm::Value* k = index(l, d, idx, valid);
    llvm::Value* in_range = b.CreateICmpSLT(k, d.dlength);
    // Dictionary values are read only for an index inside the dictionary.
    llvm::BasicBlock* from = b.GetInsertBlock();
    auto* f = from->getParent();
    auto* yes = llvm::BasicBlock::Create(*m_.ctx, "dict", f);
    auto* join = llvm::BasicBlock::Create(*m_.ctx, "dict.join", f);
    b.CreateCondBr(in_range, yes, join);
    b.SetInsertPoint(yes);
    llvm::Value* dk = b.CreateAdd(d.doffset, k);
    CV v = value(kind, l.value_layout, l.scale, d.dvalues, d.ddata, dk, bit(d.dvalidity, dk, true));
    llvm::BasicBlock* yes_end = b.GetInsertBlock();
    b.CreateBr(join);
    b.SetInsertPoint(join);
    auto phi = [&](llvm::Value* x, llvm::Value* other) {
      auto* p = b.CreatePHI(x->getType(), 2);
      p->addIncoming(x, yes_end);
      p->addIncoming(other, from);
      return p;
    };
    CV none = g_.make(kind, g_.i8c(kNull));
    return CV{kind, phi(v.state, none.state), phi(v.a, none.a), phi(v.b, none.b)};
  }

  // A row's dictionary index when it is valid and inside the dictionary, else the dictionary's length.
  llvm::Value* dictionary_index(int32_t slot, llvm::Value* row) {
    const ColumnLayout& l = layout_.at(static_cast<size_t>(slot));
    const Desc& d = descs_.at(slot);
    llvm::Value* idx = g_.b().CreateAdd(d.offset, row);
    llvm::Value* valid = l.nullable ? bit(d.validity, idx, false) : g_.b().getTrue();
    return index(l, d, idx, valid);
  }

  // The value of dictionary entry `k` (for tables computed once per entry).
  CV dictionary_entry(const ir::Expr& e, llvm::Value* k) {
    int32_t slot = slot_of(e, product_);
    const ColumnLayout& l = layout_.at(static_cast<size_t>(slot));
    const Desc& d = descs_.at(slot);
    llvm::Value* dk = g_.b().CreateAdd(d.doffset, k);
    return value(FnGen::kind_of(e), l.value_layout, l.scale, d.dvalues, d.ddata, dk, bit(d.dvalidity, dk, true));
  }

  const Desc& desc(int32_t slot) const { return descs_.at(slot); }

 private:
  // Bit `i` of a bitmap; `may_be_absent`: a null bitmap means every bit is set. Branch-free: an
  // absent bitmap reads a constant 0xFF byte instead.
  llvm::Value* bit(llvm::Value* bitmap, llvm::Value* i, bool may_be_absent) {
    auto& b = g_.b();
    llvm::Value* base = bitmap;
    llvm::Value* at = b.CreateLShr(i, 3);
    if (may_be_absent) {
      llvm::Value* present = b.CreateIsNotNull(bitmap);
      base = b.CreateSelect(present, bitmap, ones());
      at = b.CreateSelect(present, at, g_.i64c(0));
    }
    llvm::Value* byte = b.CreateLoad(m_.i8, b.CreateInBoundsGEP(m_.i8, base, at));
    llvm::Value* shift = b.CreateTrunc(b.CreateAnd(i, 7), m_.i8);
    return b.CreateTrunc(b.CreateLShr(byte, shift), m_.i1);
  }

  llvm::Value* ones() {
    if (!ones_) {
      auto* init = llvm::ConstantInt::get(m_.i8, 0xFF);
      ones_ = new llvm::GlobalVariable(*m_.mod, m_.i8, true, llvm::GlobalValue::PrivateLinkage, init, "all_valid");
    }
    return ones_;
  }
  llvm::GlobalVariable* ones_ = nullptr;

  llvm::Value* index(const ColumnLayout& l, const Desc& d, llvm::Value* idx, llvm::Value* valid) {
    auto& b = g_.b();
    llvm::Value* k = integer(l.layout, d.values, idx);
    // One unsigned minimum bounds the index: a negative one, sign-extended, is larger than any
    // length as an unsigned number, so it becomes the length (the null entry) like one past it.
    llvm::Value* bounded = b.CreateBinaryIntrinsic(llvm::Intrinsic::umin, k, d.dlength);
    return b.CreateSelect(valid, bounded, d.dlength);
  }

  llvm::Value* integer(ArrowLayout layout, llvm::Value* values, llvm::Value* idx) {
    auto& b = g_.b();
    llvm::Type* t = layout == ArrowLayout::Int8    ? b.getInt8Ty()
                    : layout == ArrowLayout::Int16 ? b.getInt16Ty()
                    : layout == ArrowLayout::Int32 ? b.getInt32Ty()
                                                   : b.getInt64Ty();
    llvm::Value* v = b.CreateLoad(t, b.CreateInBoundsGEP(t, values, idx));
    return b.CreateSExt(v, m_.i64);
  }

  CV value(VKind kind, ArrowLayout layout, int64_t scale, llvm::Value* values, llvm::Value* data, llvm::Value* idx,
           llvm::Value* valid) {
    auto& b = g_.b();
    llvm::Value* state = b.CreateSelect(valid, g_.i8c(kValue), g_.i8c(kNull));
    switch (layout) {
      case ArrowLayout::Bool: return g_.make(kind, state, bit(values, idx, false));
      case ArrowLayout::Int8:
      case ArrowLayout::Int16:
      case ArrowLayout::Int32:
      case ArrowLayout::Int64: {
        llvm::Value* v = integer(layout, values, idx);
        if (kind == VKind::Float) return g_.make(kind, state, b.CreateSIToFP(v, m_.f64));
        return g_.make(kind, state, v);
      }
      case ArrowLayout::Float32:
        return g_.make(kind, state, b.CreateFPExt(b.CreateLoad(b.getFloatTy(), b.CreateInBoundsGEP(b.getFloatTy(), values, idx)), m_.f64));
      case ArrowLayout::Float64: return g_.make(kind, state, b.CreateLoad(m_.f64, b.CreateInBoundsGEP(m_.f64, values, idx)));
      case ArrowLayout::Utf8:
      case ArrowLayout::LargeUtf8: {
        llvm::Type* t = layout == ArrowLayout::Utf8 ? b.getInt32Ty() : b.getInt64Ty();
        llvm::Value* o0 = b.CreateSExt(b.CreateLoad(t, b.CreateInBoundsGEP(t, values, idx)), m_.i64);
        llvm::Value* o1 = b.CreateSExt(b.CreateLoad(t, b.CreateInBoundsGEP(t, values, b.CreateAdd(idx, g_.i64c(1)))), m_.i64);
        return g_.make(kind, state, b.CreateInBoundsGEP(m_.i8, data, o0), b.CreateSub(o1, o0));
      }
      case ArrowLayout::Date32: return g_.make(kind, state, integer(ArrowLayout::Int32, values, idx));
      case ArrowLayout::Timestamp: {
        llvm::Value* v = integer(ArrowLayout::Int64, values, idx);
        if (scale == 1) return g_.make(kind, state, v);
        if (scale > 0) {
          llvm::Value* r = b.CreateBinaryIntrinsic(llvm::Intrinsic::smul_with_overflow, v, g_.i64c(scale));
          llvm::Value* overflow = b.CreateExtractValue(r, 1);
          return g_.make(kind, b.CreateSelect(overflow, g_.i8c(kNull), state), b.CreateExtractValue(r, 0));
        }
        // Nanoseconds: floor to microseconds.
        llvm::Value* d = g_.i64c(-scale);
        llvm::Value* q = b.CreateSDiv(v, d);
        llvm::Value* adjust = b.CreateAnd(b.CreateICmpSLT(v, g_.i64c(0)), b.CreateICmpNE(b.CreateSRem(v, d), g_.i64c(0)));
        return g_.make(kind, state, b.CreateSub(q, b.CreateZExt(adjust, m_.i64)));
      }
    }
    throw Unsupported{"an Arrow layout"};
  }

  FnGen& g_;
  ModuleBuilder::Impl& m_;
  llvm::Value* cols_;
  const Product& product_;
  const LayoutSignature& layout_;
  std::map<int32_t, Desc> descs_;
};

// Hoists every maximal row-independent subexpression before the loop.
void hoist(FnGen& g, const ir::Expr& e) {
  if (e.kind() == ir::ExprKind::Collection) return;  // `in` reads its members itself
  if (!e.uses_rows) {
    if (!g.hoisted.count(&e)) g.hoisted.emplace(&e, g.gen_or_fallback(e));
    return;
  }
  for (const auto& k : e.kids) hoist(g, *k);
}

// A counted loop [0, n): `body(i, carried)` emits one iteration and returns the carried value for
// the next. Returns the carried value after the loop (`init` when it did not run).
llvm::Value* emit_loop(FnGen& g, llvm::Value* n, llvm::Value* init,
                       const std::function<llvm::Value*(llvm::Value* i, llvm::Value* carried)>& body) {
  auto& b = g.b();
  llvm::Function* f = b.GetInsertBlock()->getParent();
  llvm::BasicBlock* pre = b.GetInsertBlock();
  auto* loop = llvm::BasicBlock::Create(b.getContext(), "loop", f);
  auto* exit = llvm::BasicBlock::Create(b.getContext(), "loop.exit", f);
  b.CreateCondBr(b.CreateICmpSGT(n, g.i64c(0)), loop, exit);
  b.SetInsertPoint(loop);
  auto* i = b.CreatePHI(b.getInt64Ty(), 2, "i");
  auto* carried = b.CreatePHI(init->getType(), 2, "carried");
  i->addIncoming(g.i64c(0), pre);
  carried->addIncoming(init, pre);
  llvm::Value* next_carried = body(i, carried);
  llvm::Value* next = b.CreateAdd(i, g.i64c(1));
  llvm::BasicBlock* latch = b.GetInsertBlock();
  i->addIncoming(next, latch);
  carried->addIncoming(next_carried, latch);
  b.CreateCondBr(b.CreateICmpSLT(next, n), loop, exit);
  b.SetInsertPoint(exit);
  auto* out = b.CreatePHI(init->getType(), 2, "after");
  out->addIncoming(init, pre);
  out->addIncoming(next_carried, latch);
  return out;
}

// Finds maximal boolean subexpressions over exactly one dictionary-encoded column.
void find_tables(const ir::Expr& e, const Product& p, const LayoutSignature& layout, std::vector<const ir::Expr*>& out) {
  if (!e.uses_rows) return;
  std::set<int32_t> slots;
  column_slots(e, p, slots);
  if (e.kind() != ir::ExprKind::Column && e.type.kind == TypeKind::Bool && slots.size() == 1) {
    int32_t s = *slots.begin();
    if (s >= 0 && static_cast<size_t>(s) < layout.size() && layout[static_cast<size_t>(s)].present &&
        layout[static_cast<size_t>(s)].dictionary) {
      out.push_back(&e);
      return;
    }
  }
  for (const auto& k : e.kids) find_tables(*k, p, layout, out);
}

// Shared set-up of row kernels: hoisting, column descriptors, dictionary tables.
// Returns false when a scratch table could not be allocated (the kernel then returns -1).
void prepare_rows(FnGen& g, ModuleBuilder::Impl& m, ColumnReader& reader, const std::vector<const ir::Expr*>& preds,
                  const LayoutSignature& layout, llvm::Value* fail_flag) {
  std::set<int32_t> slots;
  for (const auto* p : preds) column_slots(*p, reader.product(), slots);
  reader.load(slots);
  for (const auto* p : preds) hoist(g, *p);
  std::vector<const ir::Expr*> table_exprs;
  for (const auto* p : preds) find_tables(*p, reader.product(), layout, table_exprs);
  auto& b = g.b();
  for (const ir::Expr* e : table_exprs) {
    if (g.tables.count(e)) continue;
    std::set<int32_t> s;
    column_slots(*e, reader.product(), s);
    int32_t slot = *s.begin();
    const auto& d = reader.desc(slot);
    int32_t id = g.scratch_buffers++;
    llvm::Value* data = b.CreateCall(m.host("custos_jit_scratch", m.ptr, {m.ptr, m.i32, m.i64}),
                                     {g.host, b.getInt32(static_cast<uint32_t>(id)), d.dlength});
    b.CreateStore(b.CreateOr(b.CreateLoad(m.i1, fail_flag), b.CreateIsNull(data)), fail_flag);
    // The truth for a null (or out-of-range) entry, then one per dictionary entry.
    g.column = [&](const ir::Expr& c) { return g.make(FnGen::kind_of(c), g.i8c(kNull)); };
    llvm::Value* null_truth = g.truth(g.gen(*e));
    g.guarded(b.CreateIsNotNull(data), [&]() -> llvm::Value* {
      b.CreateStore(null_truth, b.CreateInBoundsGEP(m.i8, data, d.dlength));
      return b.getTrue();
    }, b.getFalse());
    llvm::Value* count = b.CreateSelect(b.CreateIsNull(data), g.i64c(0), d.dlength);
    emit_loop(g, count, g.i64c(0), [&](llvm::Value* k, llvm::Value* carried) {
      g.column = [&](const ir::Expr& c) { return reader.dictionary_entry(c, k); };
      b.CreateStore(g.truth(g.gen(*e)), b.CreateInBoundsGEP(m.i8, data, k));
      return carried;
    });
    g.tables.emplace(e, FnGen::Table{data, null_truth, slot});
  }
}

// Generates a row kernel's body into `f` (declared by the caller): the shared frame is a function
// generator, a column reader and a "scratch allocation failed" flag. On an expression the generator
// cannot compile, removes `f` and the call sites it created, and says why.
bool build_kernel(ModuleBuilder::Impl& m, llvm::Function* f, unsigned principal_arg, unsigned context_arg,
                  unsigned host_arg, const Product& product, const LayoutSignature& layout, std::string& why,
                  const std::function<void(FnGen&, ColumnReader&, llvm::Value* fail)>& body) {
  size_t calls = m.sites.calls.size(), fallbacks = m.sites.fallbacks.size();
  try {
    FnGen g(m, f);
    g.principal = f->getArg(principal_arg);
    g.context = f->getArg(context_arg);
    g.host = f->getArg(host_arg);
    ColumnReader reader(g, m, f->getArg(0), product, layout);
    llvm::Value* fail = g.entry_alloca(m.i1);
    g.b().CreateStore(g.b().getFalse(), fail);
    body(g, reader, fail);
    return true;
  } catch (const Unsupported& u) {
    f->eraseFromParent();
    while (m.sites.calls.size() > calls) m.sites.calls.pop_back();
    while (m.sites.fallbacks.size() > fallbacks) m.sites.fallbacks.pop_back();
    why = "cannot compile " + u.why;
    return false;
  }
}

}  // namespace

bool ModuleBuilder::add_filter(const std::string& symbol, const ir::ProductRules& rules, const Product& product,
                               const LayoutSignature& layout, std::string& why) {
  Impl& m = *impl_;
  llvm::Function* f = declare(m, symbol, m.i64, {m.ptr, m.i64, m.ptr, m.ptr, m.ptr, m.ptr, m.ptr}, {0, 2, 3, 4, 6});
  return build_kernel(m, f, 2, 3, 5, product, layout, why, [&](FnGen& g, ColumnReader& reader, llvm::Value* fail) {
    auto& b = g.b();

    // Which rules shape the filter, and how, is the decision core's; their states are indexed
    // like ir::rules_in_order, as the plan function writes them.
    const std::vector<eval::FilterPart> parts = eval::filter_parts(rules);
    const auto order = ir::rules_in_order(rules);
    std::vector<const ir::Expr*> preds;
    for (const auto& p : parts) {
      for (const auto& e : order[p.rule]->rule->rows) preds.push_back(e.get());
    }
    prepare_rows(g, m, reader, preds, layout, fail);
    std::vector<llvm::Value*> holds(order.size(), nullptr);
    for (const auto& p : parts) {
      llvm::Value* s = b.CreateLoad(m.i8, b.CreateConstInBoundsGEP1_64(m.i8, f->getArg(4), p.rule));
      holds[p.rule] = b.CreateICmpNE(b.CreateAnd(s, g.i8c(kHolds)), g.i8c(0));
    }
    llvm::Value* failed = b.CreateLoad(m.i1, fail);
    llvm::Value* length = b.CreateSelect(failed, g.i64c(0), f->getArg(1));
    llvm::Value* sel = f->getArg(6);

    llvm::Value* result = emit_loop(g, length, g.i64c(0), [&](llvm::Value* i, llvm::Value* n) {
      g.column = [&](const ir::Expr& c) { return reader.read(c, i); };
      g.dictionary_index = [&](int32_t slot) { return reader.dictionary_index(slot, i); };
      auto term = [&](const eval::FilterPart& p) {
        std::vector<CV> xs;
        for (const auto& e : order[p.rule]->rule->rows) xs.push_back(g.gen(*e));
        CV t = xs.empty() ? g.boolean(g.i8c(kValue), b.getTrue()) : g.logical_cv(true, xs);
        // A rule that does not hold contributes false.
        return g.boolean(b.CreateSelect(holds[p.rule], t.state, g.i8c(kValue)), b.CreateAnd(holds[p.rule], t.a));
      };
      auto any = [&](const std::vector<CV>& xs) { return g.logical_cv(false, xs); };
      auto all = [&](const std::vector<CV>& xs) { return g.logical_cv(true, xs); };
      auto negate = [&](const CV& x) { return g.not_cv(x); };
      CV filter = eval::compose_row_filter<CV>(parts, term, any, all, negate);
      llvm::Value* visible = b.CreateAnd(b.CreateICmpEQ(filter.state, g.i8c(kValue)), filter.a);
      b.CreateStore(b.CreateTrunc(i, m.i32), b.CreateInBoundsGEP(m.i32, sel, n));
      return b.CreateAdd(n, b.CreateZExt(visible, m.i64));
    });
    b.CreateRet(b.CreateSelect(failed, g.i64c(-1), result));
  });
}

bool ModuleBuilder::add_predicate(const std::string& symbol, const ir::Rule& rule, const Product& product,
                                  const LayoutSignature& layout, std::string& why) {
  Impl& m = *impl_;
  llvm::Function* f = declare(m, symbol, m.vd, {m.ptr, m.ptr, m.i64, m.ptr, m.ptr, m.ptr, m.ptr}, {0, 1, 3, 4, 6});
  return build_kernel(m, f, 3, 4, 5, product, layout, why, [&](FnGen& g, ColumnReader& reader, llvm::Value* fail) {
    auto& b = g.b();
    std::vector<const ir::Expr*> preds;
    for (const auto& e : rule.rows) preds.push_back(e.get());
    prepare_rows(g, m, reader, preds, layout, fail);
    llvm::Value* failed = b.CreateLoad(m.i1, fail);
    llvm::Value* count = f->getArg(2);
    // The rows are read only when every dictionary table was allocated (a table that could not
    // be is a null pointer: reading it would crash).
    emit_loop(g, b.CreateSelect(failed, g.i64c(0), count), g.i64c(0), [&](llvm::Value* k, llvm::Value* carried) {
      llvm::Value* i = b.CreateZExt(b.CreateLoad(m.i32, b.CreateInBoundsGEP(m.i32, f->getArg(1), k)), m.i64);
      g.column = [&](const ir::Expr& c) { return reader.read(c, i); };
      g.dictionary_index = [&](int32_t slot) { return reader.dictionary_index(slot, i); };
      std::vector<llvm::Value*> ts;
      for (const auto* e : preds) ts.push_back(g.truth(g.gen(*e)));
      b.CreateStore(g.logical(true, ts), b.CreateInBoundsGEP(m.i8, f->getArg(6), k));
      return carried;
    });
    // Otherwise every row reads as an error (which applies a mask: fail closed), and the caller,
    // seeing the host's failure flag, asks the interpreter instead.
    emit_loop(g, b.CreateSelect(failed, count, g.i64c(0)), g.i64c(0), [&](llvm::Value* k, llvm::Value* carried) {
      b.CreateStore(g.i8c(kErrorTruth), b.CreateInBoundsGEP(m.i8, f->getArg(6), k));
      return carried;
    });
    b.CreateRetVoid();
  });
}


ModulePtr ModuleBuilder::take() {
  Impl& m = *impl_;
  std::string errors;
  llvm::raw_string_ostream os(errors);
  if (llvm::verifyModule(*m.mod, &os)) throw std::runtime_error("generated code failed verification: " + os.str());
  auto out = ModulePtr(new GeneratedModule{std::move(m.ctx), std::move(m.mod)});
  return out;
}

}  // namespace custos::jit
