// Constant folding as CPython 3.13's AST optimizer (Python/ast_opt.c) does it: unary and binary
// operators on constants with the same size limits, constant tuples, constant subscripts,
// `__debug__`, list/set literals in `for`/`in` turned into tuple/frozenset constants, and the
// `not (a is b)` and `'%s' % (x,)` rewrites. Instead of rewriting the AST up front, the code
// generator asks for the folded view of a node when it visits it.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt
import QuickenSyntax

private let maxIntSize = 128        // bits
private let maxCollectionSize = 256
private let maxStrSize = 4096
private let maxTotalItems = 1024

extension ConstantValue {
    init(_ c: Constant) {
        switch c {
        case .none: self = .none
        case .ellipsis: self = .ellipsis
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .float(let d): self = .float(d)
        case .imaginary(let d): self = .complex(real: 0, imag: d)
        case .str(let s): self = .str(s)
        case .bytes(let b): self = .bytes(b)
        }
    }

    /// Python truthiness.
    var isTruthy: Bool {
        switch self {
        case .none: return false
        case .ellipsis, .code: return true
        case .bool(let b): return b
        case .int(let i): return !i.isZero
        case .float(let d): return d != 0
        case .complex(let r, let i): return r != 0 || i != 0
        case .str(let s): return !s.isEmpty
        case .bytes(let b): return !b.isEmpty
        case .tuple(let t): return !t.isEmpty
        case .frozenset(let t): return !t.isEmpty
        }
    }

    var isStr: Bool { if case .str = self { return true }; return false }
}

/// The value of an int-like constant (int or bool), as Python's PyLong_Check sees it.
private func intValue(_ c: ConstantValue) -> BigInt? {
    switch c {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    default: return nil
    }
}

private enum Num {
    case int(BigInt), float(Double), complex(Double, Double)
    init?(_ c: ConstantValue) {
        switch c {
        case .int(let i): self = .int(i)
        case .bool(let b): self = .int(b ? 1 : 0)
        case .float(let d): self = .float(d)
        case .complex(let r, let i): self = .complex(r, i)
        default: return nil
        }
    }
    var rank: Int { switch self { case .int: return 0; case .float: return 1; case .complex: return 2 } }
}

/// int -> float conversion with Python's OverflowError (nil).
private func toDouble(_ i: BigInt) -> Double? {
    let d = Double(i)
    return d.isFinite ? d : nil
}

private func asDouble(_ n: Num) -> Double? {
    switch n {
    case .int(let i): return toDouble(i)
    case .float(let d): return d
    case .complex: return nil
    }
}

private func asComplex(_ n: Num) -> (Double, Double)? {
    switch n {
    case .int(let i): return toDouble(i).map { ($0, 0) }
    case .float(let d): return (d, 0)
    case .complex(let r, let i): return (r, i)
    }
}

private func bitLength(_ i: BigInt) -> Int { i.magnitude.bitWidth }

/// A bitwise operation with Python's infinite two's-complement semantics.
private func twosComplementOp(_ a: BigInt, _ b: BigInt, _ op: (UInt, UInt) -> UInt) -> BigInt {
    let n = max(a.magnitude.words.count, b.magnitude.words.count) + 1
    func toWords(_ x: BigInt) -> [UInt] {
        var w = Array(x.magnitude.words)
        while w.count < n { w.append(0) }
        if x.sign == .minus && !x.isZero {
            var carry: UInt = 1
            for i in 0..<n {
                let (v, o) = (~w[i]).addingReportingOverflow(carry)
                w[i] = v
                carry = o ? 1 : 0
            }
        }
        return w
    }
    let wa = toWords(a), wb = toWords(b)
    var r = (0..<n).map { op(wa[$0], wb[$0]) }
    if (r[n - 1] >> (UInt.bitWidth - 1)) == 1 {
        var carry: UInt = 1
        for i in 0..<n {
            let (v, o) = (~r[i]).addingReportingOverflow(carry)
            r[i] = v
            carry = o ? 1 : 0
        }
        return -BigInt(BigUInt(words: r))
    }
    return BigInt(BigUInt(words: r))
}

/// Python's floor division and modulo on ints.
private func floorDivMod(_ a: BigInt, _ b: BigInt) -> (BigInt, BigInt) {
    var (q, r) = a.quotientAndRemainder(dividingBy: b)
    if !r.isZero && ((r.sign == .minus) != (b.sign == .minus)) {
        q -= 1
        r += b
    }
    return (q, r)
}

/// CPython's float_divmod (Objects/floatobject.c). Public so the runtime's `//`, `%` and
/// divmod() share it with constant folding.
public func pyFloatDivmod(_ vx: Double, _ wx: Double) -> (Double, Double) {
    var mod = fmod(vx, wx)
    var div = (vx - mod) / wx
    if mod != 0 {
        if (wx < 0) != (mod < 0) {
            mod += wx
            div -= 1.0
        }
    } else {
        mod = copysign(0.0, wx)
    }
    var floordiv: Double
    if div != 0 {
        floordiv = floor(div)
        if div - floordiv > 0.5 { floordiv += 1.0 }
    } else {
        floordiv = copysign(0.0, vx / wx)
    }
    return (floordiv, mod)
}

/// Correctly rounded int / int (CPython's long_true_divide) for the cases folded here.
private func intTrueDivide(_ a: BigInt, _ b: BigInt) -> Double? {
    if b.isZero { return nil }
    let limit = BigInt(1) << 53
    if a.magnitude <= limit.magnitude && b.magnitude <= limit.magnitude {
        return Double(a) / Double(b)
    }
    // Not folded: exact rounding of huge quotients isn't worth it at compile time.
    return nil
}

private func numericBinop(_ op: BinaryOperator, _ l: Num, _ r: Num) -> ConstantValue? {
    let rank = max(l.rank, r.rank)
    if rank == 0, case .int(let a) = l, case .int(let b) = r {
        switch op {
        case .add: return .int(a + b)
        case .sub: return .int(a - b)
        case .mult: return .int(a * b)
        case .div: return intTrueDivide(a, b).map { .float($0) }
        case .floorDiv: return b.isZero ? nil : .int(floorDivMod(a, b).0)
        case .mod: return b.isZero ? nil : .int(floorDivMod(a, b).1)
        case .pow:
            if b.sign == .minus {
                guard let x = toDouble(a), let y = toDouble(b) else { return nil }
                return floatPow(x, y).map { .float($0) }
            }
            return .int(a.power(Int(b)))
        case .lshift:
            if b.sign == .minus { return nil }
            return .int(a << Int(b))
        case .rshift:
            if b.sign == .minus { return nil }
            if b > 100_000 { return .int(a.sign == .minus ? -1 : 0) }
            // Python shifts floor; BigInt's >> truncates toward zero.
            if a.sign == .minus { return .int(-((-a - 1) >> Int(b)) - 1) }
            return .int(a >> Int(b))
        case .bitOr: return .int(twosComplementOp(a, b, |))
        case .bitXor: return .int(twosComplementOp(a, b, ^))
        case .bitAnd: return .int(twosComplementOp(a, b, &))
        case .matMult: return nil
        }
    }
    if rank == 1 {
        guard let x = asDouble(l), let y = asDouble(r) else { return nil }
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mult: return .float(x * y)
        case .div: return y == 0 ? nil : .float(x / y)
        case .floorDiv: return y == 0 ? nil : .float(pyFloatDivmod(x, y).0)
        case .mod: return y == 0 ? nil : .float(pyFloatDivmod(x, y).1)
        case .pow: return floatPow(x, y).map { .float($0) }
        default: return nil
        }
    }
    guard let x = asComplex(l), let y = asComplex(r) else { return nil }
    switch op {
    case .add: return .complex(real: x.0 + y.0, imag: x.1 + y.1)
    case .sub: return .complex(real: x.0 - y.0, imag: x.1 - y.1)
    case .mult:
        let p = complexProd(x, y)
        return .complex(real: p.0, imag: p.1)
    case .div:
        guard let q = complexQuot(x, y) else { return nil }
        return .complex(real: q.0, imag: q.1)
    case .pow:
        guard let p = complexPow(x, y) else { return nil }
        if (p.0.isInfinite || p.1.isInfinite) { return nil }
        return .complex(real: p.0, imag: p.1)
    default: return nil
    }
}

private typealias Complex = (Double, Double)

private func complexProd(_ a: Complex, _ b: Complex) -> Complex {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// _Py_c_quot (Smith's algorithm); nil on division by zero.
private func complexQuot(_ a: Complex, _ b: Complex) -> Complex? {
    let absBr = abs(b.0), absBi = abs(b.1)
    if absBr >= absBi {
        if absBr == 0 { return nil }
        let ratio = b.1 / b.0
        let denom = b.0 + b.1 * ratio
        return ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
    } else if absBi >= absBr {
        let ratio = b.0 / b.1
        let denom = b.0 * ratio + b.1
        return ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
    }
    return (.nan, .nan)
}

/// complex_pow: repeated squaring for small integral exponents, else _Py_c_pow.
private func complexPow(_ a: Complex, _ b: Complex) -> Complex? {
    if b.1 == 0 && b.0 == floor(b.0) && abs(b.0) <= 100 {
        let n = Int(b.0)
        func powu(_ x: Complex, _ n: Int) -> Complex {
            var r: Complex = (1, 0), p = x
            var mask = 1
            while mask > 0 && n >= mask {
                if (n & mask) != 0 { r = complexProd(r, p) }
                mask <<= 1
                p = complexProd(p, p)
            }
            return r
        }
        if n > 0 { return powu(a, n) }
        return complexQuot((1, 0), powu(a, -n))
    }
    if b.0 == 0 && b.1 == 0 { return (1, 0) }
    if a.0 == 0 && a.1 == 0 {
        if b.1 != 0 || b.0 < 0 { return nil }
        return (0, 0)
    }
    let vabs = hypot(a.0, a.1)
    var len = pow(vabs, b.0)
    let at = atan2(a.1, a.0)
    var phase = at * b.0
    if b.1 != 0 {
        len /= exp(at * b.1)
        phase += b.1 * log(vabs)
    }
    return (len * cos(phase), len * sin(phase))
}

/// float ** float as CPython's float_pow, nil where Python raises or returns a complex.
private func floatPow(_ x: Double, _ y: Double) -> Double? {
    if y == 0 { return 1.0 }
    if x.isNaN { return x }
    if y.isNaN { return x == 1.0 ? 1.0 : y }
    if x == 0 && y < 0 { return nil }
    if x < 0 && x.isFinite && y.isFinite && y != y.rounded() { return nil }
    let r = pow(x, y)
    if r.isInfinite && x.isFinite && y.isFinite { return nil }
    return r
}

/// check_complexity: the total number of items in nested constant collections.
private func complexityOK(_ items: [ConstantValue], _ limit: Int) -> Int? {
    var limit = limit - items.count
    for it in items {
        if case .tuple(let t) = it {
            guard let l = complexityOK(t, limit) else { return nil }
            limit = l
        }
        if limit < 0 { return nil }
    }
    return limit >= 0 ? limit : nil
}

private func repeatSeq(_ n: BigInt, _ seq: ConstantValue) -> ConstantValue? {
    let count = n.sign == .minus ? 0 : Int(n)
    switch seq {
    case .str(let s): return .str(String(repeating: s, count: count))
    case .bytes(let b): return .bytes(Array([[UInt8]](repeating: b, count: count).joined()))
    case .tuple(let t): return .tuple(Array([[ConstantValue]](repeating: t, count: count).joined()))
    default: return nil
    }
}

/// safe_multiply
private func safeMultiply(_ v: ConstantValue, _ w: ConstantValue) -> ConstantValue? {
    if let a = intValue(v), let b = intValue(w) {
        if !a.isZero && !b.isZero && bitLength(a) + bitLength(b) > maxIntSize { return nil }
        return .int(a * b)
    }
    if let n = intValue(v) {
        switch w {
        case .tuple(let t):
            if !t.isEmpty {
                if n.sign == .minus || n > BigInt(maxCollectionSize / t.count) { return nil }
                if !n.isZero && complexityOK(t, maxTotalItems / Int(n)) == nil { return nil }
            }
            return repeatSeq(n, w)
        case .str(let s):
            let size = s.unicodeScalars.count
            if size > 0 && (n.sign == .minus || n > BigInt(maxStrSize / size)) { return nil }
            return repeatSeq(n, w)
        case .bytes(let b):
            if !b.isEmpty && (n.sign == .minus || n > BigInt(maxStrSize / b.count)) { return nil }
            return repeatSeq(n, w)
        default: break
        }
    }
    if intValue(w) != nil {
        switch v {
        case .tuple, .str, .bytes: return safeMultiply(w, v)
        default: break
        }
    }
    guard let l = Num(v), let r = Num(w) else { return nil }
    return numericBinop(.mult, l, r)
}

/// The result of `lv op rv` as CPython's fold_binop computes it, or nil when CPython doesn't fold.
func foldBinop(_ op: BinaryOperator, _ lv: ConstantValue, _ rv: ConstantValue) -> ConstantValue? {
    switch op {
    case .mult:
        return safeMultiply(lv, rv)
    case .pow:
        if let a = intValue(lv), let b = intValue(rv), !a.isZero, b.sign == .plus, !b.isZero {
            guard b < BigInt(1 << 62) else { return nil }
            if bitLength(a) > maxIntSize / Int(b) { return nil }
        }
    case .lshift:
        if let a = intValue(lv), let b = intValue(rv), !a.isZero, !b.isZero {
            if b.sign == .minus { return nil }
            if b > BigInt(maxIntSize) || bitLength(a) > maxIntSize - Int(b) { return nil }
        }
    case .mod:
        if case .str = lv { return nil }
        if case .bytes = lv { return nil }
    case .matMult:
        return nil
    case .add:
        switch (lv, rv) {
        case let (.str(a), .str(b)): return .str(a + b)
        case let (.bytes(a), .bytes(b)): return .bytes(a + b)
        case let (.tuple(a), .tuple(b)): return .tuple(a + b)
        default: break
        }
    default: break
    }
    if case .bool(let a) = lv, case .bool(let b) = rv {
        switch op {
        case .bitAnd: return .bool(a && b)
        case .bitOr: return .bool(a || b)
        case .bitXor: return .bool(a != b)
        default: break
        }
    }
    guard let l = Num(lv), let r = Num(rv) else { return nil }
    return numericBinop(op, l, r)
}

func foldUnary(_ op: UnaryOperator, _ v: ConstantValue) -> ConstantValue? {
    switch op {
    case .not: return .bool(!v.isTruthy)
    case .invert:
        if let i = intValue(v) { return .int(-i - 1) }
        return nil
    case .uAdd:
        switch v {
        case .bool(let b): return .int(b ? 1 : 0)
        case .int, .float, .complex: return v
        default: return nil
        }
    case .uSub:
        switch v {
        case .bool(let b): return .int(b ? -1 : 0)
        case .int(let i): return .int(-i)
        case .float(let d): return .float(-d)
        case .complex(let r, let i): return .complex(real: -r, imag: -i)
        default: return nil
        }
    }
}

/// PyObject_GetItem on constants (fold_subscr).
private func foldSubscript(_ v: ConstantValue, _ idx: ConstantValue) -> ConstantValue? {
    guard let i = intValue(idx), let iv = Int(exactly: i) else { return nil }
    func norm(_ n: Int) -> Int? {
        let k = iv < 0 ? iv + n : iv
        return (k >= 0 && k < n) ? k : nil
    }
    switch v {
    case .str(let s):
        let scalars = Array(s.unicodeScalars)
        guard let k = norm(scalars.count) else { return nil }
        return .str(String(scalars[k]))
    case .bytes(let b):
        guard let k = norm(b.count) else { return nil }
        return .int(BigInt(b[k]))
    case .tuple(let t):
        guard let k = norm(t.count) else { return nil }
        return t[k]
    default: return nil
    }
}

extension CodeGen {
    /// The constant a node folds to (CPython's Constant_kind after ast_opt), or nil.
    func constValue(_ e: Expr) -> ConstantValue? {
        switch e.kind {
        case .constant(let c): return ConstantValue(c)
        case .name(let id, .load) where id == "__debug__": return .bool(true)
        case .unaryOp(let op, let operand):
            guard let v = constValue(operand) else { return nil }
            return foldUnary(op, v)
        case .binOp(let l, let op, let r):
            guard let lv = constValue(l) else { return nil }
            if op == .mod, lv.isStr, case .tuple(let elts, _) = r.kind,
               !elts.contains(where: { if case .starred = $0.kind { return true }; return false }) {
                // optimize_format territory: never a constant.
                if constValue(r) == nil { return nil }
            }
            guard let rv = constValue(r) else { return nil }
            return foldBinop(op, lv, rv)
        case .tuple(let elts, .load):
            var items: [ConstantValue] = []
            for x in elts {
                guard let v = constValue(x) else { return nil }
                items.append(v)
            }
            return .tuple(items)
        case .subscript_(let v, let s, .load):
            guard let vv = constValue(v), let sv = constValue(s) else { return nil }
            return foldSubscript(vv, sv)
        default:
            return nil
        }
    }

    /// fold_iter: a list literal becomes a tuple, and a constant set a frozenset.
    func foldIter(_ e: Expr) -> Expr {
        switch e.kind {
        case .list(let elts, let ctx):
            if elts.contains(where: { if case .starred = $0.kind { return true }; return false }) { return e }
            return Expr(.tuple(elts, ctx), e.range)
        default:
            return e
        }
    }

    /// A frozenset constant for `{...}` used as an iterable or `in` operand, if all items are constant.
    func constSetValue(_ e: Expr) -> ConstantValue? {
        guard case .set(let elts) = e.kind else { return nil }
        var items: [ConstantValue] = []
        for x in elts {
            guard let v = constValue(x) else { return nil }
            if !items.contains(where: { $0.pyEquals(v) }) { items.append(v) }
        }
        return .frozenset(items)
    }

    /// The structural rewrites of ast_opt that change a node's kind: `not (a is b)` →
    /// `a is not b`, and `'%s' % (a,)` → f-string.
    func rewritten(_ e: Expr) -> Expr {
        switch e.kind {
        case .unaryOp(.not, let operand):
            if constValue(operand) != nil { return e }
            let inner = rewritten(operand)
            if case .compare(let l, let ops, let cs) = inner.kind, ops.count == 1 {
                let inv: CmpOperator?
                switch ops[0] {
                case .is_: inv = .isNot
                case .isNot: inv = .is_
                case .in_: inv = .notIn
                case .notIn: inv = .in_
                default: inv = nil
                }
                if let inv { return Expr(.compare(l, ops: [inv], comparators: cs), inner.range) }
            }
            return e
        case .binOp(let l, .mod, let r):
            guard case .str(let fmt)? = constValue(l), case .tuple(let elts, _) = r.kind, constValue(r) == nil,
                  !elts.contains(where: { if case .starred = $0.kind { return true }; return false }) else { return e }
            if let values = optimizeFormat(fmt, elts) {
                return Expr(.joinedStr(values), e.range)
            }
            return e
        default:
            return e
        }
    }

    /// optimize_format: `'%s %r' % (a, b)` → f'{a!s} {b!r}' for simple %s/%r/%a specs.
    private func optimizeFormat(_ fmt: String, _ elts: [Expr]) -> [Expr]? {
        let s = Array(fmt.unicodeScalars)
        var pos = 0
        var cnt = 0
        var seq: [Expr] = []
        let noRange = SourceRange(line: -1, column: -1, endLine: -1, endColumn: -1)
        while true {
            // parse_literal
            let start = pos
            var hasPercents = false
            while pos < s.count {
                if s[pos] != "%" { pos += 1 }
                else if pos + 1 < s.count && s[pos + 1] == "%" { hasPercents = true; pos += 2 }
                else { break }
            }
            if pos > start {
                var lit = String(String.UnicodeScalarView(s[start..<pos]))
                if hasPercents { lit = lit.replacingAll("%%", with: "%") }
                seq.append(Expr(.constant(.str(lit)), noRange))
            }
            if pos >= s.count { break }
            if cnt >= elts.count { return nil }
            pos += 1
            // simple_format_arg_parse
            var flags = 0, width = -1, prec = -1
            var ch: Unicode.Scalar = " "
            func next() -> Bool {
                if pos >= s.count { return false }
                ch = s[pos]; pos += 1; return true
            }
            flagLoop: while true {
                if !next() { return nil }
                switch ch {
                case "-": flags |= 1
                case "+": flags |= 2
                case " ": flags |= 4
                case "#": flags |= 8
                case "0": flags |= 16
                default: break flagLoop
                }
            }
            if ch.value >= 48 && ch.value <= 57 {
                width = 0
                var digits = 0
                while ch.value >= 48 && ch.value <= 57 {
                    width = width * 10 + Int(ch.value - 48)
                    if !next() { return nil }
                    digits += 1
                    if digits >= 3 { return nil }
                }
            }
            if ch == "." {
                if !next() { return nil }
                prec = 0
                var digits = 0
                while ch.value >= 48 && ch.value <= 57 {
                    prec = prec * 10 + Int(ch.value - 48)
                    if !next() { return nil }
                    digits += 1
                    if digits >= 3 { return nil }
                }
            }
            guard ch == "s" || ch == "r" || ch == "a" else { return nil }
            var spec = ""
            if (flags & 1) == 0 && width > 0 { spec += ">" }
            if width >= 0 { spec += String(width) }
            if prec >= 0 { spec += "." + String(prec) }
            let arg = elts[cnt]
            cnt += 1
            let specExpr: Expr? = spec.isEmpty ? nil : Expr(.constant(.str(spec)), noRange)
            seq.append(Expr(.formattedValue(arg, conversion: Int(ch.value), formatSpec: specExpr), arg.range))
        }
        if cnt < elts.count { return nil }
        return seq
    }
}

extension String {
    func replacingAll(_ a: String, with b: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: a) {
            out += rest[..<r.lowerBound]
            out += b
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}

extension Substring {
    func range(of needle: String) -> Range<Index>? {
        guard !needle.isEmpty else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(needle) {
                return i..<index(i, offsetBy: needle.count)
            }
            i = index(after: i)
        }
        return nil
    }
}
