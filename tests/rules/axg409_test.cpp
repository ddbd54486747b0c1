// AXG409: fires on a field classification lowered; quiet otherwise.
#include <gtest/gtest.h>

#include "support/drift_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg409, Fires) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract = replaced(head.contract, R"axg(max_len = 4096, classification = "personal")axg",
                             R"axg(max_len = 4096, classification = "internal")axg");
    auto f = drift_findings("AXG409", base, head);
    ASSERT_GE(f.size(), 1u);
    EXPECT_NE(f[0].message.find(R"axg(personal -> internal)axg"), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].message.find("base-ref"), std::string::npos) << f[0].message;
    EXPECT_TRUE(f[0].location.has_line() || f[0].location.file.str().ends_with("appexguard.toml"));
}

TEST(Axg409, QuietWhenRaised) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract = replaced(head.contract, R"axg(max_len = 4096, classification = "personal")axg",
                             R"axg(max_len = 4096, classification = "sensitive")axg");
    EXPECT_TRUE(drift_findings("AXG409", base, head).empty());
}

TEST(Axg409, QuietWithoutChanges) {
    auto p = drift_project();
    EXPECT_TRUE(drift_findings("AXG409", p, p).empty());
}

} // namespace
} // namespace axg::test
