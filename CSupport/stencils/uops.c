/* The micro-op stencils. Each is straight-line C over quicken.h's shared fast paths; see
   stencil.h for the calling convention and the holes. Stack effects are noted as
   (before -- after), top of stack rightmost.

   Layout note: written as `if (ok) { ...; CONTINUE(); } EXIT();`, clang emits the exit as a
   conditional tail call on x86-64 (jcc _JIT_EXIT) and ends the stencil with the jump to
   _JIT_CONTINUE, which the stitcher elides. `if (bad) EXIT();` puts the exit jump last and
   keeps the continue jump. AArch64 has no conditional tail call, so there the exit branch
   always comes last. */
#include "stencil.h"

/* The trace entry, in the C calling convention: callers save nothing for the trace. */
uintptr_t qk_stencil_entry(QKFrame *frame, QKValue *sp, void *ctx) {
    return _JIT_CONTINUE(frame, sp, ctx);
}

/* Leave the trace: resume tier 1 at OPERAND0 (a code-unit pointer) with the current stack.
   Returns OPERAND1, the exit's id. */
STENCIL(exit) {
    (void)ctx;
    frame->instr_ptr = (uint16_t *)(uintptr_t)OPERAND0;
    frame->stack_pointer = sp;
    return (uintptr_t)OPERAND1;
}

STENCIL(nop) { CONTINUE(); }
STENCIL(jump) { JUMP(); }

/* ( -- v ) local OPARG; exits if it is unbound. */
STENCIL(load_fast) {
    QKValue v = frame->localsplus[OPARG];
    if (v != QK_NULL) {
        *sp++ = v;
        CONTINUE();
    }
    EXIT();
}
/* ( v -- ) */
STENCIL(store_fast) {
    frame->localsplus[OPARG] = *--sp;
    CONTINUE();
}
/* ( -- OPERAND0 ) */
STENCIL(load_const) {
    *sp++ = (QKValue)OPERAND0;
    CONTINUE();
}
/* ( v -- ) */
STENCIL(pop_top) {
    sp--;
    CONTINUE();
}

/* ( a b -- a b ) exits unless both are small ints. */
STENCIL(guard_both_int) {
    if (qk_both_int(sp[-2], sp[-1])) CONTINUE();
    EXIT();
}
/* ( a b -- a b ) exits unless both are unboxed floats. */
STENCIL(guard_both_float) {
    if (qk_both_double(sp[-2], sp[-1])) CONTINUE();
    EXIT();
}

/* Small-int arithmetic after guard_both_int: ( a b -- a+b ); on overflow exit with the
   operands still on the stack, so tier 1 redoes the instruction generically. */
#define INT_BINARY(name, fn)                                  \
    STENCIL(name) {                                           \
        QKValue r;                                            \
        if (!fn(sp[-2], sp[-1], &r)) EXIT();                  \
        sp[-2] = r;                                           \
        sp--;                                                 \
        CONTINUE();                                           \
    }
INT_BINARY(binary_add_int, qk_int_add)
INT_BINARY(binary_sub_int, qk_int_sub)
INT_BINARY(binary_mul_int, qk_int_mul)

/* The same with the type guard folded in (one uop instead of two). */
#define INT_BINARY_GUARDED(name, fn)                          \
    STENCIL(name) {                                           \
        QKValue r;                                            \
        if (!qk_both_int(sp[-2], sp[-1]) || !fn(sp[-2], sp[-1], &r)) EXIT(); \
        sp[-2] = r;                                           \
        sp--;                                                 \
        CONTINUE();                                           \
    }
INT_BINARY_GUARDED(guarded_add_int, qk_int_add)
INT_BINARY_GUARDED(guarded_sub_int, qk_int_sub)
INT_BINARY_GUARDED(guarded_mul_int, qk_int_mul)

/* Float arithmetic after guard_both_float: ( a b -- a op b ). */
#define FLOAT_BINARY(name, fn)                                \
    STENCIL(name) {                                           \
        sp[-2] = fn(sp[-2], sp[-1]);                          \
        sp--;                                                 \
        CONTINUE();                                           \
    }
FLOAT_BINARY(binary_add_float, qk_float_add)
FLOAT_BINARY(binary_sub_float, qk_float_sub)
FLOAT_BINARY(binary_mul_float, qk_float_mul)

/* Compare-and-branch: ( a b -- ); jumps when the outcome is in the mask OPARG
   (qk_compare_mask, possibly inverted for branch-if-false), else continues. */
STENCIL(compare_int_branch) {
    uint32_t bit = qk_int_compare_bit(sp[-2], sp[-1]);
    sp -= 2;
    if (bit & OPARG) JUMP();
    CONTINUE();
}
STENCIL(compare_float_branch) {
    uint32_t bit = qk_double_compare_bit(sp[-2], sp[-1]);
    sp -= 2;
    if (bit & OPARG) JUMP();
    CONTINUE();
}

/* ( obj -- obj ) exits unless obj is a heap object whose type has version OPERAND0. */
STENCIL(guard_type_version) {
    if (qk_has_type_version(sp[-1], (uint32_t)OPERAND0)) CONTINUE();
    EXIT();
}
/* ( obj -- value ) the slot at byte offset OPERAND0; exits (obj still on the stack) when
   the slot is unset. */
STENCIL(load_attr_slot) {
    QKValue v = qk_slot_load(sp[-1], (int64_t)OPERAND0);
    if (v != QK_NULL) {
        sp[-1] = v;
        CONTINUE();
    }
    EXIT();
}
/* ( value obj -- ) */
STENCIL(store_attr_slot) {
    qk_slot_store(sp[-1], (int64_t)OPERAND0, sp[-2]);
    sp -= 2;
    CONTINUE();
}

/* ( -- value ) entry OPARG of the dict OPERAND0, cached while its keys version is
   OPERAND1; exits when the keys changed or the entry is empty. */
STENCIL(load_global_cached) {
    QKDict *d = (QKDict *)(uintptr_t)OPERAND0;
    if (d->keys_version != (uint32_t)OPERAND1) EXIT();
    QKValue v = d->entries[OPARG].value;
    if (v == QK_NULL) EXIT();
    *sp++ = v;
    CONTINUE();
}

/* ( list index -- item ) exits unless list's type is OPERAND0 (list), index is a small
   int, and the index is in range. */
STENCIL(list_index) {
    QKValue l = sp[-2], i = sp[-1], item;
    if (!qk_is_ptr(l) || qk_obj(l)->ob_type != (QKType *)(uintptr_t)OPERAND0 || !qk_is_int(i)) EXIT();
    if (!qk_list_get((const QKList *)qk_obj(l), i, &item)) EXIT();
    sp[-2] = item;
    sp--;
    CONTINUE();
}

/* ( a b -- helper(a, b) ) a C-convention runtime helper; a NULL result (exception set)
   exits with the operands still on the stack. */
typedef QKValue QKBinaryHelper(QKValue, QKValue);
STENCIL(call_helper_binary) {
    QKValue r = HELPER(QKBinaryHelper *)(sp[-2], sp[-1]);
    if (r != QK_NULL) {
        sp[-2] = r;
        sp--;
        CONTINUE();
    }
    EXIT();
}

/* ( ... -- ... ) the generic escape hatch: a C-convention runtime helper that works on the
   frame and stack directly, helper(frame, sp, OPERAND0), and returns the new stack pointer,
   or NULL (exception set, nothing popped) to exit with the stack as it was. */
typedef QKValue *QKFrameHelper(QKFrame *, QKValue *, uint64_t);
STENCIL(call_helper_frame) {
    QKValue *r = HELPER(QKFrameHelper *)(frame, sp, OPERAND0);
    if (r != NULL) {
        sp = r;
        CONTINUE();
    }
    EXIT();
}
