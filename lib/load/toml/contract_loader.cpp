#include "load/toml/contract_loader.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "load/toml/toml_reader.hpp"
#include "model/channel_endpoints.hpp"
#include "model/external_actor.hpp"
#include "model/suppression.hpp"
#include "util/parallel.hpp"
#include "util/text.hpp"

namespace axg::load {

namespace {

using namespace model;

constexpr std::string_view k_keyboard = "com.apple.keyboard-service";

std::string where_of(std::string_view section, std::string_view id) {
    return "[" + std::string(section) + "." + util::printable(id) + "]";
}

class ContractParser {
public:
    ContractParser(std::string_view path, util::Diagnostics& diagnostics) : m_toml(std::string(path), diagnostics) {}

    Contract parse(const toml::table& root) {
        Contract c;
        c.path = m_toml.path();
        m_toml.check_keys(
            root,
            {"project", "settings", "configurations", "components", "stores", "schemas", "channels", "suppressions"},
            "the contract");
        if (const toml::table* t = m_toml.table(root, "project", "the contract")) {
            project(*t, c.project);
        } else if (!root.contains("project")) {
            m_toml.error({m_toml.path(), 1, 1}, "missing required table [project]");
        }
        if (const toml::table* t = m_toml.table(root, "settings", "the contract")) {
            c.settings = settings(*t, "[settings]", nullptr);
        }
        each_table(root, "configurations",
                   [&](const std::string& id, const toml::table& t) { configuration(id, t, c.configurations[id]); });
        each_table(root, "components",
                   [&](const std::string& id, const toml::table& t) { component(id, t, c.components[id]); });
        each_table(root, "stores", [&](const std::string& id, const toml::table& t) { store(id, t, c.stores[id]); });
        each_table(root, "schemas", [&](const std::string& id, const toml::table& t) { schema(id, t, c.schemas[id]); });
        channels(root, c.channels);
        suppressions(root, c.suppressions);
        cross_check(c);
        keyboards_read_only(c);
        return c;
    }

private:
    template <typename F> void each_table(const toml::table& root, std::string_view section, F&& f) {
        const toml::table* t = m_toml.table(root, section, "the contract");
        if (!t) {
            return;
        }
        for (auto&& [key, node] : *t) {
            std::string id(key.str());
            if (id.empty() || id.starts_with(k_external_prefix)) {
                m_toml.error(m_toml.locate(key.source()),
                             "the id \"" + util::printable(id) + "\" in [" + std::string(section) +
                                 "] is not allowed: ids must be non-empty and not start with \"@\" (reserved for "
                                 "external actors)");
                continue;
            }
            if (!node.is_table()) {
                m_toml.error(m_toml.locate(node), "[" + std::string(section) + "." + util::printable(id) +
                                                      "] must be a table, not " +
                                                      std::string(toml_type_name(node.type())));
                continue;
            }
            f(id, *node.as_table());
        }
    }

    // The channels, most of a monorepo contract (100,000 at the largest measured), are read in parallel: chunks of
    // consecutive channels, each by a parser of its own, whose messages and references are then joined in order, so
    // the result is the one a single parser gives.
    void channels(const toml::table& root, std::map<std::string, Channel>& out) {
        // Each channel's entry is made first, in order, and filled in place.
        std::vector<std::tuple<const std::string*, const toml::table*, Channel*>> entries;
        each_table(root, "channels", [&](const std::string& id, const toml::table& t) {
            auto it = out.emplace_hint(out.end(), id, Channel{});
            entries.emplace_back(&it->first, &t, &it->second);
        });
        constexpr std::size_t k_chunk = 512;
        const std::size_t chunks = (entries.size() + k_chunk - 1) / k_chunk;
        std::vector<util::Diagnostics> messages(chunks);
        std::vector<std::optional<ContractParser>> workers(chunks);
        util::parallel_for(chunks, [&](std::size_t k) {
            ContractParser& worker = workers[k].emplace(m_toml.path().str(), messages[k]);
            for (std::size_t i = k * k_chunk; i < std::min(entries.size(), (k + 1) * k_chunk); ++i) {
                auto [id, table, channel] = entries[i];
                worker.channel(*id, *table, *channel);
            }
        });
        for (std::size_t k = 0; k < chunks; ++k) {
            m_toml.diagnostics().append(messages[k]);
            ContractParser& worker = *workers[k];
            auto append = [](auto& into, auto& from) {
                into.insert(into.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
            };
            append(m_config_refs, worker.m_config_refs);
            append(m_schema_refs, worker.m_schema_refs);
            append(m_member_refs, worker.m_member_refs);
            m_unknown_transport.merge(worker.m_unknown_transport);
        }
    }

    // Build settings. Where `by_configuration` is given (a component's settings), a value may also be a table of
    // configuration = value, read into it; elsewhere a table is an error that says where such a value goes.
    Settings settings(const toml::table& t, std::string_view where, std::map<std::string, Settings>* by_configuration) {
        Settings out;
        for (auto&& [key, node] : t) {
            std::string name(key.str());
            if (node.is_table() && by_configuration) {
                PerConfigValue value = per_config_node(node, "settings." + name, where, "a string");
                for (const auto& [configuration, text] : value.by_configuration) {
                    (*by_configuration)[configuration][name] = text;
                }
                continue;
            }
            if (!node.is_string()) {
                std::string allowed = by_configuration ? "a string, or a table of configuration = string" : "a string";
                std::string hint = node.is_table() && !by_configuration
                                       ? " (a value that differs per configuration goes in [configurations.NAME] "
                                         "settings, or in a component's settings as a table)"
                                       : "";
                m_toml.error(m_toml.locate(node), "build setting \"" + util::printable(name) + "\" in " +
                                                      std::string(where) + " must be " + allowed + ", not " +
                                                      std::string(toml_type_name(node.type())) + hint);
                continue;
            }
            out[name] = node.as_string()->get();
        }
        return out;
    }

    void project(const toml::table& t, Project& p) {
        const std::string where = "[project]";
        m_toml.check_keys(t,
                          {"name", "contract_version", "team_id", "app_id_prefix", "policy", "default_configuration",
                           "xcode_project", "description"},
                          where);
        m_toml.locate_declaration(t, "project", p);
        if (m_toml.require(t, "name", where)) {
            p.name = m_toml.string(t, "name", where).value_or("");
        }
        if (m_toml.require(t, "contract_version", where)) {
            if (auto text = m_toml.string(t, "contract_version", where)) {
                if (auto v = util::parse_semver(*text)) {
                    p.contract_version = *v;
                } else {
                    m_toml.error(p.at("contract_version"), "\"contract_version\" is \"" + util::printable(*text) +
                                                               "\", not a semantic version (MAJOR.MINOR.PATCH, as in "
                                                               "\"1.4.0\")");
                }
            }
        }
        for (auto [key, into, what] : {std::tuple{"team_id", &p.team_id, "an Apple Team ID"},
                                       std::tuple{"app_id_prefix", &p.app_id_prefix, "an App ID prefix"}}) {
            if (auto value = m_toml.string(t, key, where)) {
                bool ok = value->size() == 10 && std::all_of(value->begin(), value->end(), [](char ch) {
                              return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
                          });
                if (!ok) {
                    m_toml.error(p.at(key), "\"" + std::string(key) + "\" is \"" + util::printable(*value) + "\"; " +
                                                what + " is 10 upper-case letters and digits");
                }
                *into = *value;
            }
        }
        if (auto policy = m_toml.string(t, "policy", where)) {
            p.policy = *policy;
        }
        p.default_configuration = m_toml.string(t, "default_configuration", where).value_or("");
        p.xcode_project = m_toml.string(t, "xcode_project", where).value_or("");
    }

    void configuration(const std::string& id, const toml::table& t, Configuration& cfg) {
        const std::string where = where_of("configurations", id);
        m_toml.check_keys(t, {"release", "settings", "description"}, where);
        m_toml.locate_declaration(t, id, cfg);
        cfg.release = m_toml.boolean(t, "release", where).value_or(!util::contains_ci(id, "debug"));
        if (const toml::table* s = m_toml.table(t, "settings", where)) {
            cfg.settings = settings(*s, where + ".settings", nullptr);
        }
    }

    // A string, or an inline table of configuration name = string (a configuration it does not name has no value).
    // `what` names the string for messages: "a path", "a string".
    PerConfigValue per_config(const toml::table& t, std::string_view key, std::string_view where,
                              std::string_view what) {
        const toml::node* node = t.get(key);
        return node ? per_config_node(*node, key, where, what) : PerConfigValue{};
    }

    PerConfigValue per_config_node(const toml::node& node, std::string_view key, std::string_view where,
                                   std::string_view what) {
        PerConfigValue out;
        out.location = m_toml.locate(node);
        if (node.is_string()) {
            out.all = node.as_string()->get();
        } else if (node.is_table()) {
            for (auto&& [cfg, value] : *node.as_table()) {
                if (!value.is_string()) {
                    m_toml.error(m_toml.locate(value), "\"" + std::string(key) + "." + util::printable(cfg.str()) +
                                                           "\" in " + std::string(where) + " must be " +
                                                           std::string(what) + ", not " +
                                                           std::string(toml_type_name(value.type())));
                    continue;
                }
                out.by_configuration[std::string(cfg.str())] = value.as_string()->get();
                m_config_refs.push_back({std::string(cfg.str()), m_toml.locate(cfg.source())});
            }
            if (node.as_table()->empty()) {
                m_toml.error(out.location, "\"" + std::string(key) + "\" in " + std::string(where) +
                                               " names no configuration; write " + std::string(what) +
                                               ", or a table of configuration name = value");
            }
        } else {
            m_toml.error(out.location, "\"" + std::string(key) + "\" in " + std::string(where) + " must be " +
                                           std::string(what) + ", or a table of configuration name = value, not " +
                                           std::string(toml_type_name(node.type())));
        }
        return out;
    }

    void component(const std::string& id, const toml::table& t, Component& comp) {
        const std::string where = where_of("components", id);
        m_toml.check_keys(t,
                          {"kind", "extension_point", "target", "bundle_id", "entitlements", "info_plist", "schemas",
                           "open_access", "settings", "description"},
                          where);
        m_toml.locate_declaration(t, id, comp);
        static const std::vector<std::string> kinds = {"app", "extension"};
        if (m_toml.require(t, "kind", where)) {
            if (auto kind = m_toml.string(t, "kind", where)) {
                if (*kind == "app") {
                    comp.kind = ComponentKind::App;
                } else if (*kind == "extension") {
                    comp.kind = ComponentKind::Extension;
                } else {
                    m_toml.error(comp.at("kind"), "\"kind\" in " + where + " is \"" + util::printable(*kind) +
                                                      "\"; allowed values are " + util::quoted_list(kinds));
                }
            }
        }
        comp.extension_point = m_toml.string(t, "extension_point", where).value_or("");
        if (comp.kind == ComponentKind::Extension && t.contains("kind") && comp.extension_point.empty() &&
            !t.contains("extension_point")) {
            m_toml.error(comp.location, "missing required key \"extension_point\" in " + where +
                                            " (an extension's NSExtensionPointIdentifier, as in "
                                            "\"com.apple.share-services\")");
        }
        if (comp.kind == ComponentKind::App && t.contains("extension_point")) {
            m_toml.error(comp.at("extension_point"),
                         "\"extension_point\" in " + where + " is only for extensions; this component is an app");
        }
        comp.open_access = m_toml.boolean(t, "open_access", where).value_or(false);
        if (t.contains("open_access") && comp.extension_point != k_keyboard) {
            m_toml.error(comp.at("open_access"), "\"open_access\" in " + where +
                                                     " is only for custom keyboards (extension point \"" +
                                                     std::string(k_keyboard) + "\"): it mirrors RequestsOpenAccess");
        }
        comp.target = m_toml.string(t, "target", where).value_or("");
        if (m_toml.require(t, "bundle_id", where)) {
            comp.bundle_id = per_config(t, "bundle_id", where, "a string");
        }
        comp.entitlements = per_config(t, "entitlements", where, "a path");
        comp.info_plist = per_config(t, "info_plist", where, "a path");
        if (const toml::table* s = m_toml.table(t, "schemas", where)) {
            for (auto&& [name, node] : *s) {
                if (!node.is_integer() || node.as_integer()->get() < 1) {
                    m_toml.error(m_toml.locate(node), "schema version \"" + util::printable(name.str()) + "\" in " +
                                                          where + ".schemas must be a positive integer");
                    continue;
                }
                comp.schemas[std::string(name.str())] = node.as_integer()->get();
                m_schema_refs.push_back({std::string(name.str()), m_toml.locate(name.source()), where});
            }
        }
        if (const toml::table* s = m_toml.table(t, "settings", where)) {
            comp.settings = settings(*s, where + ".settings", &comp.configuration_settings);
        }
    }

    void store(const std::string& id, const toml::table& t, Store& s) {
        const std::string where = where_of("stores", id);
        m_toml.check_keys(t,
                          {"kind", "id", "members", "read_only", "protection", "partitions", "retention",
                           "classification", "role", "description"},
                          where);
        m_toml.locate_declaration(t, id, s);
        if (m_toml.require(t, "kind", where)) {
            s.kind = m_toml.enumeration(t, "kind", where, &parse_store_kind, &store_kind_names)
                         .value_or(StoreKind::AppGroup);
        }
        if (m_toml.require(t, "id", where)) {
            s.identifier = per_config(t, "id", where, "a string");
        }
        if (m_toml.require(t, "members", where)) {
            s.members = m_toml.strings(t, "members", where).value_or(std::vector<std::string>{});
        }
        s.read_only = m_toml.strings(t, "read_only", where).value_or(std::vector<std::string>{});
        s.protection = m_toml.enumeration(t, "protection", where, &parse_protection, &protection_names)
                           .value_or(Protection::Unknown);
        if (const toml::table* parts = m_toml.table(t, "partitions", where)) {
            for (auto&& [member, node] : *parts) {
                if (!node.is_string()) {
                    m_toml.error(m_toml.locate(node), "partition of \"" + util::printable(member.str()) + "\" in " +
                                                          where + " must be a path string");
                    continue;
                }
                s.partitions[std::string(member.str())] = node.as_string()->get();
                m_member_refs.push_back({std::string(member.str()), m_toml.locate(member.source()), where});
            }
        }
        s.retention = m_toml.duration(t, "retention", where);
        s.classification = m_toml.enumeration(t, "classification", where, &parse_classification, &classification_names)
                               .value_or(Classification::Public);
        s.role = m_toml.enumeration(t, "role", where, &parse_data_role, &data_role_names)
                     .value_or(default_data_role(s.kind));
    }

    void field(const std::string& schema_where, const std::string& name, const toml::table& t, Field& f) {
        const std::string where = schema_where + ".fields." + util::printable(name) + "]";
        m_toml.check_keys(
            t, {"type", "required", "min", "max", "max_len", "values", "classification", "pseudonymous", "description"},
            where);
        m_toml.locate_declaration(t, name, f);
        if (m_toml.require(t, "type", where)) {
            f.type =
                m_toml.enumeration(t, "type", where, &parse_field_type, &field_type_names).value_or(FieldType::String);
        }
        f.required = m_toml.boolean(t, "required", where).value_or(false);
        f.min = m_toml.number(t, "min", where);
        f.max = m_toml.number(t, "max", where);
        if (f.min && f.max && *f.min > *f.max) {
            m_toml.error(f.at("min"), "\"min\" is greater than \"max\" in " + where);
        }
        if (auto len = m_toml.integer(t, "max_len", where, 0)) {
            f.max_len = static_cast<std::uint64_t>(*len);
        }
        f.values = m_toml.strings(t, "values", where).value_or(std::vector<std::string>{});
        if (f.type == FieldType::Enum && f.values.empty() && t.contains("type")) {
            m_toml.error(f.location, "enum field " + where + " needs \"values\", the allowed values");
        }
        if (f.type != FieldType::Enum && !f.values.empty()) {
            m_toml.error(f.at("values"), "\"values\" in " + where + " is only for enum fields");
        }
        f.classification = m_toml.enumeration(t, "classification", where, &parse_classification, &classification_names)
                               .value_or(Classification::Public);
        f.pseudonymous = m_toml.boolean(t, "pseudonymous", where).value_or(false);
    }

    void schema(const std::string& id, const toml::table& t, Schema& s) {
        const std::string where = where_of("schemas", id);
        m_toml.check_keys(t, {"version", "compatibility", "fields", "migrations", "description"}, where);
        m_toml.locate_declaration(t, id, s);
        if (m_toml.require(t, "version", where)) {
            s.version = m_toml.integer(t, "version", where, 1).value_or(1);
        }
        s.compatibility = m_toml.enumeration(t, "compatibility", where, &parse_compatibility, &compatibility_names)
                              .value_or(Compatibility::Backward);
        if (const toml::table* fields = m_toml.table(t, "fields", where)) {
            for (auto&& [name, node] : *fields) {
                if (!node.is_table()) {
                    m_toml.error(m_toml.locate(node), "field \"" + util::printable(name.str()) + "\" in " + where +
                                                          " must be a table, as in { type = \"string\" }");
                    continue;
                }
                Field f;
                field(where.substr(0, where.size() - 1), std::string(name.str()), *node.as_table(), f);
                s.fields.push_back(std::move(f));
            }
        }
        std::sort(s.fields.begin(), s.fields.end(), [](const Field& a, const Field& b) { return a.id < b.id; });
        migrations(t, id, s);
    }

    // [[schemas.ID.migrations]]: from < to <= version, readers one of the names, each (from, to) once.
    void migrations(const toml::table& t, const std::string& id, Schema& s) {
        const toml::node* node = t.get("migrations");
        if (!node) {
            return;
        }
        const std::string array = "[[schemas." + util::printable(id) + ".migrations]]";
        if (!node->is_array()) {
            m_toml.error(m_toml.locate(*node), "\"migrations\" in " + where_of("schemas", id) +
                                                   " must be an array of tables, written " + array);
            return;
        }
        std::size_t index = 0;
        for (const toml::node& item : *node->as_array()) {
            const std::string where = array + " #" + std::to_string(++index);
            if (!item.is_table()) {
                m_toml.error(m_toml.locate(item),
                             where + " must be a table, not " + std::string(toml_type_name(item.type())));
                continue;
            }
            const toml::table& mt = *item.as_table();
            m_toml.check_keys(mt, {"from", "to", "readers", "note"}, where);
            Migration m;
            m_toml.locate_declaration(mt, std::to_string(index), m);
            bool from_ok = false, to_ok = false;
            if (m_toml.require(mt, "from", where)) {
                auto from = m_toml.integer(mt, "from", where, 1);
                from_ok = from.has_value();
                m.from = from.value_or(0);
            }
            if (m_toml.require(mt, "to", where)) {
                auto to = m_toml.integer(mt, "to", where, 1);
                to_ok = to.has_value();
                m.to = to.value_or(0);
            }
            if (m_toml.require(mt, "readers", where)) {
                m.readers = m_toml.enumeration(mt, "readers", where, &parse_migration_readers, &migration_readers_names)
                                .value_or(MigrationReaders::DualRead);
            }
            m.note = m_toml.string(mt, "note", where).value_or("");
            if (!from_ok || !to_ok) {
                s.migrations.push_back(std::move(m));
                continue;
            }
            if (m.from >= m.to) {
                m_toml.error(m.at("from"), "\"from\" in " + where + " is " + std::to_string(m.from) +
                                               ", not below \"to\" (" + std::to_string(m.to) +
                                               "): a migration goes from an older version to a newer one");
            } else if (m.to > s.version) {
                m_toml.error(m.at("to"), "\"to\" in " + where + " is " + std::to_string(m.to) +
                                             ", above the schema's version " + std::to_string(s.version) +
                                             ": a migration ends at a version the schema has reached");
            }
            for (const Migration& earlier : s.migrations) {
                if (earlier.from == m.from && earlier.to == m.to) {
                    m_toml.error(m.location, where + " declares the migration from " + std::to_string(m.from) + " to " +
                                                 std::to_string(m.to) + " again (first at line " +
                                                 std::to_string(earlier.location.line) + ")");
                    break;
                }
            }
            s.migrations.push_back(std::move(m));
        }
    }

    void channel(const std::string& id, const toml::table& t, Channel& ch) {
        const std::string where = where_of("channels", id);
        m_toml.check_keys(
            t,
            {"transport", "from",           "to",         "store",         "schema",     "classification", "auth",
             "token_ttl", "token_rotation", "encryption", "key_storage",   "validation", "retention",      "rate_limit",
             "queue",     "audit",          "payload",    "rereads_state", "scheme",     "domain",         "effect",
             "key_store", "description"},
            where);
        m_toml.locate_declaration(t, id, ch);
        if (m_toml.require(t, "transport", where)) {
            auto transport = m_toml.enumeration(t, "transport", where, &parse_transport, &transport_names);
            ch.transport = transport.value_or(Transport::AppGroupFile);
            if (!transport) {
                m_unknown_transport.insert(id); // already reported; skip the checks that depend on it
            }
        } else {
            m_unknown_transport.insert(id);
        }
        if (m_toml.require(t, "from", where)) {
            ch.from = m_toml.string(t, "from", where).value_or("");
        }
        if (m_toml.require(t, "to", where)) {
            const toml::node* to = t.get("to");
            if (to->is_string()) {
                ch.to = {to->as_string()->get()};
            } else {
                ch.to = m_toml.strings(t, "to", where).value_or(std::vector<std::string>{});
            }
            if (ch.to.empty() && (to->is_string() || to->is_array())) {
                m_toml.error(ch.at("to"), "\"to\" in " + where + " names no receiver");
            }
        }
        ch.store = m_toml.string(t, "store", where).value_or("");
        ch.key_store = m_toml.string(t, "key_store", where).value_or("");
        ch.schema = m_toml.string(t, "schema", where).value_or("");
        ch.classification = m_toml.enumeration(t, "classification", where, &parse_classification, &classification_names)
                                .value_or(Classification::Public);
        ch.auth = m_toml.enumeration(t, "auth", where, &parse_auth, &auth_names).value_or(Auth::None);
        ch.token_ttl = m_toml.duration(t, "token_ttl", where);
        ch.token_rotation = m_toml.boolean(t, "token_rotation", where).value_or(false);
        ch.encryption =
            m_toml.enumeration(t, "encryption", where, &parse_encryption, &encryption_names).value_or(Encryption::None);
        ch.key_storage = m_toml.enumeration(t, "key_storage", where, &parse_key_storage, &key_storage_names)
                             .value_or(KeyStorage::None);
        ch.validation =
            m_toml.enumeration(t, "validation", where, &parse_validation, &validation_names).value_or(Validation::None);
        ch.retention = m_toml.duration(t, "retention", where);
        if (auto rate = m_toml.string(t, "rate_limit", where)) {
            ch.rate_limit = util::parse_rate(*rate);
            if (!ch.rate_limit) {
                m_toml.error(ch.at("rate_limit"), "\"rate_limit\" in " + where + " is \"" + util::printable(*rate) +
                                                      "\", not a rate; write COUNT/UNIT with a unit " +
                                                      std::string(util::rate_units()) + ", as in \"30/min\"");
            }
        }
        ch.queue = m_toml.integer(t, "queue", where, 1);
        ch.audit = m_toml.boolean(t, "audit", where).value_or(false);
        const auto& facts = transport_facts(ch.transport);
        ch.payload = m_toml.boolean(t, "payload", where).value_or(facts.carries_payload);
        ch.rereads_state = m_toml.boolean(t, "rereads_state", where).value_or(false);
        ch.effect = m_toml.enumeration(t, "effect", where, &parse_effect, &effect_names).value_or(Effect::None);
        ch.scheme = per_config(t, "scheme", where, "a string");
        ch.domain = per_config(t, "domain", where, "a string");
        ch.description = m_toml.string(t, "description", where).value_or("");
        if (t.contains("token_ttl") && !is_authenticated(ch.auth) && ch.auth != Auth::Unknown) {
            m_toml.error(ch.at("token_ttl"), "\"token_ttl\" in " + where +
                                                 " needs auth = \"token\" or "
                                                 "\"mutual-token\"");
        }
    }

    void suppressions(const toml::table& root, std::vector<Suppression>& out) {
        const toml::node* node = root.get("suppressions");
        if (!node) {
            return;
        }
        if (!node->is_array_of_tables()) {
            m_toml.error(m_toml.locate(*node), "\"suppressions\" must be an array of tables, written [[suppressions]]");
            return;
        }
        std::size_t index = 0;
        for (const toml::node& item : *node->as_array()) {
            const toml::table& t = *item.as_table();
            const std::string where = "[[suppressions]] #" + std::to_string(++index);
            m_toml.check_keys(t, {"rule", "target", "reason", "expires"}, where);
            Suppression s;
            m_toml.locate_declaration(t, std::to_string(index), s);
            if (m_toml.require(t, "target", where)) {
                s.target = m_toml.string(t, "target", where).value_or("");
            }
            // A threat id ("spoofed-sender@channels.open") is reported by AXG501 alone, so its rule may go unsaid.
            const bool threat = is_threat_target(s.target);
            if (threat && !t.contains("rule")) {
                s.rule = "AXG501";
            } else if (m_toml.require(t, "rule", where)) {
                s.rule = m_toml.string(t, "rule", where).value_or("");
                bool ok = s.rule.size() == 6 && s.rule.starts_with("AXG") &&
                          std::all_of(s.rule.begin() + 3, s.rule.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
                if (!ok && t.get("rule")->is_string()) {
                    m_toml.error(s.at("rule"), "\"rule\" in " + where + " is \"" + util::printable(s.rule) +
                                                   "\", not a rule ID such as \"AXG208\" (see appexguard rules list)");
                } else if (ok && threat && s.rule != "AXG501") {
                    m_toml.error(s.at("rule"), "\"rule\" in " + where + " is \"" + s.rule + "\", but its target \"" +
                                                   util::printable(s.target) +
                                                   "\" is a threat id, which only AXG501 reports; write \"AXG501\" "
                                                   "or leave the rule out");
                }
            }
            if (m_toml.require(t, "reason", where)) {
                s.reason = m_toml.string(t, "reason", where).value_or("");
            }
            s.expires = m_toml.date(t, "expires", where);
            out.push_back(std::move(s));
        }
    }

    void reference(const std::string& id, const util::SourceLocation& at, std::string_view what,
                   const std::vector<std::string>& declared, std::string_view context) {
        if (std::binary_search(declared.begin(), declared.end(), id)) {
            return;
        }
        std::string message = std::string(context) + " names " + std::string(what) + " \"" + util::printable(id) +
                              "\", which the contract does not declare";
        if (auto suggestion = util::closest_match(id, declared); !suggestion.empty()) {
            message += "; did you mean \"" + suggestion + "\"?";
        }
        m_toml.error(at, message);
    }

    static std::string in_configuration(const std::string& configuration) {
        return configuration.empty() ? "" : " in configuration \"" + util::printable(configuration) + "\"";
    }

    template <typename Map> static std::vector<std::string> keys(const Map& map) {
        std::vector<std::string> out;
        for (const auto& [k, v] : map) {
            out.push_back(k);
        }
        return out; // std::map keys are already sorted
    }

    void cross_check(const Contract& c) {
        auto components = keys(c.components);
        auto stores = keys(c.stores);
        auto schemas = keys(c.schemas);
        auto configs = keys(c.configurations);
        std::vector<std::string> endpoints = components;
        for (const auto& actor : external_actors()) {
            endpoints.emplace_back(actor.name);
        }
        std::sort(endpoints.begin(), endpoints.end());

        if (!c.project.default_configuration.empty() && !c.configurations.empty()) {
            reference(c.project.default_configuration, c.project.at("default_configuration"), "configuration", configs,
                      "[project] default_configuration");
        }
        for (const auto& [cfg, at] : m_config_refs) {
            reference(cfg, at, "configuration", configs, "a per-configuration value");
        }
        for (const auto& ref : m_schema_refs) {
            reference(ref.id, ref.location, "schema", schemas, ref.context + ".schemas");
        }
        for (const auto& ref : m_member_refs) {
            reference(ref.id, ref.location, "component", components, ref.context + ".partitions");
        }
        // Unique per configuration: one configuration's value may be another's (Debug's id is Release's elsewhere).
        std::vector<std::string> checked = configs.empty() ? std::vector<std::string>{""} : configs;
        std::set<std::string> reported;
        std::map<std::pair<std::string, std::string>, std::string> bundle_ids; // (configuration, bundle id) -> id
        std::map<std::string, std::string> targets;
        for (const auto& [id, comp] : c.components) {
            for (const auto& cfg : checked) {
                const std::string& bundle = comp.bundle_id.for_configuration(cfg);
                if (bundle.empty()) {
                    continue;
                }
                auto [it, inserted] = bundle_ids.emplace(std::make_pair(cfg, bundle), id);
                if (!inserted && reported.insert(id).second) {
                    bool varies =
                        comp.bundle_id.per_configuration() || c.components.at(it->second).bundle_id.per_configuration();
                    m_toml.error(comp.at("bundle_id"), "components \"" + util::printable(it->second) + "\" and \"" +
                                                           util::printable(id) + "\" have the same bundle_id \"" +
                                                           util::printable(bundle) + "\"" +
                                                           (varies ? in_configuration(cfg) : ""));
                }
            }
            if (comp.target.empty()) {
                continue;
            }
            auto [it, inserted] = targets.emplace(comp.target, id);
            if (!inserted) {
                m_toml.error(comp.at("target"), "components \"" + util::printable(it->second) + "\" and \"" +
                                                    util::printable(id) + "\" both describe the target \"" +
                                                    util::printable(comp.target) + "\"");
            }
        }
        std::map<std::tuple<std::string, StoreKind, std::string>, std::string> identifiers;
        for (const auto& [id, s] : c.stores) {
            const std::string where = where_of("stores", id);
            for (const auto& member : s.members) {
                reference(member, s.at("members"), "component", components, where + " members");
            }
            for (const auto& member : s.read_only) {
                if (std::find(s.members.begin(), s.members.end(), member) == s.members.end()) {
                    m_toml.error(s.at("read_only"), where + " read_only names \"" + util::printable(member) +
                                                        "\", which is not in its members");
                }
            }
            for (const auto& cfg : checked) {
                const std::string& identifier = s.identifier.for_configuration(cfg);
                if (identifier.empty()) {
                    continue;
                }
                auto [it, inserted] = identifiers.emplace(std::make_tuple(cfg, s.kind, identifier), id);
                if (!inserted && reported.insert("stores." + id).second) {
                    bool varies =
                        s.identifier.per_configuration() || c.stores.at(it->second).identifier.per_configuration();
                    m_toml.error(s.at("id"),
                                 "stores \"" + util::printable(it->second) + "\" and \"" + util::printable(id) +
                                     "\" declare the same " + std::string(store_kind_name(s.kind)) + " \"" +
                                     util::printable(identifier) + "\"" + (varies ? in_configuration(cfg) : ""));
                }
            }
        }
        for (const auto& [id, ch] : c.channels) {
            const std::string where = where_of("channels", id);
            if (!ch.from.empty()) {
                reference(ch.from, ch.at("from"), is_external(ch.from) ? "external actor" : "component", endpoints,
                          where + " from");
            }
            for (const auto& to : ch.to) {
                reference(to, ch.at("to"), is_external(to) ? "external actor" : "component", endpoints, where + " to");
            }
            if (!ch.schema.empty()) {
                reference(ch.schema, ch.at("schema"), "schema", schemas, where);
            }
            const auto& facts = transport_facts(ch.transport);
            if (m_unknown_transport.count(id)) {
                continue;
            }
            if (!ch.store.empty()) {
                reference(ch.store, ch.at("store"), "store", stores, where);
                const Store* s = c.store(ch.store);
                if (s && (!facts.store_kind || *facts.store_kind != s->kind)) {
                    std::string need =
                        facts.store_kind ? "a store of kind \"" + std::string(store_kind_name(*facts.store_kind)) + "\""
                                         : "no store";
                    m_toml.error(ch.at("store"), where + " uses transport \"" + std::string(facts.name) +
                                                     "\", which needs " + need + ", but store \"" +
                                                     util::printable(ch.store) + "\" is of kind \"" +
                                                     std::string(store_kind_name(s->kind)) + "\"");
                }
            } else if (facts.store_kind) {
                m_toml.error(ch.location, "missing required key \"store\" in " + where + ": transport \"" +
                                              std::string(facts.name) + "\" needs a store of kind \"" +
                                              std::string(store_kind_name(*facts.store_kind)) + "\"");
            }
            if (!ch.key_store.empty()) {
                key_store_holds(c, where, ch, stores);
            }
            transport_facts_hold(c, id, ch);
        }
    }

    // `key_store` names a keychain group, on a channel whose payload is encrypted or MACed with a key.
    void key_store_holds(const Contract& c, const std::string& where, const Channel& ch,
                         const std::vector<std::string>& stores) {
        reference(ch.key_store, ch.at("key_store"), "store", stores, where + " key_store");
        const Store* s = c.store(ch.key_store);
        if (s && s->kind != StoreKind::KeychainGroup) {
            m_toml.error(ch.at("key_store"), where + " keeps its key in store \"" + util::printable(ch.key_store) +
                                                 "\", which is of kind \"" + std::string(store_kind_name(s->kind)) +
                                                 "\"; a key_store must be a keychain-group store");
        }
        if (ch.encryption == Encryption::None) {
            m_toml.error(ch.at("key_store"), "\"key_store\" in " + where + " needs encryption = \"aead\" or \"mac\"");
        }
    }

    static bool known_endpoint(const Contract& c, const std::string& endpoint) {
        return is_external(endpoint) ? find_external_actor(endpoint) != nullptr : c.component(endpoint) != nullptr;
    }

    // What the OS guarantees about the channel's transport, which the contract cannot claim otherwise
    // (docs/transports.md): who may send and receive, platform auth, the address key.
    void transport_facts_hold(const Contract& c, const std::string& id, const Channel& ch) {
        const std::string where = where_of("channels", id);
        const auto& facts = transport_facts(ch.transport);
        const std::string transport = "transport \"" + std::string(facts.name) + "\"";
        if (known_endpoint(c, ch.from)) {
            if (std::string why = sender_refusal(c, ch); !why.empty()) {
                m_toml.error(ch.at("from"), where + " is sent by \"" + util::printable(ch.from) + "\", but " + why +
                                                " (docs/transports.md)");
            }
        }
        for (const auto& to : ch.to) {
            if (!known_endpoint(c, to) || !known_endpoint(c, ch.from)) {
                continue;
            }
            if (std::string why = receiver_refusal(c, ch, to); !why.empty()) {
                m_toml.error(ch.at("to"), where + " is received by \"" + util::printable(to) + "\", but " + why +
                                              " (docs/transports.md)");
            }
        }
        if (ch.auth == Auth::Platform && !admits_platform_auth(facts)) {
            m_toml.error(ch.at("auth"), where + " declares auth = \"platform\", but the OS tells the receiver of " +
                                            transport +
                                            " nothing about its sender; authenticate it with auth = \"token\" or "
                                            "\"mutual-token\", or write auth = \"none\" (docs/transports.md)");
        }
        for (AddressKey key : {AddressKey::Scheme, AddressKey::Domain}) {
            std::string name(address_key_name(key));
            if (facts.address == key && !ch.has(name)) {
                m_toml.error(ch.location, "missing required key \"" + name + "\" in " + where + ": " + transport +
                                              " is addressed by its " + name);
            } else if (facts.address != key && ch.has(name)) {
                m_toml.error(ch.at(name), "\"" + name + "\" in " + where + " is only for " +
                                              (key == AddressKey::Scheme ? "url-scheme" : "universal-link") +
                                              " channels; this one uses " + transport);
            }
        }
        keyboard_writes(c, where, ch);
    }

    // A keyboard without open access reads its app groups but cannot write them (Apple, "Configuring open
    // access for a custom keyboard"): a channel it would write through one contradicts the OS.
    void keyboard_writes(const Contract& c, const std::string& where, const Channel& ch) {
        const Component* sender = c.component(ch.from);
        const Store* store = c.store(ch.store);
        if (!sender || !store || store->kind != StoreKind::AppGroup || sender->extension_point != k_keyboard ||
            sender->open_access) {
            return;
        }
        m_toml.error(ch.at("from"), where + " is written by keyboard \"" + util::printable(ch.from) +
                                        "\" into app group \"" + util::printable(ch.store) +
                                        "\", but a keyboard without open access only reads its app groups; set "
                                        "open_access = true on the component (and RequestsOpenAccess in its "
                                        "Info.plist), or change the sender");
    }

    // The OS makes a keyboard without open access a read-only member of its app groups: say so in the model,
    // so that the graph, the threats and every rule see it as a reader.
    static void keyboards_read_only(Contract& c) {
        for (auto& [id, store] : c.stores) {
            if (store.kind != StoreKind::AppGroup) {
                continue;
            }
            for (const auto& member : store.members) {
                const Component* component = c.component(member);
                if (component && component->extension_point == k_keyboard && !component->open_access &&
                    std::find(store.read_only.begin(), store.read_only.end(), member) == store.read_only.end()) {
                    store.read_only.push_back(member);
                }
            }
        }
    }

    struct Ref {
        std::string id;
        util::SourceLocation location;
        std::string context;
    };

    TomlReader m_toml;
    std::vector<std::pair<std::string, util::SourceLocation>> m_config_refs; // keys of per-configuration tables
    std::vector<Ref> m_schema_refs;
    std::vector<Ref> m_member_refs;
    std::set<std::string> m_unknown_transport;
};

} // namespace

std::optional<model::Contract> parse_contract(std::string_view text, std::string_view path,
                                              util::Diagnostics& diagnostics) {
    util::Diagnostics local;
    std::optional<toml::table> root = parse_toml(text, path, diagnostics);
    if (!root) {
        return std::nullopt;
    }
    ContractParser parser(path, local);
    model::Contract contract = parser.parse(*root);
    if (!local.empty()) {
        diagnostics.append(local);
        return std::nullopt;
    }
    return contract;
}

} // namespace axg::load
