#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

const std::string k_contract = k_project + R"(
[components.app]
kind = "app"
bundle_id = "com.example.notes"
info_plist = "Info.plist"

[channels.open]
transport = "url-scheme"
scheme = "notes"
from = "@any-app"
to = ["app"]
)";

std::string info(const std::vector<std::string>& schemes) {
    return plist("<key>CFBundleURLTypes</key><array><dict>" + string_array("CFBundleURLSchemes", schemes) +
                 "</dict></array>");
}

TEST(Axg109, FiresOnUndeclaredScheme) {
    auto f = run_rule("AXG109", k_contract, {{"Info.plist", info({"Notes", "notes-internal"})}});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("notes-internal"), std::string::npos);
}

TEST(Axg109, QuietWhenEverySchemeIsDeclared) {
    EXPECT_TRUE(run_rule("AXG109", k_contract, {{"Info.plist", info({"notes"})}}).empty());
}

} // namespace
} // namespace axg::test
