# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package: `./dev package` (cpack -G DEB in build/dev). Shared-library
# dependencies come from dpkg-shlibdeps; the Qt plugins the programs load at run time
# (platform, SQLite driver, SVG icons) are not linked, so they are named here.

set(CPACK_PACKAGE_NAME proofdesk)
set(CPACK_PACKAGE_VENDOR "The ProofDesk maintainers")
set(CPACK_PACKAGE_CONTACT "ProofDesk maintainers <maintainers@proofdesk.org>" CACHE STRING
    "Maintainer field of the Debian package")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop proof assistant checking every step with SMT solvers")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROOFDESK_HOMEPAGE})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # proofdesk_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "z3, qt6-svg-plugins")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "cvc5, kissat, cadical, drat-trim")
# Debian's description: a summary line, then an indented long text.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}
 ProofDesk lets a researcher sketch lemmas in a small language. Every step becomes a
 proof obligation that SMT solvers (cvc5 in worker processes, z3 when installed) check
 while the sketch is edited; a failed step comes with a counterexample.
 .
 The package holds the desktop application (proofdesk), a command-line checker for
 scripts and continuous integration (proofdesk-cli), and example sketches.")

include(CPack)
