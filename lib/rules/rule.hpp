#pragma once
// A rule: an ID, its metadata, and a function from the model to findings. Rules read the model;
// they never load files and never format output (docs/architecture.md).

#include <string>
#include <string_view>
#include <vector>

#include "model/entitlement_lock.hpp"
#include "model/finding.hpp"
#include "model/manifest.hpp"
#include "model/policy.hpp"

namespace axg::analysis {
class Analysis;
}

namespace axg::rules {

// What a rule reads: the analysis of the project (analysis/analysis.hpp: the model, its graph,
// threats and drift, each computed once for all rules) and the policy in force.
struct RuleContext {
    const analysis::Analysis& analysis;
    const model::Policy& policy;
    // Shorthands into `analysis`.
    const model::Model& model;
    // Drift (4xx) rules compare with these and return nothing when they are absent.
    const model::Model* base = nullptr;               // the project at --base REF / --base-dir DIR
    const std::string& base_label;                    // k_base_marker: the base, in messages
    const model::EntitlementSnapshot* lock = nullptr; // appexguard.lock, when one is in use

    RuleContext(const analysis::Analysis& analysis, const model::Policy& policy);
};

// Drift rules name the base in messages through RuleContext::base_label, which is this marker. check::run_check
// takes a finding's identity (its fingerprint) with the marker in, then writes the base as it was given ("origin/main",
// "HEAD~1", a --base-dir) in its place (name_base): how a ref is spelled must not change a finding's identity. The
// marker's control characters cannot come from an input: messages quote inputs through util::printable.
inline const std::string k_base_marker = "\001base\001"; // octal: at most three digits, unlike \x

// Writes `label` in place of k_base_marker in the finding's message and fix.
void name_base(model::Finding& finding, std::string_view label);

// Collects one rule's findings; the runner stamps them with the rule's ID. Each finding starts at the
// rule's severity; a rule whose findings differ in impact sets its own (AXG501: the threat's), so that
// the severity and every word of the message agree.
class Findings {
public:
    explicit Findings(model::Severity severity = model::Severity::Medium) : m_severity(severity) {}
    model::Finding& add(std::string target, util::SourceLocation location, std::string message, std::string fix);
    // Same, for a finding that holds in one configuration only.
    model::Finding& add(const model::ConfigurationView& configuration, std::string target,
                        util::SourceLocation location, std::string message, std::string fix);
    std::vector<model::Finding>& items() { return m_items; }

private:
    model::Severity m_severity;
    std::vector<model::Finding> m_items;
};

using RunFn = void (*)(const RuleContext& context, Findings& out);

// What a rule compares with beyond the project: drift rules find nothing, and did not really run, without a base
// (or the lock, for the entitlement rules). Reports say so (JUnit: skipped) instead of showing them as passed.
enum class Needs { Project, Base, BaseOrLock };

struct Rule {
    std::string_view id;   // AXGnnn
    std::string_view slug; // kebab-case name
    model::Severity severity;
    std::string_view layer;   // the security layer it enforces (docs/rules/README.md)
    std::string_view summary; // one line for `rules list`
    RunFn run;                // nullptr for rules the check runner raises itself (suppressions)
    Needs needs = Needs::Project;
};

} // namespace axg::rules
