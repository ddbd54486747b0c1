#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

std::string replace(std::string text, const std::string& from, const std::string& to) {
    auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

const model::Finding* finding_for(const std::vector<model::Finding>& f, const std::string& target) {
    for (const auto& x : f) {
        if (x.target == target) {
            return &x;
        }
    }
    return nullptr;
}

TEST(Axg905, FiresOnUnknownControls) {
    auto f = run_rule("AXG905", replace(k_base, "protection = \"complete\"", "protection = \"unknown\"") +
                                    channel("c", {{"auth", "\"unknown\""}}));
    // The store's protection belongs to its app member, the channel's auth to its sender.
    ASSERT_EQ(f.size(), 2u);
    for (const auto& x : f) {
        EXPECT_GT(x.location.line, 0u) << x.message;
        EXPECT_NE(x.location.file.str().find("appexguard.toml"), std::string::npos);
    }
    ASSERT_NE(finding_for(f, "components.app"), nullptr);
    EXPECT_NE(finding_for(f, "components.app")->message.find("protection of store \"group\""), std::string::npos);
    ASSERT_NE(finding_for(f, "components.share"), nullptr);
    EXPECT_NE(finding_for(f, "components.share")->message.find("auth of channel \"c\""), std::string::npos);
}

// A fresh `init` contract: every control of every channel unknown. One to-do per component that owns unknowns,
// each unknown listed once, at the location of the first.
TEST(Axg905, OneFindingPerOwningComponentListingEachUnknownOnce) {
    std::map<std::string, std::string> unknown = {{"auth", "\"unknown\""},
                                                  {"encryption", "\"unknown\""},
                                                  {"key_storage", "\"unknown\""},
                                                  {"validation", "\"unknown\""},
                                                  {"token_ttl", ""}};
    std::map<std::string, std::string> from_app = unknown;
    from_app["from"] = "\"app\"";
    from_app["to"] = "[\"share\", \"widget\"]";
    std::map<std::string, std::string> from_web = unknown;
    from_web["transport"] = "\"universal-link\"";
    from_web["store"] = "";
    from_web["from"] = "\"@web\"";
    from_web["to"] = "[\"widget\"]";
    from_web["domain"] = "\"example.com\"";
    std::string contract = replace(k_base, "protection = \"complete\"", "protection = \"unknown\"") +
                           channel("a-first", from_app) + channel("b-second", from_app) + channel("link", from_web);
    auto f = run_rule("AXG905", contract);
    ASSERT_EQ(f.size(), 2u);
    const model::Finding* app = finding_for(f, "components.app");
    ASSERT_NE(app, nullptr);
    EXPECT_NE(app->message.find("leaves 9 security controls unknown"), std::string::npos) << app->message;
    EXPECT_NE(app->message.find("protection of store \"group\"; auth, encryption, key_storage, validation of "
                                "channel \"a-first\"; auth, encryption, key_storage, validation of channel "
                                "\"b-second\""),
              std::string::npos)
        << app->message;
    // At the first unknown in the file (the store comes before the channels), the others related.
    EXPECT_EQ(
        app->location.line,
        static_cast<std::uint32_t>(
            std::count(contract.begin(), contract.begin() + contract.find("protection = \"unknown\""), '\n') + 1));
    EXPECT_EQ(app->related.size(), 8u);
    // From @web, the receiver owns them.
    const model::Finding* widget = finding_for(f, "components.widget");
    ASSERT_NE(widget, nullptr);
    EXPECT_NE(widget->message.find("leaves 4 security controls unknown"), std::string::npos) << widget->message;
}

TEST(Axg905, QuietWhenEverythingIsAnswered) {
    auto f = run_rule("AXG905", k_base + channel("c"));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

} // namespace
} // namespace axg::test
