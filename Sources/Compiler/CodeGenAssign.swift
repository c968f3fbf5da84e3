// Assignment targets: unpacking (UNPACK_SEQUENCE / UNPACK_EX) and augmented assignment.

import QuickenSyntax

extension CodeGen {
    /// unpack_helper + assignment_helper
    func assignmentHelper(_ loc: Position, _ elts: [Expr]) throws(SyntaxError) {
        let n = elts.count
        var seenStar = false
        for (i, e) in elts.enumerated() {
            guard case .starred = e.kind else { continue }
            if seenStar { throw error("multiple starred expressions in assignment", loc) }
            if i >= (1 << 8) || (n - i - 1) >= (Int(Int32.max) >> 8) {
                throw error("too many expressions in star-unpacking assignment", loc)
            }
            addop(.UNPACK_EX, i + ((n - i - 1) << 8), loc)
            seenStar = true
        }
        if !seenStar { addop(.UNPACK_SEQUENCE, n, loc) }
        for e in elts {
            if case .starred(let v, _) = e.kind { try visitExpr(v) } else { try visitExpr(e) }
        }
    }

    func augAssign(_ s: Stmt, _ target: Expr, _ op: BinaryOperator, _ value: Expr) throws(SyntaxError) {
        var loc = Position(target.range)
        switch target.kind {
        case .attribute(let v, let attr, _):
            try visitExpr(v)
            addop(.COPY, 1, loc)
            loc = updateStartLocationToMatchAttr(loc, target)
            addopName(.LOAD_ATTR, attr, loc)
        case .subscript_(let v, let slice, _):
            try visitExpr(v)
            if isTwoElementSlice(slice) {
                try sliceParts(slice)
                addop(.COPY, 3, loc)
                addop(.COPY, 3, loc)
                addop(.COPY, 3, loc)
                addop(.BINARY_SLICE, 0, loc)
            } else {
                try visitExpr(slice)
                addop(.COPY, 2, loc)
                addop(.COPY, 2, loc)
                addop(.BINARY_SUBSCR, 0, loc)
            }
        case .name(let id, _):
            try nameop(id, .load, loc)
        default:
            throw error("'\(target)' is an illegal expression for augmented assignment", loc)
        }
        try visitExpr(value)
        addop(.BINARY_OP, op.rawValue + 13, Position(s.range))
        loc = Position(target.range)
        switch target.kind {
        case .attribute(_, let attr, _):
            loc = updateStartLocationToMatchAttr(loc, target)
            addop(.SWAP, 2, loc)
            addopName(.STORE_ATTR, attr, loc)
        case .subscript_(_, let slice, _):
            if isTwoElementSlice(slice) {
                addop(.SWAP, 4, loc)
                addop(.SWAP, 3, loc)
                addop(.SWAP, 2, loc)
                addop(.STORE_SLICE, 0, loc)
            } else {
                addop(.SWAP, 3, loc)
                addop(.SWAP, 2, loc)
                addop(.STORE_SUBSCR, 0, loc)
            }
        case .name(let id, _):
            try nameop(id, .store, loc)
        default: break
        }
    }
}
