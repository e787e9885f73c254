# Install rules: the library, its headers and a CMake package config, so that
# find_package(jixiao CONFIG REQUIRED) gives consumers jixiao::jixiao.
include(CMakePackageConfigHelpers)

install(TARGETS jixiao EXPORT jixiaoTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/jixiao" DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES "${PROJECT_BINARY_DIR}/generated/include/jixiao/version.hpp"
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/jixiao)
if(TARGET jixiao_cli)
  install(TARGETS jixiao_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

set(jixiao_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/jixiao)
get_target_property(jixiao_library_type jixiao TYPE)  # for jixiaoConfig.cmake.in
install(EXPORT jixiaoTargets NAMESPACE jixiao:: DESTINATION ${jixiao_cmake_dir})
configure_package_config_file(cmake/jixiaoConfig.cmake.in
  "${PROJECT_BINARY_DIR}/jixiaoConfig.cmake" INSTALL_DESTINATION ${jixiao_cmake_dir})
write_basic_package_version_file("${PROJECT_BINARY_DIR}/jixiaoConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/jixiaoConfig.cmake" "${PROJECT_BINARY_DIR}/jixiaoConfigVersion.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/JixiaoLibzip.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/JixiaoFindXlsxwriter.cmake"
  DESTINATION ${jixiao_cmake_dir})
