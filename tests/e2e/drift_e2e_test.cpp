// End to end: a temporary git repository holding the Notes example in a subfolder; a change is
// committed and `drift` / `check --base HEAD~1` / `lock` run from the built binary.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "support/paths.hpp"
#include "support/temp_dir.hpp"

namespace axg::test {
namespace {

namespace fs = std::filesystem;

void sh(const std::string& command) {
    int rc = std::system(command.c_str());
    ASSERT_EQ(rc, 0) << command;
}

std::string edit(const fs::path& file, const std::string& from, const std::string& to) {
    std::string text = read_text(file);
    auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << file << " lacks " << from;
    if (at != std::string::npos) {
        text.replace(at, from.size(), to);
    }
    std::ofstream(file, std::ios::binary) << text;
    return text;
}

// 1-based line of the first occurrence of `needle` in `file`.
unsigned line_of(const fs::path& file, const std::string& needle) {
    std::string text = read_text(file);
    auto at = text.find(needle);
    return at == std::string::npos ? 0 : 1 + static_cast<unsigned>(std::count(text.begin(), text.begin() + at, '\n'));
}

// True when the JSON report holds a finding of `rule` located at file:line.
bool located(const std::string& json, const std::string& rule, const std::string& file, unsigned line) {
    std::string rule_key = "\"rule\": \"" + rule + "\"";
    for (auto at = json.find(rule_key); at != std::string::npos; at = json.find(rule_key, at + 1)) {
        auto f = json.find("\"file\": \"" + file + "\",", at);
        auto next = json.find("\"rule\": ", at + 1);
        if (f == std::string::npos || (next != std::string::npos && f > next)) {
            continue;
        }
        auto l = json.find("\"line\": ", f);
        if (l != std::string::npos && std::stoul(json.substr(l + 8)) == line) {
            return true;
        }
    }
    return false;
}

class DriftE2E : public ::testing::Test {
protected:
    void SetUp() override {
        m_ios = m_repo.path() / "ios";
        fs::copy(source_dir() / "contracts/examples/notes", m_ios, fs::copy_options::recursive);
        git("init -q");
        git("config user.name Test");
        git("config user.email test@example.com");
        git("config commit.gpgsign false");
        commit("base");
    }
    void git(const std::string& args) { sh("git -C '" + m_repo.path().string() + "' " + args + " >/dev/null 2>&1"); }
    void commit(const std::string& message) {
        git("add -A");
        git("commit -q -m '" + message + "'");
    }
    std::string status() {
        auto r = std::system(("git -C '" + m_repo.path().string() + "' status --porcelain > '" +
                              (m_repo.path() / ".git/axg_status").string() + "'")
                                 .c_str());
        EXPECT_EQ(r, 0);
        return read_text(m_repo.path() / ".git/axg_status");
    }
    fs::path contract() const { return m_ios / "appexguard.toml"; }

    TempDir m_repo;
    fs::path m_ios;
};

TEST_F(DriftE2E, RemovedFieldFailsDriftFromASubfolderWithTheContractLine) {
    edit(contract(), "fields.body = { type = \"string\", max_len = 65536, classification = \"personal\" }\n", "");
    commit("drop body");
    std::string before = status();
    auto r = run_cli("drift ../appexguard.toml --base HEAD~1 --format json", m_ios / "Share");
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    EXPECT_NE(r.out.find("AXG403"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("field \\\"body\\\""), std::string::npos) << r.out;
    EXPECT_TRUE(located(r.out, "AXG403", "ios/appexguard.toml", line_of(contract(), "[schemas.SharedNote]"))) << r.out;
    EXPECT_NE(r.out.find("AXG410"), std::string::npos) << "version not bumped: " << r.out;
    EXPECT_EQ(status(), before) << "drift must not touch the working tree or the index";
}

// SharedNote 2 -> 3 without `body`, both components moved to 3; `readers` given, or no migration at all.
void remove_body_in_version_3(const fs::path& contract, const std::string& readers) {
    edit(contract, "fields.body = { type = \"string\", max_len = 65536, classification = \"personal\" }\n", "");
    edit(contract, "[schemas.SharedNote]\nversion = 2\n", "[schemas.SharedNote]\nversion = 3\n");
    edit(contract, "schemas = { SharedNote = 2, WidgetSnapshot", "schemas = { SharedNote = 3, WidgetSnapshot");
    edit(contract, "schemas = { SharedNote = 2, SessionToken", "schemas = { SharedNote = 3, SessionToken");
    if (!readers.empty()) {
        edit(contract, "\n[schemas.WidgetSnapshot]\n",
             "\n[[schemas.SharedNote.migrations]]\nfrom = 2\nto = 3\nreaders = \"" + readers +
                 "\"\nnote = \"the app rewrites stored notes first\"\n\n[schemas.WidgetSnapshot]\n");
    }
}

TEST_F(DriftE2E, MigratedRemovalPassesDriftAndCheck) {
    TempDir base;
    fs::copy(m_ios, base.path() / "notes", fs::copy_options::recursive);
    remove_body_in_version_3(contract(), "upgrade-in-place");
    commit("drop body in SharedNote 3, migrated in place");
    auto r = run_cli("drift appexguard.toml --base HEAD~1 --format json", m_ios);
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(r.out.find("\"AXG4"), std::string::npos) << r.out;
    auto plain = run_cli("check appexguard.toml --format json", m_ios);
    auto gated =
        run_cli("check appexguard.toml --format json --base-dir '" + (base.path() / "notes").string() + "'", m_ios);
    EXPECT_EQ(gated.exit_code, plain.exit_code) << gated.out << gated.err;
    EXPECT_EQ(gated.out.find("\"AXG4"), std::string::npos) << gated.out;
}

TEST_F(DriftE2E, BumpWithoutMigrationNamesTheMigrationToDeclare) {
    remove_body_in_version_3(contract(), "");
    commit("drop body in SharedNote 3");
    auto r = run_cli("drift appexguard.toml --base HEAD~1", m_ios);
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    EXPECT_NE(r.out.find("AXG403"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("declare [[schemas.SharedNote.migrations]] from = 2, to = 3"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("set version ="), std::string::npos) << r.out;
}

TEST_F(DriftE2E, BadMigrationIsAnInputErrorAtItsLine) {
    remove_body_in_version_3(contract(), "rewrite");
    auto r = run_cli("drift appexguard.toml --base HEAD", m_ios);
    EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
    std::string at = "appexguard.toml:" + std::to_string(line_of(contract(), "readers = \"rewrite\"")) + ":11:";
    EXPECT_NE(r.err.find(at), std::string::npos) << "want " << at << " in " << r.err;
    EXPECT_NE(r.err.find("\"dual-read\""), std::string::npos) << r.err;
}

TEST_F(DriftE2E, OptionalFieldAddedPassesTheGate) {
    edit(contract(), "fields.source_url =", "fields.lang = { type = \"string\", max_len = 8 }\nfields.source_url =");
    commit("add optional lang");
    auto r = run_cli("drift appexguard.toml --base HEAD~1 --format json", m_ios);
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(r.out.find("\"AXG4"), std::string::npos) << r.out;
    auto plain = run_cli("check appexguard.toml", m_ios);
    auto gated = run_cli("check appexguard.toml --base HEAD~1", m_ios);
    EXPECT_EQ(gated.exit_code, plain.exit_code) << gated.out << gated.err;
    EXPECT_EQ(gated.out.find("AXG4"), std::string::npos) << gated.out;
}

TEST_F(DriftE2E, WeakenedEncryptionFailsCheckWithBothValues) {
    std::string text = read_text(contract());
    auto channel = text.find("[channels.share-to-app]");
    auto at = text.find("encryption = \"aead\"", channel);
    text.replace(at, std::string("encryption = \"aead\"").size(), "encryption = \"none\"");
    std::ofstream(contract(), std::ios::binary) << text;
    commit("weaken");
    auto r = run_cli("check appexguard.toml --base HEAD~1", m_ios);
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    EXPECT_NE(r.out.find("AXG414"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("channels.share-to-app: encryption aead -> none since HEAD~1"), std::string::npos) << r.out;
}

TEST_F(DriftE2E, AddedEntitlementFailsCheckWithTheFileAndLineOfTheNewValue) {
    fs::path ent = m_ios / "Share/Share.entitlements";
    edit(ent, "\t\t<string>group.com.example.notes</string>\n",
         "\t\t<string>group.com.example.notes</string>\n\t\t<string>group.com.example.extra</string>\n");
    commit("widen");
    auto r = run_cli("check appexguard.toml --base HEAD~1 --format json", m_ios);
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    EXPECT_TRUE(located(r.out, "AXG401", "ios/Share/Share.entitlements", line_of(ent, "group.com.example.extra")))
        << r.out;
    EXPECT_NE(r.out.find("AXG401"), std::string::npos) << r.out;
}

TEST_F(DriftE2E, LockRoundTripThenANewAppGroupFailsWithItsLine) {
    auto w = run_cli("lock appexguard.toml", m_ios);
    ASSERT_EQ(w.exit_code, 0) << w.err;
    std::string lock = read_text(m_ios / "appexguard.lock");
    EXPECT_NE(lock.find("[components.\"share\".\"Release\"]"), std::string::npos) << lock;
    EXPECT_NE(lock.find("ABCDE12345.com.example.notes.shared"), std::string::npos) << "values are expanded";
    auto again = run_cli("lock appexguard.toml -o -", m_ios);
    EXPECT_EQ(again.out, lock) << "the lock is canonical: same input, same bytes";

    auto clean = run_cli("check appexguard.toml --format json", m_ios);
    EXPECT_EQ(clean.out.find("\"AXG401\""), std::string::npos) << clean.out;
    EXPECT_EQ(clean.out.find("\"AXG402\""), std::string::npos) << clean.out;

    fs::path ent = m_ios / "Share/Share.entitlements";
    edit(ent, "\t\t<string>group.com.example.notes</string>\n",
         "\t\t<string>group.com.example.notes</string>\n\t\t<string>group.com.example.extra</string>\n");
    auto r = run_cli("check appexguard.toml --format json", m_ios);
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    EXPECT_TRUE(located(r.out, "AXG401", "ios/Share/Share.entitlements", line_of(ent, "group.com.example.extra")))
        << r.out;
    EXPECT_NE(r.out.find("appexguard.lock does not approve"), std::string::npos) << r.out;
}

TEST_F(DriftE2E, MissingOrBrokenLockIsAClearMessage) {
    auto missing = run_cli("check appexguard.toml --require-lock", m_ios);
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_NE(missing.err.find("no appexguard.lock"), std::string::npos) << missing.err;

    std::ofstream(m_ios / "appexguard.lock") << "lock_version = 1\n[components.app.Release]\nkey = \"not a list\"\n";
    auto broken = run_cli("check appexguard.toml", m_ios);
    EXPECT_EQ(broken.exit_code, 2);
    EXPECT_NE(broken.err.find("appexguard.lock:3:"), std::string::npos) << broken.err;
}

TEST_F(DriftE2E, UnknownRefAndNoRepositoryAreInputErrors) {
    auto r = run_cli("drift appexguard.toml --base no-such-ref", m_ios);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("cannot resolve git revision \"no-such-ref\""), std::string::npos) << r.err;
    auto neither = run_cli("drift appexguard.toml", m_ios);
    EXPECT_EQ(neither.exit_code, 2);
}

TEST_F(DriftE2E, BaseDirComparesWithACopy) {
    TempDir base;
    fs::copy(m_ios, base.path() / "notes", fs::copy_options::recursive);
    edit(contract(), "values = [\"text\", \"checklist\", \"link\"]", "values = [\"text\", \"checklist\"]");
    auto r = run_cli("drift appexguard.toml --base-dir '" + (base.path() / "notes").string() + "'", m_ios);
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    EXPECT_NE(r.out.find("AXG406"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("enum value \"link\" removed"), std::string::npos) << r.out;
}

} // namespace
} // namespace axg::test
