// appexguard_bench_floor CONTRACT
//
// The floor of issue 13 (docs/performance.md, "Pipeline benchmark"): what any tool reading this project
// has to pay. Reads the contract and parses it with toml++, then reads and parses every manifest its
// components name (entitlements and Info.plist, one path or one per configuration; each file once) with
// pugixml. No validation, no model. Prints the wall time and the peak RSS; exits 2 when a file does not
// parse, so that a floor is never measured on a broken corpus.
#include <sys/resource.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>

#include <pugixml.hpp>
#include <toml++/toml.h>

namespace {

namespace fs = std::filesystem;

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) {
        throw std::runtime_error("cannot read " + path.string());
    }
    return std::move(text).str();
}

// A component's manifest key: one path, or a table configuration = path.
void collect(const toml::node* value, const fs::path& root, std::set<fs::path>& paths) {
    if (value == nullptr) {
        return;
    }
    if (const auto* one = value->as_string()) {
        paths.insert(root / one->get());
    } else if (const auto* per_configuration = value->as_table()) {
        for (const auto& [configuration, path] : *per_configuration) {
            collect(&path, root, paths);
        }
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: appexguard_bench_floor CONTRACT\n";
        return 2;
    }
    const auto start = std::chrono::steady_clock::now();
    const fs::path contract = argv[1];
    std::size_t manifests = 0;
    try {
        const std::string text = read_all(contract);
        const toml::table table = toml::parse(std::string_view(text), contract.string());
        std::set<fs::path> paths;
        if (const auto* components = table["components"].as_table()) {
            for (const auto& [id, component] : *components) {
                if (const auto* fields = component.as_table()) {
                    collect(fields->get("entitlements"), contract.parent_path(), paths);
                    collect(fields->get("info_plist"), contract.parent_path(), paths);
                }
            }
        }
        for (const auto& path : paths) {
            const std::string xml = read_all(path);
            pugi::xml_document document;
            const pugi::xml_parse_result parsed = document.load_buffer(xml.data(), xml.size());
            if (!parsed) {
                std::cerr << path.string() << ": " << parsed.description() << "\n";
                return 2;
            }
        }
        manifests = paths.size();
    } catch (const toml::parse_error& e) {
        std::cerr << contract.string() << ": " << e.description() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "appexguard_bench_floor: " << e.what() << "\n";
        return 2;
    }
    const std::chrono::duration<double> wall = std::chrono::steady_clock::now() - start;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::cout << "floor: " << wall.count() << " s, peak RSS " << usage.ru_maxrss << " KiB, " << manifests
              << " manifests\n";
    return 0;
}
