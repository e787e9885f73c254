# Builds and runs tests/consumer against jixiao (tests/CMakeLists.txt):
#   cmake -DMODE=install|fetch -DSOURCE_DIR=<jixiao source> -DBUILD_DIR=<jixiao build>
#         -DWORK_DIR=<scratch dir> -DCOMPILER=<c++> -DGENERATOR=<generator> -DVERSION=<x.y.z> [-DUNITY=1 [-DUNITY_BATCH=n]]
#         -P run.cmake
# install: installs BUILD_DIR into WORK_DIR/prefix, then find_package(jixiao) from there.
# fetch:   FetchContent with SOURCE_DIR, which must give the library only.
# WORK_DIR is kept between runs, so a second run rebuilds only what changed.
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT status EQUAL 0)
    string(REPLACE ";" " " command "${ARGN}")
    message(FATAL_ERROR "failed (${status}): ${command}\n${output}")
  endif()
  set(output "${output}" PARENT_SCOPE)
endfunction()

set(consumer_build "${WORK_DIR}/build")
if(MODE STREQUAL "install" OR MODE STREQUAL "install-core")
  set(prefix "${WORK_DIR}/prefix")
  run("${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}")
  set(how "-DCMAKE_PREFIX_PATH=${prefix}")
  if(MODE STREQUAL "install-core")
    list(APPEND how "-DJIXIAO_CONSUMER_CORE_ONLY=ON")
  endif()
elseif(MODE STREQUAL "fetch")
  set(how "-DJIXIAO_CONSUMER_SOURCE_DIR=${SOURCE_DIR}")
else()
  message(FATAL_ERROR "MODE must be install, install-core or fetch, not '${MODE}'")
endif()

# UNITY and UNITY_BATCH (the build under test's CMAKE_UNITY_BUILD and its batch size): a
# source build of jixiao compiles in the same batches.
if(NOT DEFINED UNITY)
  set(UNITY 0)
endif()
if(DEFINED UNITY_BATCH AND NOT UNITY_BATCH STREQUAL "")
  list(APPEND how "-DCMAKE_UNITY_BUILD_BATCH_SIZE=${UNITY_BATCH}")
endif()
run("${CMAKE_COMMAND}" -S "${SOURCE_DIR}/tests/consumer" -B "${consumer_build}" -G "${GENERATOR}"
    "-DCMAKE_CXX_COMPILER=${COMPILER}" "-DCMAKE_UNITY_BUILD=${UNITY}" ${how})
if(MODE MATCHES "^install")
  # The package must come from the fresh install, not from anywhere else on the machine.
  string(FIND "${output}" "jixiao ${VERSION} found in ${prefix}/" found_at)
  if(found_at EQUAL -1)
    message(FATAL_ERROR "find_package(jixiao) did not find version ${VERSION} under ${prefix}:\n${output}")
  endif()
endif()
# The fetch mode compiles the core library (what the consumer links): on every core, as the build
# that runs this test does.
cmake_host_system_information(RESULT cores QUERY NUMBER_OF_LOGICAL_CORES)
set(targets consumer)
if(MODE STREQUAL "install")
  list(APPEND targets evaluate_consumer)
endif()
run("${CMAKE_COMMAND}" --build "${consumer_build}" --parallel ${cores} --target ${targets})
run("${consumer_build}/consumer")
set(consumer_output "${output}")
if(MODE STREQUAL "install-core" OR MODE STREQUAL "fetch")
  # Linked with the core library only: none of the other components' libraries on its link line.
  file(READ "${consumer_build}/CMakeFiles/consumer.dir/link.txt" link_line)
  if(NOT link_line MATCHES "libjixiao_core[.]a")
    message(FATAL_ERROR "the core-only consumer does not link libjixiao_core.a: ${link_line}")
  endif()
  foreach(library jixiao_json jixiao_forms jixiao_ingest simdjson xlsxwriter zip expat fmt)
    if(link_line MATCHES "lib${library}[.]")
      message(FATAL_ERROR "the core-only consumer links lib${library}: ${link_line}")
    endif()
  endforeach()
else()
  run("${consumer_build}/evaluate_consumer")
  set(expected_evaluation "9 projects, 2 errors, 17 warnings, 10 infos
text report: has JX-C002
")
  if(NOT output STREQUAL expected_evaluation)
    message(FATAL_ERROR "the evaluating consumer printed:\n${output}\nexpected:\n${expected_evaluation}")
  endif()
endif()
set(output "${consumer_output}")

set(expected "jixiao ${VERSION}
108200.00 = 壹拾万捌仟贰佰元整
1409.50 = 壹仟肆佰零玖元伍角
embedded book renhe-hrss-2023.json: jixiao/1, 攀枝花市仁和区人力资源和社会保障局
")
if(NOT output STREQUAL expected)
  message(FATAL_ERROR "the consumer printed:\n${output}\nexpected:\n${expected}")
endif()
message(STATUS "consumer (${MODE}) OK:\n${output}")
