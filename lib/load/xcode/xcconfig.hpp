#pragma once
// .xcconfig files: `KEY = value`, `KEY[config=Debug][sdk=iphoneos*] = value`, `// comments`,
// `#include "file"` and `#include? "file"` (optional). File access goes through a FileReader so that tests can
// run from an in-memory map.

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/xcode/build_settings.hpp"
#include "util/diagnostics.hpp"

namespace axg::load {

inline constexpr int k_max_include_depth = 32;

// What a FileReader found: the text; or no text and `error` empty when the file does not exist (a missing include
// is a warning: it is often generated, e.g. by CocoaPods), or `error` set when the file may not or cannot be read
// (outside the project root, too large, not a regular file): an error at whatever named the file.
struct FileText {
    std::optional<std::string> text;
    std::string error;
};
using FileReader = std::function<FileText(const std::filesystem::path&)>;

// Reads from disk with util::read_file (its size limit, and the active util::ReadConfinement: a path outside the
// project root that exists is an error; one that does not is missing).
FileReader disk_reader();
// Reads from a map of path (generic form, as given) to text: for tests.
FileReader memory_reader(std::map<std::string, std::string> files);

struct XcconfigInclude {
    std::string path; // as written
    bool optional = false;
    util::SourceLocation location;
};

// One file, includes not followed.
struct XcconfigFile {
    std::vector<SettingAssignment> assignments;
    // Interleaved with assignments: include i is processed before assignments[include_positions[i]].
    std::vector<XcconfigInclude> includes;
    std::vector<std::size_t> include_positions;
};

XcconfigFile parse_xcconfig(std::string_view text, std::string_view path_for_messages, util::Diagnostics& diagnostics);

// A file with its includes followed, flattened in evaluation order.
struct XcconfigResult {
    std::vector<SettingAssignment> assignments;
    std::vector<std::filesystem::path> files; // every file read, in order
    std::vector<util::Diagnostic> missing;    // required includes that do not exist (not errors: often generated
                                              // files such as Pods/Target Support Files/...)
    bool found = false;                       // the top-level file itself exists
    std::string error;                        // the top-level file may not or cannot be read (FileText::error)
};

// Loads `path` and its includes. An include is looked up relative to the including file, then relative to each of
// `search_dirs` (Xcode also finds includes relative to the project directory). Include cycles, nesting deeper
// than k_max_include_depth and an include that the reader refuses (outside the project root) are errors.
XcconfigResult load_xcconfig(const std::filesystem::path& path, const FileReader& reader,
                             util::Diagnostics& diagnostics,
                             const std::vector<std::filesystem::path>& search_dirs = {});

// The value of `key` after applying `assignments` for `context` (no $(VAR) expansion), or nullopt when unset.
std::optional<std::string> resolve_xcconfig_setting(const std::vector<SettingAssignment>& assignments,
                                                    std::string_view key, const SettingContext& context);

} // namespace axg::load
