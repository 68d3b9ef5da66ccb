#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain TCP connection to 127.0.0.1 for probing what an HTTP client library would never do:
/// stop halfway through a request, or hold a connection open and say nothing.
final class RawConnection {
    /// Stops a receive once a response's head has arrived.
    static func headComplete(_ text: String) -> Bool { text.contains("\r\n\r\n") }

    private let descriptor: Int32

    /// Connects to `port` on loopback; nil when the connection is refused.
    init?(port: Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(fd)
            return nil
        }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Sends `text` as it is.
    func send(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// What the server sends within `seconds` (or until `enough` holds for what arrived): the bytes
    /// read, and whether the server closed the connection (end of stream or reset) in that time.
    func receive(within seconds: Double, until enough: (String) -> Bool = { _ in false }) -> (text: String, closed: Bool) {
        var received: [UInt8] = []
        let deadline = Self.now() + seconds
        while true {
            let remaining = deadline - Self.now()
            if remaining <= 0 { return (String(decoding: received, as: UTF8.self), false) }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(remaining * 1000) + 1)
            if ready <= 0 { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return (String(decoding: received, as: UTF8.self), true) }
            received += buffer[0..<count]
            let text = String(decoding: received, as: UTF8.self)
            if enough(text) { return (text, false) }
        }
    }

    private static func now() -> Double {
        let (seconds, attoseconds) = ContinuousClock.now.duration(to: origin).components
        return -(Double(seconds) + Double(attoseconds) / 1e18)
    }

    private static let origin = ContinuousClock.now
}
