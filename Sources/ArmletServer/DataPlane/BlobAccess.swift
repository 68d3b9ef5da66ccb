import ArmletBlocks
import ArmletProviders
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The operations on the blob a grant opens: its volume in the block store, read as a page blob of
/// the grant's size (pages never written read as zeros; a volume not made yet is all zeros).
struct BlobAccess {
    let grant: DataPlaneGrant
    let blocks: any BlockStore

    /// The most one Put Page writes (Storage's limit).
    static let maximumPageWrite: Int64 = 4 << 20
    /// Reads are sent in pieces of this size.
    static let readChunk: Int64 = 4 << 20

    /// Get Blob Properties (`HEAD`).
    func properties() throws -> Response {
        var headers = blobHeaders()
        headers[.contentLength] = String(grant.size)
        return Response(status: .ok, headers: headers, body: ResponseBody())
    }

    /// Get Blob, whole or a `bytes=a-b` range (206 with `Content-Range`), streamed in 4 MiB pieces.
    func read(range text: String?) throws -> Response {
        var headers = blobHeaders()
        var status = HTTPResponse.Status.ok
        var range: Range<Int64> = 0..<grant.size
        if let text {
            guard let parsed = ByteRange(header: text) else {
                throw StorageError.invalidHeader("x-ms-range", "'\(text)' is not 'bytes=start-end'.")
            }
            guard let clipped = parsed.clipped(to: grant.size) else {
                throw StorageError(status: .rangeNotSatisfiable, code: "InvalidRange",
                                   message: "The range specified is invalid for the current size of the resource "
                                       + "(\(grant.size) bytes).")
            }
            range = clipped
            status = .partialContent
            headers[StorageHeaders.contentRange] = "bytes \(range.lowerBound)-\(range.upperBound - 1)/\(grant.size)"
        }
        headers[.contentLength] = String(Int64(range.count))
        let volume = try existingVolume()
        let blocks = blocks
        let span = range
        let body = ResponseBody(contentLength: span.count) { writer in
            var offset = span.lowerBound
            while offset < span.upperBound {
                let length = min(Self.readChunk, span.upperBound - offset)
                let bytes = try volume.map { try Self.readAligned(blocks, $0, offset: offset, length: length) }
                    ?? [UInt8](repeating: 0, count: Int(length))
                try await writer.write(ByteBuffer(bytes: bytes))
                offset += length
            }
            try await writer.finish(nil)
        }
        return Response(status: status, headers: headers, body: body)
    }

    /// Get Page Ranges: the written ranges, or with `previous` the managed-disk diff (changed and cleared).
    func pageList(range text: String?, since previous: DataPlaneGrant?) throws -> Response {
        var window: Range<Int64>? = nil
        if let text {
            guard let parsed = ByteRange(header: text), let clipped = parsed.clipped(to: grant.size) else {
                throw StorageError.invalidPageRange("'\(text)' is not a range within the blob's \(grant.size) bytes.")
            }
            window = clipped
        }
        var changed: [Range<Int64>] = []
        var cleared: [Range<Int64>] = []
        let volume = try existingVolume()
        try storage {
            if let previous {
                let old = try blocks.exists(previous.volume) ? previous.volume : nil
                switch (volume, old) {
                case let (volume?, old?):
                    let diff = try blocks.diff(volume, since: old)
                    (changed, cleared) = (diff.changed, diff.cleared)
                case let (volume?, nil):
                    changed = try blocks.pageRanges(volume, in: nil)
                case let (nil, old?):
                    cleared = try blocks.pageRanges(old, in: nil)
                case (nil, nil):
                    break
                }
            } else if let volume {
                changed = try blocks.pageRanges(volume, in: nil)
            }
        }
        if let window {
            changed = Self.clip(changed, to: window)
            cleared = Self.clip(cleared, to: window)
        }
        let bytes = Array(StorageXML.pageList(changed: changed, cleared: cleared).utf8)
        var headers = blobHeaders()
        headers[StorageHeaders.blobContentLength] = String(grant.size)
        headers[.contentType] = "application/xml"
        headers[.contentLength] = String(bytes.count)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// Put Page with `x-ms-page-write: update`: `body` at `range`.
    func putPage(_ body: [UInt8], at range: Range<Int64>) throws -> Response {
        try requireWritable(range)
        guard Int64(body.count) == Int64(range.count) else {
            throw StorageError.invalidHeader("Content-Length", "The body has \(body.count) bytes; the range "
                                             + "\(range.lowerBound)-\(range.upperBound - 1) needs \(Int64(range.count)).")
        }
        let volume = try makeVolume()
        try storage { try blocks.write(volume, at: range.lowerBound, bytes: body) }
        return written()
    }

    /// Put Page with `x-ms-page-write: clear`.
    func clearPages(_ range: Range<Int64>) throws -> Response {
        try requireWritable(range)
        if let volume = try existingVolume() {
            try storage { try blocks.clear(volume, at: range.lowerBound, length: Int64(range.count)) }
        }
        return written()
    }

    /// Put Page From URL: `sourceRange` of `source` into `range`.
    func putPage(from source: BlobAccess, sourceRange text: String?, into range: Range<Int64>) throws -> Response {
        try requireWritable(range)
        guard let text, let parsed = ByteRange(header: text), let end = parsed.end,
              end - parsed.start + 1 == Int64(range.count) else {
            throw StorageError.invalidHeader("x-ms-source-range", "It must be 'bytes=start-end' as long as x-ms-range "
                                             + "(\(Int64(range.count)) bytes).")
        }
        guard end < source.grant.size else {
            throw StorageError.invalidPageRange("The source range ends beyond the source's \(source.grant.size) bytes.")
        }
        let bytes = try source.existingVolume().map {
            try Self.readAligned(source.blocks, $0, offset: parsed.start, length: Int64(range.count))
        } ?? [UInt8](repeating: 0, count: range.count)
        let volume = try makeVolume()
        try storage { try blocks.write(volume, at: range.lowerBound, bytes: bytes) }
        return written()
    }

    // MARK: - Helpers

    private func requireWritable(_ range: Range<Int64>) throws {
        guard range.upperBound <= grant.size else {
            throw StorageError.invalidPageRange("The range ends beyond the blob's \(grant.size) bytes.")
        }
        guard Int64(range.count) <= Self.maximumPageWrite else {
            throw StorageError.invalidPageRange("One Put Page writes at most 4 MiB (\(Self.maximumPageWrite) bytes).")
        }
    }

    private func existingVolume() throws -> String? {
        try storage { try blocks.exists(grant.volume) ? grant.volume : nil }
    }

    private func makeVolume() throws -> String {
        try storage { try DiskVolumes(store: blocks).ensure(grant.volume, size: grant.size) }
        return grant.volume
    }

    /// Reads `length` bytes at any `offset` by reading the pages that hold them.
    private static func readAligned(_ blocks: any BlockStore, _ volume: String, offset: Int64,
                                    length: Int64) throws -> [UInt8] {
        let start = offset - offset % pageSize
        let end = offset + length
        let volumeSize = try blocks.size(of: volume)
        let alignedEnd = min(volumeSize, (end + pageSize - 1) / pageSize * pageSize)
        guard alignedEnd > start else { return [UInt8](repeating: 0, count: Int(length)) }
        var bytes = try blocks.read(volume, at: start, length: alignedEnd - start)
        let skip = Int(offset - start)
        var result = Array(bytes[skip..<min(bytes.count, skip + Int(length))])
        if result.count < Int(length) { result += [UInt8](repeating: 0, count: Int(length) - result.count) }
        bytes.removeAll()
        return result
    }

    private static func clip(_ ranges: [Range<Int64>], to window: Range<Int64>) -> [Range<Int64>] {
        ranges.compactMap { range in
            let clipped = range.clamped(to: window)
            return clipped.isEmpty ? nil : clipped
        }
    }

    private func storage<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as BlockStoreError {
            switch error.kind {
            case .invalidRange: throw StorageError.invalidPageRange(error.message)
            default: throw StorageError.internalError(error.message)
            }
        }
    }

    private func blobHeaders() -> HTTPFields {
        var headers = StorageHeaders.common()
        headers[StorageHeaders.blobType] = "PageBlob"
        headers[StorageHeaders.acceptRanges] = "bytes"
        headers[.contentType] = "application/octet-stream"
        headers[StorageHeaders.sequenceNumber] = "0"
        headers[StorageHeaders.serverEncrypted] = "true"
        headers[StorageHeaders.leaseState] = "available"
        headers[StorageHeaders.leaseStatus] = "unlocked"
        headers[StorageHeaders.eTag] = "\"0x\(grant.volume.filter { $0.isHexDigit }.prefix(15).uppercased())\""
        return headers
    }

    private func written() -> Response {
        var headers = StorageHeaders.common()
        headers[StorageHeaders.sequenceNumber] = "0"
        headers[StorageHeaders.requestServerEncrypted] = "true"
        headers[StorageHeaders.eTag] = "\"0x\(grant.volume.filter { $0.isHexDigit }.prefix(15).uppercased())\""
        headers[.contentLength] = "0"
        return Response(status: .created, headers: headers, body: ResponseBody())
    }
}
