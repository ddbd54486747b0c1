#include <gtest/gtest.h>

#include "xcode_facts_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg121, FiresWhenTheProjectSignsWithAnotherFile) {
    model::Model m = xcode_fixture_model();
    model::XcodeFacts facts = xcode_fixture_facts();
    facts.targets[1].entitlements["Release"] = "/project/Share/ShareRelease.entitlements";
    m.xcode = facts;
    auto f = run_xcode_rule("AXG121", m);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].target, "components.share");
    EXPECT_NE(f[0].message.find("Share/ShareRelease.entitlements"), std::string::npos) << f[0].message;
    EXPECT_EQ(f[0].configurations, std::vector<std::string>{"Release"});
}

TEST(Axg121, QuietWhenPathsAgreeOrInfoPlistIsGenerated) {
    model::Model m = xcode_fixture_model();
    model::XcodeFacts facts = xcode_fixture_facts();
    facts.targets[0].info_plist["Release"] = ""; // GENERATE_INFOPLIST_FILE
    m.xcode = facts;
    EXPECT_TRUE(run_xcode_rule("AXG121", m).empty());
}

} // namespace
} // namespace axg::test
