#include <gtest/gtest.h>

#include "load/toml/contract_loader.hpp"
#include "support/paths.hpp"
#include "support/temp_dir.hpp"

using axg::load::parse_contract;

namespace {
const char* k_valid = R"([project]
name = "Notes"
contract_version = "1.2.0"
team_id = "ABCDE12345"

[configurations.Debug]
[configurations.Release]

[components.app]
kind = "app"
bundle_id = "com.example.notes"

[components.share]
kind = "extension"
extension_point = "com.apple.share-services"
bundle_id = "com.example.notes.share"
entitlements = { Debug = "d.entitlements", Release = "r.entitlements" }

[stores.group]
kind = "app-group"
id = "group.com.example.notes"
members = ["app", "share"]
retention = "1h30m"

[schemas.Note]
version = 2
fields.title = { type = "string", required = true, max_len = 80 }
fields.kind = { type = "enum", values = ["a", "b"] }

[channels.share-to-app]
transport = "app-group-file"
store = "group"
from = "share"
to = ["app"]
schema = "Note"
auth = "token"
token_ttl = "5m"
rate_limit = "30/min"

[[suppressions]]
rule = "AXG209"
target = "channels.share-to-app"
reason = "queued by the OS"
expires = 2027-01-31
)";
} // namespace

TEST(LoadContract, ParsesAValidContract) {
    axg::util::Diagnostics d;
    auto c = parse_contract(k_valid, "appexguard.toml", d);
    ASSERT_TRUE(c) << d.sorted().at(0).str();
    EXPECT_EQ(c->project.name, "Notes");
    EXPECT_EQ(c->project.contract_version.minor, 2u);
    EXPECT_FALSE(c->configurations.at("Debug").release);
    EXPECT_TRUE(c->configurations.at("Release").release);
    const auto& share = c->components.at("share");
    EXPECT_EQ(share.entitlements.for_configuration("Debug"), "d.entitlements");
    EXPECT_EQ(share.entitlements.for_configuration("Release"), "r.entitlements");
    EXPECT_EQ(c->stores.at("group").retention->count(), 5400);
    const auto& ch = c->channels.at("share-to-app");
    EXPECT_EQ(ch.auth, axg::model::Auth::Token);
    EXPECT_EQ(ch.token_ttl->count(), 300);
    EXPECT_DOUBLE_EQ(ch.rate_limit->per_second(), 0.5);
    EXPECT_EQ(ch.at("schema").line, 35u);
    EXPECT_EQ(ch.at("schema").column, 10u);
    ASSERT_EQ(c->schemas.at("Note").fields.size(), 2u);
    EXPECT_EQ(c->schemas.at("Note").fields[0].id, "kind"); // sorted by name
    ASSERT_EQ(c->suppressions.size(), 1u);
    EXPECT_TRUE(c->suppressions[0].expires.has_value());
}

TEST(LoadContract, AThreatIdTargetImpliesAxg501AndAFindingTargetNeedsItsRule) {
    const std::string head = "[project]\nname = \"X\"\ncontract_version = \"1.0.0\"\n";
    axg::util::Diagnostics d;
    auto c = parse_contract(head + "[[suppressions]]\ntarget = \"spoofed-sender@channels.c\"\nreason = \"r\"\n",
                            "appexguard.toml", d);
    ASSERT_TRUE(c) << d.sorted().at(0).str();
    ASSERT_EQ(c->suppressions.size(), 1u);
    EXPECT_EQ(c->suppressions[0].rule, "AXG501");
    // "channels.a@b" is a channel id holding '@', not a threat id: its rule stays required.
    axg::util::Diagnostics e;
    EXPECT_FALSE(
        parse_contract(head + "[[suppressions]]\ntarget = \"channels.a@b\"\nreason = \"r\"\n", "appexguard.toml", e));
    ASSERT_EQ(e.size(), 1u);
    EXPECT_NE(e.sorted().at(0).str().find("missing required key \"rule\""), std::string::npos)
        << e.sorted().at(0).str();
}

TEST(LoadContract, ReportsEveryErrorNotOnlyTheFirst) {
    std::string text = std::string(k_valid);
    text.replace(text.find("kind = \"app\""), 12, "kind = \"ap\"");
    text.replace(text.find("retention = \"1h30m\""), 19, "retention = \"soon\"");
    text += "\n[channels.x]\ntransport = \"xpc\"\nfrom = \"app\"\nto = [\"nobody\"]\n";
    axg::util::Diagnostics d;
    EXPECT_FALSE(parse_contract(text, "appexguard.toml", d));
    EXPECT_EQ(d.size(), 3u);
}

// Each malformed contract gives exit 2 and a message at file:line:column, end to end.
struct BadContract {
    const char* name;
    std::string text;
    const char* where; // "line:column"
    const char* message;
};

class LoadContractMalformed : public ::testing::TestWithParam<BadContract> {};

TEST_P(LoadContractMalformed, ExitsTwoWithALocatedMessage) {
    const auto& c = GetParam();
    axg::test::TempDir dir;
    dir.write("proj/appexguard.toml", c.text);
    dir.write("proj/ok.entitlements", axg::test::xml_plist("<dict/>"));
    dir.write("outside.entitlements", axg::test::xml_plist("<dict/>"));
    dir.write("proj/broken.plist", "<plist><dict><key>a</key>");
    auto r = axg::test::run_cli("check appexguard.toml", dir.path() / "proj");
    EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
    std::string expected = std::string(c.where).empty() ? "" : std::string(":") + c.where + ": error: ";
    EXPECT_NE(r.err.find(expected), std::string::npos) << "want " << expected << " in:\n" << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << "want \"" << c.message << "\" in:\n" << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
}

namespace {
const std::string k_head = "[project]\nname = \"X\"\ncontract_version = \"1.0.0\"\n";  // lines 1-3
const std::string k_app = "[components.app]\nkind = \"app\"\nbundle_id = \"com.x\"\n"; // lines 4-6 after head
// Lines 7-16: an app group and a keychain group, both of the app.
const std::string k_key_stores =
    "[stores.group]\nkind = \"app-group\"\nid = \"group.x\"\nmembers = [\"app\"]\n\n"
    "[stores.keys]\nkind = \"keychain-group\"\nid = \"ABCDE12345.x\"\nmembers = [\"app\"]\n\n";
// Lines 17-22: an AEAD channel through the app group; the next line is 23.
const std::string k_keyed = "[channels.c]\ntransport = \"app-group-file\"\nstore = \"group\"\nfrom = \"app\"\n"
                            "to = [\"app\"]\nencryption = \"aead\"\n";
std::string replaced_text(std::string text, const std::string& from, const std::string& to) {
    return text.replace(text.find(from), from.size(), to);
}
} // namespace

INSTANTIATE_TEST_SUITE_P(
    Cases, LoadContractMalformed,
    ::testing::Values(
        BadContract{"syntax_error", "[project\nname = 1\n", "1:9", "TOML syntax error"},
        BadContract{"unterminated_string", k_head + "team_id = \"ABC\n", "4:15", "TOML syntax error"},
        BadContract{"duplicate_key", k_head + "name = \"Y\"\n", "4:8", "TOML syntax error"},
        BadContract{"missing_project", "[settings]\nA = \"b\"\n", "1:1", "missing required table [project]"},
        BadContract{"missing_name", "[project]\ncontract_version = \"1.0.0\"\n", "1:1",
                    "missing required key \"name\""},
        BadContract{"bad_semver", "[project]\nname = \"X\"\ncontract_version = \"1.0\"\n", "3:20",
                    "not a semantic version"},
        BadContract{"bad_team_id", k_head + "team_id = \"abc\"\n", "4:11", "10 upper-case"},
        BadContract{"unknown_top_key", k_head + "[compnents.app]\nkind = \"app\"\n", "4:2",
                    "did you mean \"components\""},
        BadContract{"unknown_project_key", k_head + "polcy = \"strict\"\n", "4:1", "did you mean \"policy\""},
        BadContract{"wrong_type_name", "[project]\nname = 42\ncontract_version = \"1.0.0\"\n", "2:8",
                    "must be a string, not an integer"},
        BadContract{"bad_component_kind", k_head + "[components.app]\nkind = \"application\"\nbundle_id = \"x\"\n",
                    "5:8", "allowed values are \"app\" or \"extension\""},
        BadContract{"extension_without_point", k_head + "[components.e]\nkind = \"extension\"\nbundle_id = \"x\"\n",
                    "4:1", "missing required key \"extension_point\""},
        BadContract{"app_with_point", k_head + k_app + "extension_point = \"com.apple.share-services\"\n", "7:19",
                    "only for extensions"},
        BadContract{"duplicate_bundle_id", k_head + k_app + "[components.b]\nkind = \"app\"\nbundle_id = \"com.x\"\n",
                    "9:13", "the same bundle_id"},
        BadContract{"component_not_table", k_head + "[components]\napp = \"x\"\n", "5:7", "must be a table"},
        BadContract{"undeclared_member",
                    k_head + k_app + "[stores.g]\nkind = \"app-group\"\nid = \"group.x\"\nmembers = [\"ap\"]\n",
                    "10:11", "does not declare; did you mean \"app\""},
        BadContract{"bad_store_kind",
                    k_head + k_app + "[stores.g]\nkind = \"appgroup\"\nid = \"group.x\"\nmembers = []\n", "8:8",
                    "did you mean \"app-group\""},
        BadContract{"bad_duration",
                    k_head + k_app +
                        "[stores.g]\nkind = \"app-group\"\nid = \"g\"\nmembers = []\nretention = \"1 day\"\n",
                    "11:13", "not a duration"},
        BadContract{"duplicate_store_id",
                    k_head + k_app +
                        "[stores.a]\nkind = \"app-group\"\nid = \"g\"\nmembers = []\n[stores.b]\nkind = "
                        "\"app-group\"\nid = \"g\"\nmembers = []\n",
                    "13:6", "declare the same app-group"},
        BadContract{"bad_transport",
                    k_head + k_app + "[channels.c]\ntransport = \"carrier-pigeon\"\nfrom = \"app\"\nto = [\"app\"]\n",
                    "8:13", "allowed values are"},
        BadContract{"undeclared_receiver",
                    k_head + k_app + "[channels.c]\ntransport = \"xpc\"\nfrom = \"app\"\nto = [\"nobody\"]\n", "10:6",
                    "component \"nobody\""},
        BadContract{"undeclared_schema",
                    k_head + k_app +
                        "[channels.c]\ntransport = \"xpc\"\nfrom = \"app\"\nto = [\"app\"]\nschema = \"Nope\"\n",
                    "11:10", "schema \"Nope\""},
        BadContract{
            "store_kind_mismatch",
            k_head + k_app +
                "[stores.k]\nkind = \"keychain-group\"\nid = \"k\"\nmembers = [\"app\"]\n[channels.c]\ntransport = "
                "\"app-group-file\"\nstore = \"k\"\nfrom = \"app\"\nto = [\"app\"]\n",
            "13:9", "is of kind \"keychain-group\""},
        BadContract{"missing_store",
                    k_head + k_app + "[channels.c]\ntransport = \"shared-defaults\"\nfrom = \"app\"\nto = [\"app\"]\n",
                    "7:1", "needs a store of kind \"app-group\""},
        BadContract{"bad_rate",
                    k_head + k_app +
                        "[channels.c]\ntransport = \"xpc\"\nfrom = \"app\"\nto = [\"app\"]\nrate_limit = \"fast\"\n",
                    "11:14", "not a rate"},
        BadContract{"ttl_without_auth",
                    k_head + k_app +
                        "[channels.c]\ntransport = \"xpc\"\nfrom = \"app\"\nto = [\"app\"]\ntoken_ttl = \"5m\"\n",
                    "11:13", "needs auth"},
        BadContract{
            "bad_classification",
            k_head + k_app +
                "[channels.c]\ntransport = \"xpc\"\nfrom = \"app\"\nto = [\"app\"]\nclassification = \"secret\"\n",
            "11:18", "allowed values are \"public\""},
        BadContract{"bad_field_type", k_head + "[schemas.S]\nversion = 1\nfields.a = { type = \"text\" }\n", "6:21",
                    "allowed values are"},
        BadContract{"enum_without_values", k_head + "[schemas.S]\nversion = 1\nfields.a = { type = \"enum\" }\n",
                    "6:12", "needs \"values\""},
        BadContract{"min_above_max",
                    k_head + "[schemas.S]\nversion = 1\nfields.a = { type = \"int\", min = 5, max = 1 }\n", "6:34",
                    "\"min\" is greater than \"max\""},
        BadContract{"bad_suppression_rule",
                    k_head + "[[suppressions]]\nrule = \"208\"\ntarget = \"x\"\nreason = \"r\"\n", "5:8",
                    "not a rule ID"},
        BadContract{"threat_suppression_for_another_rule",
                    k_head + "[[suppressions]]\nrule = \"AXG208\"\ntarget = \"spoofed-sender@channels.c\"\n"
                             "reason = \"r\"\n",
                    "5:8", "is a threat id, which only AXG501 reports"},
        BadContract{
            "bad_suppression_date",
            k_head + "[[suppressions]]\nrule = \"AXG208\"\ntarget = \"x\"\nreason = \"r\"\nexpires = \"31/03/2027\"\n",
            "8:11", "not a date"},
        BadContract{"suppression_without_reason", k_head + "[[suppressions]]\nrule = \"AXG208\"\ntarget = \"x\"\n",
                    "4:1", "missing required key \"reason\""},
        BadContract{"undeclared_configuration_path",
                    k_head + "[configurations.Release]\n" + k_app + "entitlements = { Debug = \"ok.entitlements\" }\n",
                    "8:18", "configuration \"Debug\""},
        BadContract{"undeclared_configuration_bundle_id",
                    k_head + "[configurations.Release]\n[components.app]\nkind = \"app\"\n"
                             "bundle_id = { Release = \"com.x\", Alpha = \"com.x.alpha\" }\n",
                    "7:34", "configuration \"Alpha\""},
        BadContract{"empty_per_configuration_table",
                    k_head + "[configurations.Release]\n[components.app]\nkind = \"app\"\nbundle_id = {}\n", "7:13",
                    "names no configuration"},
        BadContract{"per_configuration_value_not_a_string",
                    k_head + "[configurations.Release]\n" + k_app +
                        "[stores.g]\nkind = \"app-group\"\nid = { Release = 1 }\nmembers = [\"app\"]\n",
                    "10:18", "\"id.Release\" in [stores.g] must be a string"},
        BadContract{"table_in_shared_settings", k_head + "[settings]\nGROUP = { Release = \"group.x\" }\n", "5:9",
                    "goes in [configurations.NAME] settings"},
        BadContract{"same_bundle_id_in_one_configuration",
                    k_head + "[configurations.Debug]\n[configurations.Release]\n" + k_app +
                        "[components.b]\nkind = \"app\"\nbundle_id = { Debug = \"com.x\", Release = \"com.y\" }\n",
                    "11:13", "the same bundle_id \"com.x\" in configuration \"Debug\""},
        BadContract{"one_target_two_components",
                    k_head + "[components.a]\nkind = \"app\"\ntarget = \"App\"\nbundle_id = \"com.a\"\n"
                             "[components.b]\nkind = \"app\"\ntarget = \"App\"\nbundle_id = \"com.b\"\n",
                    "10:10", "both describe the target \"App\""},
        BadContract{"path_outside_root", k_head + k_app + "entitlements = \"../outside.entitlements\"\n", "7:16",
                    "outside the project root"},
        BadContract{"absolute_path", k_head + k_app + "entitlements = \"/etc/hosts\"\n", "7:16", "is absolute"},
        BadContract{"missing_manifest", k_head + k_app + "entitlements = \"nope.entitlements\"\n", "7:16",
                    "no such file"},
        BadContract{"malformed_manifest", k_head + k_app + "info_plist = \"broken.plist\"\n", "1:25", "malformed XML"},
        BadContract{"reserved_id", k_head + "[components.\"@web\"]\nkind = \"app\"\nbundle_id = \"x\"\n", "4:13",
                    "reserved"},
        // An undefined $(NOPE) in a store id is not an input error: Xcode expands it to "" and AXG113 reports it
        // (tests/rules/axg113_test.cpp, StoreIdFiresAtTheContractLocation).
        // [[schemas.ID.migrations]] (docs/contract-format.md): lines 4-5 are [schemas.S] and its version 2.
        BadContract{"migration_from_not_below_to",
                    k_head + "[schemas.S]\nversion = 2\n[[schemas.S.migrations]]\nfrom = 2\nto = 1\nreaders = "
                             "\"dual-read\"\n",
                    "7:8", "\"from\" in [[schemas.S.migrations]] #1 is 2, not below \"to\" (1)"},
        BadContract{"migration_equal_from_and_to",
                    k_head + "[schemas.S]\nversion = 2\n[[schemas.S.migrations]]\nfrom = 2\nto = 2\nreaders = "
                             "\"dual-read\"\n",
                    "7:8", "not below \"to\" (2)"},
        BadContract{"migration_to_above_version",
                    k_head + "[schemas.S]\nversion = 2\n[[schemas.S.migrations]]\nfrom = 1\nto = 3\nreaders = "
                             "\"discard\"\n",
                    "8:6", "\"to\" in [[schemas.S.migrations]] #1 is 3, above the schema's version 2"},
        BadContract{"migration_duplicate_range",
                    k_head + "[schemas.S]\nversion = 2\n[[schemas.S.migrations]]\nfrom = 1\nto = 2\nreaders = "
                             "\"discard\"\n[[schemas.S.migrations]]\nfrom = 1\nto = 2\nreaders = \"dual-read\"\n",
                    "10:1", "[[schemas.S.migrations]] #2 declares the migration from 1 to 2 again (first at line 6)"},
        BadContract{"migration_bad_readers",
                    k_head + "[schemas.S]\nversion = 2\n[[schemas.S.migrations]]\nfrom = 1\nto = 2\nreaders = "
                             "\"dual-reads\"\n",
                    "9:11", "did you mean \"dual-read\""},
        BadContract{"migration_missing_readers",
                    k_head + "[schemas.S]\nversion = 2\n[[schemas.S.migrations]]\nfrom = 1\nto = 2\n", "6:1",
                    "missing required key \"readers\" in [[schemas.S.migrations]] #1"},
        BadContract{"migration_from_not_an_integer",
                    k_head + "[schemas.S]\nversion = 2\n[[schemas.S.migrations]]\nfrom = \"1\"\nto = 2\nreaders = "
                             "\"discard\"\n",
                    "7:8", "\"from\" in [[schemas.S.migrations]] #1 must be an integer"},
        BadContract{"migration_from_zero",
                    k_head + "[schemas.S]\nversion = 2\n[[schemas.S.migrations]]\nfrom = 0\nto = 2\nreaders = "
                             "\"discard\"\n",
                    "7:8", "outside the range 1.."},
        BadContract{"migration_unknown_key",
                    k_head + "[schemas.S]\nversion = 2\n[[schemas.S.migrations]]\nfrom = 1\nto = 2\nreaders = "
                             "\"discard\"\nnotes = \"x\"\n",
                    "10:1", "did you mean \"note\""},
        BadContract{"migrations_not_an_array", k_head + "[schemas.S]\nversion = 2\nmigrations = 1\n", "6:14",
                    "must be an array of tables, written [[schemas.S.migrations]]"},
        BadContract{"migration_not_a_table", k_head + "[schemas.S]\nversion = 2\nmigrations = [1]\n", "6:15",
                    "[[schemas.S.migrations]] #1 must be a table, not an integer"},
        BadContract{"app_id_prefix_not_ten_characters", k_head + "app_id_prefix = \"ABC\"\n" + k_app, "4:17",
                    "an App ID prefix is 10 upper-case letters and digits"},
        // key_store: a keychain-group store that exists, on an encrypted channel (lines 7-22 after head + app).
        BadContract{"key_store_not_a_keychain_group",
                    k_head + k_app + k_key_stores + k_keyed + "key_store = \"group\"\n", "23:13",
                    "a key_store must be a keychain-group store"},
        BadContract{"key_store_undeclared", k_head + k_app + k_key_stores + k_keyed + "key_store = \"keys2\"\n",
                    "23:13", "names store \"keys2\", which the contract does not declare; did you mean \"keys\"?"},
        BadContract{"key_store_without_encryption",
                    k_head + k_app + k_key_stores + replaced_text(k_keyed, "\"aead\"", "\"none\"") +
                        "key_store = \"keys\"\n",
                    "23:13", "needs encryption = \"aead\" or \"mac\""},
        BadContract{"bad_effect", k_head + k_app + k_key_stores + k_keyed + "effect = \"explodes\"\n", "23:10",
                    "allowed values are"},
        BadContract{"bad_role",
                    k_head + k_app +
                        "[stores.g]\nkind = \"app-group\"\nid = \"group.x\"\nmembers = "
                        "[\"app\"]\nrole = \"vault\"\n",
                    "11:8", "allowed values are"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(LoadContract, HugeFileIsRefused) {
    axg::test::TempDir dir;
    std::string big(17u * 1024u * 1024u, '#');
    dir.write("appexguard.toml", big);
    auto r = axg::test::run_cli("check appexguard.toml --max-input-size 16M", dir.path());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("larger than the limit of 16777216 bytes"), std::string::npos) << r.err;
    // Under the default limit (64 MiB) the same file is read: a comment-only contract is then an error of content.
    auto d = axg::test::run_cli("check appexguard.toml", dir.path());
    EXPECT_EQ(d.err.find("larger than the limit"), std::string::npos) << d.err;
}

TEST(LoadContract, MaxInputSizeMustBeASize) {
    axg::test::TempDir dir;
    dir.write("appexguard.toml", k_head);
    for (const char* bad : {"0", "12X", "M", "-5"}) {
        auto r = axg::test::run_cli(std::string("check appexguard.toml --max-input-size ") + bad, dir.path());
        EXPECT_EQ(r.exit_code, 2) << bad;
        EXPECT_NE(r.err.find("--max-input-size"), std::string::npos) << r.err;
    }
}

TEST(LoadContract, UnknownConfigurationFlagIsAnInputError) {
    axg::test::TempDir dir;
    dir.write("appexguard.toml", k_head + "[configurations.Release]\n");
    auto r = axg::test::run_cli("check --configuration Beta", dir.path());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--configuration \"Beta\" is not declared"), std::string::npos) << r.err;
}

TEST(LoadContract, ValuesPerConfiguration) {
    const std::string text = R"([project]
name = "X"
contract_version = "1.0.0"

[configurations.Alpha]
[configurations.Release]

[components.app]
kind = "app"
target = "X App"
bundle_id = { Alpha = "com.x.alpha", Release = "com.x" }
settings = { SCHEME = "x", APP_GROUP = { Alpha = "group.x.alpha" } }

[components.other]
kind = "app"
bundle_id = { Alpha = "com.x" }

[stores.alpha]
kind = "app-group"
id = { Alpha = "group.x.alpha" }
members = ["app"]

[channels.open]
transport = "url-scheme"
from = "@any-app"
to = "app"
scheme = { Alpha = "x-alpha", Release = "x" }
)";
    axg::util::Diagnostics d;
    auto c = parse_contract(text, "appexguard.toml", d);
    ASSERT_TRUE(c) << d.sorted().at(0).str();
    const auto& app = c->components.at("app");
    EXPECT_EQ(app.target, "X App");
    EXPECT_EQ(app.bundle_id.for_configuration("Alpha"), "com.x.alpha");
    EXPECT_EQ(app.bundle_id.for_configuration("Release"), "com.x");
    // One configuration's bundle id may be another component's in another configuration.
    EXPECT_EQ(c->components.at("other").bundle_id.for_configuration("Release"), "");
    EXPECT_EQ(app.settings.at("SCHEME"), "x");
    EXPECT_EQ(app.settings.count("APP_GROUP"), 0u);
    EXPECT_EQ(app.configuration_settings.at("Alpha").at("APP_GROUP"), "group.x.alpha");
    EXPECT_EQ(app.configuration_settings.count("Release"), 0u);
    // A configuration the table does not name has no value there: the store exists only in Alpha.
    EXPECT_EQ(c->stores.at("alpha").identifier.for_configuration("Release"), "");
    EXPECT_EQ(c->channels.at("open").scheme.for_configuration("Alpha"), "x-alpha");
    auto alpha = axg::model::component_in_configuration(app, "Alpha");
    EXPECT_EQ(alpha.settings.at("APP_GROUP"), "group.x.alpha");
    EXPECT_EQ(alpha.bundle_id.all, "com.x.alpha");
    EXPECT_EQ(axg::model::component_in_configuration(app, "Release").settings.count("APP_GROUP"), 0u);
}
