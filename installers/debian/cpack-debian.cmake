# The Debian package (Debian 12, Ubuntu 22.04 and later): settings for CPack's DEB generator
# and the files Debian policy asks every package to carry. Included from installers/.

set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # omniotap_VERSION-RELEASE_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)

# The libraries the programs link are found by dpkg-shlibdeps. What it cannot see is listed
# here: Qt plugins loaded at run time (SQLite driver, SVG icon engine) and adduser, which the
# postinst uses. QtKeychain loads libsecret at run time to reach the desktop keyring.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libsecret-1-0")

# Maintainer scripts: the service's system user and data folder, systemd bookkeeping.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_LIST_DIR}/postinst
    ${CMAKE_CURRENT_LIST_DIR}/prerm
    ${CMAKE_CURRENT_LIST_DIR}/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# copyright, changelog.Debian.gz and the manual pages. Compressed with gzip -9n: no name and
# no time stamp in the header, so the package is the same whenever it is built.
find_program(OMNIOTAP_GZIP gzip REQUIRED)
set(OMNIOTAP_DEB_VERSION ${CPACK_PACKAGE_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE})
include(${CMAKE_CURRENT_LIST_DIR}/rfc2822date.cmake)
omniotap_rfc2822_date(${OMNIOTAP_RELEASE_DATE} OMNIOTAP_RELEASE_DATE_RFC2822)
set(debian_build_dir ${CMAKE_CURRENT_BINARY_DIR}/debian)
configure_file(${CMAKE_CURRENT_LIST_DIR}/changelog.in ${debian_build_dir}/changelog.Debian @ONLY)

set(compressed)
foreach(source IN ITEMS ${debian_build_dir}/changelog.Debian
        ${CMAKE_CURRENT_LIST_DIR}/../linux/omniotap.1
        ${CMAKE_CURRENT_LIST_DIR}/../linux/omniotap-server.1)
    get_filename_component(name ${source} NAME)
    set(copy ${debian_build_dir}/gz/${name})
    add_custom_command(OUTPUT ${copy}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${debian_build_dir}/gz
        COMMAND ${CMAKE_COMMAND} -E copy ${source} ${copy}
        COMMAND ${OMNIOTAP_GZIP} -9nf ${copy}
        DEPENDS ${source}
        VERBATIM)
    list(APPEND compressed ${copy}.gz)
endforeach()
add_custom_target(omniotap_debian_files ALL DEPENDS ${compressed})

install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright ${debian_build_dir}/gz/changelog.Debian.gz
    DESTINATION ${OMNIOTAP_DOC_DIR})
# Each override carries its reason in the file.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/lintian-overrides
    DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME omniotap)
install(FILES ${debian_build_dir}/gz/omniotap.1.gz ${debian_build_dir}/gz/omniotap-server.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
