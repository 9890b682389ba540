// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The data compiled into ProofDesk: syntax definitions and example sketches, found under
// the Qt resource path :/proofdesk (":/proofdesk/syntax/proofdesk.xml",
// ":/proofdesk/examples/agents.pds", ...).

#include <QString>

namespace proofdesk {

// Registers the resources. They register themselves when the program starts, so this is
// only needed by code that runs before main() or wants to make the dependency explicit;
// calling it more than once is harmless.
void initResources();

// The directory to hand to KSyntaxHighlighting::Repository::addCustomSearchPath(): the
// library looks for definitions in its "syntax" subfolder, so this is ":/proofdesk", not
// ":/proofdesk/syntax". Add it once, before creating highlighters (it reloads the
// repository).
QString syntaxSearchPath();

// The folder holding the example sketches, ":/proofdesk/examples".
QString examplesPath();

} // namespace proofdesk
