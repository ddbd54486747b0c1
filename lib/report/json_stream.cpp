#include "report/json_stream.hpp"

namespace axg::report {

std::string dump_json(const OrderedJson& value) {
    return value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace axg::report
