#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg301, FiresOnUnboundedString) {
    auto f = run_rule("AXG301",
                      k_base + "fields.body = { type = \"string\" }\nfields.count = { type = \"int\", min = 0 }\n" +
                          channel("c"));
    ASSERT_EQ(f.size(), 2u);
    for (const auto& x : f) {
        EXPECT_GT(x.location.line, 0u) << x.message;
        EXPECT_NE(x.location.file.str().find("appexguard.toml"), std::string::npos);
    }
}

TEST(Axg301, QuietWhenBounded) {
    auto f = run_rule("AXG301", k_base + "fields.count = { type = \"int\", min = 0, max = 10 }\n" + channel("c"));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

} // namespace
} // namespace axg::test
