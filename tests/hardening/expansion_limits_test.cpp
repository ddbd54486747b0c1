// Tiny inputs must not cost unbounded time or memory (docs/security.md, "Limits"): a 56-byte xcconfig
// `A = $(A)$(A)$(A)$(A)` once took 4 GB in 60 s, a 110-byte contract `[settings]` likewise. End to end through the
// CLI. No timing is asserted: these cases run under a short ctest TIMEOUT (tests/CMakeLists.txt, "ExpansionLimits")
// and a CPU and address-space limit inherited by the appexguard they start, so a regression fails instead of
// stalling the suite.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <sys/resource.h>

#include "support/paths.hpp"
#include "support/temp_dir.hpp"

namespace axg::test {
namespace {

namespace fs = std::filesystem;

std::string repeated(std::string_view line, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) {
        out += line;
    }
    return out;
}

// `names` settings, each four references to the one before: 4^names bytes if nothing stopped it.
std::string fan_out_chain(int names, std::string_view assign, std::string_view quote) {
    std::string out = std::string("S0") + std::string(assign) + std::string(quote) + "x" + std::string(quote) + "\n";
    for (int i = 1; i < names; ++i) {
        std::string prev = "$(S" + std::to_string(i - 1) + ")";
        out += "S" + std::to_string(i) + std::string(assign) + std::string(quote) + repeated(prev, 4) +
               std::string(quote) + "\n";
    }
    return out;
}

// AddressSanitizer reserves terabytes of address space for its shadow memory, so under it an RLIMIT_AS makes every
// process fail at start ("Failed to mmap"); the sanitizer run keeps the CPU limit only.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool k_address_sanitizer = true;
#elif defined(__has_feature)
constexpr bool k_address_sanitizer = __has_feature(address_sanitizer);
#else
constexpr bool k_address_sanitizer = false;
#endif

class ExpansionLimits : public ::testing::Test {
protected:
    void SetUp() override {
        // Inherited by the appexguard each case starts: runaway work ends in SIGXCPU or bad_alloc, not in a hung
        // suite or a machine out of memory.
        rlimit cpu{30, 30};
        ASSERT_EQ(::setrlimit(RLIMIT_CPU, &cpu), 0);
        if (!k_address_sanitizer) {
            rlimit memory{2UL << 30, 2UL << 30};
            ASSERT_EQ(::setrlimit(RLIMIT_AS, &memory), 0);
        }
        fs::copy(source_dir() / "contracts/examples/notes", m_dir.path() / "notes", fs::copy_options::recursive);
        m_contract = read_text(m_dir.path() / "notes/appexguard.toml");
    }

    // Exit 2 with a located error naming the limit.
    static void expect_limit(const RunResult& r, std::string_view where) {
        EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
        EXPECT_NE(r.err.find(where), std::string::npos) << "expected " << where << " in:\n" << r.err;
        EXPECT_NE(r.err.find("limit"), std::string::npos) << r.err;
    }

    // The notes contract with `settings` in [settings] and the share extension's bundle id made of `$(name)`.
    RunResult check_with_settings(const std::string& settings, const std::string& name) {
        std::string text = m_contract;
        text.replace(text.find("[settings]\n"), 11, "[settings]\n" + settings);
        std::string share = "bundle_id = \"$(BASE_BUNDLE_ID).share\"";
        text.replace(text.find(share), share.size(), "bundle_id = \"$(BASE_BUNDLE_ID).$(" + name + ")\"");
        m_dir.write("notes/appexguard.toml", text);
        return run_cli("check notes/appexguard.toml --format text", m_dir.path());
    }

    // An XcodeGen project whose app takes its bundle id from `$(name)` of Config/App.xcconfig.
    RunResult init_with_xcconfig(const std::string& xcconfig, const std::string& name) {
        m_dir.write("proj/project.yml", "name: App\nconfigFiles:\n  Debug: Config/App.xcconfig\n"
                                        "  Release: Config/App.xcconfig\ntargets:\n  App:\n"
                                        "    type: application\n    platform: iOS\n    settings:\n      base:\n"
                                        "        PRODUCT_BUNDLE_IDENTIFIER: com.example.$(" +
                                            name + ")\n");
        m_dir.write("proj/Config/App.xcconfig", xcconfig);
        return run_cli("init proj -o out.toml", m_dir.path());
    }

    TempDir m_dir;
    std::string m_contract;
};

// In an assignment a setting's own name is its inherited value, as in Xcode (`OTHER_LDFLAGS = $(OTHER_LDFLAGS) -ObjC`),
// so `A = "$(A)$(A)$(A)$(A)"` over nothing inherited is "": bounded, not a cycle, and not an error
// (docs/security.md, "Limits").
TEST_F(ExpansionLimits, ContractSettingReferringToItselfIsItsInheritedValue) {
    RunResult r = check_with_settings("A = \"$(A)$(A)$(A)$(A)\"\n", "A");
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(r.err.find("limit"), std::string::npos) << r.err;
}

TEST_F(ExpansionLimits, ContractSettingsFanningOut) {
    // 4^40 bytes unbounded; the 64 KiB cap stops it.
    expect_limit(check_with_settings(fan_out_chain(40, " = ", "\""), "S39"), "appexguard.toml:");
}

TEST_F(ExpansionLimits, ContractSettingsNestedDeeply) {
    std::string settings = "D0 = \"x\"\n";
    for (int i = 1; i < 200; ++i) {
        settings += "D" + std::to_string(i) + " = \"$(D" + std::to_string(i - 1) + ")\"\n";
    }
    expect_limit(check_with_settings(settings, "D199"), "appexguard.toml:");
}

TEST_F(ExpansionLimits, XcconfigSelfReferenceRepeated) {
    // Each line quadruples A through its $(inherited) substitution: 4^40 bytes unbounded.
    RunResult r = init_with_xcconfig("A = x\n" + repeated("A = $(A)$(A)$(A)$(A)\n", 40), "A");
    expect_limit(r, "App.xcconfig:");
    // Once, at the first line that crosses it: later lines only repeat the cut.
    EXPECT_NE(r.err.find("App.xcconfig:10:1:"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("App.xcconfig:11:1:"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(m_dir.path() / "out.toml"));
}

TEST_F(ExpansionLimits, XcconfigFanningOut) {
    RunResult r = init_with_xcconfig(fan_out_chain(40, " = ", ""), "S39");
    expect_limit(r, "project.yml:");
    EXPECT_NE(r.err.find("for target App"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(m_dir.path() / "out.toml"));
}

} // namespace
} // namespace axg::test
