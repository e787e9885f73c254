# Finds libxlsxwriter (Debian: libxlsxwriter-dev) and defines the imported
# target xlsxwriter::xlsxwriter. Used by jixiao's build and by its installed
# package config (a static jixiao hands the link on to its consumers).
# pkg-config (module "xlsxwriter") gives the hints when it is installed; the
# header and library are then looked for in the usual places.
if(NOT TARGET xlsxwriter::xlsxwriter)
  find_package(PkgConfig QUIET)
  if(PKG_CONFIG_FOUND)
    pkg_check_modules(JIXIAO_PC_XLSXWRITER QUIET xlsxwriter)
  endif()
  find_path(JIXIAO_XLSXWRITER_INCLUDE_DIR xlsxwriter.h HINTS ${JIXIAO_PC_XLSXWRITER_INCLUDE_DIRS})
  find_library(JIXIAO_XLSXWRITER_LIBRARY NAMES xlsxwriter HINTS ${JIXIAO_PC_XLSXWRITER_LIBRARY_DIRS})
  if(JIXIAO_XLSXWRITER_INCLUDE_DIR AND JIXIAO_XLSXWRITER_LIBRARY)
    # GLOBAL: a static jixiao pulled in by FetchContent hands this link on to targets in other directories.
    add_library(xlsxwriter::xlsxwriter UNKNOWN IMPORTED GLOBAL)
    set_target_properties(xlsxwriter::xlsxwriter PROPERTIES
      IMPORTED_LOCATION "${JIXIAO_XLSXWRITER_LIBRARY}"
      INTERFACE_INCLUDE_DIRECTORIES "${JIXIAO_XLSXWRITER_INCLUDE_DIR}")
    # A static libxlsxwriter needs zlib too (its pkg-config: -lxlsxwriter -lz).
    if(JIXIAO_XLSXWRITER_LIBRARY MATCHES "\\.a$")
      find_package(ZLIB QUIET)
      if(ZLIB_FOUND)
        set_property(TARGET xlsxwriter::xlsxwriter APPEND PROPERTY INTERFACE_LINK_LIBRARIES ZLIB::ZLIB)
      endif()
    endif()
  endif()
endif()
if(TARGET xlsxwriter::xlsxwriter)
  set(xlsxwriter_FOUND TRUE)
else()
  set(xlsxwriter_FOUND FALSE)
endif()
