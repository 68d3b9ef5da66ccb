import ArmletBlocks
import ArmletProviders
import ArmletState
import Foundation
import HTTPTypes
package import Hummingbird

/// The page-blob data plane of disks and snapshots, on the API's own port: a request for
/// `/<account>/<container>/<blob>` whose account is a managed disk's (`md-…`) is answered here with
/// Storage's protocol (XML errors, `x-ms-*` headers) instead of ARM's.
///
/// Access is only through the SAS URLs `beginGetAccess` issues (``DataPlaneGrants``): a wrong
/// signature, or a grant ended by `endGetAccess` or past its duration, is 403 `AuthenticationFailed`.
/// Operations: Get Blob (ranges), Get Blob Properties, Get Page Ranges (with
/// `x-ms-previous-snapshot-url` for the managed-disk diff), Put Page (update, clear) and Put Page From URL.
package struct DataPlaneMiddleware: RouterMiddleware {
    package typealias Context = ARMRequestContext
    let services: ServerServices

    /// The data plane of `services` (its state, clock and block store).
    package init(services: ServerServices) {
        self.services = services
    }

    package func handle(_ request: Request, context: Context,
                        next: (Request, Context) async throws -> Response) async throws -> Response {
        guard Self.isBlobPath(request.uri.path) else { return try await next(request, context) }
        let plane = DataPlane(services: services)
        let body = context.body
        // Page writes fsync and reads touch files: done on a Dispatch thread, so that a few large
        // transfers cannot occupy the cooperative threads every other request needs.
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                do {
                    continuation.resume(returning: try plane.respond(to: request, body: body))
                } catch let error as StorageError {
                    continuation.resume(returning: error.response(head: request.method == .head))
                } catch {
                    continuation.resume(returning: StorageError.internalError("\(error)").response(head: request.method == .head))
                }
            }
        }
    }

    /// Whether `path` is `/md-…/<container>/<blob>`.
    static func isBlobPath(_ path: String) -> Bool {
        // Every request passes here: the first four bytes (`/md-`, any case) decide without allocating.
        let head = Array(path.utf8.prefix(4))
        guard head.count == 4, head[0] == UInt8(ascii: "/"), head[1] | 0x20 == UInt8(ascii: "m"),
              head[2] | 0x20 == UInt8(ascii: "d"), head[3] == UInt8(ascii: "-") else { return false }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return segments.count == 4 && !segments[2].isEmpty && !segments[3].isEmpty
    }
}

/// One data-plane request: authorization, then the operation.
struct DataPlane {
    let services: ServerServices

    func respond(to request: Request, body: [UInt8]) throws -> Response {
        let query = ARMCall.parseQuery(request.uri.query)
        let grant = try authorize(path: request.uri.path, query: query)
        guard let blocks = services.blocks else {
            throw StorageError.internalError("this server keeps no disk data (it was started without a block store).")
        }
        let blob = BlobAccess(grant: grant, blocks: blocks)
        switch (request.method, query["comp"]) {
        case (.head, nil):
            return try blob.properties()
        case (.get, nil):
            return try blob.read(range: header(request, StorageHeaders.range) ?? header(request, .range))
        case (.get, "pagelist"):
            if let snapshot = query["prevsnapshot"] {
                throw StorageError.invalidQuery("prevsnapshot", "'\(snapshot)': the blob of a managed disk or snapshot "
                    + "has no blob snapshots; diff two incremental snapshots with the x-ms-previous-snapshot-url header.")
            }
            var previous: DataPlaneGrant?
            if let url = header(request, StorageHeaders.previousSnapshotURL) {
                previous = try otherGrant(url, header: "x-ms-previous-snapshot-url")
            }
            return try blob.pageList(range: header(request, StorageHeaders.range) ?? header(request, .range),
                                     since: previous)
        case (.put, "page"):
            guard grant.canWrite else { throw StorageError.permissionMismatch }
            guard let rangeText = header(request, StorageHeaders.range) ?? header(request, .range),
                  let range = ByteRange(header: rangeText)?.pageAligned else {
                throw StorageError.invalidPageRange("Put Page needs x-ms-range (or Range) 'bytes=start-end' with "
                    + "start a multiple of 512 and end+1 a multiple of 512.")
            }
            if let source = header(request, StorageHeaders.copySource) {
                let sourceGrant = try otherGrant(source, header: "x-ms-copy-source")
                return try blob.putPage(from: BlobAccess(grant: sourceGrant, blocks: blocks),
                                        sourceRange: header(request, StorageHeaders.sourceRange), into: range)
            }
            switch header(request, StorageHeaders.pageWrite)?.lowercased() {
            case "update": return try blob.putPage(body, at: range)
            case "clear": return try blob.clearPages(range)
            default:
                throw StorageError.invalidHeader("x-ms-page-write", "It must be 'update' or 'clear'.")
            }
        case (.put, nil):
            throw StorageError(status: .conflict, code: "BlobAlreadyExists",
                               message: "The specified blob already exists: a managed disk's blob is made by the disk "
                                   + "itself (createOption Upload); write its pages with Put Page.")
        default:
            throw StorageError.unsupported("\(request.method.rawValue) with comp=\(query["comp"] ?? "(none)")")
        }
    }

    /// The grant this request's SAS opens.
    private func authorize(path: String, query: [String: String]) throws -> DataPlaneGrant {
        var query = query
        // A '+' in an unencoded signature arrives as a space.
        query["sig"] = query["sig"]?.replacingOccurrences(of: " ", with: "+")
        let now = services.clock.now()
        do {
            return try services.store.read { try DataPlaneGrants.verify(path: path, query: query, now: now, in: $0) }
        } catch let denial as DataPlaneDenial {
            throw StorageError.authenticationFailed(denial.reason)
        }
    }

    /// The grant of another SAS URL a request names (a copy source, a previous snapshot).
    private func otherGrant(_ text: String, header: String) throws -> DataPlaneGrant {
        guard let url = URLComponents(string: text), DataPlaneMiddleware.isBlobPath(url.path) else {
            throw StorageError.invalidHeader(header, "It must be a SAS URL of a managed disk or snapshot "
                                             + "issued by this Armlet (grant-access).")
        }
        return try authorize(path: url.path, query: ARMCall.parseQuery(url.percentEncodedQuery))
    }

    private func header(_ request: Request, _ name: HTTPField.Name) -> String? {
        request.headers[name]
    }
}
