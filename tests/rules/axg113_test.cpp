#include <gtest/gtest.h>

#include <algorithm>

#include "support/paths.hpp"
#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

const std::string k_contract = k_project + R"toml(
[components.app]
kind = "app"
bundle_id = "com.example.notes"
entitlements = "App.entitlements"
)toml";

const std::string k_ents = plist(string_array("com.apple.security.application-groups", {"group.$(GROUP_SUFFIX)"}));

const std::string k_two_configurations = R"toml(
[configurations.Debug]
release = false

[configurations.Release]
release = true
)toml";

std::vector<model::Finding> axg113(const check::CheckResult& result) {
    std::vector<model::Finding> out;
    std::copy_if(result.findings.begin(), result.findings.end(), std::back_inserter(out),
                 [](const model::Finding& f) { return f.rule_id == "AXG113"; });
    return out;
}

TEST(Axg113, FiresOnUndefinedVariable) {
    auto f = run_rule("AXG113", k_contract, {{"App.entitlements", k_ents}});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("GROUP_SUFFIX"), std::string::npos);
    EXPECT_TRUE(f[0].location.file.str().ends_with("App.entitlements")); // at the <string> in the file
    EXPECT_GT(f[0].location.line, 0u);
}

TEST(Axg113, QuietWhenTheContractDefinesIt) {
    auto f = run_rule("AXG113", k_contract + "\n[settings]\nGROUP_SUFFIX = \"com.example.notes\"\n",
                      {{"App.entitlements", k_ents}});
    EXPECT_TRUE(f.empty());
}

// Xcode signs "group." for group.$(GROUP_SUFFIX): the manifest value expands to that, and the rules that compare
// groups see what Xcode builds.
TEST(Axg113, TheManifestValueExpandsToEmptyAsXcodeSignsIt) {
    auto model = load_fixture(k_contract, {{"App.entitlements", k_ents}});
    ASSERT_TRUE(model);
    const auto* app = model->configurations.at(0).component("app");
    ASSERT_TRUE(app && app->entitlements);
    const auto* groups = app->entitlements->root.find("com.apple.security.application-groups");
    ASSERT_TRUE(groups);
    EXPECT_EQ(groups->array.at(0).string, "group.");
    EXPECT_EQ(groups->array.at(0).unresolved, (std::vector<std::string>{"GROUP_SUFFIX"}));
}

TEST(Axg113, OnceWhenUndefinedInEveryConfiguration) {
    auto result = run_all(k_contract + k_two_configurations, {{"App.entitlements", k_ents}});
    auto f = axg113(result);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].configurations, (std::vector<std::string>{"Debug", "Release"}));
    EXPECT_EQ(f[0].message.find("Debug"), std::string::npos);
}

TEST(Axg113, NamesTheOneConfigurationThatLacksIt) {
    auto result = run_all(k_contract + k_two_configurations +
                              "settings = { GROUP_SUFFIX = \"com.example.notes\" }\n", // Release only
                          {{"App.entitlements", k_ents}});
    auto f = axg113(result);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].configurations, (std::vector<std::string>{"Debug"}));
}

// An undefined variable in the contract's own bundle_id is not an input error any more: Xcode builds with "" there.
TEST(Axg113, BundleIdFiresAtTheContractLocation) {
    const std::string contract = k_project + R"toml(
[components.app]
kind = "app"
bundle_id = "$(APP_ID_IOS)"
)toml" + k_two_configurations;
    auto result = run_all(contract);
    auto f = axg113(result);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].target, "components.app");
    EXPECT_EQ(f[0].location.line, 8u);
    EXPECT_EQ(f[0].location.column, 13u);
    EXPECT_NE(f[0].message.find("$(APP_ID_IOS) is defined by no setting"), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].message.find("in the bundle_id of component \"app\""), std::string::npos) << f[0].message;
    EXPECT_EQ(f[0].configurations.size(), 2u);
    auto model = load_fixture(contract);
    ASSERT_TRUE(model);
    EXPECT_EQ(model->configurations.at(0).component("app")->bundle_id, "");
}

TEST(Axg113, StoreIdFiresAtTheContractLocation) {
    const std::string contract = k_project + R"toml(
[components.app]
kind = "app"
bundle_id = "com.x"

[stores.g]
kind = "app-group"
id = "group.$(NOPE)"
members = ["app"]
)toml";
    auto f = run_rule("AXG113", contract);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].target, "stores.g");
    EXPECT_EQ(f[0].location.line, 12u);
    EXPECT_EQ(f[0].location.column, 6u);
    EXPECT_NE(f[0].message.find("$(NOPE)"), std::string::npos);
}

TEST(Axg113, QuietForTheContractsBuiltIns) {
    const std::string contract = k_project + R"toml(app_id_prefix = "LEGACY1234"

[components.app]
kind = "app"
bundle_id = "com.example.$(PRODUCT_NAME:rfc1034identifier)"
entitlements = "App.entitlements"

[stores.k]
kind = "keychain-group"
id = "$(AppIdentifierPrefix)com.example.shared"
members = ["app"]
)toml";
    const std::string ents =
        plist(string_array("keychain-access-groups", {"$(AppIdentifierPrefix)com.example.shared"}) +
              string_array("com.apple.developer.icloud-container-identifiers", {"iCloud.$(CFBundleIdentifier)"}) +
              "<key>com.apple.developer.team-identifier</key><string>$(TeamIdentifierPrefix)</string>");
    EXPECT_TRUE(run_rule("AXG113", contract, {{"App.entitlements", ents}}).empty());
    auto model = load_fixture(contract, {{"App.entitlements", ents}});
    ASSERT_TRUE(model);
    const auto& view = model->configurations.at(0);
    EXPECT_EQ(view.store_identifier("k"), "LEGACY1234.com.example.shared"); // app_id_prefix, not the team
    const auto& root = view.component("app")->entitlements->root;
    EXPECT_EQ(root.find("com.apple.developer.icloud-container-identifiers")->array.at(0).string,
              "iCloud.com.example.app");
    EXPECT_EQ(root.find("com.apple.developer.team-identifier")->string, "ABCDE12345.");
}

// A component setting that refers to itself continues the level below, as in Xcode.
TEST(Axg113, SelfReferencesInContractSettingsAreTheInheritedValue) {
    const std::string contract = k_project + R"toml(
[settings]
SUFFIX = "notes"

[components.app]
kind = "app"
bundle_id = "com.example.$(SUFFIX)"
settings = { SUFFIX = "$(SUFFIX).beta", OWN = "$(OWN)" }
entitlements = "App.entitlements"
)toml";
    const std::string ents = plist(string_array("com.apple.security.application-groups", {"group.$(OWN)x"}));
    auto model = load_fixture(contract, {{"App.entitlements", ents}});
    ASSERT_TRUE(model);
    const auto* app = model->configurations.at(0).component("app");
    EXPECT_EQ(app->bundle_id, "com.example.notes.beta");
    EXPECT_TRUE(app->bundle_id_undefined.empty());
    EXPECT_TRUE(run_rule("AXG113", contract, {{"App.entitlements", ents}}).empty()); // OWN is defined, empty
}

// A contract whose settings double at every level: the expansion stops at 64 KiB and check refuses the input at the
// bundle_id, naming the limit, instead of building an 8 MiB string.
TEST(Axg113, CappedExpansionIsALocatedInputError) {
    std::string contract = k_project + "\n[settings]\nA0 = \"xxxxxxxx\"\n";
    for (int k = 1; k <= 20; ++k) {
        contract +=
            "A" + std::to_string(k) + " = \"$(A" + std::to_string(k - 1) + ")$(A" + std::to_string(k - 1) + ")\"\n";
    }
    contract += "\n[components.app]\nkind = \"app\"\nbundle_id = \"$(A20)\"\n";
    std::string dir = write_fixture(contract);
    auto r = run_cli("check appexguard.toml", dir);
    EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
    EXPECT_NE(r.err.find(":31:13: error: expanding the bundle_id of component \"app\" hits the limit of 65536 bytes"),
              std::string::npos)
        << r.err;
}

// One missing definition (a developer-local xcconfig the repository leaves out) is one finding, at its first use,
// naming every value that uses it — not one per use.
TEST(Axg113, OneFindingPerUndefinedNameWhateverItsUses) {
    const std::string contract = k_project + R"toml(
[components.app]
kind = "app"
bundle_id = "$(APP_ID_IOS)"
entitlements = "App.entitlements"

[components.widget]
kind = "extension"
extension_point = "com.apple.widgetkit-extension"
bundle_id = "$(APP_ID_IOS).widget"
)toml";
    std::string ents = plist("<key>com.apple.security.application-groups</key><array><string>group.$(APP_ID_IOS)"
                             "</string></array>");
    auto f = run_rule("AXG113", contract, {{"App.entitlements", ents}});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].target, "components.app"); // the first use: the contract's line 8
    EXPECT_EQ(f[0].location.line, 8u);
    EXPECT_NE(f[0].message.find("the 3 values that use it"), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].message.find("component \"widget\""), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].message.find("App.entitlements"), std::string::npos) << f[0].message;
}

} // namespace
} // namespace axg::test
