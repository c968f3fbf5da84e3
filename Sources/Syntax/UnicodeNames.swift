// Lookup of Unicode character names for `\N{...}` escapes, built lazily from the standard
// library's Unicode data on first use. Names are matched case-insensitively as in CPython.
// Supported: all character names, algorithmic names (CJK ideographs, Hangul syllables,
// Tangut, ...), the formal name aliases, and common control-character aliases/abbreviations.
// Named sequences (not valid in `\N{}` anyway) and rarer abbreviations are not.

private let nameTable: [String: UInt32] = {
    var table: [String: UInt32] = [:]
    table.reserveCapacity(50_000)
    func add(_ range: ClosedRange<UInt32>) {
        for v in range {
            guard let s = Unicode.Scalar(v) else { continue }
            let props = s.properties
            if let n = props.name, !hasHexSuffix(n, v) {
                table[n] = v
            }
            if let a = props.nameAlias {
                table[a] = v
            }
        }
    }
    add(0...0x2FFFF)
    add(0xE0000...0xE01EF)
    for (k, v) in controlAliases { table[k] = v }
    return table
}()

/// Names like "CJK UNIFIED IDEOGRAPH-4E00" are derived from the code point; they are looked
/// up directly instead of being stored.
private func hasHexSuffix(_ name: String, _ v: UInt32) -> Bool {
    guard let dash = name.lastIndex(of: "-") else { return false }
    let suffix = name[name.index(after: dash)...]
    return suffix.count >= 4 && UInt32(suffix, radix: 16) == v
}

private let controlAliases: [String: UInt32] = [
    "NULL": 0x00, "NUL": 0x00, "START OF HEADING": 0x01, "SOH": 0x01, "START OF TEXT": 0x02, "STX": 0x02,
    "END OF TEXT": 0x03, "ETX": 0x03, "END OF TRANSMISSION": 0x04, "EOT": 0x04, "ENQUIRY": 0x05,
    "ENQ": 0x05, "ACKNOWLEDGE": 0x06, "ACK": 0x06, "ALERT": 0x07, "BEL": 0x07, "BACKSPACE": 0x08,
    "BS": 0x08, "CHARACTER TABULATION": 0x09, "HORIZONTAL TABULATION": 0x09, "TAB": 0x09, "HT": 0x09,
    "LINE FEED": 0x0A, "NEW LINE": 0x0A, "END OF LINE": 0x0A, "LF": 0x0A, "NL": 0x0A, "EOL": 0x0A,
    "LINE TABULATION": 0x0B, "VERTICAL TABULATION": 0x0B, "VT": 0x0B, "FORM FEED": 0x0C, "FF": 0x0C,
    "CARRIAGE RETURN": 0x0D, "CR": 0x0D, "SHIFT OUT": 0x0E, "SO": 0x0E, "SHIFT IN": 0x0F, "SI": 0x0F,
    "DATA LINK ESCAPE": 0x10, "DLE": 0x10, "DEVICE CONTROL ONE": 0x11, "DC1": 0x11,
    "DEVICE CONTROL TWO": 0x12, "DC2": 0x12, "DEVICE CONTROL THREE": 0x13, "DC3": 0x13,
    "DEVICE CONTROL FOUR": 0x14, "DC4": 0x14, "NEGATIVE ACKNOWLEDGE": 0x15, "NAK": 0x15,
    "SYNCHRONOUS IDLE": 0x16, "SYN": 0x16, "END OF TRANSMISSION BLOCK": 0x17, "ETB": 0x17,
    "CANCEL": 0x18, "CAN": 0x18, "END OF MEDIUM": 0x19, "EM": 0x19, "SUBSTITUTE": 0x1A, "SUB": 0x1A,
    "ESCAPE": 0x1B, "ESC": 0x1B, "INFORMATION SEPARATOR FOUR": 0x1C, "FILE SEPARATOR": 0x1C, "FS": 0x1C,
    "INFORMATION SEPARATOR THREE": 0x1D, "GROUP SEPARATOR": 0x1D, "GS": 0x1D,
    "INFORMATION SEPARATOR TWO": 0x1E, "RECORD SEPARATOR": 0x1E, "RS": 0x1E,
    "INFORMATION SEPARATOR ONE": 0x1F, "UNIT SEPARATOR": 0x1F, "US": 0x1F, "SP": 0x20,
    "DELETE": 0x7F, "DEL": 0x7F, "PADDING CHARACTER": 0x80, "PAD": 0x80, "HIGH OCTET PRESET": 0x81,
    "BREAK PERMITTED HERE": 0x82, "BPH": 0x82, "NO BREAK HERE": 0x83, "NBH": 0x83,
    "NEXT LINE": 0x85, "NEL": 0x85, "START OF SELECTED AREA": 0x86, "END OF SELECTED AREA": 0x87,
    "CHARACTER TABULATION SET": 0x88, "LINE TABULATION SET": 0x8A, "PARTIAL LINE FORWARD": 0x8B,
    "PARTIAL LINE BACKWARD": 0x8C, "REVERSE LINE FEED": 0x8D, "SINGLE SHIFT TWO": 0x8E,
    "SINGLE SHIFT THREE": 0x8F, "DEVICE CONTROL STRING": 0x90, "PRIVATE USE ONE": 0x91,
    "PRIVATE USE TWO": 0x92, "SET TRANSMIT STATE": 0x93, "CANCEL CHARACTER": 0x94,
    "MESSAGE WAITING": 0x95, "START OF GUARDED AREA": 0x96, "END OF GUARDED AREA": 0x97,
    "START OF STRING": 0x98, "SINGLE CHARACTER INTRODUCER": 0x9A, "CONTROL SEQUENCE INTRODUCER": 0x9B,
    "STRING TERMINATOR": 0x9C, "OPERATING SYSTEM COMMAND": 0x9D, "PRIVACY MESSAGE": 0x9E,
    "APPLICATION PROGRAM COMMAND": 0x9F, "NBSP": 0xA0, "SHY": 0xAD, "CGJ": 0x34F, "ALM": 0x61C,
    "MVS": 0x180E, "FVS1": 0x180B, "FVS2": 0x180C, "FVS3": 0x180D, "ZWSP": 0x200B, "ZWNJ": 0x200C,
    "ZWJ": 0x200D, "LRM": 0x200E, "RLM": 0x200F, "LRE": 0x202A, "RLE": 0x202B, "PDF": 0x202C,
    "LRO": 0x202D, "RLO": 0x202E, "NNBSP": 0x202F, "MMSP": 0x205F, "WJ": 0x2060, "LRI": 0x2066,
    "RLI": 0x2067, "FSI": 0x2068, "PDI": 0x2069, "BYTE ORDER MARK": 0xFEFF, "BOM": 0xFEFF,
    "ZWNBSP": 0xFEFF, "VS1": 0xFE00, "VS16": 0xFE0F,
]

func unicodeScalar(named raw: String) -> Unicode.Scalar? {
    let name = raw.uppercased()
    if let dash = name.lastIndex(of: "-") {
        let suffix = name[name.index(after: dash)...]
        if suffix.count >= 4, suffix.count <= 6, let v = UInt32(suffix, radix: 16),
           let s = Unicode.Scalar(v), s.properties.name == name {
            return s
        }
    }
    if name.hasPrefix("HANGUL SYLLABLE ") {
        for v in UInt32(0xAC00)...0xD7A3 {
            if let s = Unicode.Scalar(v), s.properties.name == name { return s }
        }
        return nil
    }
    if let v = nameTable[name] { return Unicode.Scalar(v) }
    return nil
}
