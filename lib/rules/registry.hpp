#pragma once
// The rule catalog: one explicit table (registry.cpp) drives `check`, `rules list`, the docs
// index and SARIF rule metadata.

#include <span>
#include <string_view>

#include "rules/rule.hpp"

namespace axg::rules {

extern const Rule k_axg101;
extern const Rule k_axg102;
extern const Rule k_axg103;
extern const Rule k_axg104;
extern const Rule k_axg105;
extern const Rule k_axg106;
extern const Rule k_axg107;
extern const Rule k_axg108;
extern const Rule k_axg109;
extern const Rule k_axg110;
extern const Rule k_axg111;
extern const Rule k_axg112;
extern const Rule k_axg113;
extern const Rule k_axg114;
extern const Rule k_axg115;
extern const Rule k_axg120;
extern const Rule k_axg121;
extern const Rule k_axg122;
extern const Rule k_axg123;
extern const Rule k_axg124;
extern const Rule k_axg125;
extern const Rule k_axg126;
extern const Rule k_axg127;
extern const Rule k_axg201;
extern const Rule k_axg202;
extern const Rule k_axg203;
extern const Rule k_axg204;
extern const Rule k_axg205;
extern const Rule k_axg206;
extern const Rule k_axg207;
extern const Rule k_axg208;
extern const Rule k_axg209;
extern const Rule k_axg210;
extern const Rule k_axg211;
extern const Rule k_axg212;
extern const Rule k_axg213;
extern const Rule k_axg214;
extern const Rule k_axg215;
extern const Rule k_axg301;
extern const Rule k_axg302;
extern const Rule k_axg304;
extern const Rule k_axg401;
extern const Rule k_axg402;
extern const Rule k_axg403;
extern const Rule k_axg404;
extern const Rule k_axg405;
extern const Rule k_axg406;
extern const Rule k_axg407;
extern const Rule k_axg408;
extern const Rule k_axg409;
extern const Rule k_axg410;
extern const Rule k_axg411;
extern const Rule k_axg412;
extern const Rule k_axg414;
extern const Rule k_axg415;
extern const Rule k_axg416;
extern const Rule k_axg501;
extern const Rule k_axg502;
extern const Rule k_axg503;
extern const Rule k_axg901;
extern const Rule k_axg902;
extern const Rule k_axg903;
extern const Rule k_axg904;
extern const Rule k_axg905;

// Every rule, sorted by ID.
std::span<const Rule* const> registry();
const Rule* find_rule(std::string_view id);

} // namespace axg::rules
