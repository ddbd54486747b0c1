#include "model/payload_exposure.hpp"

namespace axg::model {

bool in_memory_private(const TransportFacts& facts) {
    if (facts.at_rest || facts.hijackable || facts.read_by_service || !facts.carries_payload) {
        return false;
    }
    // A URL (url-scheme, universal-link) is built by whoever opens it and lands in its history; an XPC or
    // native message, or a share sheet's items, go from process to process.
    return facts.sender_identity != SenderIdentity::None || user_picked_payload(facts);
}

bool user_picked_payload(const TransportFacts& facts) {
    return facts.transport == Transport::ExtensionContext;
}

} // namespace axg::model
