// What a suppression covers (model/suppression.hpp), shared by the check runner and the analysis.

#include <gtest/gtest.h>

#include "model/suppression.hpp"

namespace axg::model {
namespace {

using namespace std::chrono;

Suppression make(std::string rule, std::string target, std::string reason = "accepted") {
    Suppression s;
    s.rule = std::move(rule);
    s.target = std::move(target);
    s.reason = std::move(reason);
    return s;
}

TEST(Suppression, TargetCoversItselfAndWhatLiesBelowOnly) {
    EXPECT_TRUE(target_covers("channels.a", "channels.a"));
    EXPECT_TRUE(target_covers("channels.a", "channels.a.fields.x"));
    EXPECT_TRUE(target_covers("channels", "channels.a"));
    EXPECT_FALSE(target_covers("channels.a", "channels.ab"));
    EXPECT_FALSE(target_covers("channels.a.fields.x", "channels.a"));
}

TEST(Suppression, AThreatIdHasNoDotBeforeItsFirstAt) {
    EXPECT_TRUE(is_threat_target("spoofed-sender@channels.open"));
    EXPECT_TRUE(is_threat_target("spoofed-sender@channels.a@b"));
    EXPECT_FALSE(is_threat_target("channels.a@b"));
    EXPECT_FALSE(is_threat_target("@channels.a"));
    EXPECT_FALSE(is_threat_target("channels.open"));
}

TEST(Suppression, AThreatIdCoversOnlyTheFindingOfThatThreat) {
    Suppression s = make("AXG501", "spoofed-sender@channels.open");
    EXPECT_TRUE(suppression_covers(s, "AXG501", "channels.open", "spoofed-sender@channels.open"));
    EXPECT_FALSE(suppression_covers(s, "AXG501", "channels.open", "disclosed-message@channels.open"));
    EXPECT_FALSE(suppression_covers(s, "AXG501", "channels.open"));
    EXPECT_FALSE(suppression_covers(s, "AXG210", "channels.open", "spoofed-sender@channels.open"));
    // A channel target still covers every finding of its rule there, whatever threat it reports.
    Suppression channel = make("AXG501", "channels.open");
    EXPECT_TRUE(suppression_covers(channel, "AXG501", "channels.open", "spoofed-sender@channels.open"));
    EXPECT_TRUE(suppression_covers(channel, "AXG501", "channels.open", "disclosed-message@channels.open"));
    EXPECT_FALSE(suppression_covers(channel, "AXG210", "channels.open"));
}

TEST(Suppression, LiveNeedsAReasonAndAnExpiryNotPassed) {
    const year_month_day today{year{2026}, month{6}, day{1}};
    Suppression s = make("AXG501", "channels.open");
    EXPECT_EQ(suppression_life(s, today), SuppressionLife::Live);
    s.expires = today;
    EXPECT_EQ(suppression_life(s, today), SuppressionLife::Live); // expires at the end of the day
    s.expires = year_month_day{year{2026}, month{5}, day{31}};
    EXPECT_EQ(suppression_life(s, today), SuppressionLife::Expired);
    s.reason = " \t";
    EXPECT_EQ(suppression_life(s, today), SuppressionLife::NoReason);
    EXPECT_EQ(suppression_state(make("AXG501", "x", "why")).reason, "why");
}

} // namespace
} // namespace axg::model
