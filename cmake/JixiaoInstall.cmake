# Install rules: the libraries, their headers and a CMake package config with
# components, so that
#   find_package(jixiao CONFIG REQUIRED COMPONENTS core)   gives jixiao::core (Boost only), and
#   find_package(jixiao CONFIG REQUIRED)                   gives every component and jixiao::jixiao.
# Each component has its own export set, so the config loads (and finds the
# dependencies of) only the components asked for.
include(CMakePackageConfigHelpers)

set(jixiao_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/jixiao)
foreach(component core json forms ingest)
  install(TARGETS jixiao_${component} EXPORT jixiao_${component}_targets
    ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
    LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
  install(EXPORT jixiao_${component}_targets NAMESPACE jixiao:: FILE jixiao_${component}_targets.cmake
    DESTINATION ${jixiao_cmake_dir})
endforeach()
install(TARGETS jixiao EXPORT jixiao_umbrella_targets)
install(EXPORT jixiao_umbrella_targets NAMESPACE jixiao:: FILE jixiao_umbrella_targets.cmake
  DESTINATION ${jixiao_cmake_dir})

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/jixiao" DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES "${PROJECT_BINARY_DIR}/generated/include/jixiao/version.hpp"
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/jixiao)
if(TARGET jixiao_cli)
  install(TARGETS jixiao_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

configure_package_config_file(cmake/jixiaoConfig.cmake.in
  "${PROJECT_BINARY_DIR}/jixiaoConfig.cmake" INSTALL_DESTINATION ${jixiao_cmake_dir})
write_basic_package_version_file("${PROJECT_BINARY_DIR}/jixiaoConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/jixiaoConfig.cmake" "${PROJECT_BINARY_DIR}/jixiaoConfigVersion.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/JixiaoLibzip.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/JixiaoFindXlsxwriter.cmake"
  DESTINATION ${jixiao_cmake_dir})
