// `_hashlib`: one-shot message digests for Lib/hashlib.py: MD5 (RFC 1321), SHA-1 and the
// SHA-2 family (FIPS 180-4; SHA-512/384 share SHA512.digest's compression in Modules+Random).

import CSupport
import Foundation

enum Digests {
    @inline(__always) static func rotl(_ x: UInt32, _ s: UInt32) -> UInt32 { (x << s) | (x >> (32 - s)) }
    @inline(__always) static func rotr(_ x: UInt32, _ s: UInt32) -> UInt32 { (x >> s) | (x << (32 - s)) }

    /// Message padding: 0x80, zeros, then the bit length (64 bits, big- or little-endian).
    static func pad(_ m: [UInt8], littleEndian: Bool) -> [UInt8] {
        var data = m
        data.append(0x80)
        while data.count % 64 != 56 { data.append(0) }
        let bits = UInt64(m.count) &* 8
        let len = (0..<8).map { UInt8(truncatingIfNeeded: bits >> (8 * UInt64($0))) }
        return data + (littleEndian ? len : len.reversed())
    }

    static func bigEndian(_ words: [UInt32]) -> [UInt8] {
        words.flatMap { w in (0..<4).map { UInt8(truncatingIfNeeded: w >> (24 - 8 * UInt32($0))) } }
    }

    static func md5(_ message: [UInt8]) -> [UInt8] {
        let s: [UInt32] = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                           5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
                           4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                           6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21]
        // K[i] = floor(|sin(i + 1)| * 2^32), as RFC 1321 defines the table.
        let k: [UInt32] = (0..<64).map { UInt32(floor(abs(sin(Double($0 + 1))) * 4294967296.0)) }
        var h: [UInt32] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]
        let data = pad(message, littleEndian: true)
        for block in stride(from: 0, to: data.count, by: 64) {
            let w: [UInt32] = (0..<16).map { i in
                (0..<4).reduce(UInt32(0)) { $0 | UInt32(data[block + 4 * i + $1]) << (8 * UInt32($1)) }
            }
            var a = h[0], b = h[1], c = h[2], d = h[3]
            for i in 0..<64 {
                var f: UInt32
                var g: Int
                switch i {
                case 0..<16: f = (b & c) | (~b & d); g = i
                case 16..<32: f = (d & b) | (~d & c); g = (5 * i + 1) % 16
                case 32..<48: f = b ^ c ^ d; g = (3 * i + 5) % 16
                default: f = c ^ (b | ~d); g = (7 * i) % 16
                }
                f = f &+ a &+ k[i] &+ w[g]
                a = d; d = c; c = b
                b = b &+ rotl(f, s[i])
            }
            h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d
        }
        return h.flatMap { w in (0..<4).map { UInt8(truncatingIfNeeded: w >> (8 * UInt32($0))) } }
    }

    static func sha1(_ message: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
        let data = pad(message, littleEndian: false)
        var w = [UInt32](repeating: 0, count: 80)
        for block in stride(from: 0, to: data.count, by: 64) {
            for i in 0..<16 {
                w[i] = (0..<4).reduce(UInt32(0)) { ($0 << 8) | UInt32(data[block + 4 * i + $1]) }
            }
            for i in 16..<80 { w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1) }
            var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4]
            for i in 0..<80 {
                let (f, k): (UInt32, UInt32)
                switch i {
                case 0..<20: (f, k) = ((b & c) | (~b & d), 0x5A827999)
                case 20..<40: (f, k) = (b ^ c ^ d, 0x6ED9EBA1)
                case 40..<60: (f, k) = ((b & c) | (b & d) | (c & d), 0x8F1BBCDC)
                default: (f, k) = (b ^ c ^ d, 0xCA62C1D6)
                }
                let t = rotl(a, 5) &+ f &+ e &+ k &+ w[i]
                e = d; d = c; c = rotl(b, 30); b = a; a = t
            }
            h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e
        }
        return bigEndian(h)
    }

    /// SHA-256 (or SHA-224 with its own initial values, truncated to 28 bytes). The round
    /// constants and SHA-256's initial values are the high halves of SHA-512's.
    static func sha256(_ message: [UInt8], sha224: Bool) -> [UInt8] {
        let k = SHA512.k.prefix(64).map { UInt32($0 >> 32) }
        var h: [UInt32] = sha224
            ? [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4]
            : [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        let data = pad(message, littleEndian: false)
        var w = [UInt32](repeating: 0, count: 64)
        for block in stride(from: 0, to: data.count, by: 64) {
            for i in 0..<16 {
                w[i] = (0..<4).reduce(UInt32(0)) { ($0 << 8) | UInt32(data[block + 4 * i + $1]) }
            }
            for i in 16..<64 {
                let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
                let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
                w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            }
            var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
            for i in 0..<64 {
                let t1 = hh &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ k[i] &+ w[i]
                let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
                hh = g; g = f; f = e; e = d &+ t1
                d = c; c = b; b = a; a = t1 &+ t2
            }
            h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
        }
        let out = bigEndian(h)
        return sha224 ? Array(out.prefix(28)) : out
    }

    static func create() throws(PyError) -> Value {
        let m = Imports.newModule("_hashlib")
        // digest(name, data) -> bytes
        Modules.def(m, "digest") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("digest", min: 2, max: 2)
            guard a[0].isExactlyStr else { throw .type("digest name must be str") }
            guard let data = try Bytes.bufferBytes(a[1]) else {
                throw .type("object supporting the buffer API required")
            }
            switch Str.swift(a[0]) {
            case "md5": return Bytes.make(md5(data))
            case "sha1": return Bytes.make(sha1(data))
            case "sha224": return Bytes.make(sha256(data, sha224: true))
            case "sha256": return Bytes.make(sha256(data, sha224: false))
            case "sha384": return Bytes.make(Array(SHA512.digest(data, sha384: true).prefix(48)))
            case "sha512": return Bytes.make(SHA512.digest(data))
            default: throw .value("unsupported hash type \(Str.swift(a[0]))")
            }
        }
        return m
    }
}
