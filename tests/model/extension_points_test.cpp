#include <algorithm>

#include <gtest/gtest.h>

#include "model/entitlements.hpp"
#include "model/extension_points.hpp"
#include "support/paths.hpp"

namespace axg::test {
namespace {

TEST(ExtensionPoints, SortedUniqueAndFindable) {
    auto points = model::extension_points();
    ASSERT_GE(points.size(), 30u);
    for (std::size_t i = 1; i < points.size(); ++i) {
        EXPECT_LT(points[i - 1].identifier, points[i].identifier);
    }
    for (const auto& p : points) {
        EXPECT_EQ(model::find_extension_point(p.identifier), &p);
        EXPECT_FALSE(p.restrictions.empty()) << p.identifier;
    }
    EXPECT_EQ(model::find_extension_point("com.apple.nonexistent"), nullptr);
}

TEST(ExtensionPoints, NeverAndPlausibleDoNotOverlap) {
    for (const auto& p : model::extension_points()) {
        for (auto key : p.never_entitlements) {
            EXPECT_EQ(std::count(p.plausible_entitlements.begin(), p.plausible_entitlements.end(), key), 0)
                << p.identifier << " " << key;
        }
    }
}

TEST(ExtensionPoints, KnownFacts) {
    const auto* keyboard = model::find_extension_point("com.apple.keyboard-service");
    ASSERT_NE(keyboard, nullptr);
    EXPECT_EQ(keyboard->trust, model::Trust::Low);
    EXPECT_TRUE(keyboard->external_input);
    EXPECT_NE(std::find(keyboard->never_entitlements.begin(), keyboard->never_entitlements.end(),
                        model::entitlement::k_keychain_groups),
              keyboard->never_entitlements.end());
    const auto* tunnel = model::find_extension_point("com.apple.networkextension.packet-tunnel");
    ASSERT_NE(tunnel, nullptr);
    EXPECT_NE(std::find(tunnel->plausible_entitlements.begin(), tunnel->plausible_entitlements.end(),
                        model::entitlement::k_network_extension),
              tunnel->plausible_entitlements.end());
    model::Component app;
    app.kind = model::ComponentKind::App;
    EXPECT_EQ(model::component_trust(app), model::Trust::High);
    model::Component unknown;
    unknown.kind = model::ComponentKind::Extension;
    unknown.extension_point = "com.example.custom";
    EXPECT_EQ(model::component_trust(unknown), model::Trust::Low);
}

TEST(ExtensionPoints, TableMatchesDoc) {
    std::string doc = read_text(source_dir() / "docs" / "extension-points.md");
    for (const auto& p : model::extension_points()) {
        EXPECT_NE(doc.find("| `" + std::string(p.identifier) + "` | " + std::string(p.display_name) + " "),
                  std::string::npos)
            << p.identifier << " is missing from docs/extension-points.md";
    }
}

} // namespace
} // namespace axg::test
