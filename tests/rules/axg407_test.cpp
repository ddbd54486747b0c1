// AXG407: fires on an enum value added under forward; quiet otherwise.
#include <gtest/gtest.h>

#include "support/drift_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg407, Fires) {
    auto base = drift_project();
    auto head = drift_project();
    base.contract = replaced(base.contract, R"axg(compatibility = "backward"
fields.title)axg",
                             R"axg(compatibility = "forward"
fields.title)axg");
    head.contract = replaced(head.contract, R"axg(compatibility = "backward"
fields.title)axg",
                             R"axg(compatibility = "forward"
fields.title)axg");
    head.contract =
        replaced(head.contract, R"axg(values = ["text", "link"])axg", R"axg(values = ["text", "link", "todo"])axg");
    auto f = drift_findings("AXG407", base, head);
    ASSERT_GE(f.size(), 1u);
    EXPECT_NE(f[0].message.find(R"axg(enum value "todo" added)axg"), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].message.find("base-ref"), std::string::npos) << f[0].message;
    EXPECT_TRUE(f[0].location.has_line() || f[0].location.file.str().ends_with("appexguard.toml"));
}

TEST(Axg407, QuietUnderBackward) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract =
        replaced(head.contract, R"axg(values = ["text", "link"])axg", R"axg(values = ["text", "link", "todo"])axg");
    EXPECT_TRUE(drift_findings("AXG407", base, head).empty());
}

TEST(Axg407, QuietWithoutChanges) {
    auto p = drift_project();
    EXPECT_TRUE(drift_findings("AXG407", p, p).empty());
}

TEST(Axg407, QuietWhenTheVersionIsBumpedWithADualReadMigration) {
    auto forward = [](ProjectFiles p) {
        p.contract = replaced(p.contract, "compatibility = \"backward\"\nfields.title",
                              "compatibility = \"forward\"\nfields.title");
        return p;
    };
    auto head = forward(drift_project());
    head.contract =
        replaced(head.contract, R"axg(values = ["text", "link"])axg", R"axg(values = ["text", "link", "todo"])axg");
    EXPECT_TRUE(drift_findings("AXG407", forward(drift_project()), bumped(head, "Note", "dual-read")).empty());
    auto f = drift_findings("AXG407", forward(drift_project()), bumped(head, "Note", "upgrade-in-place"));
    ASSERT_EQ(f.size(), 1u) << "rewriting stored data does nothing for an old reader of the new value";
    EXPECT_NE(f[0].message.find("leave old readers of new data broken"), std::string::npos) << f[0].message;
}

} // namespace
} // namespace axg::test
