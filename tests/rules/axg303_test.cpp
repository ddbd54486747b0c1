// AXG303 unknown-schema is enforced by the contract loader: check exits 2 at the reference.

#include <gtest/gtest.h>

#include "support/paths.hpp"
#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg303, UnknownSchemaIsAnInputErrorWithItsLocation) {
    std::string contract = k_base + channel("c", {{"schema", "\"Notes\""}});
    std::string dir = write_fixture(contract);
    auto r = run_cli("check appexguard.toml", dir);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("appexguard.toml:"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("names schema \"Notes\""), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("did you mean \"Note\""), std::string::npos) << r.err;
}

TEST(Axg303, DeclaredSchemaLoads) {
    std::string dir = write_fixture(k_base + channel("c"));
    auto r = run_cli("check appexguard.toml", dir);
    EXPECT_NE(r.exit_code, 2) << r.err;
    EXPECT_EQ(r.err.find("error"), std::string::npos) << r.err;
}

} // namespace
} // namespace axg::test
