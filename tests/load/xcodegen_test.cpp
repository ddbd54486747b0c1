// XcodeGen specs from strings: includes, targets, configFiles, settings (base, configs, groups), templates,
// platforms, info / entitlements, dependencies; and the project view built from them.

#include <algorithm>

#include <gtest/gtest.h>

#include "load/xcode/xcode_project.hpp"
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
    auto other = std::find_if(app->settings.base.begin(), app->settings.base.end(),
                              [](const SettingAssignment& a) { return a.key == "OTHER"; });
    ASSERT_NE(other, app->settings.base.end());
    EXPECT_EQ(other->value, "a b");
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

TEST(XcodeGenSpecTest, ReadsInfoEntitlementsPlatformsAndTemplates) {
    FileReader reader = memory_reader({
        {"p/ios/app.yml", "name: App\n"
                          "include: [../common.yml]\n"
                          "targets:\n"
                          "  Widget:\n"
                          "    templates: [ios]\n"
                          "    type: app-extension\n"
                          "    info:\n"
                          "      path: Widget/Info.plist\n"
                          "      properties:\n"
                          "        NSExtension:\n"
                          "          NSExtensionPointIdentifier: com.apple.widgetkit-extension\n"
                          "        Count: 3\n        Flag: true\n        Quoted: \"true\"\n"
                          "    entitlements:\n"
                          "      path: Widget/Widget.entitlements\n"
                          "      properties:\n"
                          "        com.apple.security.application-groups: [group.example]\n"
                          "  Multi:\n    type: application\n    platform: [macOS, iOS]\n"
                          "  Dest:\n    type: application\n    supportedDestinations: [iOS, macOS]\n"},
        {"p/common.yml", "targetTemplates:\n"
                         "  base:\n    settings:\n      base:\n        FROM_BASE: yes\n"
                         "  ios:\n    templates: [base]\n    type: application\n    platform: iOS\n"
                         "    settings:\n      base:\n        FROM_IOS: yes\n"},
    });
    util::Diagnostics diagnostics;
    std::optional<XcodeGenSpec> spec = load_xcodegen("p/ios/app.yml", reader, diagnostics);
    ASSERT_TRUE(spec) << diagnostics.items()[0].str();
    EXPECT_TRUE(diagnostics.empty()) << diagnostics.items()[0].str();
    const XcodeGenTarget* widget = find(*spec, "Widget");
    ASSERT_NE(widget, nullptr);
    EXPECT_EQ(widget->type, "app-extension"); // the target's own type beats its template's
    EXPECT_EQ(widget->platform, "iOS");       // from the template
    ASSERT_EQ(widget->settings.base.size(), 2u);
    EXPECT_EQ(widget->settings.base[0].key, "FROM_BASE"); // template of the template first
    EXPECT_EQ(widget->settings.base[1].key, "FROM_IOS");
    EXPECT_EQ(widget->info.path.generic_string(), "Widget/Info.plist");
    ASSERT_TRUE(widget->info.properties);
    const model::PlistValue* point = widget->info.properties->find("NSExtension");
    ASSERT_NE(point, nullptr);
    EXPECT_EQ(point->find("NSExtensionPointIdentifier")->string, "com.apple.widgetkit-extension");
    EXPECT_EQ(widget->info.properties->find("Count")->integer, 3);
    EXPECT_TRUE(widget->info.properties->find("Flag")->is_true());
    EXPECT_TRUE(widget->info.properties->find("Quoted")->is_string());
    EXPECT_EQ(widget->entitlements.path.generic_string(), "Widget/Widget.entitlements");
    ASSERT_TRUE(widget->entitlements.properties);
    EXPECT_EQ(widget->entitlements.properties->find("com.apple.security.application-groups")->array.size(), 1u);
    EXPECT_EQ(find(*spec, "Multi")->platforms, (std::vector<std::string>{"macOS", "iOS"}));
    EXPECT_EQ(find(*spec, "Dest")->supported_destinations, (std::vector<std::string>{"iOS", "macOS"}));
}

TEST(XcodeGenSpecTest, AMissingTemplateIsAnError) {
    util::Diagnostics diagnostics;
    FileReader reader =
        memory_reader({{"p/project.yml", "name: A\ntargets:\n  A:\n    templates: [nope]\n    type: application\n"}});
    load_xcodegen("p/project.yml", reader, diagnostics);
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_NE(diagnostics.items()[0].message.find("'nope'"), std::string::npos);
}

// The spec of a multi-app repository in the shape of tutao/tutanota's: configurations with spaces, a setting group
// computing CODE_SIGN_ENTITLEMENTS from $(CONFIGURATION), partial `configs` names, includes, a template.
FileReader multi_app_files() {
    return memory_reader({
        {"r/common.yml",
         "configs:\n  Debug Development: debug\n  Debug Production: debug\n  Release Production: release\n"
         "settings:\n  base:\n    SUPPORTED_PLATFORMS: iphoneos iphonesimulator\n"
         "  configs:\n    Debug Development:\n      PRODUCT_BUNDLE_IDENTIFIER: ${bundleIdPrefix}.debug\n"
         "    Debug Production:\n      PRODUCT_BUNDLE_IDENTIFIER: ${bundleIdPrefix}\n"
         "    Release Production:\n      PRODUCT_BUNDLE_IDENTIFIER: ${bundleIdPrefix}\n"
         "settingGroups:\n  codeSigning:\n    base:\n"
         "      CODE_SIGN_ENTITLEMENTS: $(TARGET_NAME)/$(TARGET_NAME)$(CONFIGURATION).entitlements\n"
         "    configs:\n      Production:\n        CODE_SIGN_ENTITLEMENTS: $(TARGET_NAME)/$(TARGET_NAME).entitlements\n"
         "targets:\n  Share:\n    templates: [app]\n    type: app-extension\n"
         "    settings:\n      base:\n        PRODUCT_BUNDLE_IDENTIFIER: $(inherited).Share\n"
         "        INFOPLIST_FILE: Share/Info.plist\n      groups: [codeSigning]\n"
         "targetTemplates:\n  app:\n    type: application\n    platform: iOS\n"},
        {"r/mail-project.yml",
         "name: mail\nsettings:\n  base:\n    bundleIdPrefix: com.example.mail\ninclude:\n  - path: common.yml\n"
         "targets:\n  mail:\n    templates: [app]\n    info:\n      path: mail/Info.plist\n"
         "    entitlements:\n      path: mail/Explicit.entitlements\n"
         "    settings:\n      groups: [codeSigning]\n"
         "    dependencies:\n      - target: Share\n        codeSign: false\n"},
    });
}

TEST(XcodeGenProject, SettingGroupsPartialConfigsAndGeneratedFiles) {
    util::Diagnostics diagnostics;
    std::optional<XcodeProject> project = load_xcode_project("r/mail-project.yml", diagnostics, multi_app_files());
    ASSERT_TRUE(project) << diagnostics.items()[0].str();
    EXPECT_TRUE(diagnostics.empty()) << diagnostics.items()[0].str();
    EXPECT_EQ(project->spec_files.size(), 2u);
    const XcodeTarget* share = project->find_target("Share");
    ASSERT_NE(share, nullptr);
    EXPECT_TRUE(share->is_extension());
    EXPECT_TRUE(share->builds_for_ios());
    // The group's base, then its "Production" entry for the configurations whose name contains it.
    EXPECT_EQ(share->code_sign_entitlements("Debug Development"), "Share/ShareDebug Development.entitlements");
    EXPECT_EQ(share->code_sign_entitlements("Debug Production"), "Share/Share.entitlements");
    EXPECT_EQ(share->code_sign_entitlements("Release Production"), "Share/Share.entitlements");
    EXPECT_EQ(share->product_bundle_identifier("Debug Development"), "com.example.mail.debug.Share");
    EXPECT_EQ(share->info_plist_file("Debug Production"), "Share/Info.plist");
    const XcodeTarget* mail = project->find_target("mail");
    ASSERT_NE(mail, nullptr);
    EXPECT_TRUE(mail->is_app());
    EXPECT_EQ(mail->embedded, std::vector<std::string>{"Share"});
    ASSERT_EQ(mail->embeddings.size(), 1u);
    EXPECT_EQ(mail->embeddings[0].kind, EmbedKind::XcodeGen);
    // `entitlements: path` overrides the group's CODE_SIGN_ENTITLEMENTS; `info: path` sets INFOPLIST_FILE.
    EXPECT_EQ(mail->code_sign_entitlements("Debug Development"), "mail/Explicit.entitlements");
    EXPECT_EQ(mail->info_plist_file("Release Production"), "mail/Info.plist");
    EXPECT_EQ(mail->setting("Release Production", "SDKROOT"), "iphoneos"); // the iOS platform preset
}

TEST(XcodeGenProject, ConfigEntryNamingAnotherConfigurationDoesNotApply) {
    FileReader reader =
        memory_reader({{"p/project.yml", "name: P\nconfigs:\n  Debug: debug\n  Debug Staging: debug\n"
                                         "targets:\n  A:\n    type: application\n    platform: iOS\n"
                                         "    settings:\n      configs:\n        debug:\n          X: partial\n"
                                         "        Debug:\n          Y: exact\n"}});
    util::Diagnostics diagnostics;
    std::optional<XcodeProject> project = load_xcode_project("p/project.yml", diagnostics, reader);
    ASSERT_TRUE(project);
    const XcodeTarget* a = project->find_target("A");
    EXPECT_EQ(a->setting("Debug", "X"), "partial");
    EXPECT_EQ(a->setting("Debug Staging", "X"), "partial");
    EXPECT_EQ(a->setting("Debug", "Y"), "exact");
    EXPECT_EQ(a->setting("Debug Staging", "Y"), ""); // "Debug" is a configuration of its own
}

TEST(XcodeGenProject, PlatformListsAndDestinationsBuildForIos) {
    FileReader reader =
        memory_reader({{"p/project.yml", "name: P\ntargets:\n"
                                         "  Multi:\n    type: application\n    platform: [macOS, iOS]\n"
                                         "    settings:\n      A[sdk=macosx*]: mac\n      A[sdk=iphoneos*]: ios\n"
                                         "  Dest:\n    type: application\n    platform: auto\n"
                                         "    supportedDestinations: [iOS, macOS]\n"
                                         "  Mac:\n    type: application\n    platform: macOS\n"
                                         "    settings:\n      A[sdk=macosx*]: mac\n"}});
    util::Diagnostics diagnostics;
    std::optional<XcodeProject> project = load_xcode_project("p/project.yml", diagnostics, reader);
    ASSERT_TRUE(project);
    EXPECT_TRUE(project->find_target("Multi")->builds_for_ios());
    EXPECT_EQ(project->find_target("Multi")->setting("Release", "A"), "ios");
    EXPECT_TRUE(project->find_target("Dest")->builds_for_ios());
    EXPECT_EQ(project->find_target("Dest")->setting("Release", "SDKROOT"), "auto");
    EXPECT_FALSE(project->find_target("Mac")->builds_for_ios());
    EXPECT_EQ(project->find_target("Mac")->setting("Release", "A"), "mac"); // resolved for its own SDK
}

} // namespace
} // namespace axg::load
