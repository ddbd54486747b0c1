#pragma once
// XML property list -> binary property list through libplist, an independent writer: tests load both forms of the
// same file and expect the same values.

#include <string>
#include <string_view>

namespace axg::test {

// The binary form of an XML plist as libplist writes it; "" when libplist cannot read the XML.
std::string binary_from_xml(std::string_view xml);

} // namespace axg::test
