// Allocation-light fast paths for the formatting that hot loops do most: f-string fields
// such as `{i:05d}` / `{s:>8}`, and `"%s/%d" % (s, i)` over exact strs and unboxed ints.
// Anything else returns nil and takes the general path (FormatSpec, PercentFormat), which
// owns the semantics and the error messages; these paths only ever read exact builtins,
// so falling back after a partial scan has no observable effect.

import CSupport

enum QuickFormat {
    /// Decimal digit count of |i|.
    @inline(__always) static func digitCount(_ i: Int) -> Int {
        var n = i.magnitude, c = 1
        while n >= 10 { n /= 10; c += 1 }
        return c
    }

    /// Write the digits of |i| ending just before `end`.
    @inline(__always) static func writeDigits(_ i: Int, endingAt end: UnsafeMutablePointer<UInt8>) {
        var n = i.magnitude, p = end
        repeat {
            p -= 1
            p.pointee = UInt8(truncatingIfNeeded: 48 + n % 10)
            n /= 10
        } while n > 0
    }

    /// format(v, spec) for an unboxed int (`[[fill]align][0][width][d]`) or a width-1 str
    /// (`[[fill]align][width][s]`), with an ASCII spec.
    static func format(_ v: Value, spec: Value) -> Value? {
        let sp = spec.ptr(QKStr.self)
        guard Str.width(sp) == 1 else { return nil }
        let n = Int(sp.pointee.length)
        let t = Str.data(sp).assumingMemoryBound(to: UInt8.self)
        let isInt = v.isSmallInt
        guard isInt || (v.isExactlyStr && Str.width(v.ptr(QKStr.self)) == 1) else { return nil }
        var i = 0
        var fill: UInt8 = 32, align: UInt8 = isInt ? 62 : 60
        var fillGiven = false, alignGiven = false
        @inline(__always) func isAlign(_ c: UInt8) -> Bool { c == 60 || c == 62 || c == 94 || c == 61 }
        if n >= 2 && isAlign(t[1]) {
            fill = t[0]; align = t[1]; i = 2
            fillGiven = true; alignGiven = true
        } else if n >= 1 && isAlign(t[0]) {
            align = t[0]; i = 1
            alignGiven = true
        }
        if !fillGiven && i < n && t[i] == 48 {
            fill = 48
            if !alignGiven && isInt { align = 61 }
            i += 1
        }
        guard fill < 128, isInt || align != 61 else { return nil }
        var width = 0
        while i < n, t[i] >= 48 && t[i] <= 57 {
            width = width * 10 + Int(t[i] - 48)
            if width > 1 << 20 { return nil }
            i += 1
        }
        if i < n {
            guard i == n - 1, t[i] == (isInt ? 100 : 115) else { return nil }
        }
        if isInt {
            let x = v.smallInt
            let digits = digitCount(x), body = digits + (x < 0 ? 1 : 0)
            let total = max(width, body), pad = total - body
            let left = align == 62 ? pad : (align == 94 ? pad / 2 : 0)
            let p = Str.allocate(length: total, width: 1)
            let d = Str.data(p).assumingMemoryBound(to: UInt8.self)
            if align == 61 {
                if x < 0 { d[0] = 45 }
                (d + (x < 0 ? 1 : 0)).initialize(repeating: fill, count: pad)
            } else {
                d.initialize(repeating: fill, count: left)
                (d + left + body).initialize(repeating: fill, count: pad - left)
                if x < 0 { d[left] = 45 }
            }
            writeDigits(x, endingAt: align == 61 ? d + total : d + left + body)
            return Value(p)
        }
        let s = v.ptr(QKStr.self)
        let body = Int(s.pointee.length)
        if width <= body { return v }
        let pad = width - body
        let left = align == 62 ? pad : (align == 94 ? pad / 2 : 0)
        let p = Str.allocate(length: width, width: 1)
        let d = Str.data(p).assumingMemoryBound(to: UInt8.self)
        d.initialize(repeating: fill, count: left)
        (d + left).update(from: Str.data(s).assumingMemoryBound(to: UInt8.self), count: body)
        (d + left + body).initialize(repeating: fill, count: pad - left)
        return Value(p)
    }

    /// fmt % args where fmt is width 1 and uses only `%s`, `%d`, `%i` and `%%`, over exact
    /// width-1 strs and unboxed ints, taken from a tuple or a single such value.
    static func percent(_ fmt: Value, _ args: Value) -> Value? {
        let f = fmt.ptr(QKStr.self)
        guard Str.width(f) == 1 else { return nil }
        let tuple: UnsafeMutablePointer<Value>?
        let count: Int
        if args.isObject && args.layout == QK_LAYOUT_TUPLE && args.type == Types.tuple {
            tuple = Tuple.items(args)
            count = Tuple.count(args)
        } else if args.isSmallInt || args.isExactlyStr {
            tuple = nil
            count = 1
        } else {
            return nil
        }
        @inline(__always) func item(_ k: Int) -> Value { tuple?[k] ?? args }
        let n = Int(f.pointee.length)
        let t = Str.data(f).assumingMemoryBound(to: UInt8.self)
        // Pass 1: validate and measure.
        var length = 0, used = 0, i = 0
        while i < n {
            if t[i] != 37 { length += 1; i += 1; continue }
            guard i + 1 < n else { return nil }
            let c = t[i + 1]
            i += 2
            if c == 37 { length += 1; continue }
            guard used < count else { return nil }
            let a = item(used)
            used += 1
            if c == 115 && a.isExactlyStr && Str.width(a.ptr(QKStr.self)) == 1 {
                length += Str.count(a)
            } else if (c == 115 || c == 100 || c == 105) && a.isSmallInt {
                length += digitCount(a.smallInt) + (a.smallInt < 0 ? 1 : 0)
            } else {
                return nil
            }
        }
        guard used == count else { return nil }
        if length == 0 { return Str.empty }
        // Pass 2: write.
        let p = Str.allocate(length: length, width: 1)
        var d = Str.data(p).assumingMemoryBound(to: UInt8.self)
        used = 0
        i = 0
        while i < n {
            if t[i] != 37 { d.pointee = t[i]; d += 1; i += 1; continue }
            let c = t[i + 1]
            i += 2
            if c == 37 { d.pointee = 37; d += 1; continue }
            let a = item(used)
            used += 1
            if a.isSmallInt {
                let x = a.smallInt
                if x < 0 { d.pointee = 45; d += 1 }
                d += digitCount(x)
                writeDigits(x, endingAt: d)
            } else {
                let k = Str.count(a)
                d.update(from: Str.data(a.ptr(QKStr.self)).assumingMemoryBound(to: UInt8.self), count: k)
                d += k
            }
        }
        return Value(p)
    }
}
