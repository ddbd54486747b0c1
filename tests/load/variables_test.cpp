#include <gtest/gtest.h>

#include <map>

#include "load/xcode/variables.hpp"

using axg::load::expand_variables;

namespace {
axg::load::VariableLookup table(std::map<std::string, std::string> values) {
    return [values](std::string_view name) -> std::optional<std::string> {
        auto it = values.find(std::string(name));
        return it == values.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
}
} // namespace

TEST(LoadVariables, ExpandsBothSyntaxesAndNestedValues) {
    auto lookup = table({{"TEAM", "ABCDE12345"}, {"AppIdentifierPrefix", "$(TEAM)."}, {"NAME", "My App"}});
    auto e = expand_variables("$(AppIdentifierPrefix)com.x.${NAME:rfc1034identifier}", lookup);
    EXPECT_EQ(e.text, "ABCDE12345.com.x.My-App");
    EXPECT_TRUE(e.unresolved.empty());
    EXPECT_EQ(expand_variables("cost: $$5", lookup).text, "cost: $5");
    EXPECT_EQ(expand_variables("$(NAME:lower)", lookup).text, "my app");
}

TEST(LoadVariables, KeepsAndNamesWhatCannotBeExpanded) {
    auto lookup = table({{"A", "a"}});
    auto e = expand_variables("group.$(A).$(MISSING)", lookup);
    EXPECT_EQ(e.text, "group.a.$(MISSING)");
    ASSERT_EQ(e.unresolved.size(), 1u);
    EXPECT_EQ(e.unresolved[0], "MISSING");
    EXPECT_EQ(expand_variables("$(A:bogus)", lookup).unresolved.at(0), "A:bogus");
    EXPECT_EQ(expand_variables("$(UNCLOSED", lookup).unresolved.size(), 1u);
    EXPECT_EQ(expand_variables("$(MISSING:default=x)", lookup).text, "x");
}

TEST(LoadVariables, StopsOnCycles) {
    auto lookup = table({{"A", "$(B)"}, {"B", "$(A)"}});
    auto e = expand_variables("$(A)", lookup);
    EXPECT_FALSE(e.unresolved.empty());
    EXPECT_EQ(e.text, "$(A)");
}

TEST(LoadVariables, ExpandsVariablesInsideNames) {
    auto lookup = table({{"VARIANT", "BETA"}, {"GROUP_BETA", "group.beta"}});
    EXPECT_EQ(expand_variables("$(GROUP_$(VARIANT))", lookup).text, "group.beta");
}
