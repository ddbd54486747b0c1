#include "load/xcode/setting_expansion.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace axg::load {

namespace {

bool is_alpha(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Xcode's macro-name and operator-name characters (MacroExpressionParsing.swift).
bool is_name_start(char c) {
    return is_alpha(c) || c == '_';
}

bool is_name_char(char c) {
    return is_alpha(c) || is_digit(c) || c == '.' || c == '_';
}

bool is_operator_char(char c) {
    return is_alpha(c) || is_digit(c) || c == '-' || c == '+' || c == '.' || c == '_';
}

char closing_delimiter(char open) {
    switch (open) {
    case '(': return ')';
    case '{': return '}';
    case '[': return ']';
    default: return '\0';
    }
}

bool is_inherited_name(std::string_view name) {
    return name == "inherited" || name == "value";
}

// Length of the UTF-8 sequence that starts with `lead` (1 for stray continuation bytes, so that progress is made).
std::size_t utf8_length(unsigned char lead) {
    if (lead >= 0xF0) {
        return 4;
    }
    if (lead >= 0xE0) {
        return 3;
    }
    if (lead >= 0xC0) {
        return 2;
    }
    return 1;
}

// U+0300..U+036F combining diacritical marks (0xCC 0x80 .. 0xCD 0xAF): Xcode mangles per grapheme, so a mark is
// replaced together with the letter it follows.
bool is_combining_mark(std::string_view text, std::size_t at) {
    auto b0 = static_cast<unsigned char>(text[at]);
    if (at + 1 >= text.size()) {
        return false;
    }
    auto b1 = static_cast<unsigned char>(text[at + 1]);
    return (b0 == 0xCC && b1 >= 0x80) || (b0 == 0xCD && b1 <= 0xAF);
}

enum class Mangling { C, Rfc1034, C99Extended };

// String.asLegalCIdentifier / asLegalRfc1034Identifier / mangledToC99ExtendedIdentifier (SWBUtil): letters stay,
// digits stay except in front, '_' (C) or '-' (RFC 1034) stays, anything else becomes the replacement character.
// C99 extended identifiers also keep non-ASCII letters; Xcode's exact table (C99 Annex D) is approximated by
// keeping every non-ASCII character.
std::string mangle(std::string_view value, Mangling mangling) {
    char replacement = mangling == Mangling::Rfc1034 ? '-' : '_';
    std::string out;
    std::size_t i = 0;
    bool first = true;
    while (i < value.size()) {
        auto lead = static_cast<unsigned char>(value[i]);
        std::size_t length = std::min(utf8_length(lead), value.size() - i);
        if (lead < 0x80) {
            char c = value[i];
            bool keep = is_alpha(c) || (is_digit(c) && !first) || (c == '_' && mangling != Mangling::Rfc1034) ||
                        (c == '-' && mangling == Mangling::Rfc1034);
            out += keep ? c : replacement;
        } else if (mangling == Mangling::C99Extended) {
            out.append(value.substr(i, length));
        } else {
            out += replacement;
        }
        i += length;
        if (mangling != Mangling::C99Extended) {
            while (i < value.size() && is_combining_mark(value, i)) {
                i += 2;
            }
        }
        first = false;
    }
    return out;
}

// String.quotedStringListRepresentation: a backslash before whitespace, backslashes and quotes; "" for "".
std::string shell_quote(std::string_view value) {
    if (value.empty()) {
        return "\"\"";
    }
    std::string out;
    for (char c : value) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\\' || c == '"' || c == '\'') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

// Path helpers with SWBUtil.Path's meaning for the path operators.
std::string_view path_dirname(std::string_view path) {
    std::size_t slash = path.rfind('/');
    if (slash == std::string_view::npos) {
        return {};
    }
    return slash == 0 ? path.substr(0, 1) : path.substr(0, slash);
}

std::string_view path_basename(std::string_view path) {
    std::size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// The extension without its '.'; "" when the last component has none.
std::string_view path_extension(std::string_view path) {
    std::string_view base = path_basename(path);
    std::size_t dot = base.rfind('.');
    return dot == std::string_view::npos ? std::string_view() : base.substr(dot + 1);
}

std::string_view path_without_suffix(std::string_view path) {
    std::string_view extension = path_extension(path);
    return extension.empty() ? path : path.substr(0, path.size() - extension.size() - 1);
}

std::string path_join(std::string_view directory, std::string_view name) {
    if (directory.empty() || name.starts_with('/')) {
        return std::string(name);
    }
    std::string out(directory);
    if (!out.ends_with('/')) {
        out += '/';
    }
    out += name;
    return out;
}

// Path.normalize(removeDotDotFromRelativePath: false): no empty or '.' components, no trailing '/', '..' resolved
// only in absolute paths.
std::string standardize_path(std::string_view path) {
    bool absolute = path.starts_with('/');
    std::vector<std::string_view> parts;
    std::size_t i = 0;
    while (i <= path.size()) {
        std::size_t slash = path.find('/', i);
        std::string_view part = path.substr(i, slash == std::string_view::npos ? std::string_view::npos : slash - i);
        if (part == "..") {
            if (!absolute) {
                parts.push_back(part);
            } else if (!parts.empty()) {
                parts.pop_back();
            }
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        if (slash == std::string_view::npos) {
            break;
        }
        i = slash + 1;
    }
    std::string out = absolute ? "/" : "";
    for (std::size_t k = 0; k < parts.size(); ++k) {
        out += k == 0 ? "" : "/";
        out += parts[k];
    }
    return out;
}

// MacroEvaluationRetrievalOperator; nullopt for a name Xcode does not know.
std::optional<std::string> retrieve(std::string_view op, const std::string& value) {
    if (op == "lower" || op == "upper") {
        std::string out = value;
        for (char& c : out) {
            if (op == "lower" && c >= 'A' && c <= 'Z') {
                c = static_cast<char>(c - 'A' + 'a');
            } else if (op == "upper" && c >= 'a' && c <= 'z') {
                c = static_cast<char>(c - 'a' + 'A');
            }
        }
        return out;
    }
    if (op == "identifier") {
        return mangle(value, Mangling::C);
    }
    if (op == "rfc1034identifier") {
        return mangle(value, Mangling::Rfc1034);
    }
    if (op == "c99extidentifier") {
        return mangle(value, Mangling::C99Extended);
    }
    if (op == "quote") {
        return shell_quote(value);
    }
    if (op == "dir") {
        std::string out(path_dirname(value));
        if (out.empty()) {
            return std::string("./");
        }
        return out.ends_with('/') ? out : out + "/";
    }
    if (op == "file") {
        return std::string(path_basename(value));
    }
    if (op == "base") {
        return std::string(path_without_suffix(path_basename(value)));
    }
    if (op == "suffix") {
        std::string_view extension = path_extension(value);
        return extension.empty() ? std::string() : "." + std::string(extension);
    }
    if (op == "standardizepath") {
        return standardize_path(value);
    }
    if (op == "not") {
        return std::string(value == "YES" ? "NO" : "YES");
    }
    return std::nullopt;
}

enum class Replacement { Default, Dir, File, Base, Suffix, Unsupported, Unknown };

Replacement replacement_of(std::string_view op) {
    if (op == "default") {
        return Replacement::Default;
    }
    if (op == "dir") {
        return Replacement::Dir;
    }
    if (op == "file") {
        return Replacement::File;
    }
    if (op == "base") {
        return Replacement::Base;
    }
    if (op == "suffix") {
        return Replacement::Suffix;
    }
    // Xcode's path comparisons for install paths; no manifest value uses them.
    if (op == "relativeto" || op == "isancestor") {
        return Replacement::Unsupported;
    }
    return Replacement::Unknown;
}

// MacroEvaluationReplacementOperator.apply.
std::string replace(Replacement kind, const std::string& value, const std::string& operand) {
    switch (kind) {
    case Replacement::Default: return value.empty() ? operand : value;
    case Replacement::Dir: return path_join(operand, path_basename(value));
    case Replacement::File: return path_join(path_dirname(value), operand);
    case Replacement::Base: return path_join(path_dirname(value), operand) + "." + std::string(path_extension(value));
    case Replacement::Suffix: {
        std::string suffix = operand.find('.') != std::string::npos ? std::string(path_extension(operand)) : operand;
        return std::string(path_without_suffix(value)) + "." + suffix;
    }
    default: return value;
    }
}

struct Cursor {
    std::string_view text;
    std::size_t pos = 0;
    bool at_end() const { return pos >= text.size(); }
    char peek(std::size_t ahead = 0) const { return pos + ahead < text.size() ? text[pos + ahead] : '\0'; }
};

// What scanning one reference found, for substitute_inherited.
struct Scanned {
    std::string_view name; // the name as written, when it holds no reference itself
    bool plain_name = false;
    std::string_view operators; // ":lower:rfc1034identifier" as written
};

// A recursive-descent evaluator that parses and evaluates in one pass, as Xcode's parser feeds its evaluation
// program. `live` false parses without looking anything up (an operand that is not needed, a scan).
class Evaluator {
public:
    Evaluator(const SettingLookup& lookup, const ExpansionOptions& options, Expansion& out)
        : m_lookup(lookup), m_options(options), m_out(out) {}

    // Names of bare `$NAME` references count as undefined too (referenced_settings wants every name).
    void record_bare_names() { m_record_bare = true; }

    std::string run(std::string_view text, std::size_t depth) {
        Cursor c{text};
        std::string out;
        while (!m_stopped && !c.at_end()) {
            if (c.peek() == '$') {
                substitution(c, out, true, depth, nullptr);
                continue;
            }
            std::size_t start = c.pos;
            while (!c.at_end() && c.peek() != '$') {
                ++c.pos;
            }
            append(out, text.substr(start, c.pos - start));
        }
        return out;
    }

    void scan(Cursor& c, Scanned& scanned) {
        std::string ignored;
        substitution(c, ignored, false, 0, &scanned);
    }

private:
    // At a '$'.
    void substitution(Cursor& c, std::string& out, bool live, std::size_t depth, Scanned* scanned) {
        std::size_t begin = c.pos;
        ++c.pos;
        if (c.at_end()) {
            append(out, "$", live); // a trailing '$' is literal
            return;
        }
        char open = c.peek();
        if (char close = closing_delimiter(open); close != '\0') {
            bracketed(c, begin, close, out, live, depth, scanned);
        } else if (is_name_start(open)) {
            bare(c, begin, out, live, depth, scanned);
        } else {
            if (open == '$') {
                ++c.pos; // "$$" is an escaped '$'
            }
            append(out, "$", live);
        }
    }

    // $(NAME:op:op=operand)
    void bracketed(Cursor& c, std::size_t begin, char close, std::string& out, bool live, std::size_t depth,
                   Scanned* scanned) {
        if (depth >= m_options.max_depth) {
            stop(ExpansionLimit::Depth);
            return;
        }
        ++c.pos;
        std::size_t name_begin = c.pos;
        std::string name;
        bool plain = fragment(c, close, name, live, depth + 1);
        std::string_view name_text = c.text.substr(name_begin, c.pos - name_begin);
        std::size_t operators_begin = c.pos;
        std::optional<std::string> value;
        bool inherited = is_inherited_name(name);
        if (live && !inherited && !name.empty()) {
            value = value_of(name, depth);
        }
        bool kept = false;
        if (live && !m_stopped && !value && !inherited && !name.empty()) {
            kept = keeps(name);
            if (kept) {
                add_unique(m_out.kept, m_kept_set, name);
            } else {
                add_unique(m_out.undefined, m_undefined_set, name);
            }
        }
        std::string result = value.value_or("");
        operators(c, close, name, result, live, depth + 1);
        std::string_view operators_text = c.text.substr(operators_begin, c.pos - operators_begin);
        bool terminated = !c.at_end() && c.peek() == close;
        if (terminated) {
            ++c.pos;
        }
        if (scanned != nullptr) {
            *scanned = {name_text, plain, operators_text};
        }
        if (!live) {
            return;
        }
        if (m_stopped) {
            append_partial(out, result); // what the capped value has so far
            return;
        }
        std::string_view whole = c.text.substr(begin, c.pos - begin);
        if (!terminated) {
            note("the reference \"" + std::string(whole) + "\" has no closing '" + std::string(1, close) + "'");
        }
        if (name.empty()) {
            note("the reference \"" + std::string(whole) + "\" names no setting");
        }
        append(out, kept ? whole : std::string_view(result));
    }

    // $NAME, Xcode's deprecated form: the name runs over name characters, a directly following $(…) extends it, and
    // an undefined name keeps its spelling.
    void bare(Cursor& c, std::size_t begin, std::string& out, bool live, std::size_t depth, Scanned* scanned) {
        std::size_t start = c.pos;
        while (!c.at_end() && is_name_char(c.peek())) {
            ++c.pos;
        }
        std::string name(c.text.substr(start, c.pos - start));
        bool plain = true;
        if (c.peek() == '$' && c.peek(1) == '(') {
            plain = false;
            substitution(c, name, live, depth + 1, nullptr);
        }
        if (scanned != nullptr) {
            *scanned = {c.text.substr(start, c.pos - start), plain, {}};
        }
        if (!live || m_stopped) {
            return;
        }
        if (is_inherited_name(name)) {
            return;
        }
        std::optional<std::string> value = value_of(name, depth);
        if (!value && m_record_bare) {
            add_unique(m_out.undefined, m_undefined_set, name);
        }
        if (m_stopped) {
            append_partial(out, value.value_or(""));
            return;
        }
        append(out, value ? std::string_view(*value) : c.text.substr(begin, c.pos - begin));
    }

    // A name or an operand: up to ':' or the closing delimiter, with references in it expanded. Returns whether it
    // held no reference.
    bool fragment(Cursor& c, char close, std::string& out, bool live, std::size_t depth) {
        bool plain = true;
        while (!m_stopped && !c.at_end()) {
            char ch = c.peek();
            if (ch == ':' || ch == close) {
                break;
            }
            if (ch == '$') {
                plain = false;
                substitution(c, out, live, depth, nullptr);
                continue;
            }
            std::size_t start = c.pos;
            while (!c.at_end() && c.peek() != '$' && c.peek() != ':' && c.peek() != close) {
                ++c.pos;
            }
            append(out, c.text.substr(start, c.pos - start), live);
        }
        return plain;
    }

    void operators(Cursor& c, char close, const std::string& name, std::string& value, bool live, std::size_t depth) {
        while (!m_stopped && !c.at_end() && c.peek() == ':') {
            ++c.pos;
            std::size_t start = c.pos;
            while (!c.at_end() && is_operator_char(c.peek())) {
                ++c.pos;
            }
            std::string op(c.text.substr(start, c.pos - start));
            if (c.at_end()) {
                return; // unterminated: the caller notes it
            }
            char ch = c.peek();
            if (ch == ':' || ch == close) {
                if (!live) {
                    continue;
                }
                if (op.empty()) {
                    note("an empty operator in $(" + name + ")");
                } else if (!value.empty()) {
                    // Xcode applies retrieval operators to each element of the value: none when it is empty.
                    if (std::optional<std::string> retrieved = retrieve(op, value)) {
                        value = std::move(*retrieved);
                    } else {
                        note(unknown_operator(name, op));
                    }
                } else if (!retrieve(op, value)) {
                    note(unknown_operator(name, op));
                }
                continue;
            }
            if (ch == '=' && !op.empty()) {
                ++c.pos;
                Replacement kind = replacement_of(op);
                bool needed =
                    live && (kind == Replacement::Default
                                 ? value.empty()
                                 : kind != Replacement::Unsupported && kind != Replacement::Unknown && !value.empty());
                std::string operand;
                fragment(c, close, operand, needed, depth);
                if (!live || m_stopped) {
                    continue;
                }
                if (kind == Replacement::Unknown) {
                    note(unknown_operator(name, op + "="));
                } else if (kind == Replacement::Unsupported) {
                    note("the operator " + op + "= in $(" + name + ") is not evaluated; the value is left unchanged");
                } else if (needed) {
                    value = replace(kind, value, operand);
                }
                continue;
            }
            // A character that cannot be in an operator name (',' included): Xcode reports it and skips to the
            // next ':' or the end of the reference, applying nothing of it.
            while (!c.at_end() && c.peek() != ':' && c.peek() != close) {
                ++c.pos;
            }
            if (live) {
                note(unknown_operator(name, c.text.substr(start, c.pos - start)));
            }
        }
    }

    // The expanded value of a setting, nullopt when undefined. Memoised: each name is expanded once per call, so
    // that `A1 = $(A0)$(A0)`, `A2 = $(A1)$(A1)`, … costs one expansion per name.
    std::optional<std::string> value_of(const std::string& name, std::size_t depth) {
        if (auto memo = m_memo.find(name); memo != m_memo.end()) {
            return memo->second;
        }
        if (std::find(m_in_progress.begin(), m_in_progress.end(), name) != m_in_progress.end()) {
            // Xcode would take the setting's next-lower assignment here; layering has already folded those in.
            note("$(" + name + ") refers back to itself through other settings; \"\" there");
            return std::string();
        }
        std::optional<std::string> raw = m_lookup(name);
        if (!raw) {
            return std::nullopt;
        }
        if (!has_setting_references(*raw)) {
            if (raw->size() > m_options.max_bytes) {
                stop(ExpansionLimit::Size);
                return raw->substr(0, m_options.max_bytes);
            }
            m_memo.emplace(name, *raw);
            return raw;
        }
        if (depth + 1 >= m_options.max_depth) {
            stop(ExpansionLimit::Depth);
            return std::string();
        }
        m_in_progress.push_back(name);
        std::string value = run(*raw, depth + 1);
        m_in_progress.pop_back();
        if (!m_stopped) {
            m_memo.emplace(name, value);
        }
        return value;
    }

    static std::string unknown_operator(const std::string& name, std::string_view op) {
        return "unknown operator \"" + std::string(op) + "\" in $(" + name +
               ") (Xcode chains operators with ':'); the value is left unchanged";
    }

    bool keeps(std::string_view name) const {
        return std::find(m_options.keep_undefined.begin(), m_options.keep_undefined.end(), name) !=
               m_options.keep_undefined.end();
    }

    void append(std::string& out, std::string_view piece, bool live = true) {
        if (!live || m_stopped) {
            return;
        }
        if (out.size() + piece.size() > m_options.max_bytes) {
            out.append(piece.substr(0, m_options.max_bytes - std::min(out.size(), m_options.max_bytes)));
            stop(ExpansionLimit::Size);
            return;
        }
        out.append(piece);
    }

    // After a cap stopped the expansion: the partial value still reaches the caller, up to max_bytes.
    void append_partial(std::string& out, std::string_view piece) {
        std::size_t room = m_options.max_bytes - std::min(out.size(), m_options.max_bytes);
        out.append(piece.substr(0, std::min(room, piece.size())));
    }

    void stop(ExpansionLimit limit) {
        if (!m_stopped) {
            m_stopped = true;
            m_out.limit = limit;
        }
    }

    void note(std::string text) {
        if (m_notes_set.insert(text).second) {
            m_out.notes.push_back(std::move(text));
        }
    }

    static void add_unique(std::vector<std::string>& list, std::set<std::string, std::less<>>& seen,
                           const std::string& name) {
        if (seen.insert(name).second) {
            list.push_back(name);
        }
    }

    const SettingLookup& m_lookup;
    const ExpansionOptions& m_options;
    Expansion& m_out;
    bool m_stopped = false;
    bool m_record_bare = false;
    std::map<std::string, std::string, std::less<>> m_memo;
    std::vector<std::string> m_in_progress;
    std::set<std::string, std::less<>> m_undefined_set;
    std::set<std::string, std::less<>> m_kept_set;
    std::set<std::string, std::less<>> m_notes_set;
};

} // namespace

Expansion expand_setting(std::string_view text, const SettingLookup& lookup, const ExpansionOptions& options) {
    Expansion result;
    if (!has_setting_references(text)) {
        if (text.size() > options.max_bytes) {
            result.text = std::string(text.substr(0, options.max_bytes));
            result.limit = ExpansionLimit::Size;
        } else {
            result.text = std::string(text);
        }
        return result;
    }
    Evaluator evaluator(lookup, options, result);
    result.text = evaluator.run(text, 0);
    return result;
}

ExpansionOptions xcode_project_expansion() {
    ExpansionOptions options;
    options.keep_undefined = k_signing_names;
    return options;
}

std::string expansion_limit_text(ExpansionLimit limit, const ExpansionOptions& options) {
    switch (limit) {
    case ExpansionLimit::Depth: return std::to_string(options.max_depth) + " levels of references within references";
    case ExpansionLimit::Size: return std::to_string(options.max_bytes) + " bytes for one value";
    default: return "";
    }
}

bool has_setting_references(std::string_view text) {
    return text.find('$') != std::string_view::npos;
}

std::vector<std::string> referenced_settings(std::string_view text) {
    Expansion result;
    if (!has_setting_references(text)) {
        return {};
    }
    SettingLookup none = [](std::string_view) -> std::optional<std::string> { return std::nullopt; };
    ExpansionOptions options;
    Evaluator evaluator(none, options, result);
    evaluator.record_bare_names();
    evaluator.run(text, 0);
    return result.undefined;
}

std::string substitute_inherited(std::string_view value, std::string_view key, std::string_view inherited,
                                 bool& truncated, std::size_t max_bytes) {
    truncated = false;
    if (!has_setting_references(value)) {
        return std::string(value);
    }
    SettingLookup none = [](std::string_view) -> std::optional<std::string> { return std::nullopt; };
    ExpansionOptions options;
    Expansion ignored;
    Evaluator scanner(none, options, ignored);
    std::string out;
    bool substituted = false;
    auto append = [&](std::string_view piece) {
        if (out.size() + piece.size() > max_bytes) {
            out.append(piece.substr(0, max_bytes - std::min(out.size(), max_bytes)));
            truncated = true;
            return;
        }
        out.append(piece);
    };
    Cursor c{value};
    while (!c.at_end() && !truncated) {
        if (c.peek() != '$') {
            std::size_t start = c.pos;
            while (!c.at_end() && c.peek() != '$') {
                ++c.pos;
            }
            append(value.substr(start, c.pos - start));
            continue;
        }
        std::size_t begin = c.pos;
        Scanned scanned;
        scanner.scan(c, scanned);
        std::string_view whole = value.substr(begin, c.pos - begin);
        bool self = scanned.plain_name && (scanned.name == key || is_inherited_name(scanned.name));
        if (!self) {
            append(whole);
            continue;
        }
        substituted = true;
        if (scanned.operators.empty() || has_setting_references(inherited) ||
            has_setting_references(scanned.operators)) {
            append(inherited);
            continue;
        }
        // Operators on a literal inherited value can be applied now, with the same code as any expansion.
        std::string reference = "$(V" + std::string(scanned.operators) + ")";
        SettingLookup literal = [&](std::string_view name) -> std::optional<std::string> {
            return name == "V" ? std::optional<std::string>(std::string(inherited)) : std::nullopt;
        };
        append(expand_setting(reference, literal).text);
    }
    if (!substituted) {
        return out;
    }
    // "$(inherited) -foo" with nothing inherited would keep a stray space; Xcode's string lists drop it.
    std::size_t first = out.find_first_not_of(" \t");
    std::size_t last = out.find_last_not_of(" \t");
    return first == std::string::npos ? std::string() : out.substr(first, last - first + 1);
}

} // namespace axg::load
