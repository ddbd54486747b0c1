// End to end: `appexguard init` on real projects in ../shared/corpora (read in place; the contract is written to a
// temp dir and points back at the corpus files), then `check` on the result; which project init picks (on every
// corpus, and from temp dirs: ties, --project, case-only path differences). Plus the input errors.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "load/toml/contract_loader.hpp"
#include "support/paths.hpp"
#include "support/pbxproj_builder.hpp"
#include "support/temp_dir.hpp"

namespace axg::test {
namespace {

namespace fs = std::filesystem;

struct Expected {
    std::string target_id;
    std::string kind;         // "app" or an extension point
    std::string entitlements; // default configuration, relative to the corpus dir; "" = none
    std::string info_plist;
};

class InitCorpora : public ::testing::Test {
protected:
    void SetUp() override {
        auto dir = corpora_dir();
        if (!dir) {
            GTEST_SKIP() << "../shared/corpora is absent";
        }
        m_corpora = fs::weakly_canonical(fs::absolute(*dir));
    }

    // Runs init on the corpus into the temp dir and parses the written contract.
    model::Contract init(const std::string& corpus) {
        m_corpus = m_corpora / corpus;
        m_contract = m_tmp.path() / "appexguard.toml";
        RunResult r = run_cli("init '" + m_corpus.string() + "' -o '" + m_contract.string() + "'");
        EXPECT_EQ(r.exit_code, 0) << r.err << r.out;
        m_init_out = r.out;
        util::Diagnostics diagnostics;
        auto contract = load::parse_contract(read_text(m_contract), m_contract.string(), diagnostics);
        EXPECT_TRUE(contract.has_value()) << (diagnostics.empty() ? "" : diagnostics.items()[0].str());
        return contract.value_or(model::Contract{});
    }

    // A contract path as a path relative to the corpus directory.
    std::string corpus_relative(const std::string& contract_path) const {
        if (contract_path.empty()) {
            return "";
        }
        fs::path absolute = fs::weakly_canonical(m_tmp.path() / contract_path);
        return absolute.lexically_relative(m_corpus).generic_string();
    }

    void expect_components(const model::Contract& c, const std::string& config, const std::vector<Expected>& expected) {
        std::vector<std::string> ids;
        for (const auto& [id, comp] : c.components) {
            ids.push_back(id);
        }
        std::vector<std::string> wanted;
        for (const auto& e : expected) {
            wanted.push_back(e.target_id);
        }
        std::sort(wanted.begin(), wanted.end());
        EXPECT_EQ(ids, wanted);
        for (const auto& e : expected) {
            auto it = c.components.find(e.target_id);
            if (it == c.components.end()) {
                continue;
            }
            const model::Component& comp = it->second;
            EXPECT_EQ(comp.kind == model::ComponentKind::App ? "app" : comp.extension_point, e.kind) << e.target_id;
            EXPECT_EQ(corpus_relative(comp.entitlements.for_configuration(config)), e.entitlements) << e.target_id;
            EXPECT_EQ(corpus_relative(comp.info_plist.for_configuration(config)), e.info_plist) << e.target_id;
        }
    }

    // `check` on the generated contract, JSON; the exit code must be 0 or 1 (never 2).
    std::string check() {
        RunResult r = run_cli("check '" + m_contract.string() + "' --root / --format json --fail-on never");
        EXPECT_EQ(r.exit_code, 0) << r.err << r.out.substr(0, 2000);
        return r.out;
    }

    static std::size_t count(const std::string& text, const std::string& needle) {
        std::size_t n = 0;
        for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
            ++n;
        }
        return n;
    }

    fs::path m_corpora;
    fs::path m_corpus;
    fs::path m_contract;
    std::string m_init_out;
    TempDir m_tmp;
};

TEST_F(InitCorpora, Brave) {
    model::Contract c = init("brave__brave-ios");
    EXPECT_EQ(c.project.xcode_project.ends_with("brave__brave-ios/App/Client.xcodeproj"), true)
        << c.project.xcode_project;
    EXPECT_EQ(c.project.team_id, "KL8N8XSYF4"); // DEVELOPMENT_TEAM of Client in Release
    EXPECT_EQ(c.project.default_configuration, "Release");
    std::vector<std::string> configs;
    for (const auto& [name, cfg] : c.configurations) {
        configs.push_back(name);
    }
    // Every configuration, Debug too (its LOCAL_BUNDLE_ID comes from an untracked Local.xcconfig: see below).
    EXPECT_EQ(configs, (std::vector<std::string>{"Beta", "Debug", "Debug (AppStore)", "Dev", "Enterprise", "Release",
                                                 "Release (AppStore)"}));
    expect_components(
        c, "Release",
        {{"Client", "app", "App/iOS/Entitlements/Release.entitlements", "App/iOS/Supporting Files/Info.plist"},
         {"ShareExtension", "com.apple.share-services", "", "App/ShareExtension/ShareExtension.plist"},
         {"ActionExtension", "com.apple.ui-services", "", "App/ActionExtension/ActionExtension.plist"},
         {"BrowserIntents", "com.apple.intents-service",
          "App/BrowserIntents/Entitlements/BrowserIntentsRelease.entitlements", "App/BrowserIntents/Info.plist"},
         {"BraveWidgetsExtension", "com.apple.widgetkit-extension",
          "App/BraveWidgets/Entitlements/WidgetRelease.entitlements", "App/BraveWidgets/Info.plist"},
         {"BraveWireGuard", "com.apple.networkextension.packet-tunnel",
          "App/BraveWireGuard/Entitlements/BraveWireGuardRelease.entitlements", "App/BraveWireGuard/Info.plist"}});
    EXPECT_EQ(corpus_relative(c.components.at("Client").entitlements.for_configuration("Beta")),
              "App/iOS/Entitlements/Beta.entitlements");
    EXPECT_EQ(corpus_relative(c.components.at("BrowserIntents").entitlements.for_configuration("Beta")),
              "App/BrowserIntents/Entitlements/BrowserIntentsBeta.entitlements");
    // Each component names its target; bundle ids are the project's values per configuration, and a variable the
    // repository does not define stays a variable, for check to report.
    const model::Component& client = c.components.at("Client");
    EXPECT_EQ(client.target, "Client");
    EXPECT_EQ(client.bundle_id.for_configuration("Beta"), "com.brave.ios.browser.beta");
    EXPECT_EQ(client.bundle_id.for_configuration("Release"), "com.brave.ios.browser");
    EXPECT_EQ(client.bundle_id.for_configuration("Debug"), "$(LOCAL_BUNDLE_ID)");
    EXPECT_EQ(c.components.at("BraveWireGuard").bundle_id.for_configuration("Dev"),
              "com.brave.ios.BrowserBeta.BraveWireGuard");
    // The shared app group group.$(MOZ_BUNDLE_ID): one store whose id follows the configuration, absent from Debug
    // (where it does not resolve) and from Dev (whose entitlements hold another group: a store of its own).
    ASSERT_TRUE(c.stores.count("group-com-brave-ios-browser"));
    const model::Store& group = c.stores.at("group-com-brave-ios-browser");
    EXPECT_EQ(group.identifier.for_configuration("Beta"), "group.com.brave.ios.browser.beta");
    EXPECT_EQ(group.identifier.for_configuration("Release"), "group.com.brave.ios.browser");
    EXPECT_EQ(group.identifier.for_configuration("Debug"), "");
    EXPECT_EQ(group.identifier.for_configuration("Dev"), "");
    EXPECT_EQ(c.stores.at("group-com-brave-ios-BrowserBeta-unique").identifier.str(),
              "Dev: group.com.brave.ios.BrowserBeta.unique");
    EXPECT_EQ(group.members,
              (std::vector<std::string>{"BraveWidgetsExtension", "BraveWireGuard", "BrowserIntents", "Client"}));
    // The candidate channel goes from the app to the others, so they are written read-only.
    EXPECT_EQ(group.read_only, (std::vector<std::string>{"BraveWidgetsExtension", "BraveWireGuard", "BrowserIntents"}));
    // The entitlements' $(MOZ_BUNDLE_ID) is supplied per configuration; junk (versions, names) is not copied.
    EXPECT_EQ(c.configurations.at("Beta").settings.at("MOZ_BUNDLE_ID"), "com.brave.ios.browser.beta");
    EXPECT_TRUE(c.settings.empty());
    EXPECT_EQ(c.channels.at("group-com-brave-ios-browser-shared").auth, model::Auth::Unknown);
    // The URL scheme $(BRAVE_URL_SCHEME) is one channel with a scheme per configuration.
    EXPECT_EQ(c.channels.at("url-brave").scheme.for_configuration("Beta"), "brave-beta");
    EXPECT_EQ(c.channels.at("url-brave").scheme.for_configuration("Release"), "brave");
    EXPECT_NE(m_init_out.find("group.$(LOCAL_BUNDLE_ID) is not resolvable in Debug"), std::string::npos) << m_init_out;

    std::string report = check();
    // The Beta mismatch: BrowserIntentsBeta.entitlements keeps the release group.
    EXPECT_EQ(count(report, "\"AXG123\""), 1u) << report.substr(0, 3000);
    EXPECT_NE(report.find("holds \\\"group.com.brave.ios.browser\\\""), std::string::npos);
    // The same mismatch is all that the entitlement rules find, in every configuration: the store's id and the
    // URL scheme follow the configuration.
    EXPECT_EQ(count(report, "\"AXG101\""), 1u);
    EXPECT_EQ(count(report, "\"AXG102\""), 0u);
    EXPECT_EQ(count(report, "\"AXG103\""), 1u);
    EXPECT_EQ(count(report, "\"AXG109\""), 0u);
    // Every unknown of a fresh contract is one to-do of the component that owns it (the app owns them all here);
    // the threats that only an unknown control leaves open are not restated.
    EXPECT_EQ(count(report, "\"AXG905\""), 1u);
    EXPECT_EQ(count(report, "\"AXG501\""), 0u);
    EXPECT_NE(report.find("BraveWidgets/BraveWidgets.entitlements"), std::string::npos); // AXG122
    EXPECT_EQ(count(report, "\"AXG122\""), 1u);
    EXPECT_EQ(count(report, "\"AXG120\""), 0u);
    EXPECT_EQ(count(report, "\"AXG121\""), 0u);
}

TEST_F(InitCorpora, ProtonPass) {
    model::Contract c = init("protonpass__ios-pass");
    EXPECT_EQ(c.project.team_id, "2SB5Z68H26");
    expect_components(c, "Release",
                      {{"iOS", "app", "iOS/App/iOS.entitlements", "iOS/App/Info.plist"},
                       {"AutoFill", "com.apple.authentication-services-credential-provider-ui",
                        "AutoFill/AutoFill.entitlements", "AutoFill/Info.plist"},
                       {"Share", "com.apple.share-services", "Share/Share.entitlements", "Share/Info.plist"},
                       {"Action", "com.apple.ui-services", "Action/Action.entitlements", "Action/Info.plist"}});
    EXPECT_EQ(corpus_relative(c.components.at("iOS").entitlements.for_configuration("Debug-QA")),
              "iOS/App/iOSDebug-Black.entitlements");
    EXPECT_NE(m_init_out.find("Skipped target macOS"), std::string::npos) << m_init_out;
    std::string report = check();
    EXPECT_NE(report.find("AutoFill/AutoFillDebug-Black.entitlements"), std::string::npos); // AXG122
    EXPECT_EQ(count(report, "\"AXG122\""), 1u);
    EXPECT_EQ(count(report, "\"AXG120\""), 0u);
    EXPECT_EQ(count(report, "\"AXG121\""), 0u);
    EXPECT_EQ(count(report, "\"AXG123\""), 0u);
}

TEST_F(InitCorpora, NetNewsWire) {
    model::Contract c = init("Ranchero-Software__NetNewsWire");
    EXPECT_EQ(c.project.team_id, "M8L2WTLA8W");
    expect_components(
        c, "Release",
        {{"NetNewsWire-iOS", "app", "iOS/Resources/NetNewsWire.entitlements", "iOS/Resources/Info.plist"},
         {"NetNewsWire-iOS-Share-Extension", "com.apple.share-services",
          "iOS/ShareExtension/NetNewsWire_iOS_ShareExtension.entitlements", "iOS/ShareExtension/Info.plist"},
         {"NetNewsWire-iOS-Widget-Extension", "com.apple.widgetkit-extension",
          "Widget/NetNewsWire_iOS_WidgetExtension.entitlements", "Widget/Info.plist"}});
    EXPECT_NE(m_init_out.find("Skipped target NetNewsWire (SDKROOT macosx"), std::string::npos) << m_init_out;
    std::string report = check();
    // The -dev variants are selected through $(DEVELOPER_ENTITLEMENTS): not orphans.
    EXPECT_EQ(count(report, "\"AXG122\""), 0u) << report.substr(0, 2000);
    EXPECT_EQ(count(report, "\"AXG120\""), 0u);
    EXPECT_EQ(count(report, "\"AXG121\""), 0u);
}

TEST_F(InitCorpora, Element) {
    model::Contract c = init("element-hq__element-ios");
    EXPECT_EQ(c.project.xcode_project.ends_with("element-hq__element-ios/project.yml"), true);
    EXPECT_EQ(c.project.team_id, "7J4U792NQT");
    expect_components(
        c, "Release",
        {{"Riot", "app", "Riot/SupportingFiles/Riot.entitlements", "Riot/SupportingFiles/Info.plist"},
         {"RiotNSE", "com.apple.usernotifications.service", "RiotNSE/RiotNSE.entitlements", "RiotNSE/Info.plist"},
         // Its configFiles (BroadcastUploadExtension/Release.xcconfig) are not in the corpus, so
         // the project gives it no settings: no manifests, extension point unknown.
         {"BroadcastUploadExtension", "unknown", "", ""}});
    ASSERT_TRUE(c.stores.count("group-im-vector"));
    EXPECT_EQ(c.stores.at("group-im-vector").members, (std::vector<std::string>{"Riot", "RiotNSE"}));
    EXPECT_TRUE(c.channels.count("url-element")) << m_init_out;
    std::string report = check();
    // The disabled Share and Siri extensions keep their own target.yml specs beside project.yml, which does not
    // include them: another spec may sign with their entitlements files, so AXG122 judges only the folders of
    // project.yml's own manifests (and the broadcast extension's, whose xcconfig is absent, is not judged either).
    EXPECT_EQ(count(report, "\"AXG122\""), 0u) << report.substr(0, 2000);
    // The broadcast extension has no bundle id or manifests, but its `target` key matches it to its target.
    EXPECT_EQ(c.components.at("BroadcastUploadExtension").target, "BroadcastUploadExtension");
    EXPECT_EQ(count(report, "\"AXG120\""), 0u);
    EXPECT_EQ(count(report, "\"AXG121\""), 0u);
}

TEST_F(InitCorpora, RefusesToOverwriteWithoutForce) {
    m_tmp.write("appexguard.toml", "# mine\n");
    fs::path out = m_tmp.path() / "appexguard.toml";
    std::string project = (m_corpora / "protonpass__ios-pass").string();
    RunResult r = run_cli("init '" + project + "' -o '" + out.string() + "'");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--force"), std::string::npos) << r.err;
    EXPECT_EQ(read_text(out), "# mine\n");
    r = run_cli("init '" + project + "' -o '" + out.string() + "' --force");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(read_text(out).find("[components.AutoFill]"), std::string::npos);
}

// Every repository: init picks one project by itself (never a tie), says which on stderr, and for repositories
// with an oracle it is the pbxproj whose applications embed the most app extensions (the oracle's PlugIns .appex
// embeds, counted by product name across a project's applications).
TEST_F(InitCorpora, EachRepositoryPicksItsAppProject) {
    fs::path oracle_dir = m_corpora.parent_path() / "corpora-oracle";
    std::size_t repos = 0;
    for (const auto& entry : fs::directory_iterator(m_corpora)) {
        if (!entry.is_directory()) {
            continue;
        }
        ++repos;
        fs::create_directories(m_tmp.path() / entry.path().filename());
        fs::path out = m_tmp.path() / entry.path().filename() / "appexguard.toml";
        RunResult r = run_cli("init '" + entry.path().string() + "' -o '" + out.string() + "'");
        EXPECT_EQ(r.exit_code, 0) << entry.path().filename() << ": " << r.err;
        EXPECT_NE(r.err.find("init: using "), std::string::npos) << r.err;
        std::ifstream oracle_file(oracle_dir / (entry.path().filename().string() + ".json"));
        if (!oracle_file) {
            continue;
        }
        std::string best;
        std::size_t most = 0;
        nlohmann::json oracle = nlohmann::json::parse(oracle_file);
        for (const auto& [path, project] : oracle.items()) {
            std::set<std::string> appex;
            for (const auto& target : project["targets"]) {
                if (target["productType"] != "com.apple.product-type.application") {
                    continue;
                }
                for (const auto& embed : target["embeds"]) {
                    if (embed.get<std::string>().ends_with(".appex")) {
                        appex.insert(embed.get<std::string>());
                    }
                }
            }
            if (appex.size() > most) {
                best = path;
                most = appex.size();
            }
        }
        EXPECT_NE(r.err.find("init: using " + best + ":"), std::string::npos) << r.err;
    }
    EXPECT_GT(repos, 0u);
}

// Two equally good projects: refused with both listed and the command that picks one; that command works.
TEST(InitDiscovery, EquallyGoodProjectsAreListedNotGuessed) {
    TempDir tmp;
    SimpleProject one;
    one.app = "One";
    one.extensions = 1;
    SimpleProject two = one;
    two.app = "Two";
    two.bundle_id = "com.example.two";
    tmp.write("One/One.xcodeproj/project.pbxproj", simple_pbxproj(one));
    tmp.write("Two/Two.xcodeproj/project.pbxproj", simple_pbxproj(two));
    fs::path out = tmp.path() / "appexguard.toml";
    RunResult r = run_cli("init '" + tmp.path().string() + "'");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("found 2 Xcode projects and 2 are equally good"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("One/One.xcodeproj/project.pbxproj (iOS app One embeds 1 app extension)"), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("Two/Two.xcodeproj/project.pbxproj"), std::string::npos) << r.err;
    std::string pick = "--project One/One.xcodeproj/project.pbxproj";
    EXPECT_NE(r.err.find(pick), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(out));
    r = run_cli("init '" + tmp.path().string() + "' --project Two/Two.xcodeproj");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    // Written into DIR, with paths relative to it.
    std::string contract = read_text(out);
    EXPECT_NE(contract.find("xcode_project = \"Two/Two.xcodeproj\""), std::string::npos) << contract;
    EXPECT_NE(contract.find("[components.Two]"), std::string::npos);
    r = run_cli("init '" + tmp.path().string() + "' --project Three.xcodeproj --force");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--project must name"), std::string::npos) << r.err;
}

TEST(InitDiscovery, SaysWhichProjectItUsesAndWhy) {
    TempDir tmp;
    SimpleProject ios;
    ios.app = "iOS";
    ios.extensions = 2;
    SimpleProject mac;
    mac.app = "Mac";
    mac.sdk = "macosx";
    mac.extensions = 1;
    tmp.write("apps/ios/iOS.xcodeproj/project.pbxproj", simple_pbxproj(ios));
    tmp.write("apps/macos/macOS.xcodeproj/project.pbxproj", simple_pbxproj(mac));
    tmp.write("Lib/Lib.xcodeproj/project.pbxproj", framework_pbxproj());
    RunResult r = run_cli("init '" + tmp.path().string() + "'");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("init: using apps/ios/iOS.xcodeproj/project.pbxproj: iOS app iOS embeds 2 app extensions; "
                         "the only project whose iOS app embeds app extensions; also found: "),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("apps/macos/macOS.xcodeproj/project.pbxproj (no iOS application target (Mac is not an iOS "
                         "app))"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.out.find("Ext1  <- target Ext1"), std::string::npos) << r.out;
    EXPECT_NE(read_text(tmp.path() / "appexguard.toml").find("xcode_project = \"apps/ios/iOS.xcodeproj\""),
              std::string::npos);
}

// The project names App/App.entitlements; the file on disk is App/app.entitlements. init reads it (as a Mac would)
// and says so; check reports AXG124 once and does not call the file unused.
TEST(InitDiscovery, CaseOnlyPathDifferencesAreFoundAndReported) {
    TempDir tmp;
    SimpleProject p;
    p.app_entitlements = "App/App.entitlements";
    tmp.write("App.xcodeproj/project.pbxproj", simple_pbxproj(p));
    tmp.write("App/app.entitlements", xml_plist("<dict/>"));
    RunResult r = run_cli("init '" + tmp.path().string() + "'");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("the entitlements file App/App.entitlements exists only as app.entitlements"),
              std::string::npos)
        << r.out;
    std::string contract = read_text(tmp.path() / "appexguard.toml");
    EXPECT_NE(contract.find("entitlements = \"App/app.entitlements\""), std::string::npos) << contract;
    r = run_cli("check '" + (tmp.path() / "appexguard.toml").string() + "' --format json --fail-on never");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::size_t axg124 = 0;
    for (auto at = r.out.find("\"AXG124\""); at != std::string::npos; at = r.out.find("\"AXG124\"", at + 1)) {
        ++axg124;
    }
    EXPECT_EQ(axg124, 1u) << r.out.substr(0, 3000);
    EXPECT_EQ(r.out.find("\"AXG122\""), std::string::npos);
    EXPECT_EQ(r.out.find("\"AXG121\""), std::string::npos);
}

TEST(InitErrors, MalformedPbxprojIsALocatedError) {
    TempDir tmp;
    tmp.write("App.xcodeproj/project.pbxproj", "// !$*UTF8*$!\n{\n\tarchiveVersion = 1;\n\tobjects = {\n\t\tABC = {\n");
    RunResult r = run_cli("init '" + tmp.path().string() + "'");
    EXPECT_EQ(r.exit_code, 2) << r.out;
    // The unterminated dictionary opened on line 5, column 9.
    EXPECT_NE(r.err.find("App.xcodeproj/project.pbxproj:5:9: error: unterminated dictionary"), std::string::npos)
        << r.err;
    EXPECT_FALSE(fs::exists(tmp.path() / "appexguard.toml"));
}

TEST(InitErrors, NoProjectIsAnInputError) {
    TempDir tmp;
    tmp.write("README.md", "nothing here\n");
    RunResult r = run_cli("init '" + tmp.path().string() + "'");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("no Xcode project"), std::string::npos) << r.err;
}

} // namespace
} // namespace axg::test
