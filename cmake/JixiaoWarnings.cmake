function(jixiao_set_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    # GCC 12's flow-sensitive warnings misfire at -O2/-O3 on code inlined from
    # libstdc++'s std::string and Boost.Multiprecision (GCC PRs 105329, 105651,
    # 107087): -Wrestrict, -Warray-bounds, -Wstringop-overflow/-overread and
    # -Wmaybe-uninitialized, depending on a whole unit's inlining and even on
    # the length of the source path. They are off for optimised GCC < 13 builds
    # only; clang-14 (the sanitizer build in CI) and Debug builds keep every check.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
      target_compile_options(${target} PRIVATE
        "$<$<NOT:$<CONFIG:Debug>>:-Wno-restrict;-Wno-array-bounds;-Wno-stringop-overflow;-Wno-stringop-overread;-Wno-maybe-uninitialized>")
    endif()
    if(JIXIAO_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()

# JIXIAO_FUZZ implies the sanitizers (every fuzz target runs under ASan and
# UBSan). libFuzzer's coverage instrumentation goes only where a fuzzer runs:
# the libraries and the fuzz targets (jixiao_set_fuzz_coverage), so that the
# fuzzers see the library's branches. The command and the test program do not
# need it: it made their sanitized compile a third longer.
function(jixiao_set_sanitizers target)
  if(JIXIAO_SANITIZE OR JIXIAO_FUZZ)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=all)
    target_link_options(${target} PUBLIC -fsanitize=address,undefined)
    # A sanitized program linked position-dependent: as a PIE its 19 MB of relocations
    # made each run of the command 50 ms longer (a quarter of the CLI cases' CPU).
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "EXECUTABLE")
      target_link_options(${target} PRIVATE -no-pie)
    endif()
  endif()
endfunction()

function(jixiao_set_fuzz_coverage target)
  if(JIXIAO_FUZZ)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
  endif()
endfunction()
