# Warnings for our own code. Generated ANTLR sources are compiled without them.
function(custos_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-unused-parameter)
  if(CUSTOS_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
