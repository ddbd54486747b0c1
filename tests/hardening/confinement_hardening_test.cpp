// Confinement (docs/security.md): every file read for the project stays inside the project root, symlinks
// resolved, or the run is refused with exit 2 naming the file that pointed outside. End to end through the CLI:
// `init` on an XcodeGen project whose includes, configFiles, xcconfig #includes, CODE_SIGN_ENTITLEMENTS and
// INFOPLIST_FILE lead out, and `check` on a contract whose paths do.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/paths.hpp"
#include "support/temp_dir.hpp"

namespace axg::test {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view k_secret = "hunter2-do-not-copy";

std::string replaced(std::string text, std::string_view from, std::string_view to) {
    std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) {
        text.replace(at, from.size(), to);
    }
    return text;
}

// An XcodeGen project with an app embedding a share extension, in proj/; a secret beside it in outside/.
class InitConfinement : public ::testing::Test {
protected:
    static constexpr std::string_view k_spec =
        "name: App\n"
        "configFiles:\n  Debug: Config/App.xcconfig\n  Release: Config/App.xcconfig\n"
        "targets:\n"
        "  App:\n    type: application\n    platform: iOS\n"
        "    settings:\n      base:\n        PRODUCT_BUNDLE_IDENTIFIER: com.example.app\n"
        "        INFOPLIST_FILE: App/Info.plist\n        CODE_SIGN_ENTITLEMENTS: App/App.entitlements\n"
        "    dependencies:\n      - target: Share\n"
        "  Share:\n    type: app-extension\n    platform: iOS\n"
        "    settings:\n      base:\n        PRODUCT_BUNDLE_IDENTIFIER: com.example.app.share\n"
        "        INFOPLIST_FILE: Share/Info.plist\n";

    void SetUp() override {
        std::string groups = "<dict><key>com.apple.security.application-groups</key><array>"
                             "<string>group.com.example.app</string></array></dict>";
        m_dir.write("proj/project.yml", k_spec);
        m_dir.write("proj/Config/App.xcconfig", "SWIFT_VERSION = 5.0\n");
        m_dir.write("proj/App/Info.plist", xml_plist("<dict><key>CFBundleName</key><string>App</string></dict>"));
        m_dir.write("proj/App/App.entitlements", xml_plist(groups));
        m_dir.write("proj/Share/Info.plist",
                    xml_plist("<dict><key>NSExtension</key><dict><key>NSExtensionPointIdentifier</key>"
                              "<string>com.apple.share-services</string></dict></dict>"));
        m_dir.write("outside/secret.xcconfig", "SECRET_TOKEN = " + std::string(k_secret) + "\n");
        m_dir.write("outside/secret.yml", "settings:\n  base:\n    SECRET_TOKEN: " + std::string(k_secret) + "\n");
        m_dir.write("outside/secret.entitlements",
                    xml_plist("<dict><key>com.apple.security.application-groups</key><array><string>group." +
                              std::string(k_secret) + "</string></array></dict>"));
        m_dir.write("outside/Info.plist",
                    xml_plist("<dict><key>CFBundleName</key><string>" + std::string(k_secret) + "</string></dict>"));
    }

    fs::path at(std::string_view relative) const { return m_dir.path() / relative; }
    std::string outside(std::string_view file) const { return (m_dir.path() / "outside" / file).string(); }
    void spec(std::string text) const { m_dir.write("proj/project.yml", text); }
    void symlink(std::string_view link, const std::string& target) const {
        fs::remove(at(link));
        fs::create_symlink(target, at(link));
    }
    RunResult init(const std::string& extra = "") const {
        return run_cli("init proj -o out/appexguard.toml" + extra, m_dir.path());
    }

    // Exit 2, the file that pointed outside named, nothing written, the secret nowhere.
    void expect_refused(const RunResult& r, std::string_view pointer) const {
        EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
        EXPECT_NE(r.err.find(pointer), std::string::npos) << "expected " << pointer << " named in:\n" << r.err;
        EXPECT_NE(r.err.find("outside the project root"), std::string::npos) << r.err;
        EXPECT_FALSE(fs::exists(at("out/appexguard.toml")));
        EXPECT_EQ((r.out + r.err).find(k_secret), std::string::npos) << r.out << r.err;
    }

    TempDir m_dir;
};

TEST_F(InitConfinement, TheProjectInsideTheRootIsRead) {
    fs::create_directories(at("out"));
    RunResult r = init();
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    std::string contract = read_text(at("out/appexguard.toml"));
    EXPECT_NE(contract.find("group.com.example.app"), std::string::npos) << contract;
}

TEST_F(InitConfinement, XcconfigIncludesOutsideTheRootAreRefused) {
    fs::create_directories(at("out"));
    fs::create_directories(at("proj/Config/Linked"));
    fs::create_symlink(at("outside"), at("proj/Config/Linked/dir"));
    std::string includes[] = {
        "#include \"../../outside/secret.xcconfig\"",       // relative, through `..`
        "#include \"" + outside("secret.xcconfig") + "\"",  // absolute
        "#include? \"" + outside("secret.xcconfig") + "\"", // optional makes no difference
        "#include \"Linked/dir/secret.xcconfig\"",          // through a symlinked directory inside the root
    };
    for (const std::string& include : includes) {
        SCOPED_TRACE(include);
        m_dir.write("proj/Config/App.xcconfig", include + "\nSWIFT_VERSION = 5.0\n");
        expect_refused(init(), "Config/App.xcconfig:1:1");
    }
}

TEST_F(InitConfinement, AnXcconfigThatIsASymlinkOutOfTheRootIsRefused) {
    fs::create_directories(at("out"));
    symlink("proj/Config/App.xcconfig", outside("secret.xcconfig"));
    expect_refused(init(), "project.yml");
}

TEST_F(InitConfinement, XcodeGenIncludesAndConfigFilesOutsideTheRootAreRefused) {
    fs::create_directories(at("out"));
    struct Case {
        std::string from, to, pointer;
    } cases[] = {
        {"name: App\n", "name: App\ninclude:\n  - ../outside/secret.yml\n", "project.yml:3"},
        {"name: App\n", "name: App\ninclude:\n  - path: " + outside("secret.yml") + "\n", "project.yml:3"},
        {"  Debug: Config/App.xcconfig\n", "  Debug: ../outside/secret.xcconfig\n", "project.yml"},
        {"  Release: Config/App.xcconfig\n", "  Release: " + outside("secret.xcconfig") + "\n", "project.yml"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.to);
        spec(replaced(std::string(k_spec), c.from, c.to));
        expect_refused(init(), c.pointer);
    }
}

TEST_F(InitConfinement, ManifestsOutsideTheRootAreRefused) {
    fs::create_directories(at("out"));
    struct Case {
        std::string from, to, pointer;
    } cases[] = {
        {"CODE_SIGN_ENTITLEMENTS: App/App.entitlements", "CODE_SIGN_ENTITLEMENTS: ../outside/secret.entitlements",
         "secret.entitlements"},
        {"CODE_SIGN_ENTITLEMENTS: App/App.entitlements", "CODE_SIGN_ENTITLEMENTS: " + outside("secret.entitlements"),
         "secret.entitlements"},
        {"INFOPLIST_FILE: App/Info.plist", "INFOPLIST_FILE: " + outside("Info.plist"), "outside/Info.plist"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.to);
        spec(replaced(std::string(k_spec), c.from, c.to));
        expect_refused(init(), c.pointer);
    }
}

TEST_F(InitConfinement, AManifestThatIsASymlinkOutOfTheRootIsRefused) {
    fs::create_directories(at("out"));
    symlink("proj/App/App.entitlements", outside("secret.entitlements"));
    expect_refused(init(), "secret.entitlements"); // the error names the file the symlink leads to
}

TEST_F(InitConfinement, AProjectNamedThroughASymlinkOutOfTheRootIsRefused) {
    fs::create_directories(at("out"));
    fs::rename(at("proj/project.yml"), at("outside/project.yml"));
    fs::create_symlink(at("outside/project.yml"), at("proj/project.yml"));
    expect_refused(init(" --project project.yml"), "project.yml");
}

// Outputs: init refuses to write its contract over one of its inputs, with --force too.
TEST_F(InitConfinement, TheContractIsNeverWrittenOverAnInput) {
    std::string before = read_text(at("proj/App/Info.plist"));
    for (const char* victim : {"proj/project.yml", "proj/App/Info.plist", "proj/Config/App.xcconfig"}) {
        SCOPED_TRACE(victim);
        std::string text = read_text(at(victim));
        RunResult r = run_cli(std::string("init proj --force -o ") + victim, m_dir.path());
        EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
        EXPECT_NE(r.err.find("it is one of this run's inputs"), std::string::npos) << r.err;
        EXPECT_EQ(read_text(at(victim)), text);
    }
    // Through a symlinked directory: the resolved output is the input.
    fs::create_symlink(at("proj/App"), at("linked"));
    RunResult r = run_cli("init proj --force -o linked/Info.plist", m_dir.path());
    EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
    EXPECT_NE(r.err.find("it is one of this run's inputs"), std::string::npos) << r.err;
    EXPECT_EQ(read_text(at("proj/App/Info.plist")), before);
    EXPECT_TRUE(fs::is_symlink(at("linked")));
}

// check: every path the contract names, by `..`, absolute or through a symlink, stays inside the root.
class CheckConfinement : public ::testing::Test {
protected:
    void SetUp() override {
        fs::copy(source_dir() / "contracts/examples/notes", m_dir.path() / "notes", fs::copy_options::recursive);
        m_contract = read_text(contract());
        m_dir.write("outside/secret.entitlements", xml_plist("<dict><key>com.apple.security.application-groups</key>"
                                                             "<array><string>group." +
                                                             std::string(k_secret) + "</string></array></dict>"));
    }
    fs::path contract() const { return m_dir.path() / "notes/appexguard.toml"; }
    fs::path at(std::string_view relative) const { return m_dir.path() / relative; }
    RunResult check() const { return run_cli("check notes/appexguard.toml --format text", m_dir.path()); }
    void expect_refused(const RunResult& r, std::string_view pointer) const {
        EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
        EXPECT_NE(r.err.find(pointer), std::string::npos) << "expected " << pointer << " named in:\n" << r.err;
        EXPECT_NE(r.err.find("outside the project root"), std::string::npos) << r.err;
        EXPECT_EQ((r.out + r.err).find(k_secret), std::string::npos) << r.out << r.err;
    }

    TempDir m_dir;
    std::string m_contract;
};

TEST_F(CheckConfinement, ContractPathsOutsideTheRootAreRefused) {
    std::string secret = (m_dir.path() / "outside/secret.entitlements").string();
    std::string values[] = {"../../../../../../../../etc/passwd", "../outside/secret.entitlements",
                            "Share/../../outside/secret.entitlements", "Share/../../../" + secret.substr(1)};
    for (const char* key : {"entitlements = \"Share/Share.entitlements\"", "info_plist = \"Share/Info.plist\""}) {
        for (const std::string& value : values) {
            std::string written = std::string(key).substr(0, std::string(key).find('=') + 2) + "\"" + value + "\"";
            SCOPED_TRACE(written);
            m_dir.write("notes/appexguard.toml", replaced(m_contract, key, written));
            expect_refused(check(), "appexguard.toml:");
        }
    }
}

TEST_F(CheckConfinement, ManifestsThatAreSymlinksOutOfTheRootAreRefused) {
    for (const char* manifest : {"notes/Share/Share.entitlements", "notes/Share/Info.plist"}) {
        SCOPED_TRACE(manifest);
        fs::copy(source_dir() / "contracts/examples" / fs::path(manifest), at("saved"),
                 fs::copy_options::overwrite_existing);
        fs::remove(at(manifest));
        fs::create_symlink(at("outside/secret.entitlements"), at(manifest));
        expect_refused(check(), "appexguard.toml:");
        fs::remove(at(manifest));
        fs::rename(at("saved"), at(manifest));
    }
    // A symlinked directory on the way out is the same.
    fs::rename(at("notes/Share"), at("outside/Share"));
    fs::create_symlink(at("outside/Share"), at("notes/Share"));
    expect_refused(check(), "appexguard.toml:");
}

TEST_F(CheckConfinement, AnXcodeProjectOutsideTheRootIsRefused) {
    m_dir.write("outside/project.yml", "name: X\ntargets:\n  X:\n    type: application\n    platform: iOS\n");
    m_dir.write("notes/appexguard.toml",
                replaced(m_contract, "[settings]", "xcode_project = \"../outside/project.yml\"\n\n[settings]"));
    expect_refused(check(), "appexguard.toml:");
}

TEST_F(CheckConfinement, AnXcodeProjectWhoseXcconfigIncludesOutsideTheRootIsRefused) {
    m_dir.write("outside/secret.xcconfig", "SECRET_TOKEN = " + std::string(k_secret) + "\n");
    m_dir.write("notes/project.yml", "name: Notes\nconfigFiles:\n  Release: Base.xcconfig\n"
                                     "targets:\n  Notes:\n    type: application\n    platform: iOS\n");
    m_dir.write("notes/Base.xcconfig", "#include \"../outside/secret.xcconfig\"\n");
    m_dir.write("notes/appexguard.toml",
                replaced(m_contract, "[settings]", "xcode_project = \"project.yml\"\n\n[settings]"));
    expect_refused(check(), "Base.xcconfig:1:1");
}

} // namespace
} // namespace axg::test
