// util::InertLines, the stream buffer the CLI puts in front of stderr: what passes is inert on a terminal, line
// breaks stay, and nothing is lost when the stream is flushed mid-line (std::cerr is unit-buffered).

#include <gtest/gtest.h>

#include <ostream>
#include <sstream>

#include "util/inert_stream.hpp"

namespace axg::util {
namespace {

TEST(InertLines, MakesControlsAndHazardsVisibleLineByLine) {
    std::stringbuf target;
    {
        InertLines inert(&target);
        std::ostream err(&inert);
        err << "appexguard: error: \"a\x1b]0;title\x07\"\n";
        err << "b\xe2\x80\xae"
            << "c " << std::flush << "\xff\xc2\x9b" << '\n'
            << "tail";
    }
    EXPECT_EQ(target.str(), "appexguard: error: \"a\\x1b]0;title\\x07\"\nb\\u{202E}c \\xff\\u{009B}\ntail");
}

TEST(InertLines, LeavesPlainTextAlone) {
    std::stringbuf target;
    InertLines inert(&target);
    std::ostream err(&inert);
    err << "Notes/Info.plist:14:3: error: ünïcode stays\n" << std::flush;
    EXPECT_EQ(target.str(), "Notes/Info.plist:14:3: error: ünïcode stays\n");
}

} // namespace
} // namespace axg::util
