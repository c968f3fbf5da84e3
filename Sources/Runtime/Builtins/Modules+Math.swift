// The math module, following CPython 3.13's Modules/mathmodule.c semantics: special values,
// errno-style error classification ("math domain error" / "math range error"), exact
// integer functions, and CPython's own gamma/lgamma (Lanczos) so results match bit for bit.

import BigInt
import CSupport
#if canImport(Glibc)
import Glibc
#endif

enum MathFns {
    enum Err { case none, domain, range }

    static func domainError() -> PyError { .value("math domain error") }
    static func rangeError() -> PyError { .overflow("math range error") }

    /// CPython's is_error: EDOM -> ValueError; ERANGE -> OverflowError unless it was an
    /// underflow (|r| < 1.5).
    static func check(_ err: Err, _ r: Double) throws(PyError) {
        switch err {
        case .none: return
        case .domain: throw domainError()
        case .range: if Swift.abs(r) >= 1.5 { throw rangeError() }
        }
    }

    /// PyFloat_AsDouble.
    static func real(_ v: Value) throws(PyError) -> Double {
        if let d = try Numbers.realDouble(v) { return d }
        if v.isObject && v.type.isHeapType {
            if let f = Ops.userMethod(v.type, Names.__float__) {
                let r = try callValues(f, [v])
                guard Numbers.isFloatLike(r) else { throw .type("\(v.type.name).__float__ returned non-float (type \(r.type.name))") }
                return Numbers.toDouble(r)!
            }
            if Ops.userMethod(v.type, Names.__index__) != nil {
                guard let d = Ints.toDouble(try NumberMethods.index(v)) else { throw .overflow("int too large to convert to float") }
                return d
            }
        }
        throw .type("must be real number, not \(v.type.name)")
    }

    /// math_1: nan from non-nan is a domain error; inf from finite is a range error when the
    /// function can overflow, else a domain error (a singularity).
    static func math1(_ x: Double, _ f: (Double) -> Double, canOverflow: Bool) throws(PyError) -> Double {
        let r = f(x)
        if r.isNaN && !x.isNaN { throw domainError() }
        if r.isInfinite && x.isFinite { throw canOverflow ? rangeError() : domainError() }
        return r
    }

    /// math_2: for two-argument libm functions.
    static func math2(_ x: Double, _ y: Double, _ f: (Double, Double) -> Double) throws(PyError) -> Double {
        let r = f(x, y)
        if r.isNaN {
            if !x.isNaN && !y.isNaN { throw domainError() }
        } else if r.isInfinite {
            if x.isFinite && y.isFinite { throw rangeError() }
        }
        return r
    }

    // MARK: CPython's special functions

    static func sinpi(_ x: Double) -> Double {
        let y = fmod(Swift.abs(x), 2.0)
        let n = Int((2.0 * y).rounded())
        var r: Double
        switch n {
        case 0: r = sin(Double.pi * y)
        case 1: r = cos(Double.pi * (y - 0.5))
        case 2: r = sin(Double.pi * (1.0 - y))
        case 3: r = -cos(Double.pi * (y - 1.5))
        default: r = sin(Double.pi * (y - 2.0))
        }
        return copysign(1.0, x) * r
    }

    static let lanczosG = 6.024680040776729583740234375
    static let lanczosGMinusHalf = 5.524680040776729583740234375
    static let lanczosNum: [Double] = [
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ]
    static let lanczosDen: [Double] = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
                                       13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0]

    static func lanczosSum(_ x: Double) -> Double {
        var num = 0.0, den = 0.0
        if x < 5.0 {
            for i in stride(from: 12, through: 0, by: -1) {
                num = num * x + lanczosNum[i]
                den = den * x + lanczosDen[i]
            }
        } else {
            for i in 0..<13 {
                num = num / x + lanczosNum[i]
                den = den / x + lanczosDen[i]
            }
        }
        return num / den
    }

    static func tgamma(_ x: Double) -> (Double, Err) {
        if !x.isFinite {
            if x.isNaN || x > 0 { return (x, .none) }
            return (.nan, .domain)
        }
        if x == 0 { return (copysign(.infinity, x), .domain) }
        if x == floor(x) {
            if x < 0 { return (.nan, .domain) }
            if x <= 23 {
                var f = 1.0
                var k = 2.0
                while k < x { f *= k; k += 1 }
                return (f, .none)
            }
        }
        let absx = Swift.abs(x)
        if absx < 1e-20 {
            let r = 1.0 / x
            return (r, r.isInfinite ? .range : .none)
        }
        if absx > 200.0 {
            if x < 0 { return (0.0 / sinpi(x), .none) }
            return (.infinity, .range)
        }
        let y = absx + lanczosGMinusHalf
        var z: Double
        if absx > lanczosGMinusHalf {
            let q = y - absx
            z = q - lanczosGMinusHalf
        } else {
            let q = y - lanczosGMinusHalf
            z = q - absx
        }
        z = z * lanczosG / y
        var r: Double
        if x < 0 {
            r = -Double.pi / sinpi(absx) / absx * exp(y) / lanczosSum(absx)
            r -= z * r
            if absx < 140.0 {
                r /= pow(y, absx - 0.5)
            } else {
                let sqrtpow = pow(y, absx / 2.0 - 0.25)
                r /= sqrtpow
                r /= sqrtpow
            }
        } else {
            r = lanczosSum(absx) / exp(y)
            r += z * r
            if absx < 140.0 {
                r *= pow(y, absx - 0.5)
            } else {
                let sqrtpow = pow(y, absx / 2.0 - 0.25)
                r *= sqrtpow
                r *= sqrtpow
            }
        }
        return (r, r.isInfinite ? .range : .none)
    }

    static func lgamma(_ x: Double) -> (Double, Err) {
        if !x.isFinite { return (x.isNaN ? x : .infinity, .none) }
        if x == floor(x) && x <= 2.0 {
            if x <= 0 { return (.infinity, .domain) }
            return (0.0, .none)
        }
        let absx = Swift.abs(x)
        if absx < 1e-20 { return (-log(absx), .none) }
        var r = log(lanczosSum(absx)) - lanczosG
        r += (absx - 0.5) * (log(absx + lanczosG - 0.5) - 1)
        if x < 0 {
            r = 1.144729885849400174143427351353058711647 - log(Swift.abs(sinpi(absx))) - log(absx) - r
        }
        return (r, r.isInfinite ? .range : .none)
    }

    static func atan2(_ y: Double, _ x: Double) -> Double {
        if x.isNaN || y.isNaN { return .nan }
        if y.isInfinite {
            if x.isInfinite {
                return copysign(copysign(1.0, x) == 1.0 ? 0.25 * Double.pi : 0.75 * Double.pi, y)
            }
            return copysign(0.5 * Double.pi, y)
        }
        if x.isInfinite || y == 0 {
            return copysign(1.0, x) == 1.0 ? copysign(0.0, y) : copysign(Double.pi, y)
        }
        return Glibc.atan2(y, x)
    }

    static func remainder(_ x: Double, _ y: Double) -> Double {
        if x.isFinite && y.isFinite {
            if y == 0 { return .nan }
            let absx = Swift.abs(x), absy = Swift.abs(y)
            let m = fmod(absx, absy)
            let c = absy - m
            var r: Double
            if m < c { r = m } else if m > c { r = -c } else { r = m - 2.0 * fmod(0.5 * (absx - m), absy) }
            return copysign(1.0, x) * r
        }
        if x.isNaN { return x }
        if y.isNaN { return y }
        if x.isInfinite { return .nan }
        return x
    }

    /// m_log / m_log2 / m_log10: libm with explicit special values.
    static func mlog(_ f: @escaping (Double) -> Double) -> (Double) -> Double {
        return { x in
            if x.isFinite {
                if x > 0 { return f(x) }
                return x == 0 ? -.infinity : .nan
            }
            if x.isNaN || x > 0 { return x }
            return .nan
        }
    }

    /// loghelper: ints of any size (a positive int's log never overflows), else math_1.
    static func logHelper(_ v: Value, _ f: @escaping (Double) -> Double) throws(PyError) -> Double {
        if Numbers.isIntLike(v) {
            let b = Ints.big(v)
            if b.sign == .minus || b.isZero { throw domainError() }
            if let x = Ints.toDouble(b) { return f(x) }
            var e = b.magnitude.bitWidth
            var x = Ints.roundToDouble(b.magnitude, -e)
            if x == 1.0 { x = 0.5; e += 1 }
            return f(x) + f(2.0) * Double(e)
        }
        return try math1(try real(v), mlog(f), canOverflow: false)
    }

    /// Sum of doubles, correctly rounded (Shewchuk), with CPython's fsum errors.
    static func fsum(_ items: [Double]) throws(PyError) -> Double {
        var p: [Double] = []
        var specialSum = 0.0, infSum = 0.0
        for xsave in items {
            var x = xsave
            var i = 0
            for j in 0..<p.count {
                var y = p[j]
                if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
                let hi = x + y
                let yr = hi - x
                let lo = y - yr
                if lo != 0 { p[i] = lo; i += 1 }
                x = hi
            }
            p.removeSubrange(i...)
            if x != 0 {
                if !x.isFinite {
                    if xsave.isFinite { throw .overflow("intermediate overflow in fsum") }
                    if xsave.isInfinite { infSum += xsave }
                    specialSum += xsave
                    p.removeAll()
                } else {
                    p.append(x)
                }
            }
        }
        if specialSum != 0 {
            if infSum.isNaN { throw .value("-inf + inf in fsum") }
            return specialSum
        }
        var hi = 0.0
        var n = p.count
        if n > 0 {
            n -= 1
            hi = p[n]
            var lo = 0.0
            while n > 0 {
                let x = hi
                n -= 1
                let y = p[n]
                hi = x + y
                let yr = hi - x
                lo = y - yr
                if lo != 0 { break }
            }
            if n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0)) {
                let y = lo * 2.0
                let x = hi + y
                let yr = x - hi
                if y == yr { hi = x }
            }
        }
        return hi
    }

    /// sqrt(sum(x*x)) with exact squares and a correctly rounded sum, scaled to avoid
    /// overflow (CPython's vector_norm is almost always correctly rounded too).
    static func norm(_ v: [Double]) throws(PyError) -> Double {
        var maxv = 0.0, foundNan = false
        for x in v {
            if x.isNaN { foundNan = true }
            maxv = Swift.max(maxv, Swift.abs(x))
        }
        if maxv.isInfinite { return .infinity }
        if foundNan { return .nan }
        if maxv == 0 || v.count <= 1 { return maxv }
        if v.count == 2 { return hypot(v[0], v[1]) }
        let (_, e) = frexp(maxv)
        var terms: [Double] = []
        for x0 in v {
            let x = scalbn(x0, -e)
            let sq = x * x
            terms.append(sq)
            terms.append(fma(x, x, -sq))
        }
        let s = try fsum(terms)
        return scalbn(s.squareRoot(), e)
    }

    /// A special method looked up on the type (builtin types included).
    static func lookupSpecial(_ v: Value, _ name: String) -> Value? {
        let mro = v.type.mro
        let key = Str.intern(name)
        for i in 0..<Tuple.count(mro) {
            let ty = Tuple.items(mro)[i].ptr(QKType.self)
            if let f = Dict.getStr(ty.dict, key) { return f }
        }
        return nil
    }

    static func factorial(_ n: Int) -> BigInt {
        func product(_ lo: Int, _ hi: Int) -> BigInt {
            // product of lo...hi
            if hi - lo < 16 {
                var r = BigInt(1)
                var k = lo
                while k <= hi { r *= BigInt(k); k += 1 }
                return r
            }
            let mid = (lo + hi) / 2
            return product(lo, mid) * product(mid + 1, hi)
        }
        if n < 2 { return 1 }
        return product(2, n)
    }

    static func fallingProduct(_ n: BigInt, _ k: Int) -> BigInt {
        func product(_ lo: Int, _ count: Int) -> BigInt {
            // n-lo, n-lo-1, ..., count terms
            if count <= 16 {
                var r = BigInt(1)
                for j in 0..<count { r *= n - BigInt(lo + j) }
                return r
            }
            let half = count / 2
            return product(lo, half) * product(lo + half, count - half)
        }
        return k == 0 ? 1 : product(0, k)
    }
}

extension Modules {
    static func math() throws(PyError) -> Value {
        let m = Imports.newModule("math")
        let d = Imports.moduleDict(m)
        Dict.setStr(d, "pi", .float(Double.pi))
        Dict.setStr(d, "e", .float(M_E))
        Dict.setStr(d, "tau", .float(2 * Double.pi))
        Dict.setStr(d, "inf", .float(.infinity))
        Dict.setStr(d, "nan", .float(.nan))
        let real = MathFns.real

        func fn1(_ name: String, _ body: @escaping (Value) throws(PyError) -> Value) {
            def(m, name) { (a: inout Args) throws(PyError) -> Value in
                try a.expect(name, min: 1, max: 1)
                return try body(a[0])
            }
        }
        func fn2(_ name: String, _ body: @escaping (Value, Value) throws(PyError) -> Value) {
            def(m, name) { (a: inout Args) throws(PyError) -> Value in
                try a.expect(name, min: 2, max: 2)
                return try body(a[0], a[1])
            }
        }

        // math_1 functions: (name, f, canOverflow)
        let simple: [(String, (Double) -> Double, Bool)] = [
            ("sqrt", { $0.squareRoot() }, false), ("exp", { Glibc.exp($0) }, true), ("exp2", { Glibc.exp2($0) }, true),
            ("expm1", { Glibc.expm1($0) }, true), ("sin", { Glibc.sin($0) }, false), ("cos", { Glibc.cos($0) }, false),
            ("tan", { Glibc.tan($0) }, false), ("asin", { Glibc.asin($0) }, false), ("acos", { Glibc.acos($0) }, false),
            ("atan", { Glibc.atan($0) }, false), ("sinh", { Glibc.sinh($0) }, true), ("cosh", { Glibc.cosh($0) }, true),
            ("tanh", { Glibc.tanh($0) }, false), ("asinh", { Glibc.asinh($0) }, false), ("acosh", { Glibc.acosh($0) }, false),
            ("atanh", { Glibc.atanh($0) }, false), ("fabs", { Swift.abs($0) }, false), ("cbrt", { Glibc.cbrt($0) }, false),
            ("log1p", { Glibc.log1p($0) }, false),
        ]
        for (name, f, ov) in simple {
            fn1(name) { (v) throws(PyError) in .float(try MathFns.math1(try real(v), f, canOverflow: ov)) }
        }
        // math_1a functions: errors come from the implementation.
        fn1("gamma") { (v) throws(PyError) in
            let (r, e) = MathFns.tgamma(try real(v)); try MathFns.check(e, r); return .float(r)
        }
        fn1("lgamma") { (v) throws(PyError) in
            let (r, e) = MathFns.lgamma(try real(v)); try MathFns.check(e, r); return .float(r)
        }
        fn1("erf") { (v) throws(PyError) in .float(Glibc.erf(try real(v))) }
        fn1("erfc") { (v) throws(PyError) in .float(Glibc.erfc(try real(v))) }
        let radToDeg = 180.0 / Double.pi, degToRad = Double.pi / 180.0
        fn1("degrees") { (v) throws(PyError) in .float(try real(v) * radToDeg) }
        fn1("radians") { (v) throws(PyError) in .float(try real(v) * degToRad) }

        def(m, "log") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("log", min: 1, max: 2)
            let num = try MathFns.logHelper(a[0], { Glibc.log($0) })
            if a.count < 2 { return .float(num) }
            let den = try MathFns.logHelper(a[1], { Glibc.log($0) })
            if den == 0 { throw .zeroDivision("float division by zero") }
            return .float(num / den)
        }
        fn1("log2") { (v) throws(PyError) in .float(try MathFns.logHelper(v, { Glibc.log2($0) })) }
        fn1("log10") { (v) throws(PyError) in .float(try MathFns.logHelper(v, { Glibc.log10($0) })) }

        for (name, down) in [("floor", true), ("ceil", false)] {
            fn1(name) { (v) throws(PyError) in
                if v.isDouble { return try Rounding.floatToInt(down ? floor(v.double) : ceil(v.double)) }
                if Numbers.isIntLike(v) && !v.type.isHeapType { return NumberMethods.plainInt(v) }
                if v.isObject, let u = MathFns.lookupSpecial(v, "__\(name)__") { return try callValues(u, [v]) }
                let x = try real(v)
                return try Rounding.floatToInt(down ? floor(x) : ceil(x))
            }
        }
        fn1("trunc") { (v) throws(PyError) in
            if v.isDouble { return try Rounding.floatToInt(v.double) }
            if v.isSmallInt { return v }
            if v.isObject, let u = MathFns.lookupSpecial(v, "__trunc__") { return try callValues(u, [v]) }
            throw .type("type \(v.type.name) doesn't define __trunc__ method")
        }
        fn2("pow") { (a, b) throws(PyError) in
            let x = try real(a), y = try real(b)
            var r = 0.0
            var err = MathFns.Err.none
            if !x.isFinite || !y.isFinite {
                if x.isNaN { r = y == 0 ? 1.0 : x }
                else if y.isNaN { r = x == 1.0 ? 1.0 : y }
                else if x.isInfinite {
                    let odd = y.isFinite && fmod(Swift.abs(y), 2.0) == 1.0
                    if y > 0 { r = odd ? x : Swift.abs(x) } else if y == 0 { r = 1 } else { r = odd ? copysign(0, x) : 0 }
                } else {
                    if Swift.abs(x) == 1.0 { r = 1 }
                    else if y > 0 && Swift.abs(x) > 1.0 { r = y }
                    else if y < 0 && Swift.abs(x) < 1.0 { r = -y }
                    else { r = 0 }
                }
            } else {
                r = Glibc.pow(x, y)
                if r.isNaN { err = .domain }
                else if r.isInfinite { err = x == 0 ? .domain : .range }
            }
            try MathFns.check(err, r)
            return .float(r)
        }
        fn2("atan2") { (a, b) throws(PyError) in .float(try MathFns.math2(try real(a), try real(b), MathFns.atan2)) }
        fn2("copysign") { (a, b) throws(PyError) in .float(try MathFns.math2(try real(a), try real(b), { Glibc.copysign($0, $1) })) }
        fn2("remainder") { (a, b) throws(PyError) in .float(try MathFns.math2(try real(a), try real(b), MathFns.remainder)) }
        fn2("fmod") { (a, b) throws(PyError) in
            let x = try real(a), y = try real(b)
            if y.isInfinite && x.isFinite { return .float(x) }
            let r = Glibc.fmod(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw MathFns.domainError() }
            return .float(r)
        }
        def(m, "fma") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("fma", min: 3, max: 3)
            let x = try real(a[0]), y = try real(a[1]), z = try real(a[2])
            let r = Glibc.fma(x, y, z)
            if r.isFinite { return .float(r) }
            if r.isNaN {
                if !x.isNaN && !y.isNaN && !z.isNaN { throw .value("invalid operation in fma") }
            } else if x.isFinite && y.isFinite && z.isFinite {
                throw .overflow("overflow in fma")
            }
            return .float(r)
        }
        def(m, "hypot") { (a: inout Args) throws(PyError) -> Value in
            var v: [Double] = []
            for i in 0..<a.count { v.append(try real(a[i])) }
            return .float(try MathFns.norm(v))
        }
        fn2("dist") { (pv, qv) throws(PyError) in
            let p = try Ops.toArray(pv), q = try Ops.toArray(qv)
            if p.count != q.count { throw .value("both points must have the same number of dimensions") }
            var diffs: [Double] = []
            for (x, y) in zip(p, q) { diffs.append(Swift.abs(try real(x) - (try real(y)))) }
            return .float(try MathFns.norm(diffs))
        }
        fn1("isnan") { (v) throws(PyError) in .bool(try real(v).isNaN) }
        fn1("isinf") { (v) throws(PyError) in .bool(try real(v).isInfinite) }
        fn1("isfinite") { (v) throws(PyError) in .bool(try real(v).isFinite) }
        def(m, "isclose") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("isclose", min: 2, max: 2, keywords: ["rel_tol", "abs_tol"])
            let x = try real(a[0]), y = try real(a[1])
            let rel = try a.keyword("rel_tol").map { (v) throws(PyError) in try real(v) } ?? 1e-9
            let absTol = try a.keyword("abs_tol").map { (v) throws(PyError) in try real(v) } ?? 0
            if rel < 0 || absTol < 0 { throw .value("tolerances must be non-negative") }
            if x == y { return .true_ }
            if x.isInfinite || y.isInfinite { return .false_ }
            let diff = Swift.abs(y - x)
            return .bool(diff <= Swift.abs(rel * y) || diff <= Swift.abs(rel * x) || diff <= absTol)
        }
        def(m, "gcd") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("gcd", min: 0, max: Int.max)
            var g = BigUInt(0)
            for i in 0..<a.count { g = g.greatestCommonDivisor(with: try NumberMethods.index(a[i]).magnitude) }
            return Ints.make(BigInt(g))
        }
        def(m, "lcm") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("lcm", min: 0, max: Int.max)
            var l = BigUInt(1)
            var zero = false
            for i in 0..<a.count {
                let x = try NumberMethods.index(a[i]).magnitude
                if x.isZero { zero = true; continue }
                if zero { continue }
                l = l / l.greatestCommonDivisor(with: x) * x
            }
            return zero ? .int(0) : Ints.make(BigInt(l))
        }
        fn1("factorial") { (v) throws(PyError) in
            if Numbers.isFloatLike(v) { throw .type("'float' object cannot be interpreted as an integer") }
            let n = try NumberMethods.index(v)
            if n.sign == .minus && !n.isZero { throw .value("factorial() not defined for negative values") }
            guard let k = Int(exactly: n) else { throw .overflow("factorial() argument should not exceed 9223372036854775807") }
            if k > 1_000_000 { throw PyError(qk_exc.MemoryError, "") }
            return Ints.make(MathFns.factorial(k))
        }
        fn2("comb") { (nv, kv) throws(PyError) in
            let n = try NumberMethods.index(nv), k0 = try NumberMethods.index(kv)
            if n.sign == .minus && !n.isZero { throw .value("n must be a non-negative integer") }
            if k0.sign == .minus && !k0.isZero { throw .value("k must be a non-negative integer") }
            if k0 > n { return .int(0) }
            let k1 = Swift.min(k0, n - k0)
            guard let k = Int(exactly: k1), k < 10_000_000 else { throw .overflow("min(n - k, k) must not exceed 9223372036854775807") }
            return Ints.make(MathFns.fallingProduct(n, k) / MathFns.factorial(k))
        }
        def(m, "perm") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("perm", min: 1, max: 2)
            let n = try NumberMethods.index(a[0])
            let k0 = a.count > 1 && !a[1].isNone ? try NumberMethods.index(a[1]) : n
            if n.sign == .minus && !n.isZero { throw .value("n must be a non-negative integer") }
            if k0.sign == .minus && !k0.isZero { throw .value("k must be a non-negative integer") }
            if k0 > n { return .int(0) }
            guard let k = Int(exactly: k0), k < 10_000_000 else { throw .overflow("k must not exceed 9223372036854775807") }
            return Ints.make(MathFns.fallingProduct(n, k))
        }
        fn1("isqrt") { (v) throws(PyError) in
            let n = try NumberMethods.index(v)
            if n.sign == .minus && !n.isZero { throw .value("isqrt() argument must be nonnegative") }
            var r = n.magnitude.squareRoot()
            while r * r > n.magnitude { r -= 1 }
            while (r + 1) * (r + 1) <= n.magnitude { r += 1 }
            return Ints.make(BigInt(r))
        }
        def(m, "fsum") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("fsum", min: 1, max: 1)
            var xs: [Double] = []
            let it = try Ops.iter(a[0])
            while let v = try Ops.next(it) { xs.append(try real(v)) }
            return .float(try MathFns.fsum(xs))
        }
        def(m, "prod") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("prod", min: 1, max: 1, keywords: ["start"])
            var acc = a.keyword("start") ?? .int(1)
            let it = try Ops.iter(a[0])
            while let v = try Ops.next(it) { acc = try Ops.binary(acc, v, 5) }
            return acc
        }
        fn2("sumprod") { (pv, qv) throws(PyError) in
            let p = try Ops.toArray(pv), q = try Ops.toArray(qv)
            if p.count != q.count { throw .value("Inputs are not the same length") }
            let allFloat = zip(p, q).allSatisfy { (x, y) in
                (x.isDouble && (y.isDouble || y.isSmallInt)) || (x.isSmallInt && y.isDouble)
            }
            if allFloat && !p.isEmpty {
                var terms: [Double] = []
                for (x, y) in zip(p, q) {
                    let fx = Numbers.toDouble(x)!, fy = Numbers.toDouble(y)!
                    let pr = fx * fy
                    terms.append(pr)
                    if pr.isFinite { terms.append(Glibc.fma(fx, fy, -pr)) }
                }
                return .float(try MathFns.fsum(terms))
            }
            var acc: Value = .int(0)
            for (x, y) in zip(p, q) { acc = try Ops.binary(acc, try Ops.binary(x, y, 5), 0) }
            return acc
        }
        fn1("modf") { (v) throws(PyError) in
            let x = try real(v)
            if x.isInfinite { return Tuple.make([.float(Glibc.copysign(0, x)), .float(x)]) }
            if x.isNaN { return Tuple.make([.float(x), .float(x)]) }
            var ip = 0.0
            let fp = Glibc.modf(x, &ip)
            return Tuple.make([.float(fp), .float(ip)])
        }
        fn1("frexp") { (v) throws(PyError) in
            let x = try real(v)
            if x.isNaN || x.isInfinite || x == 0 { return Tuple.make([.float(x), .int(0)]) }
            let r = Glibc.frexp(Swift.abs(x))   // the Swift overlay drops the sign
            return Tuple.make([.float(Glibc.copysign(r.0, x)), .int(Int(r.1))])
        }
        fn2("ldexp") { (xv, iv) throws(PyError) in
            let x = try real(xv)
            guard Numbers.isIntLike(iv) else { throw .type("Expected an int as second argument to ldexp.") }
            let e = Ints.big(iv)
            if x == 0 || !x.isFinite { return .float(x) }
            guard let k = Int(exactly: e), k <= Int(Int32.max) else {
                if e.sign == .minus { return .float(Glibc.copysign(0, x)) }
                throw MathFns.rangeError()
            }
            if k < Int(Int32.min) { return .float(Glibc.copysign(0, x)) }
            let r = Glibc.scalbn(x, Int32(k))
            if r.isInfinite { throw MathFns.rangeError() }
            return .float(r)
        }
        fn1("ulp") { (v) throws(PyError) in
            var x = try real(v)
            if x.isNaN { return .float(x) }
            x = Swift.abs(x)
            if x.isInfinite { return .float(x) }
            let x2 = Glibc.nextafter(x, .infinity)
            if x2.isInfinite { return .float(x - Glibc.nextafter(x, -.infinity)) }
            return .float(x2 - x)
        }
        def(m, "nextafter") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("nextafter", min: 2, max: 2, keywords: ["steps"])
            var x = try real(a[0])
            let y = try real(a[1])
            guard let sv = a.keyword("steps"), !sv.isNone else { return .float(Glibc.nextafter(x, y)) }
            let steps = try NumberMethods.index(sv)
            if steps.sign == .minus && !steps.isZero { throw .value("steps must be a non-negative integer") }
            if x.isNaN { return .float(x) }
            if y.isNaN { return .float(y) }
            // Step through the ordered integer encoding of doubles.
            func key(_ d: Double) -> Int64 {
                let b = Int64(bitPattern: d.bitPattern)
                return b < 0 ? -(b & Int64.max) : b
            }
            func unkey(_ k: Int64) -> Double {
                k < 0 ? Double(bitPattern: UInt64(bitPattern: (-k) | Int64.min)) : Double(bitPattern: UInt64(k))
            }
            let kx = key(x), ky = key(y)
            if kx == ky { return .float(y) }
            let dist = kx < ky ? UInt64(bitPattern: ky &- kx) : UInt64(bitPattern: kx &- ky)
            let n = UInt64(exactly: steps) ?? UInt64.max
            if n >= dist { return .float(y) }
            x = unkey(kx < ky ? kx + Int64(n) : kx - Int64(n))
            return .float(x)
        }
        return m
    }
}
