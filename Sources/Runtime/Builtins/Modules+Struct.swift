// `_struct`: IEEE 754 conversions for Lib/struct.py (the 'e', 'f' and 'd' formats); the rest of
// struct is Python over int.to_bytes/from_bytes.

import CSupport

enum StructModule {
    static func create() throws(PyError) -> Value {
        let m = Imports.newModule("_struct")
        // pack_float(x, size, little) -> bytes
        Modules.def(m, "pack_float") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("pack_float", min: 3, max: 3)
            guard let x = Numbers.toDouble(a[0]) else { throw .type("must be real number, not \(a[0].type.name)") }
            let size = Ints.exact(a[1]) ?? 8
            let little = try Ops.truthy(a[2])
            var bits: UInt64
            switch size {
            case 2:
                let h = Float16(x)
                if h.isInfinite && x.isFinite { throw .overflow("float too large to pack with e format") }
                bits = UInt64(h.bitPattern)
            case 4:
                let f = Float(x)
                if f.isInfinite && x.isFinite { throw .overflow("float too large to pack with f format") }
                bits = UInt64(f.bitPattern)
            default:
                bits = x.bitPattern
            }
            var out = (0..<size).map { UInt8(truncatingIfNeeded: bits >> (8 * UInt64($0))) }
            if !little { out.reverse() }
            return Bytes.make(out)
        }
        // unpack_float(bytes, little) -> float
        Modules.def(m, "unpack_float") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("unpack_float", min: 2, max: 2)
            guard var b = try Bytes.bufferBytes(a[0]) else { throw .type("a bytes-like object is required") }
            if !(try Ops.truthy(a[1])) { b.reverse() }
            var bits: UInt64 = 0
            for (i, byte) in b.enumerated() { bits |= UInt64(byte) << (8 * UInt64(i)) }
            switch b.count {
            case 2: return .float(Double(Float16(bitPattern: UInt16(truncatingIfNeeded: bits))))
            case 4: return .float(Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits))))
            default: return .float(Double(bitPattern: bits))
            }
        }
        return m
    }
}
