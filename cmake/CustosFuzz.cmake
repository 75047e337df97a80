# libFuzzer builds: clang, with ASan and UBSan on every target and coverage instrumentation.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "CUSTOS_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++-14")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g)
add_link_options(-fsanitize=address,undefined)

# clang 14 cannot compile one header that the ANTLR runtime's umbrella header pulls in
# (misc/InterpreterDataReader.h, which nothing of ours uses). Derive an umbrella header
# without it from the installed one, and put it first on the include path.
file(READ "${ANTLR4_INCLUDE_DIR}/antlr4-runtime.h" _antlr_umbrella)
string(REPLACE "#include \"misc/InterpreterDataReader.h\"" "" _antlr_umbrella "${_antlr_umbrella}")
file(WRITE "${CMAKE_BINARY_DIR}/antlr-clang-shim/antlr4-runtime.h" "${_antlr_umbrella}")
include_directories(BEFORE SYSTEM "${CMAKE_BINARY_DIR}/antlr-clang-shim")
