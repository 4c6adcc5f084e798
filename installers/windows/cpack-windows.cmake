# Windows installer (NSIS), included from installers/ when building on Windows.
# UNTESTED: written to CPack's documentation, never built or run on Windows yet. Expect to add
# the Qt runtime (windeployqt) before the installer is usable on a machine without Qt.

set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_PACKAGE_NAME "OmnioTap")
set(CPACK_NSIS_DISPLAY_NAME "OmnioTap ${CPACK_PACKAGE_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_CONTACT "packages@omniotap.dev")
# The program whose icon Add/Remove Programs shows (CPACK_VERBATIM_VARIABLES is on: one
# backslash reaches NSIS). The installer itself keeps NSIS's icon until an omniotap.ico exists.
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\omniotap.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON) # offers to put omniotap and omniotap-server on PATH
# A Start menu entry for the desktop app (the server is a command-line program).
set(CPACK_PACKAGE_EXECUTABLES "omniotap" "OmnioTap")
set(CPACK_CREATE_DESKTOP_LINKS "omniotap")
