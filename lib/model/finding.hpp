#pragma once
// A finding: one rule's verdict on one place. Findings are data; renderers print them.

#include <optional>
#include <string>
#include <vector>

#include "model/severity.hpp"
#include "util/source_location.hpp"

namespace axg::model {

struct SuppressionState {
    std::string reason;
    std::string expires; // YYYY-MM-DD or ""
    util::SourceLocation location;
};

struct Finding {
    std::string rule_id;
    std::string slug;
    Severity severity = Severity::Medium;
    std::string target;            // what it concerns: "components.share", "channels.a-to-b", "schemas.S.fields.f"
    std::string message;           // one sentence: what is wrong
    std::string fix;               // one sentence: what to change
    util::SourceLocation location; // the line that causes it (manifest or contract)
    std::vector<util::SourceLocation> related; // other places involved (e.g. the contract declaration)
    std::vector<std::string> configurations;   // where it holds; empty when configuration-independent
    std::optional<SuppressionState> suppressed;
    std::string fingerprint; // stable across unrelated line shifts
    // AXG501: the id of the threat it reports, which a suppression may name as its target.
    std::string threat;
};

// Sort key used by every renderer: file, line, column, rule, target, message.
bool finding_less(const Finding& a, const Finding& b);

} // namespace axg::model
