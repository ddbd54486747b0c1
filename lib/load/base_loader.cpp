#include "load/base_loader.hpp"

#include <filesystem>

#include "load/git_source.hpp"

namespace axg::load {

namespace fs = std::filesystem;

namespace {

void forward(const util::Diagnostics& from, const std::string& label, util::Diagnostics& to) {
    for (const auto& d : from.items()) {
        to.error(d.location, "in the base " + label + ": " + d.message);
    }
}

} // namespace

std::optional<model::Model> load_base(const LoadOptions& head, const BaseSpec& spec, util::Diagnostics& diagnostics) {
    util::Diagnostics local;
    LoadOptions options = head;
    options.configuration.clear(); // the base may lack a configuration the head adds
    // The base's files carry the head's names, wherever the base was read from: a finding's identity must not
    // depend on the directory or ref the base came from.
    options.display_name = contract_display_name(head);
    std::optional<model::Model> model;
    if (!spec.ref.empty()) {
        std::string error;
        auto source = GitSource::open(fs::absolute(head.contract_path).parent_path(), spec.ref, error);
        if (!source) {
            diagnostics.error({}, error);
            return std::nullopt;
        }
        options.source = source.get();
        model = load_model(options, local);
    } else {
        std::error_code ec;
        fs::path contract = fs::weakly_canonical(fs::absolute(head.contract_path), ec);
        fs::path root = head.root.empty() ? contract.parent_path() : fs::weakly_canonical(fs::absolute(head.root), ec);
        if (!fs::is_directory(spec.dir)) {
            diagnostics.error({}, "--base-dir " + spec.dir + " is not a directory");
            return std::nullopt;
        }
        fs::path dir(spec.dir);
        options.contract_path = (dir / contract.lexically_relative(root)).lexically_normal().string();
        options.root = head.root.empty() ? std::string() : spec.dir;
        model = load_model(options, local);
    }
    if (!model) {
        forward(local, spec.label(), diagnostics);
    }
    return model;
}

} // namespace axg::load
