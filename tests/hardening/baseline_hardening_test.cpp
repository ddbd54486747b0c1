// Hostile baseline files (JSON): fuzzer finds in check::parse_baseline.

#include <gtest/gtest.h>

#include "check/baseline.hpp"

namespace axg::test {
namespace {

// nlohmann::json throws out_of_range (not parse_error) for a number beyond double; it escaped and aborted.
TEST(BaselineHardening, AHugeNumberIsAnErrorNotAnAbort) {
    for (const char* text : {"{\"schema_version\": 1e400, \"findings\": []}", "[1e999]", "1e400", // the last as fuzzed
                             "21e400\n trtruesT4dddd\"f\xe3nges",
                             "{\"findings\": [{\"fingerprint\": \"a\", \"x\": -1e500}], \"schema_version\": 1}"}) {
        util::Diagnostics d;
        EXPECT_FALSE(check::parse_baseline(text, "b.json", d)) << text;
        ASSERT_EQ(d.size(), 1u) << text;
        EXPECT_EQ(d.items()[0].location.file, "b.json");
        EXPECT_NE(d.items()[0].message.find("not a baseline"), std::string::npos) << d.items()[0].message;
    }
}

// get<int>() wrapped 2^32 + 1 round to 1, the supported version.
TEST(BaselineHardening, ASchemaVersionBeyondIntIsNotOne) {
    util::Diagnostics d;
    EXPECT_FALSE(check::parse_baseline("{\"schema_version\": 4294967297, \"findings\": []}", "b.json", d));
    ASSERT_EQ(d.size(), 1u);
    EXPECT_NE(d.items()[0].message.find("4294967297 is not supported"), std::string::npos) << d.items()[0].message;
}

} // namespace
} // namespace axg::test
