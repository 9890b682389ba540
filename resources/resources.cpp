// SPDX-License-Identifier: GPL-3.0-or-later
#include "resources/resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must not be used inside a namespace: it declares the generated
// registration function, which lives in the global one.
static void initProofDeskData()
{
    Q_INIT_RESOURCE(proofdesk_data);
}

namespace proofdesk {

void initResources()
{
    initProofDeskData();
}

QString syntaxSearchPath()
{
    return QStringLiteral(":/proofdesk");
}

QString examplesPath()
{
    return QStringLiteral(":/proofdesk/examples");
}

} // namespace proofdesk
