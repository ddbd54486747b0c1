// The change kind x compatibility mode table of docs/drift.md, case by case, through diff_schema.

#include <gtest/gtest.h>

#include <functional>

#include "drift/schema_diff.hpp"

namespace axg::drift {
namespace {

using model::Compatibility;
using model::Field;
using model::FieldType;
using model::Schema;
using Kind = SchemaChangeKind;

Field field(std::string id, FieldType type, bool required = false) {
    Field f;
    f.id = std::move(id);
    f.type = type;
    f.required = required;
    return f;
}

Schema base_schema(Compatibility mode) {
    Schema s;
    s.id = "S";
    s.version = 1;
    s.compatibility = mode;
    Field title = field("title", FieldType::String, true);
    title.max_len = 256;
    Field note = field("note", FieldType::String);
    note.max_len = 100;
    Field count = field("count", FieldType::Int);
    count.min = 0;
    count.max = 100;
    Field kind = field("kind", FieldType::Enum);
    kind.values = {"a", "b"};
    s.fields = {count, kind, note, title}; // sorted by name
    return s;
}

Field& named(Schema& s, const std::string& id) {
    for (auto& f : s.fields) {
        if (f.id == id) {
            return f;
        }
    }
    ADD_FAILURE() << "no field " << id;
    return s.fields.front();
}

void erase(Schema& s, const std::string& id) {
    std::erase_if(s.fields, [&](const Field& f) { return f.id == id; });
}

void add(Schema& s, Field f) {
    s.fields.push_back(std::move(f));
    std::sort(s.fields.begin(), s.fields.end(), [](const Field& a, const Field& b) { return a.id < b.id; });
}

struct Case {
    const char* name;
    std::function<void(Schema&)> change;
    Kind kind;
    // expected breaking verdict under none, backward, forward, full
    bool none, backward, forward, full;
};

const std::vector<Case>& cases() {
    static const std::vector<Case> k_cases = {
        {"optional_field_removed", [](Schema& s) { erase(s, "note"); }, Kind::FieldRemoved, false, true, false, true},
        {"required_field_removed", [](Schema& s) { erase(s, "title"); }, Kind::FieldRemoved, false, true, true, true},
        {"type_changed", [](Schema& s) { named(s, "count").type = FieldType::String; }, Kind::FieldTypeChanged, false,
         true, true, true},
        {"optional_made_required", [](Schema& s) { named(s, "note").required = true; }, Kind::FieldMadeRequired, false,
         true, false, true},
        {"required_field_added", [](Schema& s) { add(s, field("extra", FieldType::Bool, true)); },
         Kind::RequiredFieldAdded, false, true, false, true},
        {"optional_field_added", [](Schema& s) { add(s, field("extra", FieldType::Bool)); }, Kind::OptionalFieldAdded,
         false, false, false, false},
        {"required_made_optional", [](Schema& s) { named(s, "title").required = false; }, Kind::FieldMadeOptional,
         false, false, true, true},
        {"enum_value_removed", [](Schema& s) { named(s, "kind").values = {"a"}; }, Kind::EnumValueRemoved, false, true,
         false, true},
        {"enum_value_added",
         [](Schema& s) {
             named(s, "kind").values = {"a", "b", "c"};
         },
         Kind::EnumValueAdded, false, false, true, true},
        {"max_len_narrowed", [](Schema& s) { named(s, "title").max_len = 128; }, Kind::ConstraintNarrowed, false, true,
         false, true},
        {"max_narrowed", [](Schema& s) { named(s, "count").max = 50; }, Kind::ConstraintNarrowed, false, true, false,
         true},
        {"min_raised", [](Schema& s) { named(s, "count").min = 1; }, Kind::ConstraintNarrowed, false, true, false,
         true},
        {"max_len_widened", [](Schema& s) { named(s, "note").max_len = 1000; }, Kind::ConstraintWidened, false, false,
         true, true},
        {"max_lifted", [](Schema& s) { named(s, "count").max.reset(); }, Kind::ConstraintWidened, false, false, true,
         true},
        {"min_lowered", [](Schema& s) { named(s, "count").min = -10; }, Kind::ConstraintWidened, false, false, true,
         true},
    };
    return k_cases;
}

const Compatibility k_modes[] = {Compatibility::None, Compatibility::Backward, Compatibility::Forward,
                                 Compatibility::Full};

bool expected(const Case& c, Compatibility mode) {
    switch (mode) {
    case Compatibility::None: return c.none;
    case Compatibility::Backward: return c.backward;
    case Compatibility::Forward: return c.forward;
    case Compatibility::Full: return c.full;
    }
    return false;
}

class SchemaDiffTable : public ::testing::TestWithParam<std::tuple<std::size_t, int>> {};

TEST_P(SchemaDiffTable, Verdict) {
    const Case& c = cases()[std::get<0>(GetParam())];
    Compatibility mode = k_modes[std::get<1>(GetParam())];
    Schema before = base_schema(mode);
    Schema after = before;
    c.change(after);
    auto changes = diff_schema(before, after);
    ASSERT_EQ(changes.size(), 1u) << c.name;
    EXPECT_EQ(changes[0].kind, c.kind) << c.name;
    EXPECT_EQ(changes[0].breaking, expected(c, mode))
        << c.name << " under " << model::compatibility_name(mode) << ": " << explain(changes[0], "base");
    EXPECT_EQ(is_breaking(c.kind, mode, c.kind == Kind::FieldRemoved && std::string(c.name).starts_with("required")),
              expected(c, mode));
}

INSTANTIATE_TEST_SUITE_P(ChangeByMode, SchemaDiffTable,
                         ::testing::Combine(::testing::Range<std::size_t>(0, 15), ::testing::Range(0, 4)),
                         [](const auto& info) {
                             return std::string(cases()[std::get<0>(info.param)].name) + "_" +
                                    std::string(model::compatibility_name(k_modes[std::get<1>(info.param)]));
                         });

TEST(SchemaDiff, TableCoversEveryCase) {
    EXPECT_EQ(cases().size(), 15u);
}

TEST(SchemaDiff, NoChangeNoFinding) {
    Schema s = base_schema(Compatibility::Full);
    EXPECT_TRUE(diff_schema(s, s).empty());
}

TEST(SchemaDiff, ClassificationLoweredIsReportedButNotACompatibilityBreak) {
    Schema before = base_schema(Compatibility::Full);
    named(before, "note").classification = model::Classification::Personal;
    Schema after = before;
    named(after, "note").classification = model::Classification::Internal;
    auto changes = diff_schema(before, after);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].kind, Kind::ClassificationLowered);
    EXPECT_FALSE(changes[0].breaking);
    EXPECT_NE(changes[0].detail.find("personal -> internal"), std::string::npos);
}

TEST(SchemaDiff, RelaxingTheModeInTheSameChangeDoesNotHideABreak) {
    Schema before = base_schema(Compatibility::Backward);
    Schema after = before;
    after.compatibility = Compatibility::None;
    erase(after, "note");
    auto changes = diff_schema(before, after);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_TRUE(changes[0].breaking);
    EXPECT_EQ(changes[0].mode, Compatibility::Backward);
}

TEST(SchemaDiff, RetypedFieldReportsOnlyTheTypeChange) {
    Schema before = base_schema(Compatibility::Full);
    Schema after = before;
    named(after, "count").type = FieldType::Float;
    named(after, "count").max = 5;
    auto changes = diff_schema(before, after);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].kind, Kind::FieldTypeChanged);
}

TEST(SchemaDiff, StricterModeIsTheUnionOfSides) {
    EXPECT_EQ(stricter_mode(Compatibility::Backward, Compatibility::Forward), Compatibility::Full);
    EXPECT_EQ(stricter_mode(Compatibility::None, Compatibility::Forward), Compatibility::Forward);
    EXPECT_EQ(stricter_mode(Compatibility::None, Compatibility::None), Compatibility::None);
}

TEST(SchemaDiff, SchemaRemovedWhileAComponentStillDeclaresIt) {
    model::Contract base, head;
    base.schemas["S"] = base_schema(Compatibility::Backward);
    model::Component app;
    app.id = "app";
    app.schemas["S"] = 1;
    head.components["app"] = app;
    auto changes = diff_schemas(base, head);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].kind, Kind::SchemaRemoved);
    EXPECT_TRUE(changes[0].breaking);
    head.components.clear();
    EXPECT_TRUE(diff_schemas(base, head).empty()) << "an unused schema may go";
}

} // namespace
} // namespace axg::drift
