#include "check/check.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

#include "check/suppressions.hpp"
#include "rules/registry.hpp"
#include "util/hash.hpp"
#include "util/parallel.hpp"

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
    std::vector<const rules::Rule*> selected;
    for (const rules::Rule* rule : rules::registry()) {
        if (rule->run && !policy.disabled_rules.count(std::string(rule->id)) &&
            (families.empty() || families.find(rule->id[3]) != std::string_view::npos)) {
            selected.push_back(rule);
        }
    }
    // The rules run in parallel (util::parallel_for), each into its own list; the lists are joined in catalog order,
    // so the findings do not depend on --jobs. The graph rules (5xx) take longest and start first.
    std::vector<std::size_t> schedule(selected.size());
    std::iota(schedule.begin(), schedule.end(), std::size_t{0});
    std::stable_partition(schedule.begin(), schedule.end(), [&](std::size_t i) { return selected[i]->id[3] == '5'; });
    std::vector<rules::Findings> outputs;
    outputs.reserve(selected.size());
    for (const rules::Rule* rule : selected) {
        outputs.emplace_back(rule->severity);
    }
    util::parallel_for(schedule.size(), [&](std::size_t task) {
        const std::size_t i = schedule[task];
        selected[i]->run(context, outputs[i]);
    });
    std::vector<model::Finding> findings;
    for (std::size_t i = 0; i < selected.size(); ++i) {
        for (auto& f : outputs[i].items()) {
            f.rule_id = std::string(selected[i]->id);
            f.slug = std::string(selected[i]->slug);
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
        f.fingerprint = fingerprint(f); // with the base as k_base_marker: the same whatever the ref's spelling
        rules::name_base(f, analysis.drift().base_label);
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
