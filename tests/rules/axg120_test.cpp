#include <gtest/gtest.h>

#include <filesystem>

#include "load/model_loader.hpp"
#include "load/xcode_facts_loader.hpp"
#include "xcode_facts_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg120, FiresForAnEmbeddedExtensionNoComponentDescribes) {
    model::Model m = xcode_fixture_model();
    model::XcodeFacts facts = xcode_fixture_facts();
    facts.targets[0].embedded.push_back("Widget");
    model::XcodeTargetFacts widget;
    widget.name = "Widget";
    widget.extension = true;
    widget.location = {facts.path, 42, 3};
    facts.targets.push_back(widget);
    m.xcode = facts;
    auto f = run_xcode_rule("AXG120", m);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].target, "xcode.targets.Widget");
    EXPECT_EQ(f[0].location.line, 42u);
}

TEST(Axg120, QuietWhenEveryEmbeddedExtensionIsDescribedOrNoProjectIsNamed) {
    model::Model m = xcode_fixture_model();
    EXPECT_TRUE(run_xcode_rule("AXG120", m).empty());
    m.xcode = xcode_fixture_facts();
    EXPECT_TRUE(run_xcode_rule("AXG120", m).empty());
}

} // namespace
} // namespace axg::test

// One entitlements file signed into several extension targets identifies none of them: components are matched to
// targets by `target`, bundle id or their own Info.plist, never by that file (it used to pair every component
// with the first target using it, and AXG120/AXG121 then compared the wrong pairs).
namespace axg::test {
namespace {

constexpr const char* k_extensions[] = {"Share", "Widget", "Intents"};

std::string shared_entitlements_contract(bool target_keys, bool info_plists) {
    std::string out =
        k_project + "\n[configurations.Release]\n\n[components.app]\nkind = \"app\"\n" +
        (target_keys ? "target = \"App\"\n" : "") +
        "bundle_id = \"com.example.renamed\"\nentitlements = \"App.entitlements\"\ninfo_plist = \"App/Info.plist\"\n";
    for (const char* name : k_extensions) {
        out += std::string("\n[components.") + name + "]\nkind = \"extension\"\nextension_point = \"x\"\n" +
               (target_keys ? std::string("target = \"") + name + "\"\n" : "") + "bundle_id = \"com.example.renamed." +
               name + "\"\nentitlements = \"Shared.entitlements\"\n" +
               (info_plists ? std::string("info_plist = \"") + name + "/Info.plist\"\n" : "");
    }
    return out;
}

// App embeds Share, Widget and Intents, which all sign with Shared.entitlements; bundle ids com.example.*.
load::XcodeProject shared_entitlements_project(const std::filesystem::path& dir) {
    load::XcodeProject p;
    p.path = dir / "App.xcodeproj" / "project.pbxproj";
    p.source_root = dir;
    p.name = "App";
    p.configurations = {"Release"};
    auto target = [&](std::string name, std::string type, std::string bundle, std::string entitlements,
                      std::string info) {
        load::XcodeTarget t;
        t.name = std::move(name);
        t.product_type = std::move(type);
        t.location = {p.path.string(), 10, 1};
        t.settings["Release"] = {{"PRODUCT_BUNDLE_IDENTIFIER", std::move(bundle)},
                                 {"CODE_SIGN_ENTITLEMENTS", std::move(entitlements)},
                                 {"INFOPLIST_FILE", std::move(info)}};
        return t;
    };
    p.targets.push_back(
        target("App", "com.apple.product-type.application", "com.example", "App.entitlements", "App/Info.plist"));
    for (const char* name : k_extensions) {
        p.targets.front().embedded.push_back(name);
        p.targets.push_back(target(name, "com.apple.product-type.app-extension", std::string("com.example.") + name,
                                   "Shared.entitlements", std::string(name) + "/Info.plist"));
    }
    return p;
}

model::Model shared_entitlements_model(bool target_keys, bool info_plists) {
    Files files = {{"App.entitlements", plist("")}, {"Shared.entitlements", plist("")}, {"App/Info.plist", plist("")}};
    for (const char* name : k_extensions) {
        files[std::string(name) + "/Info.plist"] = plist("");
    }
    std::filesystem::path dir = write_fixture(shared_entitlements_contract(target_keys, info_plists), files);
    load::LoadOptions options;
    options.contract_path = (dir / "appexguard.toml").string();
    util::Diagnostics diagnostics;
    auto m = load::load_model(options, diagnostics);
    EXPECT_TRUE(m.has_value()) << (diagnostics.empty() ? "" : diagnostics.items()[0].str());
    if (!m) {
        return {};
    }
    m->xcode = load::xcode_facts(shared_entitlements_project(dir), *m, dir, dir);
    return *m;
}

TEST(Axg120, SharedEntitlementsFileMatchesByTargetKeyOrInfoPlistAndStaysQuiet) {
    // The `target` key alone pairs them (bundle ids renamed, no Info.plist named).
    model::Model by_key = shared_entitlements_model(true, false);
    for (const char* name : k_extensions) {
        EXPECT_EQ(by_key.xcode->component_targets[name], name);
    }
    for (bool target_keys : {true, false}) {
        model::Model m = shared_entitlements_model(target_keys, true);
        for (const char* name : k_extensions) {
            EXPECT_EQ(m.xcode->component_targets[name], name) << (target_keys ? "by target" : "by Info.plist");
        }
        EXPECT_EQ(m.xcode->component_targets["app"], "App");
        for (const char* rule : {"AXG120", "AXG121"}) {
            auto f = run_xcode_rule(rule, m);
            EXPECT_TRUE(f.empty()) << rule << ": " << f.front().message;
        }
    }
}

TEST(Axg120, SharedEntitlementsFileAloneMatchesNoTarget) {
    // Nothing but the shared file links the extensions to targets: no pair is guessed, so AXG120 says that the three
    // are undescribed (the app is matched by its own Info.plist), and AXG121 compares no wrong pair.
    model::Model m = shared_entitlements_model(false, false);
    EXPECT_EQ(m.xcode->component_targets.size(), 1u);
    EXPECT_EQ(m.xcode->component_targets["app"], "App");
    EXPECT_EQ(run_xcode_rule("AXG120", m).size(), 3u);
    EXPECT_TRUE(run_xcode_rule("AXG121", m).empty());
}

} // namespace
} // namespace axg::test
