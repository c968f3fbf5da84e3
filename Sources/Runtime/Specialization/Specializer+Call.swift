// CALL (cache: counter, func_version). The stack at a CALL is
// [callable, self_or_null, arg0 ... arg(oparg-1)].

import CSupport

extension Specializer {
    /// Builtins whose CALL forms test identity, found once after start-up.
    nonisolated(unsafe) static var lenNative = Value.null
    nonisolated(unsafe) static var isinstanceNative = Value.null
    nonisolated(unsafe) static var listAppendNative = Value.null

    static func bootstrap() {
        lenNative = Dict.getStr(Builtins.dict, "len") ?? .null
        isinstanceNative = Dict.getStr(Builtins.dict, "isinstance") ?? .null
        listAppendNative = Dict.getStr(Types.list.dict, "append") ?? .null
    }

    /// True when `fn`'s code takes exactly `nargs` positional arguments and nothing else.
    static func takesExactly(_ fn: UnsafeMutablePointer<QKFunction>, _ nargs: Int) -> Bool {
        let c = Value(raw: fn.pointee.code).ptr(QKCode.self).pointee
        return c.flags & 0xC == 0 && c.kwonlyargcount == 0 && Int(c.argcount) == nargs
    }

    static func call(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>, _ callable: Value, _ selfOrNull: Value,
                     _ oparg: Int) -> Int {
        let head = OP_CALL
        if mode == .off { return fail(code, instr, head, .disabled) }
        let nargs = oparg + (selfOrNull.isNull ? 0 : 1)
        guard callable.isObject else { return fail(code, instr, head, .otherType(callable)) }
        if callable.isExactly(Types.function) {
            let fn = callable.ptr(QKFunction.self)
            Cache.write32(instr + 2, fn.pointee.version)
            return succeed(code, instr, takesExactly(fn, nargs) ? OP_CALL_PY_EXACT_ARGS : OP_CALL_PY_GENERAL)
        }
        if callable.isExactly(Types.method) && selfOrNull.isNull {
            let target = Value(raw: callable.ptr(QKMethod.self).pointee.callable)
            guard target.isExactly(Types.function) else { return succeed(code, instr, OP_CALL_NON_PY_GENERAL) }
            let fn = target.ptr(QKFunction.self)
            Cache.write32(instr + 2, fn.pointee.version)
            return succeed(code, instr, takesExactly(fn, oparg + 1) ? OP_CALL_BOUND_METHOD_EXACT_ARGS : OP_CALL_BOUND_METHOD_GENERAL)
        }
        if callable.isExactly(Types.native) {
            let kind = callable.ptr(QKNative.self).pointee.kind
            if kind == QK_NATIVE_FUNCTION {
                if callable == lenNative && nargs == 1 { return succeed(code, instr, OP_CALL_LEN) }
                if callable == isinstanceNative && nargs == 2 { return succeed(code, instr, OP_CALL_ISINSTANCE) }
                return succeed(code, instr, nargs == 1 ? OP_CALL_BUILTIN_O : OP_CALL_BUILTIN_FAST)
            }
            if kind == QK_NATIVE_METHOD && !selfOrNull.isNull {
                if callable == listAppendNative && selfOrNull.isExactly(Types.list) && oparg == 1 {
                    return succeed(code, instr, OP_CALL_LIST_APPEND)
                }
                return succeed(code, instr, oparg == 0 ? OP_CALL_METHOD_DESCRIPTOR_NOARGS
                                          : oparg == 1 ? OP_CALL_METHOD_DESCRIPTOR_O : OP_CALL_METHOD_DESCRIPTOR_FAST)
            }
            return succeed(code, instr, OP_CALL_NON_PY_GENERAL)
        }
        if callable.isLayout(QK_LAYOUT_TYPE) {
            let t = callable.ptr(QKType.self)
            if selfOrNull.isNull && oparg == 1 {
                if t == Types.type { return succeed(code, instr, OP_CALL_TYPE_1) }
                if t == Types.str { return succeed(code, instr, OP_CALL_STR_1) }
                if t == Types.tuple { return succeed(code, instr, OP_CALL_TUPLE_1) }
            }
            if t.isHeapType && selfOrNull.isNull && callable.object.pointee.ob_type == Types.type
                && t.pointee.layout == QK_LAYOUT_OBJECT.rawValue && t.pointee.flags & QK_TYPE_ABSTRACT == 0
                && lookupInMRO(t, Names.__new__) == ObjectType.newNative,
               let initFn = lookupInMRO(t, Names.__init__), initFn.isExactly(Types.function),
               takesExactly(initFn.ptr(QKFunction.self), oparg + 1), t.pointee.version != 0 {
                Cache.write32(instr + 2, t.pointee.version)
                return succeed(code, instr, OP_CALL_ALLOC_AND_ENTER_INIT)
            }
            return succeed(code, instr, t.isHeapType ? OP_CALL_NON_PY_GENERAL : OP_CALL_BUILTIN_CLASS)
        }
        return succeed(code, instr, OP_CALL_NON_PY_GENERAL)
    }
}

extension Specializer {
    /// LOAD_SUPER_ATTR (cache: counter): `super().name` with the builtin super and a class.
    static func loadSuperAttr(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>, _ globalSuper: Value, _ cls: Value,
                              _ oparg: Int) -> Int {
        let head = OP_LOAD_SUPER_ATTR
        if mode == .off { return fail(code, instr, head, .disabled) }
        guard globalSuper == Builtins.superType else { return fail(code, instr, head, .overridden) }
        guard cls.isLayout(QK_LAYOUT_TYPE) else { return fail(code, instr, head, .otherType(cls)) }
        return succeed(code, instr, oparg & 1 != 0 ? OP_LOAD_SUPER_ATTR_METHOD : OP_LOAD_SUPER_ATTR_ATTR)
    }
}
