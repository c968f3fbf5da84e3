// `_random`: the Mersenne Twister core behind Lib/random.py, bit-identical to CPython's
// Modules/_randommodule.c (MT19937 by Matsumoto and Nishimura: init_genrand, init_by_array,
// genrand_uint32, and the 53-bit random() built from two draws), plus `_sha512`, a SHA-512
// (FIPS 180-4) used by random.seed(str) and hashlib.
//
// The generator state lives in a private bytes object of 625 little-endian uint32 words
// (624 state words, then the index) stored on the Random instance as `_mt`; the natives below
// are methods that find it there, so subclasses of random.Random keep working.

import BigInt
import CSupport
#if canImport(Glibc)
import Glibc
#endif

enum RandomModule {
    static let n = 624
    static let m = 397
    static let stateBytes = (n + 1) * 4

    /// The MT words of a Random instance.
    struct State {
        let p: UnsafeMutableRawPointer

        @inline(__always) subscript(i: Int) -> UInt32 {
            get { p.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self) }
            nonmutating set { p.storeBytes(of: newValue, toByteOffset: i * 4, as: UInt32.self) }
        }
        var index: Int {
            get { Int(self[RandomModule.n]) }
            nonmutating set { self[RandomModule.n] = UInt32(newValue) }
        }

        func initGenrand(_ s: UInt32) {
            self[0] = s
            for i in 1..<RandomModule.n {
                let prev = self[i - 1]
                self[i] = 1812433253 &* (prev ^ (prev >> 30)) &+ UInt32(i)
            }
            index = RandomModule.n
        }

        func initByArray(_ key: [UInt32]) {
            let n = RandomModule.n
            initGenrand(19650218)
            var i = 1, j = 0
            for _ in 0..<max(n, key.count) {
                let prev = self[i - 1]
                self[i] = (self[i] ^ ((prev ^ (prev >> 30)) &* 1664525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
                i += 1
                j += 1
                if i >= n { self[0] = self[n - 1]; i = 1 }
                if j >= key.count { j = 0 }
            }
            for _ in 0..<(n - 1) {
                let prev = self[i - 1]
                self[i] = (self[i] ^ ((prev ^ (prev >> 30)) &* 1566083941)) &- UInt32(i)
                i += 1
                if i >= n { self[0] = self[n - 1]; i = 1 }
            }
            self[0] = 0x8000_0000
        }

        func next() -> UInt32 {
            let n = RandomModule.n, m = RandomModule.m
            if index >= n {
                @inline(__always) func twist(_ k: Int, _ k1: Int, _ km: Int) {
                    let y = (self[k] & 0x8000_0000) | (self[k1] & 0x7fff_ffff)
                    self[k] = self[km] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908_b0df : 0)
                }
                for k in 0..<(n - m) { twist(k, k + 1, k + m) }
                for k in (n - m)..<(n - 1) { twist(k, k + 1, k + m - n) }
                twist(n - 1, 0, m - 1)
                index = 0
            }
            var y = self[index]
            index += 1
            y ^= y >> 11
            y ^= (y << 7) & 0x9d2c_5680
            y ^= (y << 15) & 0xefc6_0000
            y ^= y >> 18
            return y
        }
    }

    nonisolated(unsafe) static var mtName = Value.null

    /// getrandbits(k) for 0 <= k <= 64: 32-bit words least significant first, the last one
    /// keeping only its top bits.
    static func smallBits(_ st: State, _ k: Int) -> UInt64 {
        if k == 0 { return 0 }
        if k <= 32 { return UInt64(st.next() >> (32 - UInt32(k))) }
        let low = UInt64(st.next())
        return low | (UInt64(st.next() >> (64 - UInt32(k))) << 32)
    }

    /// getrandbits(k) for any k >= 0.
    static func bits(_ st: State, _ k0: Int) -> BigUInt {
        if k0 <= 64 { return BigUInt(smallBits(st, k0)) }
        var k = k0
        var words: [UInt] = []
        var half: UInt32? = nil
        while k > 0 {
            var r = st.next()
            if k < 32 { r >>= UInt32(32 - k) }
            if let lo = half { words.append(UInt(lo) | (UInt(r) << 32)); half = nil } else { half = r }
            k -= 32
        }
        if let lo = half { words.append(UInt(lo)) }
        return BigUInt(words: words)
    }

    static func state(_ a: Args) throws(PyError) -> State {
        guard let v = try Ops.getAttrOrNil(a.receiver, mtName) else {
            // A subclass whose __init__ skipped Random.__init__: seeded from the clock, as
            // CPython seeds a new generator from the OS.
            let b = Bytes.make([UInt8](repeating: 0, count: stateBytes))
            var ts = timespec()
            clock_gettime(CLOCK_REALTIME, &ts)
            let st = State(p: UnsafeMutableRawPointer(Bytes.data(b)))
            st.initByArray([UInt32(truncatingIfNeeded: ts.tv_nsec), UInt32(truncatingIfNeeded: ts.tv_sec),
                            UInt32(truncatingIfNeeded: getpid())])
            try Ops.setAttr(a.receiver, mtName, b)
            return st
        }
        guard Bytes.isBytes(v), Bytes.count(v) == stateBytes else { throw .type("random state is corrupted") }
        return State(p: UnsafeMutableRawPointer(Bytes.data(v)))
    }

    static func create() throws(PyError) -> Value {
        let m = Imports.newModule("_random")
        mtName = Str.intern("_mt")
        Heap.addRoot(mtName)
        func method(_ name: String, _ fn: @escaping NativeFunction) {
            let f = Native.function(name, qualname: "Random.\(name)", kind: QK_NATIVE_METHOD, fn)
            Dict.setStr(Imports.moduleDict(m), name, f)
        }
        Modules.def(m, "new_state") { (a: inout Args) throws(PyError) -> Value in
            let b = Bytes.make([UInt8](repeating: 0, count: stateBytes))
            State(p: UnsafeMutableRawPointer(Bytes.data(b))).initGenrand(5489)
            return b
        }
        // seed_int(self, n): init_by_array over the 32-bit words of n >= 0, least significant first.
        method("seed_int") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("seed_int", min: 1, max: 1)
            guard Ints.isInt(a[0]) else { throw .type("an integer is required") }
            let st = try state(a)
            let mag = Ints.big(a[0]).magnitude
            var key: [UInt32] = []
            for w in mag.words {
                key.append(UInt32(truncatingIfNeeded: w))
                key.append(UInt32(truncatingIfNeeded: w >> 32))
            }
            while key.count > 1 && key.last == 0 { key.removeLast() }
            if key.isEmpty { key = [0] }
            st.initByArray(key)
            return .none
        }
        method("random") { (a: inout Args) throws(PyError) -> Value in
            let st = try state(a)
            let hi = Double(st.next() >> 5), lo = Double(st.next() >> 6)
            return .float((hi * 67108864.0 + lo) * (1.0 / 9007199254740992.0))
        }
        method("getrandbits") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("getrandbits", min: 1, max: 1)
            guard Ints.isInt(a[0]) else { throw .type("'\(a[0].type.name)' object cannot be interpreted as an integer") }
            guard let k0 = Ints.exact(a[0]) else {
                if Ints.big(a[0]).signum() < 0 { throw .value("number of bits must be non-negative") }
                throw .overflow("Python int too large to convert to C int")
            }
            if k0 < 0 { throw .value("number of bits must be non-negative") }
            return Ints.make(BigInt(bits(try state(a), k0)))
        }
        // randbelow(n): a uniform int in [0, n) by rejection over getrandbits(n.bit_length()),
        // exactly as Random._randbelow_with_getrandbits draws.
        method("randbelow") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("_randbelow", min: 1, max: 1)
            guard Ints.isInt(a[0]) else { throw .type("'\(a[0].type.name)' object cannot be interpreted as an integer") }
            let st = try state(a)
            if let n = Ints.exact(a[0]), n > 0, n < (1 << 62) {
                let k = Int.bitWidth - n.leadingZeroBitCount
                var r = smallBits(st, k)
                while r >= UInt64(n) { r = smallBits(st, k) }
                return .int(Int(r))
            }
            let n = Ints.big(a[0])
            if n.signum() <= 0 { throw .value("empty range for randrange()") }
            let k = n.magnitude.bitWidth
            var r = bits(st, k)
            while BigInt(r) >= n { r = bits(st, k) }
            return Ints.make(BigInt(r))
        }
        method("getstate_words") { (a: inout Args) throws(PyError) -> Value in
            let st = try state(a)
            return Tuple.make((0...n).map { Value.int(Int(st[$0])) })
        }
        method("setstate_words") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("setstate_words", min: 1, max: 1)
            let st = try state(a)
            let items = try Ops.toArray(a[0])
            guard items.count == n + 1 else { throw .value("state vector is the wrong size") }
            var words: [UInt32] = []
            for v in items {
                guard Ints.isInt(v) else { throw .type("state vector items must be integers") }
                let b = Ints.big(v)
                guard b.signum() >= 0, let w = UInt32(exactly: b) else { throw .overflow("Python int too large to convert to C unsigned long") }
                words.append(w)
            }
            guard words[n] <= UInt32(n) else { throw .value("invalid state") }
            for (i, w) in words.enumerated() { st[i] = w }
            return .none
        }
        Modules.def(m, "sha512") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("sha512", min: 1, max: 1)
            guard let data = try Bytes.bufferBytes(a[0]) else {
                throw .type("object supporting the buffer API required")
            }
            return Bytes.make(SHA512.digest(data))
        }
        return m
    }
}

/// SHA-512 as specified in FIPS 180-4 (section 6.4): 80 rounds over 1024-bit blocks.
enum SHA512 {
    static let k: [UInt64] = [
        0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
        0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
        0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
        0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
        0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
        0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
        0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
        0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
        0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
        0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
        0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
        0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
        0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
        0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
        0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
        0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
    ]

    /// SHA-512, or SHA-384 (other initial values; the caller keeps the first 48 bytes).
    static func digest(_ message: [UInt8], sha384: Bool = false) -> [UInt8] {
        var h: [UInt64] = sha384
            ? [0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
               0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4]
            : [0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
               0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179]
        // Padding: 0x80, zeros to 112 mod 128, then the 128-bit big-endian bit length.
        var data = message
        data.append(0x80)
        while data.count % 128 != 112 { data.append(0) }
        let bits = UInt64(message.count) &* 8
        data += [UInt8](repeating: 0, count: 8)
        data += (0..<8).map { UInt8(truncatingIfNeeded: bits >> (56 - 8 * UInt64($0))) }
        @inline(__always) func rotr(_ x: UInt64, _ s: UInt64) -> UInt64 { (x >> s) | (x << (64 - s)) }
        var w = [UInt64](repeating: 0, count: 80)
        for block in stride(from: 0, to: data.count, by: 128) {
            for t in 0..<16 {
                var v: UInt64 = 0
                for b in 0..<8 { v = (v << 8) | UInt64(data[block + t * 8 + b]) }
                w[t] = v
            }
            for t in 16..<80 {
                let s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7)
                let s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
            for t in 0..<80 {
                let t1 = hh &+ (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) &+ ((e & f) ^ (~e & g)) &+ k[t] &+ w[t]
                let t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) &+ ((a & b) ^ (a & c) ^ (b & c))
                hh = g; g = f; f = e; e = d &+ t1
                d = c; c = b; b = a; a = t1 &+ t2
            }
            h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
        }
        return h.flatMap { v in (0..<8).map { UInt8(truncatingIfNeeded: v >> (56 - 8 * UInt64($0))) } }
    }
}
