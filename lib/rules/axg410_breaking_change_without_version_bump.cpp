// AXG410 breaking-change-without-version-bump: a breaking schema change (under the schema's
// compatibility mode) while the schema's version stays, or while the contract's major version
// stays (below 1.0.0 the minor plays the major's role, as in oasdiff's api-major-version-not-bumped).

#include <map>

#include "analysis/analysis.hpp"
#include "drift/schema_diff.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"
#include "util/text.hpp"

namespace axg::rules {

namespace {

bool major_bumped(const util::SemVer& before, const util::SemVer& after) {
    if (before.major == 0 && after.major == 0) {
        return after.minor > before.minor;
    }
    return after.major > before.major;
}

std::string summary(const std::vector<const drift::SchemaChange*>& changes) {
    std::vector<std::string> parts;
    for (const auto* c : changes) {
        std::string what = std::string(drift::schema_change_name(c->kind));
        if (!c->field.empty()) {
            what += " \"" + util::printable(c->field) + "\"";
        }
        parts.push_back(what);
    }
    return util::join(parts, ", ");
}

void run(const RuleContext& ctx, Findings& out) {
    if (!ctx.base) {
        return;
    }
    const auto& base = ctx.base->contract;
    const auto& head = ctx.model.contract;
    const auto& changes = ctx.analysis.schema_changes();
    std::map<std::string, std::vector<const drift::SchemaChange*>> breaking;
    std::vector<const drift::SchemaChange*> all;
    for (const auto& c : changes) {
        if (c.breaking) {
            breaking[c.schema].push_back(&c);
        }
        // A migrated change (version raised, readers declared) needs no contract major bump: the contract says
        // how every reader copes (docs/drift.md#migrations).
        if (c.unmigrated()) {
            all.push_back(&c);
        }
    }
    for (const auto& [id, list] : breaking) {
        const auto* before = base.schema(id);
        const auto* after = head.schema(id);
        if (!before || !after || after->version > before->version) {
            continue;
        }
        out.add(model::schema_target(id), after->at("version"),
                "schema \"" + util::printable(id) + "\" changed incompatibly since " + ctx.base_label + " (" +
                    summary(list) + ") but its version stays " + std::to_string(after->version),
                "set version = " + std::to_string(before->version + 1) + ", declare [[schemas." + util::printable(id) +
                    ".migrations]] from = " + std::to_string(before->version) +
                    ", to = " + std::to_string(before->version + 1) +
                    " with the readers that cope (docs/drift.md#migrations), and update the components' `schemas` "
                    "versions that move to it");
    }
    if (all.empty() || major_bumped(base.project.contract_version, head.project.contract_version)) {
        return;
    }
    const auto& before = base.project.contract_version;
    const auto& after = head.project.contract_version;
    std::string next =
        before.major == 0 ? "0." + std::to_string(before.minor + 1) + ".0" : std::to_string(before.major + 1) + ".0.0";
    out.add("project", head.project.at("contract_version"),
            "the contract has breaking schema changes since " + ctx.base_label + " (" + summary(all) +
                ") but contract_version goes from " + before.str() + " to " + after.str() + " without a " +
                (before.major == 0 ? "minor (below 1.0.0)" : "major") + " bump",
            "set contract_version = \"" + next +
                "\"; or raise the schemas' versions and declare the migrations that cover the changes "
                "([[schemas.ID.migrations]], docs/drift.md#migrations)");
}

} // namespace

const Rule k_axg410{"AXG410",
                    "breaking-change-without-version-bump",
                    model::Severity::Medium,
                    "governance",
                    "a breaking schema change without a schema version bump or a contract major bump",
                    &run,
                    Needs::Base};

} // namespace axg::rules
