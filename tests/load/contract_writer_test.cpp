// The contract writer: canonical text that the contract loader reads back to the same contract.

#include <filesystem>

#include <gtest/gtest.h>

#include "load/toml/contract_loader.hpp"
#include "load/toml/contract_writer.hpp"
#include "load/toml/toml_text.hpp"
#include "support/paths.hpp"

namespace axg::load {
namespace {

TEST(ContractWriter, EscapesStringsAndQuotesKeys) {
    EXPECT_EQ(toml_string("a\"b\\c\nd\x01"), "\"a\\\"b\\\\c\\nd\\u0001\"");
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

} // namespace
} // namespace axg::load
