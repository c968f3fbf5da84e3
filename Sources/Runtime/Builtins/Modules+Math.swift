// The math module.

import BigInt
import CSupport
import Foundation

extension Modules {
    static func math() throws(PyError) -> Value {
        let m = Imports.newModule("math")
        let d = Imports.moduleDict(m)
        Dict.setStr(d, "pi", .float(Double.pi))
        Dict.setStr(d, "e", .float(M_E))
        Dict.setStr(d, "tau", .float(2 * Double.pi))
        Dict.setStr(d, "inf", .float(.infinity))
        Dict.setStr(d, "nan", .float(.nan))
        func real(_ v: Value) throws(PyError) -> Double {
            if let x = Numbers.toDouble(v) {
                if Ints.isInt(v) && !x.isFinite { throw .overflow("int too large to convert to float") }
                return x
            }
            if let f = Ops.userMethod(v.type, Names.__float__) { return try real(try callValues(f, [v])) }
            throw .type("must be real number, not \(v.type.name)")
        }
        let unary: [(String, (Double) -> Double, (Double) -> Bool)] = [
            ("sqrt", Foundation.sqrt, { $0 >= 0 || $0.isNaN }), ("exp", Foundation.exp, { _ in true }),
            ("sin", Foundation.sin, { !$0.isInfinite }), ("cos", Foundation.cos, { !$0.isInfinite }),
            ("tan", Foundation.tan, { !$0.isInfinite }), ("asin", Foundation.asin, { abs($0) <= 1 || $0.isNaN }),
            ("acos", Foundation.acos, { abs($0) <= 1 || $0.isNaN }), ("atan", Foundation.atan, { _ in true }),
            ("sinh", Foundation.sinh, { _ in true }), ("cosh", Foundation.cosh, { _ in true }), ("tanh", Foundation.tanh, { _ in true }),
            ("asinh", Foundation.asinh, { _ in true }), ("acosh", Foundation.acosh, { $0 >= 1 || $0.isNaN }),
            ("atanh", Foundation.atanh, { abs($0) < 1 || $0.isNaN }), ("fabs", Swift.abs, { _ in true }),
            ("log2", Foundation.log2, { $0 > 0 || $0.isNaN }), ("log10", Foundation.log10, { $0 > 0 || $0.isNaN }),
            ("log1p", Foundation.log1p, { $0 > -1 || $0.isNaN }), ("expm1", Foundation.expm1, { _ in true }),
            ("erf", Foundation.erf, { _ in true }), ("erfc", Foundation.erfc, { _ in true }),
            ("gamma", Foundation.tgamma, { !($0 <= 0 && $0 == $0.rounded()) }), ("lgamma", Foundation.lgamma, { !($0 <= 0 && $0 == $0.rounded()) }),
            ("degrees", { $0 * 180 / Double.pi }, { _ in true }), ("radians", { $0 * Double.pi / 180 }, { _ in true }),
        ]
        for (name, f, ok) in unary {
            def(m, name) { (a: inout Args) throws(PyError) -> Value in
                try a.expect(name, min: 1, max: 1)
                let x = try real(a[0])
                guard ok(x) else { throw .value(name == "sqrt" ? "expected a nonnegative input, got \(Numbers.floatRepr(x))" : "math domain error") }
                let r = f(x)
                if r.isInfinite && x.isFinite && name != "log2" && name != "log10" { throw .overflow("math range error") }
                return .float(r)
            }
        }
        def(m, "log") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("log", min: 1, max: 2)
            func ln(_ v: Value) throws(PyError) -> Double {
                if Ints.isInt(v) {
                    let b = Ints.big(v)
                    if b <= 0 { throw .value("expected a positive input") }
                    if let x = Int(exactly: b) { return Foundation.log(Double(x)) }
                    let bits = b.bitWidth - 60
                    return Foundation.log(Numbers.bigToDouble(b >> bits)) + Double(bits) * M_LN2
                }
                let x = try real(v)
                if x <= 0 { throw .value(x == 0 ? "expected a positive input, got 0.0" : "expected a positive input") }
                return Foundation.log(x)
            }
            let r = try ln(a[0])
            return .float(a.count > 1 ? r / (try ln(a[1])) : r)
        }
        for (name, roundDown) in [("floor", true), ("ceil", false)] {
            def(m, name) { (a: inout Args) throws(PyError) -> Value in
                try a.expect(name, min: 1, max: 1)
                if Ints.isInt(a[0]) { return Ints.make(Ints.big(a[0])) }
                if let u = Ops.userMethod(a[0].type, Str.intern("__\(name)__")) { return try callValues(u, [a[0]]) }
                let x = try real(a[0])
                if x.isNaN { throw .value("cannot convert float NaN to integer") }
                if x.isInfinite { throw .overflow("cannot convert float infinity to integer") }
                return Ints.make(BigInt(roundDown ? x.rounded(.down) : x.rounded(.up)))
            }
        }
        def(m, "trunc") { (a: inout Args) throws(PyError) -> Value in
            if Ints.isInt(a[0]) { return Ints.make(Ints.big(a[0])) }
            let x = try real(a[0])
            if !x.isFinite { throw x.isNaN ? .value("cannot convert float NaN to integer") : .overflow("cannot convert float infinity to integer") }
            return Ints.make(BigInt(x.rounded(.towardZero)))
        }
        def(m, "pow") { (a: inout Args) throws(PyError) -> Value in
            let x = try real(a[0]), y = try real(a[1])
            if x == 0 && y < 0 { throw .value("math domain error") }
            if x < 0 && y != y.rounded() && y.isFinite { throw .value("math domain error") }
            let r = Foundation.pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw .overflow("math range error") }
            return .float(r)
        }
        def(m, "atan2") { (a: inout Args) throws(PyError) -> Value in .float(Foundation.atan2(try real(a[0]), try real(a[1]))) }
        def(m, "copysign") { (a: inout Args) throws(PyError) -> Value in .float(Foundation.copysign(try real(a[0]), try real(a[1]))) }
        def(m, "fmod") { (a: inout Args) throws(PyError) -> Value in
            let y = try real(a[1])
            if y == 0 { throw .value("math domain error") }
            return .float(Foundation.fmod(try real(a[0]), y))
        }
        def(m, "hypot") { (a: inout Args) throws(PyError) -> Value in
            var acc = 0.0
            for i in 0..<a.count { acc = Foundation.hypot(acc, try real(a[i])) }
            return .float(acc)
        }
        def(m, "isnan") { (a: inout Args) throws(PyError) -> Value in .bool(try real(a[0]).isNaN) }
        def(m, "isinf") { (a: inout Args) throws(PyError) -> Value in .bool(try real(a[0]).isInfinite) }
        def(m, "isfinite") { (a: inout Args) throws(PyError) -> Value in .bool(try real(a[0]).isFinite) }
        def(m, "isclose") { (a: inout Args) throws(PyError) -> Value in
            let x = try real(a[0]), y = try real(a[1])
            let rel = try a.keyword("rel_tol").map { (v) throws(PyError) in try real(v) } ?? 1e-9
            let abs_ = try a.keyword("abs_tol").map { (v) throws(PyError) in try real(v) } ?? 0
            if x == y { return .true_ }
            if x.isInfinite || y.isInfinite { return .false_ }
            let diff = abs(y - x)
            return .bool(diff <= abs(rel * y) || diff <= abs(rel * x) || diff <= abs_)
        }
        def(m, "gcd") { (a: inout Args) throws(PyError) -> Value in
            var g = BigInt(0)
            for i in 0..<a.count { g = BigInt(g.magnitude.greatestCommonDivisor(with: Ints.big(a[i]).magnitude)) }
            return Ints.make(g)
        }
        def(m, "lcm") { (a: inout Args) throws(PyError) -> Value in
            var l = BigInt(1)
            for i in 0..<a.count {
                let x = Ints.big(a[i])
                if x == 0 { return .int(0) }
                l = (l * x).magnitude.asSigned / BigInt(l.magnitude.greatestCommonDivisor(with: x.magnitude))
            }
            return Ints.make(l)
        }
        def(m, "factorial") { (a: inout Args) throws(PyError) -> Value in
            guard Ints.isInt(a[0]) else { throw .type("'\(a[0].type.name)' object cannot be interpreted as an integer") }
            guard let n = Ints.exact(a[0]), n >= 0 else { throw .value("factorial() not defined for negative values") }
            var r = BigInt(1)
            if n > 1 { for k in 2...n { r *= BigInt(k) } }
            return Ints.make(r)
        }
        def(m, "comb") { (a: inout Args) throws(PyError) -> Value in
            guard let n = Ints.exact(a[0]), let k = Ints.exact(a[1]) else { throw .type("comb() requires integers") }
            if n < 0 || k < 0 { throw .value(n < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer") }
            if k > n { return .int(0) }
            var r = BigInt(1)
            let kk = min(k, n - k)
            if kk > 0 { for i in 1...kk { r = r * BigInt(n - kk + i) / BigInt(i) } }
            return Ints.make(r)
        }
        def(m, "perm") { (a: inout Args) throws(PyError) -> Value in
            guard let n = Ints.exact(a[0]) else { throw .type("perm() requires integers") }
            let k = a.count > 1 && !a[1].isNone ? (Ints.exact(a[1]) ?? 0) : n
            if n < 0 || k < 0 { throw .value(n < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer") }
            if k > n { return .int(0) }
            var r = BigInt(1)
            if k > 0 { for i in 0..<k { r *= BigInt(n - i) } }
            return Ints.make(r)
        }
        def(m, "isqrt") { (a: inout Args) throws(PyError) -> Value in
            let n = Ints.big(a[0])
            if n < 0 { throw .value("isqrt() argument must be nonnegative") }
            return Ints.make(n.squareRoot())
        }
        def(m, "fsum") { (a: inout Args) throws(PyError) -> Value in
            // Shewchuk's algorithm (exact partial sums), as CPython's math.fsum.
            var partials: [Double] = []
            for v in try Ops.toArray(a[0]) {
                var x = try real(v)
                var i = 0
                for var y in partials {
                    if abs(x) < abs(y) { swap(&x, &y) }
                    let hi = x + y
                    let lo = y - (hi - x)
                    if lo != 0 { partials[i] = lo; i += 1 }
                    x = hi
                }
                partials.removeSubrange(i...)
                partials.append(x)
            }
            var total = 0.0
            var n = partials.count
            if n > 0 {
                n -= 1
                total = partials[n]
                while n > 0 {
                    let x = total, y = partials[n - 1]
                    n -= 1
                    total = x + y
                    let yr = total - x
                    let lo = y - yr
                    if lo != 0 {
                        if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
                            let y2 = lo * 2
                            let x2 = total + y2
                            if y2 == x2 - total { total = x2 }
                        }
                        break
                    }
                }
            }
            return .float(total)
        }
        def(m, "prod") { (a: inout Args) throws(PyError) -> Value in
            var acc = a.keyword("start") ?? .int(1)
            for v in try Ops.toArray(a[0]) { acc = try Ops.binary(acc, v, 5) }
            return acc
        }
        def(m, "dist") { (a: inout Args) throws(PyError) -> Value in
            let p = try Ops.toArray(a[0]), q = try Ops.toArray(a[1])
            var acc = 0.0
            for (x, y) in zip(p, q) { acc = Foundation.hypot(acc, try real(x) - (try real(y))) }
            return .float(acc)
        }
        def(m, "modf") { (a: inout Args) throws(PyError) -> Value in
            let x = try real(a[0])
            let ip = x.rounded(.towardZero)
            return Tuple.make([.float(x.isInfinite ? Foundation.copysign(0, x) : x - ip), .float(ip)])
        }
        def(m, "frexp") { (a: inout Args) throws(PyError) -> Value in
            let r = Foundation.frexp(try real(a[0]))
            return Tuple.make([.float(r.0), .int(r.1)])
        }
        def(m, "ldexp") { (a: inout Args) throws(PyError) -> Value in .float(Foundation.scalbn(try real(a[0]), Ints.exact(a[1]) ?? 0)) }
        return m
    }
}
