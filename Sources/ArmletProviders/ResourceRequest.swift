package import ArmletJSON
package import ArmletState
package import Foundation

/// One request to a provider: which resource, in which API version, with what body, at what time.
///
/// The body is the JSON a deployment or the CLI sends (top-level `location`, `tags`, `sku`, `zones`,
/// `properties`, …); for GET and DELETE it is `null`, for an action it is the action's body.
package struct ResourceRequest: Sendable {
    /// The full ARM id, e.g. `/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.Compute/disks/d1`.
    package var id: String
    /// The full type, e.g. `Microsoft.Compute/disks`.
    package var type: String
    /// The API version the caller used.
    package var apiVersion: String
    /// The resource's name (the last segment of the id).
    package var name: String
    /// The requested region, when the body or the caller gives one.
    package var location: String?
    /// The request body (`null` when there is none).
    package var body: JSONValue
    /// The subscription the resource lives in.
    package var subscription: SubscriptionRecord
    /// The resource group, or `nil` for a subscription-level resource.
    package var resourceGroup: ResourceGroupRecord?
    /// The simulated time of the request (from the caller's ``Clock``).
    package var now: Date

    /// A request; `location` defaults to the body's `location`.
    package init(id: String, type: String, apiVersion: String, name: String, location: String? = nil,
                body: JSONValue = .null, subscription: SubscriptionRecord, resourceGroup: ResourceGroupRecord?,
                now: Date) {
        self.id = id
        self.type = type
        self.apiVersion = apiVersion
        self.name = name
        self.location = location ?? body["location"]?.stringValue
        self.body = body
        self.subscription = subscription
        self.resourceGroup = resourceGroup
        self.now = now
    }
}

/// Which resources a list call covers: one type in a subscription, optionally one resource group.
package struct ListScope: Sendable, Hashable {
    /// The full type, e.g. `Microsoft.Compute/snapshots`.
    package var type: String
    /// The subscription.
    package var subscriptionId: String
    /// The resource group, or `nil` to list the whole subscription.
    package var resourceGroup: String?
    /// The simulated time of the call (background copies report their progress at this instant).
    package var now: Date

    /// A list scope.
    package init(type: String, subscriptionId: String, resourceGroup: String? = nil, now: Date) {
        self.type = type
        self.subscriptionId = subscriptionId
        self.resourceGroup = resourceGroup
        self.now = now
    }
}
