// The iOS facts about transports that a contract must respect (docs/transports.md): refused at
// load with file:line:column, accepted where the OS backs the claim.

#include <gtest/gtest.h>

#include <algorithm>

#include "load/toml/contract_loader.hpp"

using axg::load::parse_contract;

namespace {
// Lines 1-37. Channels appended start at line 38.
const std::string k_head = R"([project]
name = "Vault"
contract_version = "1.0.0"

[components.app]
kind = "app"
bundle_id = "com.example.vault"

[components.share]
kind = "extension"
extension_point = "com.apple.share-services"
bundle_id = "com.example.vault.share"

[components.nse]
kind = "extension"
extension_point = "com.apple.usernotifications.service"
bundle_id = "com.example.vault.nse"

[components.safari]
kind = "extension"
extension_point = "com.apple.Safari.web-extension"
bundle_id = "com.example.vault.safari"

[components.keyboard]
kind = "extension"
extension_point = "com.apple.keyboard-service"
bundle_id = "com.example.vault.keyboard"

[stores.group]
kind = "app-group"
id = "group.com.example.vault"
members = ["app", "share", "keyboard"]

[stores.keychain]
kind = "keychain-group"
id = "ABCDE12345.com.example.vault"
members = ["app", "share", "nse"]
)";

struct Outcome {
    bool loaded;
    std::vector<std::string> errors; // "line:column: message"
};

Outcome load(const std::string& channels, const std::string& head = k_head) {
    axg::util::Diagnostics d;
    auto c = parse_contract(head + channels, "appexguard.toml", d);
    Outcome out{c.has_value(), {}};
    for (const auto& diagnostic : d.sorted()) {
        out.errors.push_back(std::to_string(diagnostic.location.line) + ":" +
                             std::to_string(diagnostic.location.column) + ": " + diagnostic.message);
    }
    return out;
}

// Exactly one error, at `where` ("line:column"), containing `text`.
void expect_error(const Outcome& o, const std::string& where, const std::string& text) {
    ASSERT_FALSE(o.loaded);
    ASSERT_EQ(o.errors.size(), 1u) << o.errors.front();
    EXPECT_EQ(o.errors[0].substr(0, where.size() + 1), where + ":") << o.errors[0];
    EXPECT_NE(o.errors[0].find(text), std::string::npos) << o.errors[0];
}

void expect_loaded(const Outcome& o) {
    EXPECT_TRUE(o.loaded) << (o.errors.empty() ? "" : o.errors.front());
}
} // namespace

TEST(TransportFacts, PlatformAuthIsRefusedWhereTheOsDoesNotIdentifyTheSender) {
    expect_error(load(R"(
[channels.open]
transport = "url-scheme"
scheme = "vault"
from = "@any-app"
to = "app"
auth = "platform"
)"),
                 "44:8", "tells the receiver of transport \"url-scheme\" nothing about its sender");
}

TEST(TransportFacts, PlatformAuthIsAcceptedOnXpcKeychainApnsAndNativeMessaging) {
    expect_loaded(load(R"(
[channels.xpc]
transport = "xpc"
from = "share"
to = "app"
auth = "platform"

[channels.key]
transport = "keychain-item"
store = "keychain"
from = "app"
to = ["nse"]
auth = "platform"

[channels.push]
transport = "apns"
from = "@push-provider"
to = "nse"
auth = "platform"

[channels.fill]
transport = "native-messaging"
from = "@web"
to = "safari"
auth = "platform"
)"));
}

TEST(TransportFacts, AnExternalSenderMustBeOneTheTransportAdmits) {
    expect_error(load(R"(
[channels.session]
transport = "keychain-item"
store = "keychain"
from = "@any-app"
to = "app"
)"),
                 "42:8", "admits as external sender only \"@team-app\"");
    expect_loaded(load(R"(
[channels.session]
transport = "keychain-item"
store = "keychain"
from = "@team-app"
to = "app"
)"));
}

TEST(TransportFacts, AnExternalReceiverMustBeOneTheTransportAdmits) {
    expect_error(load(R"(
[channels.leak]
transport = "app-group-file"
store = "group"
from = "app"
to = "@web"
)"),
                 "43:6", "admits as external receiver only \"@team-app\"");
}

TEST(TransportFacts, ApnsIsSentByThePushProviderToTheAppOrItsNotificationExtensions) {
    expect_loaded(load(R"(
[channels.push]
transport = "apns"
from = "@push-provider"
to = ["nse", "app"]
)"));
    expect_error(load(R"(
[channels.push]
transport = "apns"
from = "app"
to = "nse"
)"),
                 "41:8", "is sent only by \"@push-provider\", never by a component");
    expect_error(load(R"(
[channels.push]
transport = "apns"
from = "@push-provider"
to = "share"
)"),
                 "42:6", "\"com.apple.usernotifications.service\"");
    expect_error(load(R"(
[channels.push]
transport = "apns"
from = "@web"
to = "nse"
)"),
                 "41:8", "admits as external sender only \"@push-provider\"");
}

TEST(TransportFacts, NativeMessagingLinksTheWebExtensionWithItsScripts) {
    expect_loaded(load(R"(
[channels.ask]
transport = "native-messaging"
from = "@web"
to = "safari"

[channels.reply]
transport = "native-messaging"
from = "safari"
to = "@web"
)"));
    expect_error(load(R"(
[channels.ask]
transport = "native-messaging"
from = "@web"
to = "app"
)"),
                 "42:6", "extensions of extension point \"com.apple.Safari.web-extension\"");
    expect_error(load(R"(
[channels.ask]
transport = "native-messaging"
from = "safari"
to = "safari"
)"),
                 "42:6", "is always \"@web\", never two components");
    expect_error(load(R"(
[channels.ask]
transport = "native-messaging"
from = "@any-app"
to = "safari"
)"),
                 "41:8", "admits as external sender only \"@web\"");
}

TEST(TransportFacts, TwoExternalActorsMakeNoChannel) {
    expect_error(load(R"(
[channels.open]
transport = "url-scheme"
scheme = "vault"
from = "@web"
to = "@any-app"
)"),
                 "43:6", "both ends are external actors");
}

TEST(TransportFacts, SchemeIsRequiredOnUrlSchemesAndRefusedElsewhere) {
    expect_error(load(R"(
[channels.open]
transport = "url-scheme"
from = "@any-app"
to = "app"
)"),
                 "39:1", "missing required key \"scheme\"");
    expect_error(load(R"(
[channels.file]
transport = "app-group-file"
store = "group"
from = "share"
to = "app"
scheme = "vault"
)"),
                 "44:10", "\"scheme\" in [channels.file] is only for url-scheme channels");
    expect_loaded(load(R"(
[channels.open]
transport = "url-scheme"
scheme = "vault"
from = "@any-app"
to = "app"
)"));
}

TEST(TransportFacts, DomainIsRequiredOnUniversalLinksAndRefusedElsewhere) {
    expect_error(load(R"(
[channels.link]
transport = "universal-link"
from = "@web"
to = "app"
)"),
                 "39:1", "missing required key \"domain\"");
    expect_error(load(R"(
[channels.open]
transport = "url-scheme"
scheme = "vault"
domain = "example.com"
from = "@any-app"
to = "app"
)"),
                 "42:10", "\"domain\" in [channels.open] is only for universal-link channels");
}

TEST(TransportFacts, AKeyboardWithoutOpenAccessIsAReadOnlyMemberOfItsAppGroup) {
    axg::util::Diagnostics d;
    auto c = parse_contract(k_head, "appexguard.toml", d);
    ASSERT_TRUE(c);
    const auto& read_only = c->stores.at("group").read_only;
    EXPECT_NE(std::find(read_only.begin(), read_only.end(), "keyboard"), read_only.end());

    std::string open = k_head;
    open.replace(open.find("bundle_id = \"com.example.vault.keyboard\""), 40,
                 "bundle_id = \"com.example.vault.keyboard\"\nopen_access = true");
    auto o = parse_contract(open, "appexguard.toml", d);
    ASSERT_TRUE(o);
    EXPECT_TRUE(o->stores.at("group").read_only.empty());
}

TEST(TransportFacts, AKeyboardWithoutOpenAccessCannotSendThroughItsAppGroup) {
    const std::string channel = R"(
[channels.words]
transport = "shared-defaults"
store = "group"
from = "keyboard"
to = "app"
)";
    expect_error(load(channel), "42:8", "a keyboard without open access only reads its app groups");
    std::string open = k_head;
    open.replace(open.find("bundle_id = \"com.example.vault.keyboard\""), 40,
                 "bundle_id = \"com.example.vault.keyboard\"\nopen_access = true");
    expect_loaded(load(channel, open));
}

TEST(TransportFacts, OpenAccessIsOnlyForKeyboards) {
    std::string head = k_head;
    head.replace(head.find("bundle_id = \"com.example.vault.share\""), 37,
                 "bundle_id = \"com.example.vault.share\"\nopen_access = true");
    expect_error(load("", head), "13:15", "\"open_access\" in [components.share] is only for custom keyboards");
}

TEST(TransportFacts, EveryRateUnitSpellingTheDocsShowParses) {
    for (const char* rate :
         {"30/min", "30/m", "30/minute", "5/s", "5/sec", "5/second", "100/h", "100/hour", "1000/d", "1000/day"}) {
        expect_loaded(load(std::string(R"(
[channels.xpc]
transport = "xpc"
from = "share"
to = "app"
rate_limit = ")") + rate + "\"\n"));
    }
    expect_error(load(R"(
[channels.xpc]
transport = "xpc"
from = "share"
to = "app"
rate_limit = "5/fortnight"
)"),
                 "43:14", "with a unit s (sec, second), min (m, minute), h (hour) or d (day)");
}
