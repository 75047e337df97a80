// LLJIT set-up, optimisation and symbol lookup. LLVM is built without exceptions: nothing is
// thrown through LLVM frames, every llvm::Error is turned into a message here.
#include "llvm_jit.h"

#include <llvm/ExecutionEngine/Orc/CompileUtils.h>
#include <llvm/ExecutionEngine/Orc/ExecutionUtils.h>
#include <llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h>
#include <llvm/ExecutionEngine/Orc/LLJIT.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Target/TargetMachine.h>

#include <cstdlib>
#include <cstring>
#include <mutex>

#include "host_calls.h"
#include "llvm_module.h"

namespace custos::jit {

namespace {
std::string message(llvm::Error e) { return llvm::toString(std::move(e)); }

// Modules flagged with this are compiled to machine code with LLVM's fast instruction selector:
// plan functions run once per plan, so compiling them quickly beats compiling them well (a
// product's plan function compiles 3-4x faster). Row kernels get the runtime's level.
constexpr const char* kFastCodegenFlag = "custos.fast_codegen";

// LLJIT's compile step with two target machines: the fast one for flagged modules, the
// optimising one for the rest. Compiles one module at a time (the policy set's compilations are
// serialised anyway; the lock keeps that true for any caller).
class TieredCompiler : public llvm::orc::IRCompileLayer::IRCompiler {
 public:
  TieredCompiler(std::unique_ptr<llvm::TargetMachine> fast, std::unique_ptr<llvm::TargetMachine> optimising)
      : IRCompiler(llvm::orc::irManglingOptionsFromTargetOptions(optimising->Options)),
        fast_tm_(std::move(fast)), opt_tm_(std::move(optimising)), fast_(*fast_tm_), optimising_(*opt_tm_) {}

  llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> operator()(llvm::Module& m) override {
    std::lock_guard lock(mutex_);
    return m.getModuleFlag(kFastCodegenFlag) ? fast_(m) : optimising_(m);
  }

 private:
  std::unique_ptr<llvm::TargetMachine> fast_tm_, opt_tm_;
  llvm::orc::SimpleCompiler fast_, optimising_;
  std::mutex mutex_;
};
}  // namespace

struct JitRuntime::Impl {
  std::unique_ptr<llvm::orc::LLJIT> jit;
  std::unique_ptr<llvm::TargetMachine> machine;
  llvm::OptimizationLevel level = llvm::OptimizationLevel::O2;
  std::mutex mutex;  // LLJIT is thread-safe, our optimisation pipeline state is not shared, but keep adds ordered
};

JitRuntime::JitRuntime() : impl_(std::make_unique<Impl>()) {}
JitRuntime::~JitRuntime() = default;

std::unique_ptr<JitRuntime> JitRuntime::create(int opt_level, std::string& error) {
  // An operator's switch (and the fault tests'): run every decision on the interpreter.
  if (const char* off = std::getenv("CUSTOS_JIT_DISABLE"); off && *off && std::string(off) != "0") {
    error = "disabled by CUSTOS_JIT_DISABLE";
    return nullptr;
  }
  static std::once_flag once;
  static bool native_ok = false;
  std::call_once(once, [] {
    native_ok = !llvm::InitializeNativeTarget() && !llvm::InitializeNativeTargetAsmPrinter();
  });
  if (!native_ok) {
    error = "the LLVM native target is not available";
    return nullptr;
  }
  auto builder = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!builder) {
    error = message(builder.takeError());
    return nullptr;
  }
  builder->setCodeGenOptLevel(opt_level >= 2 ? llvm::CodeGenOptLevel::Aggressive
                              : opt_level == 1 ? llvm::CodeGenOptLevel::Less
                                               : llvm::CodeGenOptLevel::None);
  auto machine = builder->createTargetMachine();
  if (!machine) {
    error = message(machine.takeError());
    return nullptr;
  }
  auto jit = llvm::orc::LLJITBuilder()
                 .setJITTargetMachineBuilder(*builder)
                 .setCompileFunctionCreator([](llvm::orc::JITTargetMachineBuilder jtmb)
                                                -> llvm::Expected<std::unique_ptr<llvm::orc::IRCompileLayer::IRCompiler>> {
                   auto optimising = jtmb.createTargetMachine();
                   if (!optimising) return optimising.takeError();
                   jtmb.setCodeGenOptLevel(llvm::CodeGenOptLevel::None);
                   auto fast = jtmb.createTargetMachine();
                   if (!fast) return fast.takeError();
                   return std::make_unique<TieredCompiler>(std::move(*fast), std::move(*optimising));
                 })
                 .create();
  if (!jit) {
    error = message(jit.takeError());
    return nullptr;
  }
  std::unique_ptr<JitRuntime> rt(new JitRuntime());
  rt->impl_->jit = std::move(*jit);
  rt->impl_->machine = std::move(*machine);
  rt->impl_->level = opt_level >= 3   ? llvm::OptimizationLevel::O3
                     : opt_level == 2 ? llvm::OptimizationLevel::O2
                     : opt_level == 1 ? llvm::OptimizationLevel::O1
                                      : llvm::OptimizationLevel::O0;
  auto& lljit = *rt->impl_->jit;
  using llvm::orc::ExecutorAddr;
  llvm::orc::SymbolMap host;
  auto add = [&](const char* name, auto* fn) {
    host[lljit.mangleAndIntern(name)] = {ExecutorAddr::fromPtr(fn), llvm::JITSymbolFlags::Exported};
  };
  add("custos_jit_call", &custos_jit_call);
  add("custos_jit_fallback", &custos_jit_fallback);
  add("custos_jit_contains", &custos_jit_contains);
  add("custos_jit_strcmp", &custos_jit_strcmp);
  add("custos_jit_scratch", &custos_jit_scratch);
  add("memcmp", static_cast<int (*)(const void*, const void*, size_t)>(&std::memcmp));
  if (auto e = lljit.getMainJITDylib().define(llvm::orc::absoluteSymbols(std::move(host)))) {
    error = message(std::move(e));
    return nullptr;
  }
  // Whatever else code generation calls (memset, memcpy) comes from the process.
  auto process = llvm::orc::DynamicLibrarySearchGenerator::GetForCurrentProcess(lljit.getDataLayout().getGlobalPrefix());
  if (!process) {
    error = message(process.takeError());
    return nullptr;
  }
  lljit.getMainJITDylib().addGenerator(std::move(*process));
  return rt;
}

bool JitRuntime::add(ModulePtr generated, std::string& error, int max_opt_level) {
  std::lock_guard lock(impl_->mutex);
  llvm::Module& m = *generated->module;
  m.setDataLayout(impl_->jit->getDataLayout());
  m.setTargetTriple(impl_->jit->getTargetTriple().str());
  for (auto& f : m) {
    if (f.isDeclaration()) continue;
    f.addFnAttr("target-cpu", impl_->machine->getTargetCPU());
    f.addFnAttr("target-features", impl_->machine->getTargetFeatureString());
  }
  {
    llvm::LoopAnalysisManager lam;
    llvm::FunctionAnalysisManager fam;
    llvm::CGSCCAnalysisManager cgam;
    llvm::ModuleAnalysisManager mam;
    llvm::PassBuilder pb(impl_->machine.get());
    pb.registerModuleAnalyses(mam);
    pb.registerCGSCCAnalyses(cgam);
    pb.registerFunctionAnalyses(fam);
    pb.registerLoopAnalyses(lam);
    pb.crossRegisterProxies(lam, fam, cgam, mam);
    llvm::OptimizationLevel level = impl_->level;
    if (max_opt_level <= 0) level = llvm::OptimizationLevel::O0;
    else if (max_opt_level == 1 && level != llvm::OptimizationLevel::O0) level = llvm::OptimizationLevel::O1;
    else if (max_opt_level == 2 && level == llvm::OptimizationLevel::O3) level = llvm::OptimizationLevel::O2;
    if (level != llvm::OptimizationLevel::O0) pb.buildPerModuleDefaultPipeline(level).run(m, mam);
    if (max_opt_level <= 1) m.addModuleFlag(llvm::Module::Warning, kFastCodegenFlag, 1);
  }
  // Debugging aid: CUSTOS_JIT_DUMP=1 prints every optimised module to stderr.
  if (const char* dump = std::getenv("CUSTOS_JIT_DUMP"); dump && *dump == '1') m.print(llvm::errs(), nullptr);
  llvm::orc::ThreadSafeModule tsm(std::move(generated->module), std::move(generated->context));
  if (auto e = impl_->jit->addIRModule(std::move(tsm))) {
    error = message(std::move(e));
    return false;
  }
  return true;
}

void* JitRuntime::lookup(const std::string& symbol, std::string& error) {
  auto addr = impl_->jit->lookup(symbol);
  if (!addr) {
    error = message(addr.takeError());
    return nullptr;
  }
  return addr->toPtr<void*>();
}

}  // namespace custos::jit
