import Foundation
import Synchronization

/// The tenants of subscriptions the authorization check found, remembered for one second so that a
/// burst of requests into one subscription reads it once, not once per request.
///
/// Only found subscriptions are kept (a subscription's tenant never changes); a missing one is asked
/// again every time, so one created a moment ago is never taken for absent.
final class SubscriptionTenants: Sendable {
    private let entries = Mutex<[String: (tenant: String, until: UInt64)]>([:])
    private let lifetime: UInt64 = 1_000_000_000

    /// The remembered tenant of `subscriptionId` (lower-cased), or `load`'s answer (remembered when found).
    func tenant(of subscriptionId: String, load: () throws -> String?) rethrows -> String? {
        let key = subscriptionId.lowercased()
        let now = DispatchTime.now().uptimeNanoseconds
        if let entry = entries.withLock({ $0[key] }), entry.until > now { return entry.tenant }
        guard let tenant = try load()?.lowercased() else { return nil }
        entries.withLock { entries in
            if entries.count > 1024 { entries.removeAll() }
            entries[key] = (tenant, now + lifetime)
        }
        return tenant
    }
}
