#include <gtest/gtest.h>

#include "support/temp_dir.hpp"
#include "util/date.hpp"
#include "util/duration.hpp"
#include "util/paths.hpp"
#include "util/rate.hpp"
#include "util/semver.hpp"
#include "util/text.hpp"

using namespace axg::util;

TEST(UtilDuration, ParsesUnitsAndCombinations) {
    EXPECT_EQ(parse_duration("30s")->count(), 30);
    EXPECT_EQ(parse_duration("5m")->count(), 300);
    EXPECT_EQ(parse_duration("24h")->count(), 86400);
    EXPECT_EQ(parse_duration("7d")->count(), 604800);
    EXPECT_EQ(parse_duration("1h30m")->count(), 5400);
    EXPECT_FALSE(parse_duration(""));
    EXPECT_FALSE(parse_duration("5"));
    EXPECT_FALSE(parse_duration("m5"));
    EXPECT_FALSE(parse_duration("5 minutes"));
    EXPECT_FALSE(parse_duration("99999999999999999999w"));
    EXPECT_EQ(format_duration(std::chrono::seconds(300)), "5m");
    EXPECT_EQ(format_duration(std::chrono::seconds(90000)), "25h");
    EXPECT_EQ(format_duration(std::chrono::seconds(61)), "61s");
}

TEST(UtilRate, ParsesCountPerUnit) {
    auto r = parse_rate("30/min");
    ASSERT_TRUE(r);
    EXPECT_DOUBLE_EQ(r->per_second(), 0.5);
    EXPECT_EQ(parse_rate("5/s")->per_seconds, 1u);
    EXPECT_FALSE(parse_rate("0/s"));
    EXPECT_FALSE(parse_rate("/s"));
    EXPECT_FALSE(parse_rate("3/week"));
    EXPECT_FALSE(parse_rate("lots"));
}

TEST(UtilSemVer, ParsesAndOrders) {
    auto v = parse_semver("3.2.1-beta.1+build.5");
    ASSERT_TRUE(v);
    EXPECT_EQ(v->major, 3u);
    EXPECT_EQ(v->prerelease, "beta.1");
    EXPECT_LT(*parse_semver("1.0.0-rc.1"), *parse_semver("1.0.0"));
    EXPECT_LT(*parse_semver("1.9.0"), *parse_semver("1.10.0"));
    EXPECT_FALSE(parse_semver("1.0"));
    EXPECT_FALSE(parse_semver("01.0.0"));
    EXPECT_FALSE(parse_semver("1.0.0-"));
    EXPECT_FALSE(parse_semver("v1.0.0"));
}

TEST(UtilDate, ParsesCalendarDates) {
    EXPECT_TRUE(parse_date("2027-03-31"));
    EXPECT_FALSE(parse_date("2027-02-30"));
    EXPECT_FALSE(parse_date("2027-3-31"));
    EXPECT_EQ(format_date(*parse_date("2026-01-05")), "2026-01-05");
}

TEST(UtilText, SuggestsCloseNames) {
    std::vector<std::string> keys = {"kind", "members", "protection", "retention"};
    EXPECT_EQ(closest_match("membres", keys), "members");
    EXPECT_EQ(closest_match("retension", keys), "retention");
    EXPECT_EQ(closest_match("zzzzzz", keys), "");
    EXPECT_EQ(printable("a\nb\x01"), "a\\nb\\x01");
    EXPECT_EQ(quoted_list(std::vector<std::string>{"a", "b", "c"}), "\"a\", \"b\" or \"c\"");
}

// Nothing that a terminal acts on or that reorders its text survives printable; other UTF-8 does.
TEST(UtilText, PrintableNeutralisesTerminalHazards) {
    EXPECT_EQ(printable("a\x1b]0;t\x07"), "a\\x1b]0;t\\x07");
    EXPECT_EQ(printable("a\xe2\x80\xae"
                        "b"),
              "a\\u{202E}b"); // RIGHT-TO-LEFT OVERRIDE
    EXPECT_EQ(printable("\xe2\x81\xa6"
                        "x"),
              "\\u{2066}x"); // LEFT-TO-RIGHT ISOLATE
    EXPECT_EQ(printable("\xc2\x9b"
                        "31m"),
              "\\u{009B}31m");                               // C1 CSI
    EXPECT_EQ(printable("\xff\xc0\xaf"), "\\xff\\xc0\\xaf"); // not UTF-8, overlong '/'
    EXPECT_EQ(printable("\xed\xa0\x80"), "\\xed\\xa0\\x80"); // a UTF-16 surrogate
    EXPECT_EQ(printable("caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x94\x92"), "caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x94\x92");
    EXPECT_EQ(without_unicode_hazards("a\n\xe2\x80\xae"), "a\n\\u{202E}");
}

TEST(UtilPaths, RefusesPathsOutsideTheRoot) {
    axg::test::TempDir dir;
    dir.write("project/a.plist", "x");
    dir.write("secret", "x");
    auto root = dir.path() / "project";
    EXPECT_TRUE(resolve_inside(root, root, "a.plist").error.empty());
    EXPECT_NE(resolve_inside(root, root, "../secret").error.find("outside the project root"), std::string::npos);
    EXPECT_NE(resolve_inside(root, root, "/etc/passwd").error.find("absolute"), std::string::npos);
    std::filesystem::create_symlink(dir.path() / "secret", root / "link");
    EXPECT_NE(resolve_inside(root, root, "link").error.find("outside the project root"), std::string::npos);
    EXPECT_TRUE(is_inside(root, root / "x" / "y"));
    EXPECT_FALSE(is_inside(root, dir.path() / "projectile"));
}
