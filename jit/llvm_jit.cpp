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
#include <vector>

#include "host_calls.h"
#include "llvm_module.h"

namespace custos::jit {

namespace {
std::string message(llvm::Error e) { return llvm::toString(std::move(e)); }

// Modules flagged with this are compiled to machine code with LLVM's fast instruction selector:
// plan functions run once per plan, so compiling them quickly beats compiling them well (a
// product's plan function compiles 3-4x faster). Row kernels get the runtime's level.
constexpr const char* kFastCodegenFlag = "custos.fast_codegen";

// The IR passes row kernels get at the default level (2). A kernel is one loop over the batch whose
// body reads columns and compares; what makes it fast is promoting its locals, hoisting everything
// that depends only on the principal and context out of the loop, and folding the three-valued
// logic into branch-free selects. LLVM's whole O2 pipeline does that too, but runs InstCombine eight
// times and dozens of passes with nothing to do here: it cost 2.9 ms per kernel against 1.3 ms for
// this list, for the same row speed (custos_row_bench). Level 3 runs the whole O3 pipeline.
// `instcombine` named in a pipeline string verifies that it reached a fixpoint and aborts the
// process when it did not (a testing aid of LLVM's); the default pipelines turn that off, so do we.
constexpr const char* kKernelPipeline =
    "function(sroa,early-cse,instcombine<no-verify-fixpoint>,simplifycfg,loop-mssa(licm),gvn,"
    "instcombine<no-verify-fixpoint>,simplifycfg)";

// Target machines cache per-function subtargets and are not thread-safe: each thread that
// optimises or compiles takes one from here and gives it back, so modules are compiled in parallel
// with as many machines as there were threads at once.
class MachinePool {
 public:
  explicit MachinePool(llvm::orc::JITTargetMachineBuilder builder) : builder_(std::move(builder)) {}

  class Lease {
   public:
    Lease(MachinePool& pool, std::unique_ptr<llvm::TargetMachine> tm) : pool_(pool), tm_(std::move(tm)) {}
    Lease(const Lease&) = delete;
    ~Lease() { pool_.give_back(std::move(tm_)); }
    llvm::TargetMachine& operator*() const { return *tm_; }
    llvm::TargetMachine* get() const { return tm_.get(); }

   private:
    MachinePool& pool_;
    std::unique_ptr<llvm::TargetMachine> tm_;
  };

  llvm::Expected<std::unique_ptr<Lease>> take() {
    std::lock_guard lock(mutex_);
    if (!free_.empty()) {
      auto tm = std::move(free_.back());
      free_.pop_back();
      return std::make_unique<Lease>(*this, std::move(tm));
    }
    auto tm = builder_.createTargetMachine();
    if (!tm) return tm.takeError();
    return std::make_unique<Lease>(*this, std::move(*tm));
  }

 private:
  void give_back(std::unique_ptr<llvm::TargetMachine> tm) {
    std::lock_guard lock(mutex_);
    free_.push_back(std::move(tm));
  }
  llvm::orc::JITTargetMachineBuilder builder_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<llvm::TargetMachine>> free_;
};

// LLJIT's compile step with two kinds of target machine: fast ones for flagged modules, optimising
// ones for the rest. Threads that look up symbols of different modules compile them concurrently.
class TieredCompiler : public llvm::orc::IRCompileLayer::IRCompiler {
 public:
  TieredCompiler(llvm::orc::JITTargetMachineBuilder fast, llvm::orc::JITTargetMachineBuilder optimising,
                 const llvm::TargetOptions& options)
      : IRCompiler(llvm::orc::irManglingOptionsFromTargetOptions(options)), fast_(std::move(fast)),
        optimising_(std::move(optimising)) {}

  llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> operator()(llvm::Module& m) override {
    auto tm = (m.getModuleFlag(kFastCodegenFlag) ? fast_ : optimising_).take();
    if (!tm) return tm.takeError();
    return llvm::orc::SimpleCompiler(***tm)(m);
  }

 private:
  MachinePool fast_, optimising_;
};
}  // namespace

struct JitRuntime::Impl {
  std::unique_ptr<llvm::orc::LLJIT> jit;
  std::unique_ptr<MachinePool> machines;  // for the IR passes, which ask the target about costs
  std::string cpu, features;
  llvm::OptimizationLevel level = llvm::OptimizationLevel::O2;
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
  auto machines = std::make_unique<MachinePool>(*builder);
  std::string cpu, features;
  {
    auto machine = machines->take();
    if (!machine) {
      error = message(machine.takeError());
      return nullptr;
    }
    cpu = (***machine).getTargetCPU().str();
    features = (***machine).getTargetFeatureString().str();
  }
  auto jit = llvm::orc::LLJITBuilder()
                 .setJITTargetMachineBuilder(*builder)
                 .setCompileFunctionCreator([](llvm::orc::JITTargetMachineBuilder jtmb)
                                                -> llvm::Expected<std::unique_ptr<llvm::orc::IRCompileLayer::IRCompiler>> {
                   llvm::orc::JITTargetMachineBuilder fast = jtmb;
                   fast.setCodeGenOptLevel(llvm::CodeGenOptLevel::None);
                   return std::make_unique<TieredCompiler>(std::move(fast), jtmb, jtmb.getOptions());
                 })
                 .create();
  if (!jit) {
    error = message(jit.takeError());
    return nullptr;
  }
  std::unique_ptr<JitRuntime> rt(new JitRuntime());
  rt->impl_->jit = std::move(*jit);
  rt->impl_->machines = std::move(machines);
  rt->impl_->cpu = std::move(cpu);
  rt->impl_->features = std::move(features);
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
  llvm::Module& m = *generated->module;
  m.setDataLayout(impl_->jit->getDataLayout());
  m.setTargetTriple(impl_->jit->getTargetTriple().str());
  for (auto& f : m) {
    if (f.isDeclaration()) continue;
    f.addFnAttr("target-cpu", impl_->cpu);
    f.addFnAttr("target-features", impl_->features);
  }
  llvm::OptimizationLevel level = impl_->level;
  if (max_opt_level <= 0) level = llvm::OptimizationLevel::O0;
  else if (max_opt_level == 1 && level != llvm::OptimizationLevel::O0) level = llvm::OptimizationLevel::O1;
  else if (max_opt_level == 2 && level == llvm::OptimizationLevel::O3) level = llvm::OptimizationLevel::O2;
  if (level != llvm::OptimizationLevel::O0) {
    auto machine = impl_->machines->take();
    if (!machine) {
      error = message(machine.takeError());
      return false;
    }
    llvm::LoopAnalysisManager lam;
    llvm::FunctionAnalysisManager fam;
    llvm::CGSCCAnalysisManager cgam;
    llvm::ModuleAnalysisManager mam;
    llvm::PassBuilder pb((*machine)->get());
    pb.registerModuleAnalyses(mam);
    pb.registerCGSCCAnalyses(cgam);
    pb.registerFunctionAnalyses(fam);
    pb.registerLoopAnalyses(lam);
    pb.crossRegisterProxies(lam, fam, cgam, mam);
    if (level == llvm::OptimizationLevel::O2) {
      llvm::ModulePassManager passes;
      if (auto e = pb.parsePassPipeline(passes, kKernelPipeline)) {
        error = message(std::move(e));
        return false;
      }
      passes.run(m, mam);
    } else {
      pb.buildPerModuleDefaultPipeline(level).run(m, mam);
    }
  }
  if (max_opt_level <= 1) m.addModuleFlag(llvm::Module::Warning, kFastCodegenFlag, 1);
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
