#pragma once
// Build-setting references, evaluated the way Xcode's build system evaluates them (swift-build's SWBMacro:
// MacroExpressionParsing.swift, MacroEvaluationProgram.swift). One expander for every caller: the Xcode project
// readers, init, and the contract's manifests and values. docs/xcode-projects.md "Build settings" says what is
// Xcode's behaviour and where this differs.
//
// - `$(NAME)`, `${NAME}` and `$[NAME]`; the name may itself hold references: `$(GROUP_$(VARIANT))`.
// - Operators after ':', repeated ':' to chain them: `$(PRODUCT_NAME:lower:rfc1034identifier)`. Retrieval
//   operators quote, upper, lower, identifier, rfc1034identifier, c99extidentifier, dir, file, base, suffix,
//   standardizepath, not; replacement operators default=, dir=, file=, base=, suffix= (the operand may hold
//   references). Anything else, including ',' between operators, is an error in Xcode that leaves the value
//   unchanged; here it is a note.
// - `$$` is a literal '$', as is a '$' followed by anything that cannot start a reference.
// - An undefined name expands to "" (Xcode does not complain); the expansion lists it in `undefined` so that the
//   caller can report it where the value was written. The deprecated bare form `$NAME` keeps its spelling when
//   NAME is undefined, as Xcode does.
// - `$(inherited)` / `$(value)` outside a setting's own assignment expands to "" (apply_settings substitutes them
//   inside assignments).
// - Bounded: nesting deeper than max_depth or a value longer than max_bytes stops the expansion, which returns
//   what it has with `limit` set; a name that refers back to itself through other settings (A = $(B),
//   B = $(A)) expands to "" there and is noted.

#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace axg::load {

inline constexpr std::size_t k_max_expansion_depth = 64;        // references within references
inline constexpr std::size_t k_max_expansion_bytes = 64 * 1024; // one expanded value

// The names the signing step supplies from the provisioning profile, not from build settings: reading an Xcode
// project keeps them as written so that the contract (which knows the team) can expand them later.
inline constexpr std::string_view k_signing_names[] = {"AppIdentifierPrefix", "TeamIdentifierPrefix"};

// A setting's value as written (its own references unexpanded), or nullopt when no level defines it.
using SettingLookup = std::function<std::optional<std::string>(std::string_view name)>;

enum class ExpansionLimit { None, Depth, Size };

struct ExpansionOptions {
    // Names kept as written ("$(AppIdentifierPrefix)") when the lookup does not define them, instead of "".
    std::span<const std::string_view> keep_undefined;
    std::size_t max_depth = k_max_expansion_depth;
    std::size_t max_bytes = k_max_expansion_bytes;
};

struct Expansion {
    std::string text;
    std::vector<std::string> undefined; // names referenced and defined nowhere (expanded to ""), in order, unique
    std::vector<std::string> kept;      // keep_undefined names left as written, in order, unique
    std::vector<std::string> notes;     // what Xcode reports as errors and evaluates anyway (unknown operator, …)
    ExpansionLimit limit = ExpansionLimit::None; // a cap stopped the expansion: `text` is cut there

    // Every reference had a value.
    bool complete() const { return undefined.empty() && kept.empty() && limit == ExpansionLimit::None; }
};

Expansion expand_setting(std::string_view text, const SettingLookup& lookup, const ExpansionOptions& options = {});

// How a value read from an Xcode project expands: k_signing_names kept, everything else as Xcode does.
ExpansionOptions xcode_project_expansion();

// "64 levels of references within references" / "65536 bytes for one value": the limit a capped expansion hit.
std::string expansion_limit_text(ExpansionLimit limit, const ExpansionOptions& options = {});

// A '$' is present: the text may refer to settings (the cheap test before expanding).
bool has_setting_references(std::string_view text);

// The names `text` refers to itself (references inside names included, not what the values refer to), in order of
// appearance, without operators; `inherited` and `value` excluded.
std::vector<std::string> referenced_settings(std::string_view text);

// `value` with every reference to `key` itself, `$(inherited)` and `$(value)` replaced by `inherited`: what Xcode's
// lookup of the next-lower assignment of the same setting yields, done eagerly when settings are layered. An
// operator on such a reference is applied when `inherited` holds no references (else it is dropped: see
// docs/xcode-projects.md). Sets `truncated` and cuts the result at `max_bytes`.
std::string substitute_inherited(std::string_view value, std::string_view key, std::string_view inherited,
                                 bool& truncated, std::size_t max_bytes = k_max_expansion_bytes);

} // namespace axg::load
