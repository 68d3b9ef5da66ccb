import Crypto

/// `uniqueString()` and `guid()` exactly as Azure computes them.
///
/// Both join their arguments with `-` and hash the UTF-8 bytes. `uniqueString` is ResourceStack's
/// two-lane 64-bit MurmurHash variant (seed 0) printed as 13 base-32 characters; `guid` is an
/// RFC 4122 version-5 UUID in the namespace `11fb06fb-712d-4ddd-98c7-e71bbd588830`.
public enum AzureHashes {
    /// The 13-character `uniqueString()` of `arguments`.
    public static func uniqueString(_ arguments: [String]) -> String {
        var hash = murmurHash64(Array(arguments.joined(separator: "-").utf8))
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(13)
        for _ in 0..<13 {
            out.append(alphabet[Int(hash >> 59)])
            hash <<= 5
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The lowercase `guid()` of `arguments`.
    public static func guid(_ arguments: [String]) -> String {
        let namespace: [UInt8] = [0x11, 0xfb, 0x06, 0xfb, 0x71, 0x2d, 0x4d, 0xdd, 0x98, 0xc7, 0xe7, 0x1b, 0xbd, 0x58, 0x88, 0x30]
        var sha = Insecure.SHA1()
        sha.update(data: namespace)
        sha.update(data: Array(arguments.joined(separator: "-").utf8))
        var bytes = Array(sha.finalize().prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(36)
        for (i, b) in bytes.enumerated() {
            if i == 4 || i == 6 || i == 8 || i == 10 { out.append(0x2D) }
            out.append(hex[Int(b >> 4)])
            out.append(hex[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ResourceStack's MurmurHash64 (two 32-bit lanes, seed 0).
    static func murmurHash64(_ data: [UInt8]) -> UInt64 {
        let c1: UInt32 = 0x239B_961B, c2: UInt32 = 0xAB0E_9789
        let m1: UInt32 = 0x561C_CD1B, m2: UInt32 = 0x0BCA_A747
        @inline(__always) func rotl(_ x: UInt32, _ r: UInt32) -> UInt32 { (x << r) | (x >> (32 - r)) }
        @inline(__always) func word(_ at: Int, _ count: Int) -> UInt32 {
            var v: UInt32 = 0
            for j in 0..<count { v |= UInt32(data[at + j]) << (8 * UInt32(j)) }
            return v
        }
        @inline(__always) func fmix(_ x0: UInt32) -> UInt32 {
            var x = x0
            x ^= x >> 16
            x = x &* 0x85EB_CA6B
            x ^= x >> 13
            x = x &* 0xC2B2_AE35
            x ^= x >> 16
            return x
        }
        let n = data.count
        var h1: UInt32 = 0, h2: UInt32 = 0
        var i = 0
        while i + 7 < n {
            var k1 = word(i, 4), k2 = word(i + 4, 4)
            k1 = rotl(k1 &* c1, 15) &* c2
            h1 ^= k1
            h1 = rotl(h1, 19) &+ h2
            h1 = h1 &* 5 &+ m1
            k2 = rotl(k2 &* c2, 17) &* c1
            h2 ^= k2
            h2 = rotl(h2, 13) &+ h1
            h2 = h2 &* 5 &+ m2
            i += 8
        }
        let r = n - i
        if r > 0 {
            let k1 = rotl(word(i, min(r, 4)) &* c1, 15) &* c2
            h1 ^= k1
            if r > 4 {
                let k2 = rotl(word(i + 4, r - 4) &* c2, 17) &* c1
                h2 ^= k2
            }
        }
        h1 ^= UInt32(truncatingIfNeeded: n)
        h2 ^= UInt32(truncatingIfNeeded: n)
        h1 = h1 &+ h2
        h2 = h2 &+ h1
        h1 = fmix(h1)
        h2 = fmix(h2)
        h1 = h1 &+ h2
        h2 = h2 &+ h1
        return (UInt64(h2) << 32) | UInt64(h1)
    }
}
