import ArmletCore
import Foundation

/// The portal's fixed paths. A page of an ARM object lives at `/portal` + the object's ARM id, so
/// the address bar reads like the REST API.
enum PortalPaths {
    /// Every portal path starts here; the session cookie is scoped to it.
    static let root = "/portal"
    static let home = "/portal/"
    static let signIn = "/portal/signin"
    static let staticPrefix = "/portal/static/"
    static let progress = "/portal/api/progress"

    /// The page of the ARM object `id`, each segment percent-encoded.
    static func page(of id: String, action: String? = nil) -> String {
        let segments = id.split(separator: "/").map { segment in
            String(segment).addingPercentEncoding(withAllowedCharacters: .portalSegment) ?? ""
        }
        return root + "/" + segments.joined(separator: "/") + (action.map { "/" + $0 } ?? "")
    }

    /// Whether `path` is the portal's (`/portal` or below it, any case).
    static func claims(_ path: String) -> Bool {
        // Byte by byte, ignoring ASCII case: every API request passes here, so nothing is allocated.
        let head = path.utf8.prefix(root.utf8.count + 1)
        guard head.count >= root.utf8.count,
              zip(head, root.utf8).allSatisfy({ $0 | ($0 >= 0x41 && $0 <= 0x5A ? 0x20 : 0) == $1 }) else { return false }
        return head.count == root.utf8.count || head.last == UInt8(ascii: "/")
    }
}

/// A portal page, parsed from the path below `/portal`.
enum PortalRoute: Equatable {
    case home
    case signIn
    case staticFile(String)
    case progress
    case subscription(String)
    case group(ResourceID)
    case deploy(ResourceID)
    case disk(ResourceID)
    case createSnapshot(ResourceID)
    case snapshot(ResourceID)
    case copySnapshot(ResourceID)
    case deployment(ResourceID)

    /// The route of `path`, nil for a path the portal does not serve.
    init?(path: String) {
        let rest = path.dropFirst(PortalPaths.root.count)
        let segments = rest.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        guard segments.count < 16 else { return nil }
        let lower = segments.map { $0.lowercased() }
        switch lower.first {
        case nil: self = .home
        case "signin" where segments.count == 1: self = .signIn
        case "static" where segments.count == 2: self = .staticFile(lower[1])
        case "api" where lower == ["api", "progress"]: self = .progress
        case "subscriptions": self.init(armPath: segments, lower: lower)
        default: return nil
        }
    }

    private init?(armPath segments: [String], lower: [String]) {
        if segments.count == 2 {
            self = .subscription(segments[1])
            return
        }
        guard segments.count >= 4, lower[2] == "resourcegroups" else { return nil }
        let hasAction = segments.count == 5 || segments.count == 9
        let idSegments = hasAction ? segments.dropLast() : segments[...]
        guard let id = ResourceID("/" + idSegments.joined(separator: "/")) else { return nil }
        let action = hasAction ? lower.last : nil
        switch (idSegments.count, action) {
        case (4, nil): self = .group(id)
        case (4, "deploy"): self = .deploy(id)
        case (8, nil) where id.isType(PortalTypes.disk): self = .disk(id)
        case (8, "snapshot") where id.isType(PortalTypes.disk): self = .createSnapshot(id)
        case (8, nil) where id.isType(PortalTypes.snapshot): self = .snapshot(id)
        case (8, "copy") where id.isType(PortalTypes.snapshot): self = .copySnapshot(id)
        case (8, nil) where id.isType(PortalTypes.deployment): self = .deployment(id)
        default: return nil
        }
    }
}

/// The ARM types the portal has pages for, and the api-version it reads and writes them in.
enum PortalTypes {
    static let disk = "Microsoft.Compute/disks"
    static let snapshot = "Microsoft.Compute/snapshots"
    static let deployment = "Microsoft.Resources/deployments"
    /// The Compute (DiskRP) api-version the Azure CLI uses for disks and snapshots.
    static let computeAPIVersion = "2025-01-02"
}

extension CharacterSet {
    /// What may stay unencoded in one path segment.
    static let portalSegment: CharacterSet = {
        var set = CharacterSet.urlPathAllowed
        set.remove(charactersIn: "/?#")
        return set
    }()
}
