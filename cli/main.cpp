// appexguard: the CLI front end. Parses flags into option structs and calls the library (lib/app).

#include <iostream>
#include <string>
#include <string_view>

#include "app/exit_codes.hpp"
#include "cli/commands.hpp"
#include "util/exit_drop.hpp"
#include "util/file.hpp"
#include "util/inert_stream.hpp"
#include "util/parallel.hpp"

int main(int argc, char** argv) {
    // Every line on stderr goes through util::printable (docs/security.md, "Hostile strings"). Never freed: the
    // standard streams are flushed after main returns.
    std::cerr.rdbuf(new axg::util::InertLines(std::cerr.rdbuf()));
    CLI::App app{"appexguard: threat-model and contract-check the IPC between an iOS app and its extensions.\n"
                 "Docs: docs/ in the source tree; `appexguard rules list` for the rule catalog."};
    app.name("appexguard"); // not argv[0]: usage lines name the tool, not the path it was run from
    app.set_version_flag("--version",
                         std::string("appexguard ") + APPEXGUARD_VERSION + " (commit " + APPEXGUARD_COMMIT + ")");
    app.require_subcommand(1);
    app.fallthrough(); // --max-input-size may follow the subcommand
    app.add_option_function<std::string>(
           "--max-input-size",
           [](const std::string& text) {
               auto bytes = axg::util::parse_size(text);
               if (!bytes) {
                   throw CLI::ValidationError("--max-input-size",
                                              "\"" + text + "\" is not a size (e.g. 64M, 128MiB, 1G, or bytes)");
               }
               axg::util::set_max_input_bytes(*bytes);
           },
           "Refuse input files larger than this (default 64M; docs/security.md)")
        ->type_name("SIZE");
    app.add_option_function<unsigned>(
           "-j,--jobs", [](unsigned jobs) { axg::util::set_jobs(jobs); },
           "Threads to use (default: the machine's cores, at most 8); the output is the same for every value")
        ->type_name("N")
        ->check(CLI::Range(1u, 256u));
    app.add_option_function<std::string>(
           "--color", [](const std::string& when) { axg::cli::set_color(when); },
           "Colour the text report: auto (a terminal, or FORCE_COLOR set; never with NO_COLOR), always, never")
        ->type_name("WHEN")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    axg::util::set_exit_after_command(true); // one command, then exit: its results need not be freed
    int exit_code = axg::app::k_exit_clean;
    axg::cli::add_check_command(app, exit_code);
    axg::cli::add_baseline_command(app, exit_code);
    axg::cli::add_graph_command(app, exit_code);
    axg::cli::add_threats_command(app, exit_code);
    axg::cli::add_drift_command(app, exit_code);
    axg::cli::add_lock_command(app, exit_code);
    axg::cli::add_rules_command(app, exit_code);
    axg::cli::add_init_command(app, exit_code);
    const bool asks_for_help_or_version = [&] {
        for (int i = 1; i < argc; ++i) {
            std::string_view token = argv[i];
            if (token == "-h" || token == "--help" || token == "--version") {
                return true;
            }
        }
        return false;
    }();
    if (std::string error = axg::cli::unknown_command(app, argc, argv); !error.empty() && !asks_for_help_or_version) {
        std::cerr << "appexguard: error: " << error << "\nRun with --help for usage.\n";
        return axg::app::k_exit_input;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "appexguard: error: " << e.what() << "\n";
        if (std::string hint = axg::cli::flag_hint(app, argc, argv); !hint.empty()) {
            std::cerr << "appexguard: " << hint << "\n";
        }
        std::cerr << "Run with --help for usage.\n";
        return axg::app::k_exit_input;
    }
    return exit_code;
}
