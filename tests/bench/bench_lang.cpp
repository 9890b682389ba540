// SPDX-License-Identifier: GPL-3.0-or-later
// `./dev bench lang`: throughput of the sketch-language front end (core/lang) on a
// generated sketch of 2,000 lemmas, phase by phase: tokenize, parse, and the whole of
// analyze (parse, check, elaborate, print every obligation's SMT-LIB).
//
// A measurement, not a test: it exits 0 whatever the figures. It exits 1 only when the
// generated sketch does not analyze cleanly, since figures for error paths would mislead.
#include "lexer.h"
#include "measure.h"
#include "module.h"
#include "parser.h"
#include "sketchgen.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <atomic>
#include <charconv>
#include <cstdlib>
#include <new>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <string_view>

using namespace proofdesk;

// Every allocation of the process is counted: the front end's cost follows the number of
// allocations more than anything else, so the table shows them per phase.
namespace {
std::atomic<std::uint64_t> g_allocations{0};
}

// GCC pairs the free() below with the malloc() above only when it sees both; say so.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
void *operator new(std::size_t size)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void *p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void *p) noexcept
{
    std::free(p);
}
void operator delete(void *p, std::size_t) noexcept
{
    std::free(p);
}
#pragma GCC diagnostic pop

namespace {

constexpr double kTargetMBps = 50.0;
const std::string kFile = "bench.pds";

struct Options
{
    int lemmas = 2000;
    int runs = 5;
    std::string dump;    // write the generated sketch here
    bool retain = false; // keep freed memory mapped (see usage)
    bool analyzeOnly = false; // time analyze alone (for a profiler: no other phase in the samples)
};

void usage(std::FILE *to)
{
    std::fprintf(
        to, "usage: bench_lang [--lemmas N] [--runs N] [--dump FILE] [--retain-memory] [--analyze-only]\n"
            "  --lemmas N   lemmas in the generated sketch (default 2000)\n"
            "  --runs N     timed runs per phase; best and median are shown (default 5)\n"
            "  --dump FILE  also write the generated sketch to FILE\n"
            "  --retain-memory\n"
            "               keep freed memory in the process (glibc mallopt) so that timed runs\n"
            "               reuse it instead of page-faulting fresh pages: separates the CPU\n"
            "               cost from the kernel's, which is high on some virtual machines\n"
            "  --analyze-only\n"
            "               run only analyze (and free) in the timed runs, so that a profiler\n"
            "               attached to the process samples the end-to-end path alone\n");
}

bool parseInt(std::string_view s, int &out)
{
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && ptr == s.data() + s.size() && out > 0;
}

// Returns false (after printing why) on a bad command line.
bool parseArgs(int argc, char **argv, Options &o)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "-h" || a == "--help") {
            usage(stdout);
            std::exit(0);
        }
        if (a == "--retain-memory") {
            o.retain = true;
            continue;
        }
        if (a == "--analyze-only") {
            o.analyzeOnly = true;
            continue;
        }
        if (a != "--lemmas" && a != "--runs" && a != "--dump") {
            std::fprintf(stderr, "bench_lang: unexpected argument '%s'\n", argv[i]);
            usage(stderr);
            return false;
        }
        if (i + 1 >= argc) {
            std::fprintf(stderr, "bench_lang: %s needs a value\n", argv[i]);
            return false;
        }
        const std::string_view value = argv[++i];
        if (a == "--dump") {
            o.dump = value;
        } else if (!parseInt(value, a == "--lemmas" ? o.lemmas : o.runs)) {
            std::fprintf(stderr, "bench_lang: %s needs a positive whole number, not '%s'\n",
                         argv[i - 1], argv[i]);
            return false;
        }
    }
    return true;
}

double mb(std::size_t bytes)
{
    return static_cast<double>(bytes) / 1e6;
}
double mib(long kib)
{
    return static_cast<double>(kib) / 1024.0;
}

// Keeps the optimiser from dropping work whose result is otherwise unused.
volatile std::size_t g_sink = 0;

void row(const char *phase, const bench::Series &s, std::size_t bytes, std::size_t obligations)
{
    const double b = s.best(), med = s.median();
    std::printf(
        "%-34s %9.1f %9.1f %9.1f %9.1f %12s %13s\n", phase, b * 1e3, med * 1e3, mb(bytes) / b,
        mb(bytes) / med, bench::grouped(static_cast<std::uint64_t>(s.medianFaults())).c_str(),
        obligations
            ? bench::grouped(static_cast<std::uint64_t>(static_cast<double>(obligations) / med))
                  .c_str()
            : "");
}

} // namespace

int main(int argc, char **argv)
{
    Options opt;
    if (!parseArgs(argc, argv, opt)) return 2;

    if (opt.retain) {
#if defined(__GLIBC__)
        // Large blocks from the heap instead of mmap, and no trimming: freed memory stays.
        mallopt(M_MMAP_MAX, 0);
        mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());
#else
        std::fprintf(stderr, "bench_lang: --retain-memory needs glibc; ignored\n");
        opt.retain = false;
#endif
    }
    const long rssBaseline = bench::peakRssKiB();

    const auto genStart = std::chrono::steady_clock::now();
    const bench::Sketch sketch = bench::generateSketch({.lemmas = opt.lemmas});
    const double genSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - genStart).count();
    const std::string_view text = sketch.text;
    const long rssAfterGeneration = bench::peakRssKiB();

    if (!opt.dump.empty()) {
        std::ofstream(opt.dump, std::ios::binary) << sketch.text;
        std::printf("sketch written to %s\n", opt.dump.c_str());
    }

    // One untimed pass first: it checks that the input is clean and warms caches and the
    // allocator, so the timed runs measure steady state.
    std::size_t tokens = 0;
    {
        std::vector<lang::Diagnostic> diags;
        tokens = lang::tokenize(text, kFile, diags).size();
    }
    std::size_t obligations = 0, smtBytes = 0;
    std::map<std::string, int> byStatus;
    {
        const lang::Module m = lang::analyze(text, kFile);
        if (!m.diagnostics.empty()) {
            std::fprintf(stderr,
                         "bench_lang: the generated sketch has %zu diagnostics (a generator bug); "
                         "first ones:\n",
                         m.diagnostics.size());
            for (std::size_t i = 0; i < m.diagnostics.size() && i < 10; ++i)
                std::fprintf(stderr, "  %s\n", lang::formatDiagnostic(m.diagnostics[i]).c_str());
            std::fprintf(stderr, "write it out with --dump FILE to look at it\n");
            return 1;
        }
        obligations = m.obligations.size();
        for (const auto &o : m.obligations) {
            smtBytes += o.smt.size();
            ++byStatus[std::string(lang::statusName(o.status))];
        }
        if (byStatus.contains("error")) {
            std::fprintf(stderr, "bench_lang: %d obligations have errors without a diagnostic\n",
                         byStatus["error"]);
            return 1;
        }
    }

    // Allocations of one parse and one analyze (the second includes the first's).
    std::uint64_t parseAllocations = 0, analyzeAllocations = 0;
    {
        std::vector<lang::Diagnostic> diags;
        const std::uint64_t before = g_allocations.load();
        auto file = lang::parse(text, kFile, diags);
        parseAllocations = g_allocations.load() - before;
        g_sink = g_sink + file.decls.size();
    }
    {
        const std::uint64_t before = g_allocations.load();
        const lang::Module m = lang::analyze(text, kFile);
        analyzeAllocations = g_allocations.load() - before;
        g_sink = g_sink + m.obligations.size();
    }

    // tokenizeSeries: tokens pulled one at a time, as the parser takes them (its share of
    // parse and analyze); vectorSeries: tokenize(), the whole file's tokens in one vector.
    bench::Series tokenizeSeries, vectorSeries, parseSeries, analyzeSeries, freeSeries;
    for (int run = 0; run < opt.runs; ++run) {
        if (opt.analyzeOnly) {
            bench::measureOnce(analyzeSeries, [&](bench::Stopwatch &w) {
                w.start();
                const lang::Module m = lang::analyze(text, kFile);
                w.stop();
                g_sink = g_sink + m.obligations.size();
            });
            continue;
        }
        bench::measureOnce(tokenizeSeries, [&](bench::Stopwatch &w) {
            std::vector<lang::Diagnostic> diags;
            std::size_t n = 0;
            w.start();
            lang::TokenStream stream(text, kFile, diags);
            while (stream.next().kind != lang::Tok::End)
                ++n;
            w.stop();
            g_sink = g_sink + n;
        });
        bench::measureOnce(vectorSeries, [&](bench::Stopwatch &w) {
            std::vector<lang::Diagnostic> diags;
            w.start();
            auto toks = lang::tokenize(text, kFile, diags);
            w.stop();
            g_sink = g_sink + toks.size();
        });
        bench::measureOnce(parseSeries, [&](bench::Stopwatch &w) {
            std::vector<lang::Diagnostic> diags;
            w.start();
            auto file = lang::parse(text, kFile, diags);
            w.stop();
            g_sink = g_sink + file.decls.size();
        });
        std::unique_ptr<lang::Module> m;
        bench::measureOnce(analyzeSeries, [&](bench::Stopwatch &w) {
            w.start();
            m = std::make_unique<lang::Module>(lang::analyze(text, kFile));
            w.stop();
            g_sink = g_sink + m->obligations.size();
        });
        // Freeing is part of what an editor pays on every re-analysis, so show it too.
        bench::measureOnce(freeSeries, [&](bench::Stopwatch &w) {
            w.start();
            m.reset();
            w.stop();
        });
    }
    const long rssPeak = bench::peakRssKiB();
    if (opt.analyzeOnly) {
        std::printf("analyze alone, %d runs: best %.1f ms (%.1f MB/s), median %.1f ms (%.1f MB/s); "
                    "peak RSS %.1f MiB\n",
                    opt.runs, analyzeSeries.best() * 1e3, mb(text.size()) / analyzeSeries.best(),
                    analyzeSeries.median() * 1e3, mb(text.size()) / analyzeSeries.median(), mib(rssPeak));
        std::printf("allocations: parse %s, analyze %s\n", bench::grouped(parseAllocations).c_str(),
                    bench::grouped(analyzeAllocations).c_str());
        return 0;
    }

    const double elaborateMedian = analyzeSeries.median() - parseSeries.median();
    const double parseOnlyMedian = parseSeries.median() - tokenizeSeries.median();

    std::printf("ProofDesk language benchmark (core/lang)\n\n");
    std::printf(
        "input      %d lemmas, %s bytes (%.2f MB), %s lines, %s tokens; generated in %.0f ms\n",
        sketch.lemmas, bench::grouped(text.size()).c_str(), mb(text.size()),
        bench::grouped(static_cast<std::uint64_t>(sketch.lines)).c_str(),
        bench::grouped(tokens).c_str(), genSeconds * 1e3);
    std::printf("analysis   0 diagnostics, %s obligations (", bench::grouped(obligations).c_str());
    bool first = true;
    for (const auto &[status, count] : byStatus) {
        std::printf("%s%s %s", first ? "" : ", ",
                    bench::grouped(static_cast<std::uint64_t>(count)).c_str(), status.c_str());
        first = false;
    }
    std::printf(")\n           %s bytes of SMT-LIB printed (%.1f MB, %.0f bytes per obligation)\n",
                bench::grouped(smtBytes).c_str(), mb(smtBytes),
                obligations ? static_cast<double>(smtBytes) / static_cast<double>(obligations)
                            : 0.0);
    std::printf("runs       %d per phase, interleaved, after one untimed warm-up; MB = 10^6 bytes "
                "of input\n",
                opt.runs);
    std::printf("memory     %s\n\n",
                opt.retain ? "--retain-memory: freed memory is reused, so runs barely page-fault"
                           : "default allocator settings (large blocks come and go via mmap)");

    std::printf("%-34s %9s %9s %9s %9s %12s %13s\n", "phase", "best ms", "med ms", "best MB/s",
                "med MB/s", "page faults", "obligations/s");
    row("tokenize (pulled, as parse does)", tokenizeSeries, text.size(), 0);
    row("tokenize into a vector", vectorSeries, text.size(), 0);
    row("parse (tokenize + build AST)", parseSeries, text.size(), 0);
    row("analyze: end to end", analyzeSeries, text.size(), obligations);
    // Differences of medians: on a busy machine they can come out negative, then say so.
    auto derived = [&](const char *phase, double seconds) {
        if (seconds > 0)
            std::printf("%-34s %9s %9.1f %9s %9.1f\n", phase, "", seconds * 1e3, "",
                        mb(text.size()) / seconds);
        else
            std::printf("%-34s %9s %9s   (noisy run: the difference of medians is negative)\n",
                        phase, "", "n/a");
    };
    derived("  parse without tokenize (median)", parseOnlyMedian);
    derived("  check+elaborate+print (median)", elaborateMedian);
    std::printf("%-34s %9.1f %9.1f   (not in analyze's time)\n", "free the Module",
                freeSeries.best() * 1e3, freeSeries.median() * 1e3);
    std::printf("(page faults: minor faults during the run, median; each is a first touch of fresh "
                "memory)\n");
    std::printf("\ntokens/s (median)  %s\n",
                bench::grouped(static_cast<std::uint64_t>(static_cast<double>(tokens) /
                                                          tokenizeSeries.median()))
                    .c_str());
    if (parseOnlyMedian > 0 && elaborateMedian > 0)
        std::printf(
            "share of analyze   tokenize %.0f%%, parse %.0f%%, check+elaborate+print %.0f%%\n",
            100 * tokenizeSeries.median() / analyzeSeries.median(),
            100 * parseOnlyMedian / analyzeSeries.median(),
            100 * elaborateMedian / analyzeSeries.median());
    // Ratios of phases timed in the same run hold on a busy machine where absolute MB/s do
    // not (two cores shared with other jobs can make every phase 3x slower at once).
    std::printf("ratios (medians)   vector tokenize / pulled tokenize %.1fx, analyze / pulled "
                "tokenize %.1fx, analyze / parse %.1fx\n",
                vectorSeries.median() / tokenizeSeries.median(),
                analyzeSeries.median() / tokenizeSeries.median(),
                analyzeSeries.median() / parseSeries.median());
    std::printf("allocations        parse %s, analyze %s (%.1f per input byte, %s per obligation)\n",
                bench::grouped(parseAllocations).c_str(), bench::grouped(analyzeAllocations).c_str(),
                static_cast<double>(analyzeAllocations) / static_cast<double>(text.size()),
                bench::grouped(obligations ? analyzeAllocations / obligations : 0).c_str());
    std::printf("memory (RSS)       baseline %.1f MiB, after generation %.1f MiB, peak %.1f MiB\n",
                mib(rssBaseline), mib(rssAfterGeneration), mib(rssPeak));
    std::printf("                   peak - baseline %.1f MiB, peak - after generation %.1f MiB "
                "(%.1f x the input)\n\n",
                mib(rssPeak - rssBaseline), mib(rssPeak - rssAfterGeneration),
                static_cast<double>(rssPeak - rssAfterGeneration) * 1024.0 /
                    static_cast<double>(text.size()));

    const double median = mb(text.size()) / analyzeSeries.median();
    std::printf("target: >= %.0f MB/s end to end: %s (median %.1f MB/s, best %.1f MB/s)\n",
                kTargetMBps, median >= kTargetMBps ? "PASS" : "BELOW", median,
                mb(text.size()) / analyzeSeries.best());
    return 0;
}
