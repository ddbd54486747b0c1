#include "load/xcode/xcconfig.hpp"

#include <algorithm>
#include <cctype>

#include "util/confinement.hpp"
#include "util/file.hpp"
#include "util/text.hpp"

namespace axg::load {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

std::size_t skip_spaces(std::string_view line, std::size_t i) {
    while (i < line.size() && is_space(line[i])) {
        ++i;
    }
    return i;
}

std::uint32_t col(std::size_t offset) {
    return static_cast<std::uint32_t>(offset + 1);
}

void parse_directive(std::string_view line, std::size_t start, std::uint32_t line_number, const std::string& file,
                     XcconfigFile& out, util::Diagnostics& diagnostics) {
    std::string_view rest = line.substr(start);
    bool optional = rest.starts_with("#include?");
    if (!optional && !rest.starts_with("#include")) {
        std::size_t end = start + 1;
        while (end < line.size() && std::isalpha(static_cast<unsigned char>(line[end])) != 0) {
            ++end;
        }
        diagnostics.error({file, line_number, col(start)}, "unknown directive '" +
                                                               std::string(line.substr(start, end - start)) +
                                                               "' (expected #include or #include?)");
        return;
    }
    std::size_t i = skip_spaces(line, start + (optional ? 9 : 8));
    if (i >= line.size() || line[i] != '"') {
        diagnostics.error({file, line_number, col(i)}, "expected a quoted path after #include");
        return;
    }
    std::size_t close = line.find('"', i + 1);
    if (close == std::string_view::npos) {
        diagnostics.error({file, line_number, col(i)}, "unterminated include path: missing closing quote");
        return;
    }
    std::size_t after = skip_spaces(line, close + 1);
    if (after < line.size() && !line.substr(after).starts_with("//")) {
        diagnostics.error({file, line_number, col(after)}, "unexpected text after the include path");
        return;
    }
    std::string path(line.substr(i + 1, close - i - 1));
    if (path.empty()) {
        diagnostics.error({file, line_number, col(i)}, "empty include path");
        return;
    }
    out.include_positions.push_back(out.assignments.size());
    out.includes.push_back({std::move(path), optional, {file, line_number, col(start)}});
}

void parse_assignment(std::string_view line, std::size_t start, std::uint32_t line_number, const std::string& file,
                      XcconfigFile& out, util::Diagnostics& diagnostics) {
    std::size_t comment = line.find("//");
    std::string_view code = line.substr(0, comment);
    // The first '=' outside a condition ("[sdk=iphoneos*]") is the assignment.
    std::size_t equals = std::string_view::npos;
    bool in_condition = false;
    for (std::size_t i = start; i < code.size(); ++i) {
        if (code[i] == '[') {
            in_condition = true;
        } else if (code[i] == ']') {
            in_condition = false;
        } else if (code[i] == '=' && !in_condition) {
            equals = i;
            break;
        }
    }
    if (equals == std::string_view::npos) {
        std::string_view key = util::trim(code);
        SplitKey split = split_setting_key(key);
        if (!split.error.empty() && split.error_offset != 0) {
            diagnostics.error({file, line_number, col(start + split.error_offset)}, split.error);
        } else {
            diagnostics.error({file, line_number, col(start)}, "expected 'KEY = value'");
        }
        return;
    }
    std::string_view key_text = code.substr(start, equals - start);
    SplitKey key = split_setting_key(key_text);
    if (!key.error.empty()) {
        diagnostics.error({file, line_number, col(start + key.error_offset)}, key.error);
        return;
    }
    std::string_view value = util::trim(code.substr(equals + 1));
    if (value.ends_with(';')) {
        value = util::trim(value.substr(0, value.size() - 1));
    }
    out.assignments.push_back(
        {std::move(key.key), std::move(key.conditions), std::string(value), {file, line_number, col(start)}});
}

struct Loader {
    const FileReader& reader;
    util::Diagnostics& diagnostics;
    const std::vector<std::filesystem::path>& search_dirs;
    XcconfigResult result;
    std::vector<std::filesystem::path> stack;

    void load(const std::filesystem::path& path, const std::string& text) {
        stack.push_back(path);
        result.files.push_back(path);
        XcconfigFile file = parse_xcconfig(text, path.generic_string(), diagnostics);
        std::size_t next_include = 0;
        for (std::size_t i = 0; i <= file.assignments.size(); ++i) {
            while (next_include < file.includes.size() && file.include_positions[next_include] == i) {
                follow(path, file.includes[next_include]);
                ++next_include;
            }
            if (i < file.assignments.size()) {
                result.assignments.push_back(std::move(file.assignments[i]));
            }
        }
        stack.pop_back();
    }

    void follow(const std::filesystem::path& from, const XcconfigInclude& include) {
        std::vector<std::filesystem::path> candidates;
        std::filesystem::path written(include.path);
        if (written.is_absolute()) {
            candidates.push_back(written.lexically_normal());
        } else {
            candidates.push_back((from.parent_path() / written).lexically_normal());
            for (const std::filesystem::path& dir : search_dirs) {
                candidates.push_back((dir / written).lexically_normal());
            }
        }
        for (const std::filesystem::path& candidate : candidates) {
            if (std::find(stack.begin(), stack.end(), candidate) != stack.end()) {
                diagnostics.error(include.location,
                                  "include cycle: '" + candidate.generic_string() + "' is already being included");
                return;
            }
            FileText text = reader(candidate);
            if (!text.error.empty()) {
                diagnostics.error(include.location, "cannot include '" + include.path + "': " + text.error);
                return;
            }
            if (!text.text) {
                continue;
            }
            if (stack.size() >= static_cast<std::size_t>(k_max_include_depth)) {
                diagnostics.error(include.location,
                                  "includes nested deeper than " + std::to_string(k_max_include_depth) + " levels");
                return;
            }
            load(candidate, *text.text);
            return;
        }
        if (!include.optional) {
            result.missing.push_back({include.location, "included file '" + include.path + "' not found"});
        }
    }
};

} // namespace

FileReader disk_reader() {
    return [](const std::filesystem::path& path) -> FileText {
        // A missing file is only missing, inside the root or not: Xcode tries an include against several
        // directories (the project directory's parent among them for `../Pods/...`), and nothing is read.
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) {
            return {};
        }
        if (std::string refused = util::confinement_error(path); !refused.empty()) {
            return {std::nullopt, std::move(refused)};
        }
        util::ReadResult read = util::read_file(path);
        return {std::move(read.text), std::move(read.error)};
    };
}

FileReader memory_reader(std::map<std::string, std::string> files) {
    return [files = std::move(files)](const std::filesystem::path& path) -> FileText {
        auto found = files.find(path.lexically_normal().generic_string());
        if (found == files.end()) {
            return {};
        }
        return {found->second, {}};
    };
}

XcconfigFile parse_xcconfig(std::string_view text, std::string_view path_for_messages, util::Diagnostics& diagnostics) {
    XcconfigFile out;
    std::string file(path_for_messages);
    if (std::string too_large = util::over_input_limit(text.size()); !too_large.empty()) {
        diagnostics.error({file, 0, 0}, too_large);
        return out;
    }
    if (text.starts_with("\xEF\xBB\xBF")) {
        text.remove_prefix(3);
    }
    std::uint32_t line_number = 0;
    while (!text.empty()) {
        ++line_number;
        std::size_t newline = text.find('\n');
        std::string_view line = text.substr(0, newline);
        text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
        std::size_t start = skip_spaces(line, 0);
        if (start >= line.size() || line.substr(start).starts_with("//")) {
            continue;
        }
        if (line[start] == '#') {
            parse_directive(line, start, line_number, file, out, diagnostics);
        } else {
            parse_assignment(line, start, line_number, file, out, diagnostics);
        }
    }
    return out;
}

XcconfigResult load_xcconfig(const std::filesystem::path& path, const FileReader& reader,
                             util::Diagnostics& diagnostics, const std::vector<std::filesystem::path>& search_dirs) {
    Loader loader{reader, diagnostics, search_dirs, {}, {}};
    std::filesystem::path normal = path.lexically_normal();
    FileText text = reader(normal);
    if (!text.text) {
        loader.result.found = !text.error.empty();
        loader.result.error = std::move(text.error);
        return loader.result;
    }
    loader.result.found = true;
    loader.load(normal, *text.text);
    return std::move(loader.result);
}

std::optional<std::string> resolve_xcconfig_setting(const std::vector<SettingAssignment>& assignments,
                                                    std::string_view key, const SettingContext& context) {
    BuildSettings settings;
    apply_settings(settings, assignments, context);
    auto found = settings.find(key);
    if (found == settings.end()) {
        return std::nullopt;
    }
    return found->second;
}

} // namespace axg::load
