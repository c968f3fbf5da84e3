// `_collections`: native helpers for Lib/collections (field getters of namedtuple classes).

import CSupport

enum CollectionsModule {
    static func create() throws(PyError) -> Value {
        let m = Imports.newModule("_collections")
        // tuplegetter(index) -> a function returning obj[index] for tuples (the fget of a
        // namedtuple field property), without a Python frame per access.
        Modules.def(m, "tuplegetter") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("tuplegetter", min: 1, max: 1)
            guard let index = Ints.exact(a[0]), index >= 0 else { throw .value("index must be a non-negative int") }
            return Native.function("_tuplegetter") { (b: inout Args) throws(PyError) -> Value in
                guard b.count == 1 else { throw .type("descriptor takes exactly one argument (\(b.count) given)") }
                let obj = b[0]
                if obj.isObject && obj.layout == QK_LAYOUT_TUPLE {
                    guard index < Tuple.count(obj) else { throw .index("tuple index out of range") }
                    return Tuple.items(obj)[index]
                }
                return try Ops.getItem(obj, .int(index))
            }
        }
        return m
    }
}
