// "Did you mean …?" for a mistyped subcommand or flag (util::nearest over what the CLI11 app declares).

#include <set>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

namespace axg::cli {

namespace {

// The global options that take a value as the next argument.
bool takes_value(const CLI::App& app, const std::string& token) {
    if (!token.starts_with("-") || token.find('=') != std::string::npos) {
        return false;
    }
    for (const CLI::Option* option : app.get_options()) {
        if (option->get_type_size() != 0 && option->check_name(token)) {
            return true;
        }
    }
    return false;
}

std::vector<std::string> command_names(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        names.push_back(sub->get_name());
    }
    return names;
}

// The first argument that is not a global option or its value: the subcommand as typed; "" when there is none.
std::string typed_command(const CLI::App& app, int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::string token = argv[i];
        if (token == "--") {
            return i + 1 < argc ? argv[i + 1] : "";
        }
        if (token.starts_with("-")) {
            i += takes_value(app, token) ? 1 : 0;
            continue;
        }
        return token;
    }
    return "";
}

std::vector<std::string> flag_names(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::Option* option : app.get_options()) {
        for (const auto& name : option->get_lnames()) {
            names.push_back("--" + name);
        }
        for (const auto& name : option->get_snames()) {
            names.push_back("-" + name);
        }
    }
    return names;
}

} // namespace

std::string unknown_command(const CLI::App& app, int argc, char** argv) {
    const std::vector<std::string> names = command_names(app);
    const std::string typed = typed_command(app, argc, argv);
    if (typed.empty()) {
        return argc > 1 ? "" : "no command given; the commands are " + util::quoted_list(names, "and");
    }
    for (const auto& name : names) {
        if (typed == name) {
            return "";
        }
    }
    std::string message = "unknown command \"" + util::printable(typed) + "\"";
    if (auto near = util::nearest(typed, names)) {
        return message + "; did you mean \"" + *near + "\"?";
    }
    return message + "; the commands are " + util::quoted_list(names, "and");
}

std::string flag_hint(const CLI::App& app, int argc, char** argv) {
    const std::string typed = typed_command(app, argc, argv);
    std::vector<std::string> known = flag_names(app);
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        if (sub->get_name() == typed) {
            std::vector<std::string> own = flag_names(*sub);
            known.insert(known.end(), own.begin(), own.end());
        }
    }
    const std::set<std::string> exact(known.begin(), known.end());
    for (int i = 1; i < argc; ++i) {
        std::string token = argv[i];
        if (!token.starts_with("-") || token == "-" || token == "--") {
            continue;
        }
        token = token.substr(0, token.find('='));
        if (exact.count(token)) {
            continue;
        }
        if (auto near = util::nearest(token, known)) {
            return "did you mean " + *near + " (for " + util::printable(token) + ")?";
        }
    }
    return "";
}

} // namespace axg::cli
