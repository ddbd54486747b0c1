#include "rules/registry.hpp"

namespace axg::rules {

namespace {
const Rule* const k_rules[] = {
    &k_axg101, &k_axg102, &k_axg103, &k_axg104, &k_axg105, &k_axg106, &k_axg107, &k_axg108, &k_axg109, &k_axg110,
    &k_axg111, &k_axg112, &k_axg113, &k_axg114, &k_axg115, &k_axg120, &k_axg121, &k_axg122, &k_axg123, &k_axg124,
    &k_axg125, &k_axg126, &k_axg127, &k_axg201, &k_axg202, &k_axg203, &k_axg204, &k_axg205, &k_axg206, &k_axg207,
    &k_axg208, &k_axg209, &k_axg210, &k_axg211, &k_axg212, &k_axg213, &k_axg214, &k_axg215, &k_axg301, &k_axg302,
    &k_axg304, &k_axg401, &k_axg402, &k_axg403, &k_axg404, &k_axg405, &k_axg406, &k_axg407, &k_axg408, &k_axg409,
    &k_axg410, &k_axg411, &k_axg412, &k_axg414, &k_axg415, &k_axg416, &k_axg501, &k_axg502, &k_axg503, &k_axg901,
    &k_axg902, &k_axg903, &k_axg904, &k_axg905,
};
} // namespace

std::span<const Rule* const> registry() {
    return k_rules;
}

const Rule* find_rule(std::string_view id) {
    for (const Rule* rule : k_rules) {
        if (rule->id == id) {
            return rule;
        }
    }
    return nullptr;
}

} // namespace axg::rules
