// AXG403: fires on a removed optional field under backward; quiet otherwise.
#include <gtest/gtest.h>

#include "support/drift_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg403, Fires) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract =
        replaced(head.contract, R"axg(fields.body = { type = "string", max_len = 4096, classification = "personal" }
)axg",
                 R"axg()axg");
    auto f = drift_findings("AXG403", base, head);
    ASSERT_GE(f.size(), 1u);
    EXPECT_NE(f[0].message.find(R"axg(field "body": optional string field removed)axg"), std::string::npos)
        << f[0].message;
    EXPECT_NE(f[0].message.find("base-ref"), std::string::npos) << f[0].message;
    EXPECT_TRUE(f[0].location.has_line() || f[0].location.file.ends_with("appexguard.toml"));
}

TEST(Axg403, QuietForAnOptionalFieldUnderForward) {
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
        replaced(head.contract, R"axg(fields.body = { type = "string", max_len = 4096, classification = "personal" }
)axg",
                 R"axg()axg");
    EXPECT_TRUE(drift_findings("AXG403", base, head).empty());
}

TEST(Axg403, QuietWithoutChanges) {
    auto p = drift_project();
    EXPECT_TRUE(drift_findings("AXG403", p, p).empty());
}

} // namespace
} // namespace axg::test
