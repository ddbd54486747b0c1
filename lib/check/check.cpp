#include "check/check.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "check/suppressions.hpp"
#include "rules/registry.hpp"
#include "util/hash.hpp"

namespace axg::check {

namespace {
// One finding per (rule, target, location, message); the configurations it holds in are merged.
void merge_configurations(std::vector<model::Finding>& findings) {
    std::map<std::tuple<std::string, std::string, util::SourceLocation, std::string>, std::size_t> seen;
    std::vector<model::Finding> merged;
    for (auto& f : findings) {
        auto key = std::make_tuple(f.rule_id, f.target, f.location, f.message);
        auto [it, inserted] = seen.emplace(key, merged.size());
        if (inserted) {
            merged.push_back(std::move(f));
            continue;
        }
        auto& into = merged[it->second].configurations;
        into.insert(into.end(), f.configurations.begin(), f.configurations.end());
    }
    for (auto& f : merged) {
        std::sort(f.configurations.begin(), f.configurations.end());
        f.configurations.erase(std::unique(f.configurations.begin(), f.configurations.end()), f.configurations.end());
    }
    findings = std::move(merged);
}
} // namespace

std::string fingerprint(const model::Finding& finding) {
    return util::sha256_hex(finding.rule_id + '\n' + finding.target + '\n' + finding.location.file.str() + '\n' +
                            finding.message)
        .substr(0, 16);
}

CheckResult run_check(const analysis::Analysis& analysis, const model::Policy& policy, std::string_view families) {
    const model::Model& model = analysis.model();
    CheckResult result;
    for (const auto& view : model.configurations) {
        result.configurations.push_back(view.name);
    }
    rules::RuleContext context(analysis, policy);
    std::vector<model::Finding> findings;
    for (const rules::Rule* rule : rules::registry()) {
        if (!rule->run || policy.disabled_rules.count(std::string(rule->id)) ||
            (!families.empty() && families.find(rule->id[3]) == std::string_view::npos)) {
            continue;
        }
        rules::Findings out(rule->severity);
        rule->run(context, out);
        for (auto& f : out.items()) {
            f.rule_id = std::string(rule->id);
            f.slug = std::string(rule->slug);
            findings.push_back(std::move(f));
        }
    }
    merge_configurations(findings);
    // The threats let a suppression naming an unknown threat id say so; a run without AXG501
    // (drift) derives none.
    const bool threat_rules =
        !policy.disabled_rules.count("AXG501") && (families.empty() || families.find('5') != std::string_view::npos);
    auto raised = apply_suppressions(model.contract.suppressions, findings, analysis.today(),
                                     threat_rules ? &analysis.threats() : nullptr);
    for (auto& f : raised) {
        if (!policy.disabled_rules.count(f.rule_id)) {
            findings.push_back(std::move(f));
        }
    }
    for (auto& f : findings) {
        if (auto it = policy.severity_overrides.find(f.rule_id); it != policy.severity_overrides.end()) {
            f.severity = it->second;
        }
        f.fingerprint = fingerprint(f);
    }
    std::sort(findings.begin(), findings.end(), model::finding_less);
    result.findings = std::move(findings);
    return result;
}

std::size_t CheckResult::active_count(model::Severity at_least) const {
    return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(), [&](const model::Finding& f) {
        return !f.suppressed && f.severity >= at_least;
    }));
}

std::size_t CheckResult::suppressed_count() const {
    return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(),
                                                  [](const model::Finding& f) { return f.suppressed.has_value(); }));
}

bool gate_fails(const CheckResult& result, std::optional<model::Severity> fail_on) {
    return fail_on && result.active_count(*fail_on) > 0;
}

} // namespace axg::check
