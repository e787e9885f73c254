# Runs one compile-fail case (tests/CMakeLists.txt):
#   cmake -DCOMPILER=… -DSOURCE=file.cpp -DINCLUDES="dir|dir" -DMODE=control|fail -P check.cmake
# control: the file as it is must compile without a warning.
# fail:    with -DJIXIAO_COMPILE_FAIL it must not compile, and the first error
#          must be on the line marked "expected-error", so that a typo
#          elsewhere cannot pass for the refusal being tested.
string(REPLACE "|" ";" include_dirs "${INCLUDES}")
set(flags -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Werror)
foreach(dir IN LISTS include_dirs)
  list(APPEND flags "-I${dir}")
endforeach()
if(MODE STREQUAL "fail")
  list(APPEND flags -DJIXIAO_COMPILE_FAIL)
endif()
execute_process(COMMAND "${COMPILER}" ${flags} "${SOURCE}"
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)

if(MODE STREQUAL "control")
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "the control (without JIXIAO_COMPILE_FAIL) must compile, but did not:\n${output}")
  endif()
  return()
endif()

if(status EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled with -DJIXIAO_COMPILE_FAIL; the marked line must not compile")
endif()
file(READ "${SOURCE}" text)
string(FIND "${text}" "expected-error" marker)
if(marker EQUAL -1)
  message(FATAL_ERROR "${SOURCE} has no line marked expected-error")
endif()
string(SUBSTRING "${text}" 0 ${marker} before)
string(REGEX MATCHALL "\n" newlines "${before}")
list(LENGTH newlines line)
math(EXPR line "${line} + 1")
get_filename_component(name "${SOURCE}" NAME)
string(REGEX REPLACE "([.+])" "\\\\\\1" name_pattern "${name}")
string(REGEX MATCH "[^\n]*: error: [^\n]*" first_error "${output}")
if(NOT first_error MATCHES "${name_pattern}:${line}:[0-9]+: error: ")
  message(FATAL_ERROR "expected the first error at ${name}:${line}, got:\n${output}")
endif()
message(STATUS "refused as expected: ${first_error}")
