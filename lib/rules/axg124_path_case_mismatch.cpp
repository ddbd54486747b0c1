// AXG124 path-case-mismatch: the contract or the Xcode project names a manifest whose letter case differs from the
// file on disk. A Mac's default file system ignores case, so the build works there; a case-sensitive checkout
// (Linux CI, a case-sensitive APFS volume) does not find the file, and a later rename can silently swap files.

#include <set>

#include "rules/registry.hpp"

namespace axg::rules {

namespace {

void report(const model::PathCaseMismatch& m, std::set<std::string>& seen, Findings& out) {
    if (!seen.insert(m.named + '\n' + m.on_disk).second) {
        return;
    }
    out.add("files." + m.on_disk, m.named_at,
            m.named_by + " names \"" + m.named + "\", but the file on disk is \"" + m.on_disk +
                "\" (the names differ in letter case only: found on a case-insensitive Mac, missing elsewhere)",
            "rename the file or fix the reference so that both spell the name the same way");
}

void run(const RuleContext& ctx, Findings& out) {
    std::set<std::string> seen;
    for (const auto& m : ctx.model.path_case_mismatches) {
        report(m, seen, out);
    }
    if (ctx.model.xcode) {
        for (const auto& m : ctx.model.xcode->case_mismatches) {
            report(m, seen, out);
        }
    }
}

} // namespace

const Rule k_axg124{"AXG124",
                    "path-case-mismatch",
                    model::Severity::Low,
                    "governance",
                    "A manifest named with a letter case that differs from the file on disk",
                    &run};

} // namespace axg::rules
