# `cmake --install`: the custos command, libcustos.so, the public headers, a CMake package
# (find_package(Custos) -> Custos::custos) and a pkg-config file (custos.pc).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set_target_properties(custos_shared PROPERTIES EXPORT_NAME custos)
install(TARGETS custos RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS custos_shared EXPORT CustosTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES include/custos/custos.h include/custos/custos.hpp include/custos/arrow_c_data.h
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/custos)

set(CUSTOS_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/Custos)
install(EXPORT CustosTargets NAMESPACE Custos:: FILE CustosTargets.cmake DESTINATION ${CUSTOS_CMAKE_DIR})
configure_package_config_file(cmake/CustosConfig.cmake.in ${CMAKE_CURRENT_BINARY_DIR}/CustosConfig.cmake
                              INSTALL_DESTINATION ${CUSTOS_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/CustosConfigVersion.cmake
                                 VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/CustosConfig.cmake ${CMAKE_CURRENT_BINARY_DIR}/CustosConfigVersion.cmake
        DESTINATION ${CUSTOS_CMAKE_DIR})

# pkg-config: the prefix is substituted at install time, so `--prefix` works.
install(CODE "
  set(CMAKE_INSTALL_PREFIX \"\${CMAKE_INSTALL_PREFIX}\")
  set(CMAKE_INSTALL_LIBDIR \"${CMAKE_INSTALL_LIBDIR}\")
  set(CMAKE_INSTALL_INCLUDEDIR \"${CMAKE_INSTALL_INCLUDEDIR}\")
  set(PROJECT_VERSION \"${PROJECT_VERSION}\")
  configure_file(\"${CMAKE_CURRENT_SOURCE_DIR}/cmake/custos.pc.in\" \"${CMAKE_CURRENT_BINARY_DIR}/custos.pc\" @ONLY)
  file(INSTALL \"${CMAKE_CURRENT_BINARY_DIR}/custos.pc\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR}/pkgconfig\")
")
