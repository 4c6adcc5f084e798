# macOS disk image (DragNDrop), included from installers/ when building on macOS.
# UNTESTED: written to CPack's documentation, never built or run on macOS yet. The programs are
# plain executables, not an .app bundle; a real Mac release needs MACOSX_BUNDLE, macdeployqt,
# signing and notarisation, and an omniotap.icns for the disk image.

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "OmnioTap ${CPACK_PACKAGE_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE ON)
