#include <gtest/gtest.h>

#include "xcode_facts_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg120, FiresForAnEmbeddedExtensionNoComponentDescribes) {
    model::Model m = xcode_fixture_model();
    model::XcodeFacts facts = xcode_fixture_facts();
    facts.targets[0].embedded.push_back("Widget");
    model::XcodeTargetFacts widget;
    widget.name = "Widget";
    widget.extension = true;
    widget.location = {facts.path, 42, 3};
    facts.targets.push_back(widget);
    m.xcode = facts;
    auto f = run_xcode_rule("AXG120", m);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].target, "xcode.targets.Widget");
    EXPECT_EQ(f[0].location.line, 42u);
}

TEST(Axg120, QuietWhenEveryEmbeddedExtensionIsDescribedOrNoProjectIsNamed) {
    model::Model m = xcode_fixture_model();
    EXPECT_TRUE(run_xcode_rule("AXG120", m).empty());
    m.xcode = xcode_fixture_facts();
    EXPECT_TRUE(run_xcode_rule("AXG120", m).empty());
}

} // namespace
} // namespace axg::test
