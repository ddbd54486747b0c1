// report::JsonWriter writes what nlohmann's dump(2) of the same document writes, byte for byte: layout (indent,
// empty containers), escaping (quotes, backslashes, control characters, invalid UTF-8 replaced) and numbers.

#include <gtest/gtest.h>

#include <sstream>

#include "report/json_stream.hpp"
#include "report/json_writer.hpp"

namespace axg::report {
namespace {

const std::string k_hostile[] = {
    "plain",
    "quote \" and backslash \\",
    "ctl \x01\x1b\x1f\x7f",
    "\b\f\n\r\t",
    "ünïcode ✓ 🔒",
    "bad \xff\xfe",
    "cut \xe2\x80",
    "overlong \xc0\xaf",
    "",
};

TEST(JsonWriter, WritesWhatNlohmannDumps) {
    OrderedJson expected;
    expected["tool"] = {{"name", "appexguard"}, {"version", "0.1.0"}};
    expected["empty_object"] = OrderedJson::object();
    expected["empty_array"] = OrderedJson::array();
    expected["numbers"] = {0, -7, 4294967295u, 18446744073709551615ull};
    expected["flags"] = {true, false, nullptr};
    OrderedJson strings = OrderedJson::array();
    for (const auto& s : k_hostile) {
        strings.push_back(s);
    }
    expected["strings"] = strings;
    expected["nested"] = OrderedJson::array({OrderedJson::object({{"a", OrderedJson::array()}, {"b", {1}}})});
    expected[k_hostile[5]] = k_hostile[2]; // a key that is not UTF-8

    std::ostringstream out;
    {
        JsonWriter w(out);
        w.begin_object();
        w.key("tool").begin_object().key("name").value("appexguard").key("version").value("0.1.0").end_object();
        w.key("empty_object").begin_object().end_object();
        w.key("empty_array").begin_array().end_array();
        w.key("numbers").begin_array().value(0).value(std::int64_t{-7}).value(std::uint32_t{4294967295u});
        w.value(std::uint64_t{18446744073709551615ull}).end_array();
        w.key("flags").begin_array().value(true).value(false).null().end_array();
        w.key("strings").begin_array();
        for (const auto& s : k_hostile) {
            w.value(s);
        }
        w.end_array();
        w.key("nested").begin_array().begin_object().key("a").begin_array().end_array();
        w.key("b").begin_array().value(1).end_array().end_object().end_array();
        w.key(k_hostile[5]).value(k_hostile[2]);
        w.end_object();
    }
    EXPECT_EQ(out.str(), dump_json(expected));
}

TEST(JsonWriter, FlushesInBlocksAndOnDestruction) {
    std::ostringstream out;
    std::string expected;
    {
        JsonWriter w(out);
        w.begin_array();
        for (int i = 0; i < 20000; ++i) {
            w.value("element " + std::to_string(i));
        }
        EXPECT_GT(out.str().size(), 0u); // more than a block: some of it is out already
        w.end_array();
    }
    OrderedJson array = OrderedJson::array();
    for (int i = 0; i < 20000; ++i) {
        array.push_back("element " + std::to_string(i));
    }
    EXPECT_EQ(out.str(), dump_json(array));
}

} // namespace
} // namespace axg::report
