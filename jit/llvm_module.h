// The generated LLVM module, shared by codegen.cpp and llvm_jit.cpp only (LLVM headers are costly:
// no other file includes this).
#pragma once

#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>

#include "codegen.h"

namespace custos::jit {

struct GeneratedModule {
  std::unique_ptr<llvm::LLVMContext> context;
  std::unique_ptr<llvm::Module> module;
};

}  // namespace custos::jit
