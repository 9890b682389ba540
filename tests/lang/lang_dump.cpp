// SPDX-License-Identifier: GPL-3.0-or-later
// `lang_dump`: what the front end makes of each file named on standard input, for comparing
// two versions of core/lang (see docs/language.md, "Changing the front end"). One line per
// file, "<hash> <path>", the hash covering every diagnostic, obligation (with its printed
// SMT-LIB) and lemma of the analysis; with --full, the whole analysis as text instead.
// Files are analysed as the `lang` fuzz target does: named fuzz.pds, imports refused.
#include "lang/module.h"

#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace proofdesk::lang;

namespace {

void writeRange(std::ostream &out, const SourceRange &r)
{
    out << r.begin.offset << ':' << r.begin.line << ':' << r.begin.column << '-' << r.end.offset << ':'
        << r.end.line << ':' << r.end.column << '|';
}

void writeNames(std::ostream &out, const std::vector<std::string> &names)
{
    out << '[';
    for (const auto &n : names)
        out << n << ';';
    out << "]|";
}

std::string describe(const Module &m)
{
    std::ostringstream out;
    for (const auto &d : m.diagnostics) {
        out << "diagnostic|" << int(d.severity) << '|' << d.file << '|';
        writeRange(out, d.range);
        out << d.message << '\n';
    }
    for (const auto &o : m.obligations) {
        out << "obligation|" << o.id << '|' << o.lemma << '|' << o.step << '|' << kindName(o.kind) << '|'
            << statusName(o.status) << '|' << o.file << '|';
        writeRange(out, o.range);
        writeNames(out, o.facts);
        writeNames(out, o.citedLemmas);
        writeNames(out, o.citedDefinitions);
        writeNames(out, o.citedFacts);
        out << o.error << '|' << o.smt << '\n';
    }
    for (const auto &l : m.lemmas) {
        out << "lemma|" << l.name << '|' << l.file << '|';
        writeRange(out, l.range);
        writeRange(out, l.nameRange);
        writeNames(out, l.assumptions);
        writeNames(out, l.citedLemmas);
        out << l.hasErrors << '\n';
    }
    return out.str();
}

} // namespace

int main(int argc, char **argv)
{
    const bool full = argc > 1 && std::string_view(argv[1]) == "--full";
    if (argc > 2 || (argc == 2 && !full)) {
        std::fprintf(stderr, "usage: lang_dump [--full] < list-of-files\n");
        return 2;
    }
    std::string path;
    while (std::getline(std::cin, path)) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "lang_dump: cannot read %s\n", path.c_str());
            return 1;
        }
        std::ostringstream text;
        text << in.rdbuf();
        const std::string analysis = describe(analyze(text.str(), "fuzz.pds"));
        if (full)
            std::cout << "== " << path << '\n' << analysis;
        else
            std::printf("%016zx %s\n", std::hash<std::string>{}(analysis), path.c_str());
    }
    return 0;
}
