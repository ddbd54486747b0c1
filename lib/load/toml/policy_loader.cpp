#include "load/toml/policy_loader.hpp"

#include <algorithm>
#include <filesystem>

#include "load/toml/toml_reader.hpp"
#include "util/embedded.hpp"
#include "util/file.hpp"
#include "util/text.hpp"

namespace axg::load {

namespace {
using namespace model;

constexpr std::string_view k_builtin_dir = "contracts/policies/";

bool is_rule_id(std::string_view id) {
    return id.size() == 6 && id.starts_with("AXG") &&
           std::all_of(id.begin() + 3, id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class PolicyParser {
public:
    PolicyParser(std::string_view path, util::Diagnostics& diagnostics) : m_toml(std::string(path), diagnostics) {}

    void parse(const toml::table& root, Policy& p) {
        m_toml.check_keys(root, {"policy", "classifications"}, "the policy");
        if (const toml::table* t = m_toml.table(root, "policy", "the policy")) {
            header(*t, p);
        } else if (!root.contains("policy")) {
            m_toml.error({m_toml.path(), 1, 1}, "missing required table [policy]");
        }
        if (const toml::table* t = m_toml.table(root, "classifications", "the policy")) {
            for (auto&& [key, node] : *t) {
                auto c = parse_classification(key.str());
                if (!c) {
                    m_toml.error(m_toml.locate(key.source()), "[classifications." + util::printable(key.str()) +
                                                                  "] is not a classification; use " +
                                                                  util::quoted_list(classification_names()));
                    continue;
                }
                if (!node.is_table()) {
                    m_toml.error(m_toml.locate(node),
                                 "[classifications." + std::string(key.str()) + "] must be a table");
                    continue;
                }
                classification(std::string(key.str()), *node.as_table(), p.classifications[*c]);
            }
        }
    }

private:
    void header(const toml::table& t, Policy& p) {
        const std::string where = "[policy]";
        m_toml.check_keys(
            t, {"name", "description", "extends", "max_token_ttl", "token_rotation", "disabled_rules", "severity"},
            where);
        if (auto name = m_toml.string(t, "name", where)) {
            p.name = *name;
        }
        if (t.contains("max_token_ttl")) {
            p.max_token_ttl = m_toml.duration(t, "max_token_ttl", where);
        }
        p.token_rotation = m_toml.boolean(t, "token_rotation", where).value_or(p.token_rotation);
        if (t.contains("disabled_rules")) {
            auto rules = m_toml.strings(t, "disabled_rules", where).value_or(std::vector<std::string>{});
            for (const auto& id : rules) {
                if (!is_rule_id(id)) {
                    m_toml.error(m_toml.locate(*t.get("disabled_rules")),
                                 "\"" + util::printable(id) +
                                     "\" in disabled_rules is not a rule ID such as \"AXG215\"");
                }
                p.disabled_rules.insert(id);
            }
        }
        if (const toml::table* s = m_toml.table(t, "severity", where)) {
            for (auto&& [key, node] : *s) {
                std::string id(key.str());
                auto sev = node.is_string() ? parse_severity(node.as_string()->get()) : std::nullopt;
                if (!is_rule_id(id)) {
                    m_toml.error(m_toml.locate(key.source()),
                                 "\"" + util::printable(id) +
                                     "\" in [policy.severity] is not a rule ID such as \"AXG215\"");
                } else if (!sev) {
                    m_toml.error(m_toml.locate(node),
                                 "severity of " + id + " must be one of " + util::quoted_list(severity_names()));
                } else {
                    p.severity_overrides[id] = *sev;
                }
            }
        }
    }

    void classification(const std::string& id, const toml::table& t, ClassificationPolicy& c) {
        const std::string where = "[classifications." + id + "]";
        m_toml.check_keys(t,
                          {"auth", "encryption", "key_storage", "validation", "retention", "max_retention", "audit",
                           "store_protection", "forbidden_transports"},
                          where);
        c.auth = m_toml.boolean(t, "auth", where).value_or(c.auth);
        c.encryption =
            m_toml.enumeration(t, "encryption", where, &parse_encryption, &encryption_names).value_or(c.encryption);
        c.key_storage =
            m_toml.enumeration(t, "key_storage", where, &parse_key_storage, &key_storage_names).value_or(c.key_storage);
        c.validation = m_toml.boolean(t, "validation", where).value_or(c.validation);
        c.retention = m_toml.boolean(t, "retention", where).value_or(c.retention);
        if (t.contains("max_retention")) {
            c.max_retention = m_toml.duration(t, "max_retention", where);
        }
        c.audit = m_toml.boolean(t, "audit", where).value_or(c.audit);
        if (auto p = m_toml.enumeration(t, "store_protection", where, &parse_protection, &protection_names)) {
            c.store_protection = protection_strength(*p);
        }
        if (t.contains("forbidden_transports")) {
            c.forbidden_transports.clear();
            for (const auto& name :
                 m_toml.strings(t, "forbidden_transports", where).value_or(std::vector<std::string>{})) {
                if (auto tr = parse_transport(name)) {
                    c.forbidden_transports.insert(*tr);
                } else {
                    m_toml.error(m_toml.locate(*t.get("forbidden_transports")),
                                 "\"" + util::printable(name) + "\" in forbidden_transports of " + where +
                                     " is not a transport; use " + util::quoted_list(transport_names()));
                }
            }
        }
    }

    TomlReader m_toml;
};

std::optional<Policy> parse_into(std::string_view text, std::string_view path, Policy base, const std::string& base_dir,
                                 util::Diagnostics& diagnostics) {
    auto root = parse_toml(text, path, diagnostics);
    if (!root) {
        return std::nullopt;
    }
    util::Diagnostics local;
    if (const toml::node* ext = root->at_path("policy.extends").node()) {
        if (!ext->is_string()) {
            local.error({std::string(path), ext->source().begin.line, ext->source().begin.column},
                        "\"extends\" in [policy] must be a string: a built-in policy or a policy file");
        } else if (auto b =
                       load_policy(ext->as_string()->get(), base_dir,
                                   {std::string(path), ext->source().begin.line, ext->source().begin.column}, local)) {
            base = *b;
        }
    }
    PolicyParser parser(path, local);
    parser.parse(*root, base);
    if (!local.empty()) {
        diagnostics.append(local);
        return std::nullopt;
    }
    return base;
}
} // namespace

std::vector<std::string> builtin_policy_names() {
    std::vector<std::string> out;
    for (const auto& file : util::embedded_files()) {
        if (file.name.starts_with(k_builtin_dir) && file.name.ends_with(".toml")) {
            auto name = file.name.substr(k_builtin_dir.size());
            out.emplace_back(name.substr(0, name.size() - 5));
        }
    }
    return out;
}

std::optional<Policy> parse_policy(std::string_view text, std::string_view path, util::Diagnostics& diagnostics) {
    return parse_into(text, path, Policy{}, ".", diagnostics);
}

std::optional<Policy> load_policy(const std::string& name_or_path, const std::string& base_dir,
                                  const util::SourceLocation& requested_at, util::Diagnostics& diagnostics) {
    static thread_local int depth = 0;
    if (depth > 4) {
        diagnostics.error(requested_at, "policy \"" + util::printable(name_or_path) + "\" extends itself");
        return std::nullopt;
    }
    ++depth;
    struct Guard {
        ~Guard() { --depth; }
    } guard;
    if (auto text = util::find_embedded(std::string(k_builtin_dir) + name_or_path + ".toml")) {
        return parse_into(*text, std::string(k_builtin_dir) + name_or_path + ".toml", Policy{}, base_dir, diagnostics);
    }
    std::filesystem::path path(name_or_path);
    if (path.is_relative()) {
        path = std::filesystem::path(base_dir) / path;
    }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        diagnostics.error(requested_at, "policy \"" + util::printable(name_or_path) +
                                            "\" is neither a built-in policy (" +
                                            util::quoted_list(builtin_policy_names()) + ") nor a readable file");
        return std::nullopt;
    }
    std::string shown = path.lexically_normal().string();
    auto read = util::read_file(path);
    if (!read.text) {
        diagnostics.error(requested_at, "cannot read policy file " + shown + ": " + read.error);
        return std::nullopt;
    }
    return parse_into(*read.text, shown, Policy{}, path.parent_path().string(), diagnostics);
}

} // namespace axg::load
