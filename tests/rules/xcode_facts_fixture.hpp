#pragma once
// For the contract-vs-project rules (AXG120-AXG122): a two-component fixture (app + share) loaded as a Model,
// with hand-made XcodeFacts standing in for the Xcode project, and a runner for one rule.

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "analysis/analysis.hpp"
#include "model/finding.hpp"
#include "model/manifest.hpp"
#include "rules/registry.hpp"
#include "support/rule_fixture.hpp"

namespace axg::test {

// A function, not a global: k_project lives in another translation unit (no static-initialisation order).
inline std::string xcode_contract() {
    return k_project + R"(
[configurations.Release]

[components.app]
kind = "app"
bundle_id = "com.example.notes"
entitlements = "App.entitlements"
info_plist = "Info.plist"

[components.share]
kind = "extension"
extension_point = "com.apple.share-services"
bundle_id = "com.example.notes.share"
entitlements = "Share.entitlements"
info_plist = "Share-Info.plist"
)";
}

inline model::Model xcode_fixture_model() {
    auto loaded = load_fixture(xcode_contract(), {{"App.entitlements", plist("")},
                                                  {"Share.entitlements", plist("")},
                                                  {"Info.plist", plist("")},
                                                  {"Share-Info.plist", plist("")}});
    return loaded.value_or(model::Model{});
}

// Targets App (embeds Share) and Share, using exactly the fixture's files; the contract lives in /project.
inline model::XcodeFacts xcode_fixture_facts() {
    model::XcodeFacts facts;
    facts.contract_dir = "/project";
    facts.path = "Notes.xcodeproj/project.pbxproj";
    auto target = [&](std::string name, bool app, std::string bundle, std::string ent, std::string info) {
        model::XcodeTargetFacts t;
        t.name = std::move(name);
        t.app = app;
        t.extension = !app;
        t.location = {facts.path, 10, 5};
        t.bundle_id["Release"] = std::move(bundle);
        t.entitlements["Release"] = "/project/" + ent;
        t.info_plist["Release"] = "/project/" + info;
        return t;
    };
    facts.targets.push_back(target("App", true, "com.example.notes", "App.entitlements", "Info.plist"));
    facts.targets.back().embedded = {"Share"};
    facts.targets.push_back(
        target("Share", false, "com.example.notes.share", "Share.entitlements", "Share-Info.plist"));
    facts.component_targets = {{"app", "App"}, {"share", "Share"}};
    return facts;
}

inline std::vector<model::Finding> run_xcode_rule(std::string_view rule_id, const model::Model& loaded) {
    const rules::Rule* rule = rules::find_rule(rule_id);
    EXPECT_NE(rule, nullptr);
    if (!rule) {
        return {};
    }
    model::Policy policy = baseline_policy();
    const analysis::Analysis analysis(loaded);
    rules::RuleContext context(analysis, policy);
    rules::Findings out(rule->severity);
    rule->run(context, out);
    return out.items();
}

} // namespace axg::test
