// Identifier normalization. CPython NFKC-normalizes identifiers that are not pure ASCII
// (PEP 3131), so `ｗｉｄｔｈ` and `width` are the same name. The standard library has no NFKC,
// so this one file uses Foundation (the runtime links it anyway).

import Foundation

func normalizedIdentifier(_ s: String) -> String {
    s.precomposedStringWithCompatibilityMapping
}
