// util::FileName: interned file names for locations. Equal names compare equal however they were made, order is the
// names' order (findings sort by file), and the empty name is the default.

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <vector>

#include "util/source_location.hpp"

namespace axg::util {
namespace {

TEST(FileName, EqualNamesAreOneName) {
    std::string built = std::string("Share/") + "Info.plist";
    FileName a("Share/Info.plist");
    FileName b(built);
    FileName c{std::string_view(built)};
    EXPECT_EQ(a, b);
    EXPECT_EQ(b, c);
    EXPECT_EQ(&a.str(), &b.str()); // one copy of the name in the process
    EXPECT_NE(a, FileName("Share/info.plist"));
    EXPECT_EQ(a.str(), "Share/Info.plist");
    EXPECT_EQ(std::string(a.c_str()), "Share/Info.plist");
}

TEST(FileName, DefaultIsEmptyAndEqualToAnEmptyName) {
    FileName none;
    EXPECT_TRUE(none.empty());
    EXPECT_EQ(none, FileName(""));
    EXPECT_EQ(none, FileName(std::string()));
    EXPECT_EQ(none.size(), 0u);
}

TEST(FileName, OrdersByName) {
    std::vector<FileName> names = {"b.toml", "a/z.plist", "", "a/b.plist", "b.toml"};
    std::sort(names.begin(), names.end());
    std::vector<std::string> sorted;
    for (const auto& n : names) {
        sorted.push_back(n.str());
    }
    EXPECT_EQ(sorted, (std::vector<std::string>{"", "a/b.plist", "a/z.plist", "b.toml", "b.toml"}));
    SourceLocation x{"a.toml", 2, 1};
    SourceLocation y{"a.toml", 10, 1};
    SourceLocation z{"b.toml", 1, 1};
    EXPECT_LT(x, y);
    EXPECT_LT(y, z);
    std::ostringstream out;
    out << z.file;
    EXPECT_EQ(out.str(), "b.toml");
    EXPECT_EQ(z.str(), "b.toml:1:1");
}

} // namespace
} // namespace axg::util
