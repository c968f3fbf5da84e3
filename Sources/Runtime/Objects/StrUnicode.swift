// Unicode character properties and case mappings with CPython's semantics (Objects/unicodectype.c,
// Objects/unicodeobject.c): str predicates and case conversion are defined per code point from
// the Unicode database, never by Foundation's locale rules. Lone surrogates are category Cs.

enum UChar {
    /// The scalar, or nil for surrogates and for code points assigned after Unicode 15.1 (the
    /// database of CPython 3.13; Swift's may be newer): those behave as unassigned.
    @inline(__always) static func scalar(_ c: UInt32) -> Unicode.Scalar? {
        guard let u = Unicode.Scalar(c) else { return nil }
        if c >= 0x0800, let age = u.properties.age, age.major > 15 || (age.major == 15 && age.minor > 1) { return nil }
        return u
    }

    /// A case mapping result, unless it involves characters newer than Unicode 15.1.
    static func mapped(_ s: String, _ c: UInt32) -> String? {
        for u in s.unicodeScalars where u.value >= 0x0800 && scalar(u.value) == nil { return nil }
        return s
    }

    static func category(_ c: UInt32) -> Unicode.GeneralCategory {
        guard let u = scalar(c) else { return c >= 0xd800 && c < 0xe000 ? .surrogate : .unassigned }
        return u.properties.generalCategory
    }

    /// Py_UNICODE_ISSPACE: bidirectional class WS, B or S, or category Zs.
    static func isSpace(_ c: UInt32) -> Bool {
        if c < 128 { return (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20) }
        switch c {
        case 0x85, 0xa0, 0x1680, 0x2000...0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000: return true
        default: return false
        }
    }

    /// Line boundaries for str.splitlines.
    static func isLineBreak(_ c: UInt32) -> Bool {
        switch c {
        case 10, 11, 12, 13, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    static func isAlpha(_ c: UInt32) -> Bool {
        if c < 128 { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }
        switch category(c) {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    static func isDecimal(_ c: UInt32) -> Bool {
        if c < 128 { return c >= 48 && c <= 57 }
        return scalar(c)?.properties.numericType == .decimal
    }

    static func decimalValue(_ c: UInt32) -> Int? {
        if c >= 48 && c <= 57 { return Int(c - 48) }
        guard c >= 128, let u = scalar(c), u.properties.numericType == .decimal, let v = u.properties.numericValue else { return nil }
        return Int(v)
    }

    static func isDigit(_ c: UInt32) -> Bool {
        if c < 128 { return c >= 48 && c <= 57 }
        let t = scalar(c)?.properties.numericType
        return t == .decimal || t == .digit
    }

    static func isNumeric(_ c: UInt32) -> Bool {
        if c < 128 { return c >= 48 && c <= 57 }
        // Numeric values given to these cuneiform signs after Unicode 15.1.
        if c >= 0x12038 && c <= 0x12399, [0x12038, 0x12039, 0x12079, 0x12226, 0x1222b, 0x1230b, 0x1230d, 0x12399].contains(c) { return false }
        return scalar(c)?.properties.numericType != nil
    }

    static func isAlnum(_ c: UInt32) -> Bool { isAlpha(c) || isDecimal(c) || isDigit(c) || isNumeric(c) }

    static func isPrintable(_ c: UInt32) -> Bool {
        if c < 128 { return c >= 32 && c < 127 }
        switch category(c) {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default: return true
        }
    }

    static func isUpper(_ c: UInt32) -> Bool {
        if c < 128 { return c >= 65 && c <= 90 }
        return scalar(c)?.properties.isUppercase ?? false
    }

    static func isLower(_ c: UInt32) -> Bool {
        if c < 128 { return c >= 97 && c <= 122 }
        if c == 0x295 { return true }   // Ll in Unicode 15.1, Lo since 16.0
        return scalar(c)?.properties.isLowercase ?? false
    }

    static func isTitle(_ c: UInt32) -> Bool { c >= 128 && category(c) == .titlecaseLetter }

    static func isCased(_ c: UInt32) -> Bool {
        if c < 128 { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }
        if c == 0x295 { return true }
        return scalar(c)?.properties.isCased ?? false
    }

    static func isCaseIgnorable(_ c: UInt32) -> Bool {
        scalar(c)?.properties.isCaseIgnorable ?? false
    }

    static func isXIDStart(_ c: UInt32) -> Bool {
        if c < 128 { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95 }
        return scalar(c)?.properties.isXIDStart ?? false
    }

    static func isXIDContinue(_ c: UInt32) -> Bool {
        if c < 128 { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95 || (c >= 48 && c <= 57) }
        return scalar(c)?.properties.isXIDContinue ?? false
    }

    // MARK: Case mappings (full mappings, as _PyUnicode_To*Full)

    static func append(_ s: String, to out: inout [UInt32]) {
        for u in s.unicodeScalars { out.append(u.value) }
    }

    static func lowerFull(_ c: UInt32, _ out: inout [UInt32]) {
        if c < 128 { out.append(c >= 65 && c <= 90 ? c + 32 : c); return }
        guard let u = scalar(c) else { out.append(c); return }
        append(mapped(u.properties.lowercaseMapping, c) ?? String(u), to: &out)
    }

    static func upperFull(_ c: UInt32, _ out: inout [UInt32]) {
        if c < 128 { out.append(c >= 97 && c <= 122 ? c - 32 : c); return }
        guard let u = scalar(c) else { out.append(c); return }
        append(mapped(u.properties.uppercaseMapping, c) ?? String(u), to: &out)
    }

    static func titleFull(_ c: UInt32, _ out: inout [UInt32]) {
        if c < 128 { out.append(c >= 97 && c <= 122 ? c - 32 : c); return }
        guard let u = scalar(c) else { out.append(c); return }
        append(mapped(u.properties.titlecaseMapping, c) ?? String(u), to: &out)
    }

    /// Full case folding (CaseFolding.txt C+F). Equal to lower(upper(lower(c))) for every code
    /// point except dotless i and Cherokee (checked against CPython 3.13 over all code points).
    static func foldFull(_ c: UInt32, _ out: inout [UInt32]) {
        if c < 128 { out.append(c >= 65 && c <= 90 ? c + 32 : c); return }
        switch c {
        case 0x131, 0x13a0...0x13f5: out.append(c); return
        case 0x13f8...0x13fd: out.append(c - 8); return
        case 0xab70...0xabbf: out.append(c - 0xab70 + 0x13a0); return
        default: break
        }
        var a: [UInt32] = []
        lowerFull(c, &a)
        var b: [UInt32] = []
        for x in a { upperFull(x, &b) }
        for x in b { lowerFull(x, &out) }
    }

    /// lower() of the character at `i`, applying the Final_Sigma rule for U+03A3.
    static func lowerAt(_ cps: [UInt32], _ i: Int, _ out: inout [UInt32]) {
        let c = cps[i]
        if c == 0x3a3 { out.append(finalSigma(cps, i) ? 0x3c2 : 0x3c3); return }
        lowerFull(c, &out)
    }

    static func finalSigma(_ cps: [UInt32], _ i: Int) -> Bool {
        var j = i - 1
        var c: UInt32 = 0
        while j >= 0 {
            c = cps[j]
            if !isCaseIgnorable(c) { break }
            j -= 1
        }
        var final = j >= 0 && isCased(c)
        if final && i < cps.count - 1 {
            j = i + 1
            while j < cps.count {
                c = cps[j]
                if !isCaseIgnorable(c) { break }
                j += 1
            }
            final = j == cps.count || !isCased(c)
        }
        return final
    }

    static func lower(_ cps: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(cps.count)
        for i in 0..<cps.count { lowerAt(cps, i, &out) }
        return out
    }

    static func upper(_ cps: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(cps.count)
        for c in cps { upperFull(c, &out) }
        return out
    }

    static func casefold(_ cps: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(cps.count)
        for c in cps { foldFull(c, &out) }
        return out
    }

    static func capitalize(_ cps: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        guard let f = cps.first else { return out }
        titleFull(f, &out)
        for i in 1..<cps.count { lowerAt(cps, i, &out) }
        return out
    }

    static func swapcase(_ cps: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        for i in 0..<cps.count {
            let c = cps[i]
            if isUpper(c) { lowerAt(cps, i, &out) } else if isLower(c) { upperFull(c, &out) } else { out.append(c) }
        }
        return out
    }

    static func title(_ cps: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        var prevCased = false
        for i in 0..<cps.count {
            let c = cps[i]
            if prevCased { lowerAt(cps, i, &out) } else { titleFull(c, &out) }
            prevCased = isCased(c)
        }
        return out
    }
}
