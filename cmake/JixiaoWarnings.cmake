function(jixiao_set_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    # GCC 12 at -O2/-O3 flags std::string's assignment of a one-character literal
    # (inlined from Boost.Multiprecision's cpp_int::str()) with a bogus -Wrestrict
    # (GCC PR 105329); whether it fires depends on a whole unit's inlining. The
    # same inlining gives bogus -Warray-bounds on short std::string concatenations
    # (GCC PR 105651), depending even on the length of the source directory's path.
    # clang-14 (the sanitizer build) keeps both checks.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
      target_compile_options(${target} PRIVATE -Wno-restrict -Wno-array-bounds)
    endif()
    if(JIXIAO_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()

# JIXIAO_FUZZ implies the sanitizers (every fuzz target runs under ASan and
# UBSan) and adds libFuzzer's coverage instrumentation to every target, so
# that the fuzzers see the library's branches.
function(jixiao_set_sanitizers target)
  if(JIXIAO_SANITIZE OR JIXIAO_FUZZ)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=all)
    target_link_options(${target} PUBLIC -fsanitize=address,undefined)
  endif()
  if(JIXIAO_FUZZ)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
  endif()
endfunction()
