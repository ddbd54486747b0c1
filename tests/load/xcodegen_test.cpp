// XcodeGen specs from strings: includes, targets, configFiles, settings, dependencies.

#include <gtest/gtest.h>

#include "load/xcode/xcodegen.hpp"

namespace axg::load {
namespace {

const XcodeGenTarget* find(const XcodeGenSpec& spec, std::string_view name) {
    for (const XcodeGenTarget& target : spec.targets) {
        if (target.name == name) {
            return &target;
        }
    }
    return nullptr;
}

TEST(XcodeGenSpecTest, FollowsIncludesAndResolvesPathsPerFile) {
    FileReader reader = memory_reader({
        {"p/project.yml", "name: App\n"
                          "configs:\n  Debug: debug\n  Beta: release\n"
                          "configFiles:\n  Debug: Config/Debug.xcconfig\n"
                          "include:\n"
                          "  - path: App/target.yml\n"
                          "  # - path: Disabled/target.yml\n"
                          "  - Ext/target.yml\n"
                          "settings:\n  base:\n    SWIFT_VERSION: 5.9\n  configs:\n    beta:\n      TEAM: BETA\n"},
        {"p/App/target.yml", "targets:\n"
                             "  App:\n"
                             "    type: application\n"
                             "    platform: iOS\n"
                             "    configFiles:\n      Debug: Debug.xcconfig\n"
                             "    settings:\n      PRODUCT_BUNDLE_IDENTIFIER: com.example.app\n"
                             "      OTHER: [a, b]\n"
                             "    dependencies:\n"
                             "      - target: Ext\n"
                             "      - target: Helper\n        embed: false\n"
                             "      - package: Foo\n"},
        {"p/Ext/target.yml", "targets:\n  Ext:\n    type: app-extension\n    platform: [iOS, macOS]\n"},
    });
    util::Diagnostics diagnostics;
    std::optional<XcodeGenSpec> spec = load_xcodegen("p/project.yml", reader, diagnostics);
    ASSERT_TRUE(spec);
    EXPECT_TRUE(diagnostics.empty());
    EXPECT_TRUE(spec->missing.empty()); // the commented-out include is simply not there
    EXPECT_EQ(spec->name, "App");
    ASSERT_EQ(spec->configs.size(), 2u);
    EXPECT_EQ(spec->configs[1], (std::pair<std::string, std::string>{"Beta", "release"}));
    EXPECT_EQ(spec->config_files.at("Debug").generic_string(), "Config/Debug.xcconfig");
    ASSERT_EQ(spec->settings.base.size(), 1u);
    EXPECT_EQ(spec->settings.configs.at("beta")[0].value, "BETA");
    ASSERT_EQ(spec->targets.size(), 2u);
    const XcodeGenTarget* app = find(*spec, "App");
    ASSERT_NE(app, nullptr);
    EXPECT_EQ(app->type, "application");
    EXPECT_EQ(app->platform, "iOS");
    EXPECT_EQ(app->config_files.at("Debug").generic_string(), "App/Debug.xcconfig");
    ASSERT_EQ(app->settings.base.size(), 2u);
    EXPECT_EQ(app->settings.base[1].value, "a b");
    ASSERT_EQ(app->dependencies.size(), 2u);
    EXPECT_EQ(app->dependencies[0].target, "Ext");
    EXPECT_FALSE(app->dependencies[0].embed.has_value());
    EXPECT_EQ(app->dependencies[1].embed, false);
    EXPECT_EQ(app->location.str(), "p/App/target.yml:3:5");
    EXPECT_EQ(find(*spec, "Ext")->platform, "iOS");
    ASSERT_EQ(spec->files.size(), 3u);
}

TEST(XcodeGenSpecTest, DefaultsConfigsAndReportsMissingIncludes) {
    FileReader reader = memory_reader({{"project.yml", "name: X\ninclude: Nope/target.yml\n"}});
    util::Diagnostics diagnostics;
    std::optional<XcodeGenSpec> spec = load_xcodegen("project.yml", reader, diagnostics);
    ASSERT_TRUE(spec);
    EXPECT_TRUE(diagnostics.empty());
    ASSERT_EQ(spec->configs.size(), 2u);
    EXPECT_EQ(spec->configs[0].first, "Debug");
    ASSERT_EQ(spec->missing.size(), 1u);
    EXPECT_EQ(spec->missing[0].location.str(), "project.yml:2:10");
}

TEST(XcodeGenSpecTest, ReportsIncludeCycles) {
    FileReader reader = memory_reader({
        {"project.yml", "include: [a.yml]\n"},
        {"a.yml", "include:\n  - project.yml\n"},
    });
    util::Diagnostics diagnostics;
    EXPECT_TRUE(load_xcodegen("project.yml", reader, diagnostics));
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics.items()[0].location.str(), "a.yml:2:5");
}

TEST(XcodeGenSpecTest, MapsTypesToProductTypes) {
    EXPECT_EQ(xcodegen_product_type("application"), "com.apple.product-type.application");
    EXPECT_EQ(xcodegen_product_type("app-extension"), "com.apple.product-type.app-extension");
    EXPECT_EQ(xcodegen_product_type("app-clip"), "com.apple.product-type.application.on-demand-install-capable");
    EXPECT_EQ(xcodegen_product_type(""), "");
}

} // namespace
} // namespace axg::load
