#pragma once
// Baselines: the fingerprints of accepted findings (`appexguard baseline`), so that
// `check --baseline FILE` reports only new findings and counts the fixed ones (docs/reports.md).
// The file is JSON: {"schema_version": 1, "findings": [{"fingerprint", "rule", "target"}…]},
// sorted by fingerprint, so that it diffs well under review.

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/finding.hpp"
#include "util/diagnostics.hpp"

namespace axg::check {

inline constexpr int k_baseline_schema_version = 1;

struct BaselineEntry {
    std::string fingerprint;
    std::string rule;   // for humans reading the file
    std::string target; // for humans reading the file
    auto operator<=>(const BaselineEntry&) const = default;
};

struct Baseline {
    std::vector<BaselineEntry> entries; // sorted, unique
    bool contains(const std::string& fingerprint) const;
};

// Today's unsuppressed findings.
Baseline make_baseline(const std::vector<model::Finding>& findings);
std::string baseline_json(const Baseline& baseline);
// Problems (bad JSON, wrong schema version, bad entries) are diagnostics located in `path`.
std::optional<Baseline> parse_baseline(std::string_view text, const std::string& path, util::Diagnostics& diagnostics);

struct BaselineOutcome {
    std::size_t known = 0; // findings removed because the baseline accepts them
    std::size_t fixed = 0; // baseline entries that match no finding any more
};

// Removes the unsuppressed findings the baseline holds; suppressed findings stay.
BaselineOutcome apply_baseline(const Baseline& baseline, std::vector<model::Finding>& findings);

} // namespace axg::check
