#include "load/toml/contract_writer.hpp"

#include <sstream>

#include "load/toml/toml_text.hpp"
#include "util/date.hpp"
#include "util/duration.hpp"

namespace axg::load {

namespace {

using namespace model;

std::string string_array(const std::vector<std::string>& values) {
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        out += (i ? ", " : "") + toml_string(values[i]);
    }
    return out + "]";
}

template <typename Map> std::string inline_table(const Map& map) {
    std::string out = "{ ";
    bool first = true;
    for (const auto& [key, value] : map) {
        out += (first ? "" : ", ") + toml_key(key) + " = " + value;
        first = false;
    }
    return out + " }";
}

std::map<std::string, std::string> quoted_values(const std::map<std::string, std::string>& map) {
    std::map<std::string, std::string> out;
    for (const auto& [key, value] : map) {
        out[key] = toml_string(value);
    }
    return out;
}

void settings(std::ostream& out, const Settings& values) {
    for (const auto& [key, value] : values) {
        out << toml_key(key) << " = " << toml_string(value) << "\n";
    }
}

// A string, or an inline table of configuration = string.
std::string per_config_value(const PerConfigValue& value) {
    return value.per_configuration() ? inline_table(quoted_values(value.by_configuration)) : toml_string(value.all);
}

// Written only when it has a value somewhere.
void per_config(std::ostream& out, std::string_view key, const PerConfigValue& value) {
    if (!value.empty()) {
        out << key << " = " << per_config_value(value) << "\n";
    }
}

std::string rate(const util::Rate& r) {
    static const std::pair<unsigned long, const char*> units[] = {{86400, "d"}, {3600, "h"}, {60, "min"}, {1, "s"}};
    for (const auto& [seconds, name] : units) {
        if (r.per_seconds == seconds) {
            return std::to_string(r.count) + "/" + name;
        }
    }
    return std::to_string(r.count) + "/s";
}

void component(std::ostream& out, const std::string& id, const Component& c) {
    out << "\n[components." << toml_key(id) << "]\n";
    out << "kind = " << toml_string(c.kind == ComponentKind::App ? "app" : "extension") << "\n";
    if (c.kind == ComponentKind::Extension) {
        out << "extension_point = " << toml_string(c.extension_point) << "\n";
    }
    if (!c.target.empty()) {
        out << "target = " << toml_string(c.target) << "\n";
    }
    out << "bundle_id = " << per_config_value(c.bundle_id) << "\n";
    per_config(out, "entitlements", c.entitlements);
    per_config(out, "info_plist", c.info_plist);
    if (c.open_access) {
        out << "open_access = true\n";
    }
    if (!c.schemas.empty()) {
        std::map<std::string, std::string> versions;
        for (const auto& [schema, version] : c.schemas) {
            versions[schema] = std::to_string(version);
        }
        out << "schemas = " << inline_table(versions) << "\n";
    }
    // One table: a setting of every configuration is a string, one given per configuration a table.
    std::map<std::string, std::string> settings = quoted_values(c.settings);
    std::map<std::string, std::map<std::string, std::string>> by_name;
    for (const auto& [configuration, values] : c.configuration_settings) {
        for (const auto& [name, value] : values) {
            by_name[name][configuration] = toml_string(value);
        }
    }
    for (const auto& [name, values] : by_name) {
        settings[name] = inline_table(values);
    }
    if (!settings.empty()) {
        out << "settings = " << inline_table(settings) << "\n";
    }
}

void store(std::ostream& out, const std::string& id, const Store& s) {
    out << "\n[stores." << toml_key(id) << "]\n";
    out << "kind = " << toml_string(store_kind_name(s.kind)) << "\n";
    out << "id = " << per_config_value(s.identifier) << "\n";
    out << "members = " << string_array(s.members) << "\n";
    if (!s.read_only.empty()) {
        out << "read_only = " << string_array(s.read_only) << "\n";
    }
    out << "protection = " << toml_string(protection_name(s.protection)) << "\n";
    if (!s.partitions.empty()) {
        out << "partitions = " << inline_table(quoted_values(s.partitions)) << "\n";
    }
    if (s.retention) {
        out << "retention = " << toml_string(util::format_duration(*s.retention)) << "\n";
    }
    out << "classification = " << toml_string(classification_name(s.classification)) << "\n";
    out << "role = " << toml_string(data_role_name(s.role)) << "\n";
}

void schema(std::ostream& out, const std::string& id, const Schema& s) {
    out << "\n[schemas." << toml_key(id) << "]\n";
    out << "version = " << s.version << "\n";
    out << "compatibility = " << toml_string(compatibility_name(s.compatibility)) << "\n";
    for (const Field& f : s.fields) {
        std::vector<std::pair<std::string, std::string>> keys = {{"type", toml_string(field_type_name(f.type))}};
        if (f.required) {
            keys.emplace_back("required", "true");
        }
        auto number = [](double v) {
            std::ostringstream text;
            text << v;
            return text.str();
        };
        if (f.min) {
            keys.emplace_back("min", number(*f.min));
        }
        if (f.max) {
            keys.emplace_back("max", number(*f.max));
        }
        if (f.max_len) {
            keys.emplace_back("max_len", std::to_string(*f.max_len));
        }
        if (!f.values.empty()) {
            keys.emplace_back("values", string_array(f.values));
        }
        if (f.classification != Classification::Public) {
            keys.emplace_back("classification", toml_string(classification_name(f.classification)));
        }
        if (f.pseudonymous) {
            keys.emplace_back("pseudonymous", "true");
        }
        out << "fields." << toml_key(f.id) << " = { ";
        for (std::size_t i = 0; i < keys.size(); ++i) {
            out << (i ? ", " : "") << keys[i].first << " = " << keys[i].second;
        }
        out << " }\n";
    }
    for (const Migration& m : s.migrations) {
        out << "\n[[schemas." << toml_key(id) << ".migrations]]\n";
        out << "from = " << m.from << "\nto = " << m.to << "\n";
        out << "readers = " << toml_string(migration_readers_name(m.readers)) << "\n";
        if (!m.note.empty()) {
            out << "note = " << toml_string(m.note) << "\n";
        }
    }
}

void channel(std::ostream& out, const std::string& id, const Channel& ch) {
    out << "\n[channels." << toml_key(id) << "]\n";
    if (!ch.description.empty()) {
        out << "description = " << toml_string(ch.description) << "\n";
    }
    out << "transport = " << toml_string(transport_facts(ch.transport).name) << "\n";
    if (!ch.store.empty()) {
        out << "store = " << toml_string(ch.store) << "\n";
    }
    out << "from = " << toml_string(ch.from) << "\n";
    out << "to = " << string_array(ch.to) << "\n";
    per_config(out, "scheme", ch.scheme);
    per_config(out, "domain", ch.domain);
    if (!ch.schema.empty()) {
        out << "schema = " << toml_string(ch.schema) << "\n";
    }
    out << "classification = " << toml_string(classification_name(ch.classification)) << "\n";
    out << "auth = " << toml_string(auth_name(ch.auth)) << "\n";
    if (ch.token_ttl) {
        out << "token_ttl = " << toml_string(util::format_duration(*ch.token_ttl)) << "\n";
    }
    if (ch.token_rotation) {
        out << "token_rotation = true\n";
    }
    out << "encryption = " << toml_string(encryption_name(ch.encryption)) << "\n";
    out << "key_storage = " << toml_string(key_storage_name(ch.key_storage)) << "\n";
    if (!ch.key_store.empty()) {
        out << "key_store = " << toml_string(ch.key_store) << "\n";
    }
    out << "validation = " << toml_string(validation_name(ch.validation)) << "\n";
    if (ch.retention) {
        out << "retention = " << toml_string(util::format_duration(*ch.retention)) << "\n";
    }
    if (ch.rate_limit) {
        out << "rate_limit = " << toml_string(rate(*ch.rate_limit)) << "\n";
    }
    if (ch.queue) {
        out << "queue = " << *ch.queue << "\n";
    }
    if (ch.audit) {
        out << "audit = true\n";
    }
    if (ch.payload != transport_facts(ch.transport).carries_payload) {
        out << "payload = " << (ch.payload ? "true" : "false") << "\n";
    }
    if (ch.rereads_state) {
        out << "rereads_state = true\n";
    }
    if (ch.effect != Effect::None) {
        out << "effect = " << toml_string(effect_name(ch.effect)) << "\n";
    }
}

} // namespace

std::string write_contract(const Contract& c, const ContractWriterOptions& options) {
    std::ostringstream out;
    std::istringstream header(options.header);
    for (std::string line; std::getline(header, line);) {
        out << (line.empty() ? "#" : "# " + line) << "\n";
    }
    if (!options.header.empty()) {
        out << "\n";
    }
    const Project& p = c.project;
    out << "[project]\n";
    out << "name = " << toml_string(p.name) << "\n";
    out << "contract_version = " << toml_string(p.contract_version.str()) << "\n";
    if (!p.team_id.empty()) {
        out << "team_id = " << toml_string(p.team_id) << "\n";
    }
    if (!p.app_id_prefix.empty()) {
        out << "app_id_prefix = " << toml_string(p.app_id_prefix) << "\n";
    }
    out << "policy = " << toml_string(p.policy) << "\n";
    if (!p.default_configuration.empty()) {
        out << "default_configuration = " << toml_string(p.default_configuration) << "\n";
    }
    if (!p.xcode_project.empty()) {
        out << "xcode_project = " << toml_string(p.xcode_project) << "\n";
    }
    if (!c.settings.empty()) {
        out << "\n[settings]\n";
        settings(out, c.settings);
    }
    for (const auto& [id, cfg] : c.configurations) {
        out << "\n[configurations." << toml_key(id) << "]\n";
        out << "release = " << (cfg.release ? "true" : "false") << "\n";
        if (!cfg.settings.empty()) {
            out << "settings = " << inline_table(quoted_values(cfg.settings)) << "\n";
        }
    }
    for (const auto& [id, comp] : c.components) {
        component(out, id, comp);
    }
    for (const auto& [id, s] : c.stores) {
        store(out, id, s);
    }
    for (const auto& [id, s] : c.schemas) {
        schema(out, id, s);
    }
    for (const auto& [id, ch] : c.channels) {
        channel(out, id, ch);
    }
    for (const Suppression& s : c.suppressions) {
        out << "\n[[suppressions]]\n";
        out << "rule = " << toml_string(s.rule) << "\n";
        out << "target = " << toml_string(s.target) << "\n";
        out << "reason = " << toml_string(s.reason) << "\n";
        if (s.expires) {
            out << "expires = " << util::format_date(*s.expires) << "\n";
        }
    }
    return out.str();
}

} // namespace axg::load
