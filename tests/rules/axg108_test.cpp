#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

const std::string k_contract = k_project + R"(
[components.app]
kind = "app"
bundle_id = "com.example.notes"
info_plist = "Info.plist"
)";

TEST(Axg108, FiresOnArbitraryLoadsHttpAndOldTls) {
    auto f = run_rule("AXG108", k_contract, {{"Info.plist", plist(R"(<key>NSAppTransportSecurity</key><dict>
<key>NSAllowsArbitraryLoads</key><true/>
<key>NSExceptionDomains</key><dict><key>legacy.example.com</key><dict>
<key>NSExceptionAllowsInsecureHTTPLoads</key><true/>
<key>NSExceptionMinimumTLSVersion</key><string>TLSv1.0</string></dict></dict></dict>)")}});
    EXPECT_EQ(f.size(), 3u);
}

TEST(Axg108, QuietOnStrictExceptions) {
    auto f = run_rule("AXG108", k_contract, {{"Info.plist", plist(R"(<key>NSAppTransportSecurity</key><dict>
<key>NSAllowsArbitraryLoads</key><false/>
<key>NSExceptionDomains</key><dict><key>api.example.com</key><dict>
<key>NSExceptionMinimumTLSVersion</key><string>TLSv1.3</string></dict></dict></dict>)")}});
    EXPECT_TRUE(f.empty());
}

} // namespace
} // namespace axg::test
