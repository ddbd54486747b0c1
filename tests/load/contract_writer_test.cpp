// The contract writer: canonical text that the contract loader reads back to the same contract.

#include <filesystem>

#include <gtest/gtest.h>

#include "load/toml/contract_loader.hpp"
#include "load/toml/contract_writer.hpp"
#include "load/toml/toml_reader.hpp"
#include "load/toml/toml_text.hpp"
#include "support/paths.hpp"

namespace axg::load {
namespace {

TEST(ContractWriter, EscapesStringsAndQuotesKeys) {
    EXPECT_EQ(toml_string("a\"b\\c\nd\x01"), "\"a\\\"b\\\\c\\nd\\u0001\"");
    // Hidden characters are escaped, so the file reads as what it holds; what the reader refuses becomes U+FFFD.
    EXPECT_EQ(toml_string("x\xc2\x9b"
                          "y\xe2\x80\xae"
                          "z\x1b"),
              "\"x\\u009By\\u202Ez\\u001B\"");
    EXPECT_EQ(toml_string(std::string("a\0b\xff", 4)), "\"a\xEF\xBF\xBD"
                                                       "b\xEF\xBF\xBD\"");
    EXPECT_EQ(toml_string("ünïcode 🔒"), "\"ünïcode 🔒\"");
    for (std::string hostile : {std::string("t\x1b]0;x\x07"), std::string("n\0ul", 4), std::string("bad\xc0\xaf"),
                                std::string("bidi\xe2\x81\xa6"), std::string("c1\xc2\x85")}) {
        util::Diagnostics d;
        auto parsed = parse_toml("k = " + toml_string(hostile) + "\n" + toml_key(hostile) + " = 1\n", "w.toml", d);
        ASSERT_TRUE(parsed) << (d.empty() ? "" : d.items()[0].str());
    }
    EXPECT_EQ(toml_key("Release"), "Release");
    EXPECT_EQ(toml_key("Debug (AppStore)"), "\"Debug (AppStore)\"");
    EXPECT_EQ(toml_key(""), "\"\"");
}

TEST(ContractWriter, RoundTripsTheNotesExample) {
    std::string path = (test::source_dir() / "contracts/examples/notes/appexguard.toml").string();
    util::Diagnostics diagnostics;
    auto original = parse_contract(test::read_text(path), path, diagnostics);
    ASSERT_TRUE(original.has_value()) << (diagnostics.empty() ? "" : diagnostics.items()[0].str());
    std::string written = write_contract(*original, {"header line\n\nafter a blank"});
    EXPECT_TRUE(written.starts_with("# header line\n#\n# after a blank\n\n[project]\n")) << written.substr(0, 80);
    auto again = parse_contract(written, "written.toml", diagnostics);
    ASSERT_TRUE(again.has_value()) << (diagnostics.empty() ? "" : diagnostics.items()[0].str());
    // Writing the re-read contract gives the same text: nothing was lost on the way.
    EXPECT_EQ(write_contract(*again, {"header line\n\nafter a blank"}), written);
    EXPECT_EQ(again->components.size(), original->components.size());
    EXPECT_EQ(again->channels.at("share-to-app").token_ttl, original->channels.at("share-to-app").token_ttl);
    EXPECT_EQ(again->channels.at("share-to-app").rate_limit->count, 30u);
    EXPECT_EQ(again->schemas.at("SharedNote").fields.size(), original->schemas.at("SharedNote").fields.size());
    EXPECT_EQ(again->components.at("app").entitlements.by_configuration,
              original->components.at("app").entitlements.by_configuration);
    EXPECT_TRUE(*again == *original);
}

// Everything that may differ per configuration survives a round trip: parse_contract(write_contract(c)) == c.
TEST(ContractWriter, RoundTripsValuesPerConfiguration) {
    model::Contract c;
    c.path = "w.toml";
    c.project.id = "project"; // the loader names the [project] declaration so
    c.project.name = "X";
    c.project.contract_version = {0, 1, 0, ""};
    c.project.default_configuration = "Release";
    for (const char* name : {"Alpha", "Debug", "Release"}) {
        c.configurations[name].id = name;
        c.configurations[name].release = std::string(name) != "Debug";
    }
    c.configurations["Debug"].settings["SUFFIX"] = ".debug";
    c.settings["BASE"] = "com.example.x";
    model::Component app;
    app.id = "app";
    app.kind = model::ComponentKind::App;
    app.target = "X App";
    app.bundle_id.by_configuration = {{"Alpha", "com.example.x.alpha"}, {"Release", "com.example.x"}};
    app.entitlements = "App.entitlements";
    app.info_plist.by_configuration = {{"Debug", "Debug-Info.plist"}, {"Release", "Info.plist"}};
    app.settings["SCHEME"] = "x";
    app.configuration_settings["Alpha"]["APP_GROUP"] = "group.x.alpha";
    app.configuration_settings["Debug"]["APP_GROUP"] = "group.x.debug";
    app.configuration_settings["Debug"]["OTHER"] = "y";
    c.components["app"] = app;
    model::Store s;
    s.id = "alpha";
    s.kind = model::StoreKind::AppGroup;
    s.identifier.by_configuration = {{"Alpha", "group.x.alpha"}};
    s.members = {"app"};
    s.protection = model::Protection::Unknown;
    c.stores["alpha"] = s;
    model::Channel ch;
    ch.id = "open";
    ch.transport = model::Transport::UrlScheme;
    ch.from = "@any-app";
    ch.to = {"app"};
    ch.scheme.by_configuration = {{"Alpha", "x-alpha"}, {"Release", "x"}};
    ch.auth = model::Auth::Unknown;
    c.channels["open"] = ch;
    model::Channel signal;
    signal.id = "ping";
    signal.transport = model::Transport::DarwinNotification;
    signal.from = "app";
    signal.to = {"app"};
    signal.payload = true; // not the transport's default: must be written
    c.channels["ping"] = signal;

    std::string written = write_contract(c);
    EXPECT_NE(written.find("bundle_id = { Alpha = \"com.example.x.alpha\", Release = \"com.example.x\" }"),
              std::string::npos)
        << written;
    EXPECT_NE(written.find("target = \"X App\""), std::string::npos);
    EXPECT_NE(written.find("APP_GROUP = { Alpha = \"group.x.alpha\", Debug = \"group.x.debug\" }"), std::string::npos)
        << written;
    util::Diagnostics diagnostics;
    auto again = parse_contract(written, "w.toml", diagnostics);
    ASSERT_TRUE(again.has_value()) << (diagnostics.empty() ? "" : diagnostics.items()[0].str()) << written;
    EXPECT_TRUE(*again == c) << written << "\n---\n" << write_contract(*again);
    // And the comparison sees a difference in a per-configuration value.
    again->stores.at("alpha").identifier.by_configuration["Release"] = "group.x";
    EXPECT_FALSE(*again == c);
}

TEST(ContractWriter, WritesUnknownControlsAndQuotedConfigurationNames) {
    model::Contract c;
    c.project.name = "X \"quoted\"";
    c.project.contract_version = {0, 1, 0, ""};
    c.configurations["Debug (AppStore)"].release = false;
    model::Component app;
    app.kind = model::ComponentKind::App;
    app.bundle_id = "com.example.x";
    app.entitlements.by_configuration["Debug (AppStore)"] = "A b/c.entitlements";
    c.components["app"] = app;
    model::Channel ch;
    ch.transport = model::Transport::UrlScheme;
    ch.from = "@any-app";
    ch.to = {"app"};
    ch.scheme = "x";
    ch.auth = model::Auth::Unknown;
    ch.encryption = model::Encryption::Unknown;
    ch.key_storage = model::KeyStorage::Unknown;
    ch.validation = model::Validation::Unknown;
    c.channels["url-x"] = ch;
    std::string written = write_contract(c);
    EXPECT_NE(written.find("[configurations.\"Debug (AppStore)\"]"), std::string::npos) << written;
    EXPECT_NE(written.find("auth = \"unknown\""), std::string::npos);
    util::Diagnostics diagnostics;
    auto again = parse_contract(written, "w.toml", diagnostics);
    ASSERT_TRUE(again.has_value()) << (diagnostics.empty() ? "" : diagnostics.items()[0].str());
    EXPECT_EQ(again->project.name, "X \"quoted\"");
    EXPECT_EQ(again->channels.at("url-x").auth, model::Auth::Unknown);
    EXPECT_EQ(again->components.at("app").entitlements.by_configuration.at("Debug (AppStore)"), "A b/c.entitlements");
}

// A legacy App ID prefix is written only when given, and reads back.
TEST(ContractWriter, RoundTripsTheAppIdPrefix) {
    util::Diagnostics diagnostics;
    const std::string text = "[project]\nname = \"X\"\ncontract_version = \"1.0.0\"\nteam_id = \"ABCDE12345\"\n"
                             "app_id_prefix = \"LEGACY1234\"\n";
    auto contract = parse_contract(text, "p.toml", diagnostics);
    ASSERT_TRUE(contract.has_value()) << (diagnostics.empty() ? "" : diagnostics.items()[0].str());
    EXPECT_EQ(contract->project.app_id_prefix, "LEGACY1234");
    std::string written = write_contract(*contract, {});
    EXPECT_NE(written.find("app_id_prefix = \"LEGACY1234\"\n"), std::string::npos) << written;
    auto again = parse_contract(written, "w.toml", diagnostics);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->project.app_id_prefix, "LEGACY1234");
    contract->project.app_id_prefix.clear();
    EXPECT_EQ(write_contract(*contract, {}).find("app_id_prefix"), std::string::npos);
}

TEST(ContractWriter, RoundTripsAKeyboardsOpenAccess) {
    util::Diagnostics diagnostics;
    const std::string text = "[project]\nname = \"X\"\ncontract_version = \"1.0.0\"\n\n[components.kb]\n"
                             "kind = \"extension\"\nextension_point = \"com.apple.keyboard-service\"\n"
                             "bundle_id = \"com.x.kb\"\nopen_access = true\n";
    auto contract = parse_contract(text, "p.toml", diagnostics);
    ASSERT_TRUE(contract.has_value()) << (diagnostics.empty() ? "" : diagnostics.items()[0].str());
    std::string written = write_contract(*contract, {});
    auto again = parse_contract(written, "w.toml", diagnostics);
    ASSERT_TRUE(again.has_value()) << written;
    EXPECT_TRUE(again->components.at("kb").open_access) << written;
    contract->components.at("kb").open_access = false;
    EXPECT_EQ(write_contract(*contract, {}).find("open_access"), std::string::npos);
}

} // namespace
} // namespace axg::load
