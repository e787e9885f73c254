# libzip by its header and library, not by its CMake package: Debian's libzip-dev
# ships a package config that fails unless the zipcmp, zipmerge and ziptool
# programs are installed too. Defines the imported target jixiao::libzip.
# Used by the build and, installed next to jixiaoConfig.cmake, by consumers of a
# static libjixiao.
if(NOT TARGET jixiao::libzip)
  find_path(JIXIAO_LIBZIP_INCLUDE_DIR zip.h)
  find_library(JIXIAO_LIBZIP_LIBRARY NAMES zip)
  if(JIXIAO_LIBZIP_INCLUDE_DIR AND JIXIAO_LIBZIP_LIBRARY)
    add_library(jixiao::libzip UNKNOWN IMPORTED)
    set_target_properties(jixiao::libzip PROPERTIES
      IMPORTED_LOCATION "${JIXIAO_LIBZIP_LIBRARY}"
      INTERFACE_INCLUDE_DIRECTORIES "${JIXIAO_LIBZIP_INCLUDE_DIR}")
  endif()
endif()
