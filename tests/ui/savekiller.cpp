// SPDX-License-Identifier: GPL-3.0-or-later
// The victim of tst_filesave's kill loop: saves two large documents in turn to PATH through
// the routine the window's Save uses (ui/filesave), forever, announcing each write on
// stdout, until the test kills it with SIGKILL.
#include "savecontent.h"

#include "ui/filesave.h"

#include <cstdio>
#include <string_view>

int main(int argc, char **argv)
{
    // --once PATH: one save, its error on stderr (the read-only test runs this as another user
    // when the test itself runs as root, who may write anywhere).
    if (argc == 3 && std::string_view(argv[1]) == "--once") {
        const auto written = proofdesk::ui::writeFileAtomically(QString::fromLocal8Bit(argv[2]), "-- new\n");
        if (!written)
            std::fprintf(stderr, "%s\n", qPrintable(written.error()));
        return written ? 0 : 1;
    }
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s PATH | --once PATH\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QByteArray contents[2] = {proofdesk::test::saveContent(0), proofdesk::test::saveContent(1)};
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    std::printf("ready\n");
    for (unsigned long n = 0;; ++n) {
        std::printf("writing %lu\n", n);
        if (auto written = proofdesk::ui::writeFileAtomically(path, contents[n % 2]); !written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error()));
            return 1;
        }
        std::printf("saved %lu\n", n);
    }
}
