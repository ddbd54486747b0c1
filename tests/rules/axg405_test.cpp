// AXG405: fires on a required field added under backward; quiet otherwise.
#include <gtest/gtest.h>

#include "support/drift_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg405, Fires) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract =
        replaced(head.contract, R"axg(fields.body = { type = "string", max_len = 4096, classification = "personal" }
)axg",
                 R"axg(fields.body = { type = "string", max_len = 4096, classification = "personal" }
fields.lang = { type = "string", required = true, max_len = 8 }
)axg");
    auto f = drift_findings("AXG405", base, head);
    ASSERT_GE(f.size(), 1u);
    EXPECT_NE(f[0].message.find(R"axg(field "lang": required string field added)axg"), std::string::npos)
        << f[0].message;
    EXPECT_NE(f[0].message.find("base-ref"), std::string::npos) << f[0].message;
    EXPECT_TRUE(f[0].location.has_line() || f[0].location.file.ends_with("appexguard.toml"));
}

TEST(Axg405, QuietForAnOptionalFieldAdded) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract =
        replaced(head.contract, R"axg(fields.body = { type = "string", max_len = 4096, classification = "personal" }
)axg",
                 R"axg(fields.body = { type = "string", max_len = 4096, classification = "personal" }
fields.lang = { type = "string", max_len = 8 }
)axg");
    EXPECT_TRUE(drift_findings("AXG405", base, head).empty());
}

TEST(Axg405, QuietWithoutChanges) {
    auto p = drift_project();
    EXPECT_TRUE(drift_findings("AXG405", p, p).empty());
}

} // namespace
} // namespace axg::test
