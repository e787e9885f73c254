# Finds jixiao's dependencies (Debian packages only). A missing one stops the
# configure step with the name of the apt package that provides it.
include(GNUInstallDirs)

macro(jixiao_require package apt_package)
  find_package(${package} ${ARGN} QUIET)
  if(NOT ${package}_FOUND)
    message(FATAL_ERROR
      "jixiao needs ${package} (${ARGN}), which was not found.\n"
      "On Debian/Ubuntu install it with:  apt-get install ${apt_package}")
  endif()
endmacro()

jixiao_require(Boost "libboost-dev libboost-date-time-dev" 1.74 CONFIG COMPONENTS headers date_time)
jixiao_require(nlohmann_json nlohmann-json3-dev 3.10 CONFIG)
jixiao_require(fmt libfmt-dev 9 CONFIG)
jixiao_require(simdjson libsimdjson-dev 3 CONFIG)
# Report books sent as .docx (a zip of XML): libzip opens the archive, expat reads word/document.xml.
include(JixiaoLibzip)
if(NOT TARGET jixiao::libzip)
  message(FATAL_ERROR
    "jixiao needs libzip (zip.h and libzip.so), which was not found.\n"
    "On Debian/Ubuntu install it with:  apt-get install libzip-dev")
endif()
jixiao_require(expat libexpat1-dev 2.2 CONFIG)
include(JixiaoFindXlsxwriter)
if(NOT xlsxwriter_FOUND)
  message(FATAL_ERROR
    "jixiao needs libxlsxwriter (xlsxwriter.h and libxlsxwriter), which was not found.\n"
    "On Debian/Ubuntu install it with:  apt-get install libxlsxwriter-dev")
endif()
# JSON Lines are evaluated on several threads (jsonl.hpp).
find_package(Threads REQUIRED)
if(JIXIAO_BUILD_CLI)
  jixiao_require(CLI11 libcli11-dev 2 CONFIG)
endif()
if(JIXIAO_BUILD_TESTS OR JIXIAO_BUILD_EXAMPLES)
  jixiao_require(doctest doctest-dev 2.4 CONFIG)
endif()
if(JIXIAO_BUILD_BENCHMARKS)
  find_package(benchmark CONFIG QUIET)
  if(NOT benchmark_FOUND)
    message(FATAL_ERROR
      "jixiao's benchmarks (JIXIAO_BUILD_BENCHMARKS, on by default when jixiao is the top-level project) "
      "need Google Benchmark, which was not found.\n"
      "On Debian/Ubuntu install it with:  apt-get install libbenchmark-dev\n"
      "or configure with -DJIXIAO_BUILD_BENCHMARKS=OFF")
  endif()
endif()
