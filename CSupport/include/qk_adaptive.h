/* The adaptive (PEP 659) side of the fast paths: counters and the guards and actions of the
 * specialized instructions. Tier 1 and the stencils both call these, so a specialized
 * instruction means the same thing in every tier.
 *
 * Adaptive counter: one inline-cache code unit, as CPython 3.13's _Py_BackoffCounter.
 *
 *     15                    4 3        0
 *    +-----------------------+----------+
 *    |   value (12 bits)     | backoff  |     triggers when value == 0
 *    +-----------------------+----------+
 */
#ifndef QK_ADAPTIVE_H
#define QK_ADAPTIVE_H

#include "quicken.h"
#include "qk_opcodes.h"

/* (QK_INLINE: perf showed 25% of attr_access in an out-of-line call to qk_attr_hint_entry.) */

QK_INLINE uint16_t qk_counter(unsigned value, unsigned backoff) { return (uint16_t)((value << 4) | backoff); }
enum {
    QK_COUNTER_WARMUP = (1 << 4) | 1,        /* specialize on the 2nd execution */
    QK_COUNTER_COOLDOWN = 52 << 4,           /* misses tolerated after a success */
    QK_COUNTER_DORMANT = (4095 << 4) | 12,   /* the longest wait */
    QK_COUNTER_MAX_BACKOFF = 12              /* waits of 1, 3, 7, ... 4095 */
};

QK_INLINE int qk_counter_triggers(uint16_t c) { return c < 16; }
QK_INLINE uint16_t qk_counter_advance(uint16_t c) { return (uint16_t)(c - 16); }
QK_INLINE unsigned qk_counter_value(uint16_t c) { return c >> 4; }
QK_INLINE unsigned qk_counter_backoff(uint16_t c) { return c & 15; }

/* After a failed attempt: wait twice as long (plus one) as last time. */
QK_INLINE uint16_t qk_counter_after_failure(uint16_t c) {
    unsigned b = c & 15;
    if (b < QK_COUNTER_MAX_BACKOFF) b++;
    return qk_counter((1u << b) - 1, b);
}

/* Set in the "deopt" test mode: every specialized instruction's guard misses. */
extern int qk_adaptive_deopt_always;

/* Per-instruction statistics, kept (for every code unit) only when stats are on. */
typedef struct QKSiteStats {
    uint64_t executions;   /* times the instruction at this offset ran, in any form */
    uint32_t misses;       /* guard misses of its specialized forms */
    uint32_t successes;    /* specialization attempts that installed a form */
    uint32_t failures;     /* attempts that kept the generic form */
    uint32_t deopts;       /* re-specializations after misses */
    uint16_t last_failure; /* Failure code of the latest failed attempt, 0 after a success */
    uint16_t last_form;    /* the latest opcode installed here */
    uint32_t specialized_runs; /* executions that started in a specialized form */
} QKSiteStats;

/* ---- Numbers: guards and actions ----------------------------------------------------- */

/* One unboxed int and one float, in either order. 50-bit ints convert to double exactly. */
QK_INLINE int qk_mixed_number(QKValue a, QKValue b) {
    return (qk_is_int(a) && qk_is_double(b)) || (qk_is_double(a) && qk_is_int(b));
}

QK_INLINE double qk_number_as_double(QKValue v) {
    return qk_is_int(v) ? (double)qk_int_value(v) : qk_double_value(v);
}

/* Arithmetic for the *_MIXED forms (an int and a float, operands already guarded); the
   *_FLOAT forms use quicken.h's qk_float_*. */
QK_INLINE QKValue qk_number_add(QKValue a, QKValue b) {
    return qk_from_double(qk_number_as_double(a) + qk_number_as_double(b));
}
QK_INLINE QKValue qk_number_sub(QKValue a, QKValue b) {
    return qk_from_double(qk_number_as_double(a) - qk_number_as_double(b));
}
QK_INLINE QKValue qk_number_mul(QKValue a, QKValue b) {
    return qk_from_double(qk_number_as_double(a) * qk_number_as_double(b));
}
/* True division; 0 (a miss) for a zero divisor, which the generic path turns into
   ZeroDivisionError. Ints below 2**53 divide exactly as CPython's fast path does. */
QK_INLINE QKValue qk_true_divide(QKValue a, QKValue b) {
    double d = qk_number_as_double(b);
    if (d == 0.0) return 0;
    return qk_from_double(qk_number_as_double(a) / d);
}

/* Int floor division and modulo with Python's sign rules; 0 (a miss) for a zero divisor or a
   result outside the unboxed range. */
QK_INLINE QKValue qk_int_floordiv(QKValue a, QKValue b) {
    int64_t y = qk_int_value(b);
    if (y == 0) return 0;
    int64_t q = qk_floordiv64(qk_int_value(a), y);
    return qk_int_fits(q) ? qk_from_int(q) : 0;
}
QK_INLINE QKValue qk_int_mod(QKValue a, QKValue b) {
    int64_t y = qk_int_value(b);
    if (y == 0) return 0;
    return qk_from_int(qk_mod64(qk_int_value(a), y));
}
QK_INLINE QKValue qk_int_and(QKValue a, QKValue b) { return qk_from_int(qk_int_value(a) & qk_int_value(b)); }
QK_INLINE QKValue qk_int_or(QKValue a, QKValue b) { return qk_from_int(qk_int_value(a) | qk_int_value(b)); }
QK_INLINE QKValue qk_int_xor(QKValue a, QKValue b) { return qk_from_int(qk_int_value(a) ^ qk_int_value(b)); }

/* A three-way result `c` tested against rich comparison `op` (quicken.h's outcome masks). */
QK_INLINE int qk_compare_outcome(int c, int op) {
    uint32_t bit = c < 0 ? QK_CMP_LT : (c == 0 ? QK_CMP_EQ : QK_CMP_GT);
    return (bit & qk_compare_mask(op)) != 0;
}

/* The outcome bit of an int/float pair (50-bit ints convert to double exactly). */
QK_INLINE uint32_t qk_number_compare_bit(QKValue a, QKValue b) {
    double x = qk_number_as_double(a), y = qk_number_as_double(b);
    return x < y ? QK_CMP_LT : (x == y ? QK_CMP_EQ : (x > y ? QK_CMP_GT : QK_CMP_UNORDERED));
}

/* ---- The specialized forms, guard and action together -------------------------------- */

/* BINARY_OP's numeric forms: the result, or 0 when the guard misses. */
QK_INLINE QKValue qk_binary_op_specialized(int op, QKValue l, QKValue r) {
    QKValue out = 0;
    switch (op) {
    case OP_BINARY_OP_ADD_INT: return qk_both_int(l, r) && qk_int_add(l, r, &out) ? out : 0;
    case OP_BINARY_OP_SUBTRACT_INT: return qk_both_int(l, r) && qk_int_sub(l, r, &out) ? out : 0;
    case OP_BINARY_OP_MULTIPLY_INT: return qk_both_int(l, r) && qk_int_mul(l, r, &out) ? out : 0;
    case OP_BINARY_OP_ADD_FLOAT: return qk_both_double(l, r) ? qk_float_add(l, r) : 0;
    case OP_BINARY_OP_SUBTRACT_FLOAT: return qk_both_double(l, r) ? qk_float_sub(l, r) : 0;
    case OP_BINARY_OP_MULTIPLY_FLOAT: return qk_both_double(l, r) ? qk_float_mul(l, r) : 0;
    case OP_BINARY_OP_ADD_MIXED: return qk_mixed_number(l, r) ? qk_number_add(l, r) : 0;
    case OP_BINARY_OP_SUBTRACT_MIXED: return qk_mixed_number(l, r) ? qk_number_sub(l, r) : 0;
    case OP_BINARY_OP_MULTIPLY_MIXED: return qk_mixed_number(l, r) ? qk_number_mul(l, r) : 0;
    case OP_BINARY_OP_TRUE_DIVIDE_FLOAT: return qk_both_double(l, r) ? qk_true_divide(l, r) : 0;
    case OP_BINARY_OP_TRUE_DIVIDE_MIXED: return qk_mixed_number(l, r) ? qk_true_divide(l, r) : 0;
    case OP_BINARY_OP_TRUE_DIVIDE_INT: return qk_both_int(l, r) ? qk_true_divide(l, r) : 0;
    case OP_BINARY_OP_FLOOR_DIVIDE_INT: return qk_both_int(l, r) ? qk_int_floordiv(l, r) : 0;
    case OP_BINARY_OP_MODULO_INT: return qk_both_int(l, r) ? qk_int_mod(l, r) : 0;
    case OP_BINARY_OP_AND_INT: return qk_both_int(l, r) ? qk_int_and(l, r) : 0;
    case OP_BINARY_OP_OR_INT: return qk_both_int(l, r) ? qk_int_or(l, r) : 0;
    case OP_BINARY_OP_XOR_INT: return qk_both_int(l, r) ? qk_int_xor(l, r) : 0;
    default: return 0;
    }
}

/* LOAD_GLOBAL_MODULE and _BUILTIN; `cache` is the instruction's first cache unit (counter,
   index, module keys version, builtins keys version). The value, or 0 for a miss. */
QK_INLINE QKValue qk_load_global_specialized(int op, QKValue globals, QKValue builtins, const uint16_t *cache) {
    const QKDict *g = (const QKDict *)qk_obj(globals);
    if (g->keys_version != cache[2]) return 0;
    if (op == OP_LOAD_GLOBAL_MODULE) return g->entries[cache[1]].value;
    if (!qk_is_ptr(builtins) || qk_obj(builtins)->ob_type != qk_types.dict_) return 0;
    const QKDict *b = (const QKDict *)qk_obj(builtins);
    if (b->keys_version != cache[3]) return 0;
    return b->entries[cache[1]].value;
}

/* BINARY_SUBSCR_LIST_INT and _TUPLE_INT: the item, or 0 for a miss (including negative and
   out-of-range indexes, which the generic path handles). */
QK_INLINE QKValue qk_binary_subscr_specialized(int op, QKValue c, QKValue i) {
    if (!qk_is_ptr(c) || !qk_is_int(i)) return 0;
    int64_t k = qk_int_value(i);
    const QKObject *o = qk_obj(c);
    if (op == OP_BINARY_SUBSCR_LIST_INT) {
        if (o->ob_type != qk_types.list_) return 0;
        const QKList *l = (const QKList *)o;
        return k >= 0 && k < l->size ? l->items[k] : 0;
    }
    if (o->ob_type != qk_types.tuple_) return 0;
    const QKTuple *t = (const QKTuple *)o;
    return k >= 0 && k < t->size ? t->items[k] : 0;
}

/* A 32-bit inline-cache field (two code units, low half first). */
QK_INLINE uint32_t qk_cache_u32(const uint16_t *p) { return (uint32_t)p[0] | ((uint32_t)p[1] << 16); }

/* The instance-dict entry LOAD_ATTR_WITH_HINT / STORE_ATTR_WITH_HINT use: `owner`'s type must
   have `version`, and entry `hint` of its instance dict must hold the (interned) `name`.
   NULL for a miss. */
QK_INLINE QKDictEntry *qk_attr_hint_entry(QKValue owner, uint32_t version, uint32_t hint, QKValue name) {
    if (!qk_is_ptr(owner)) return NULL;
    const QKType *t = qk_obj(owner)->ob_type;
    if (t->version != version || t->dictoffset == 0) return NULL;
    QKValue d = *(const QKValue *)((const char *)qk_obj(owner) + t->dictoffset);
    if (d == 0) return NULL;
    const QKDict *dict = (const QKDict *)qk_obj(d);
    if ((int64_t)hint >= dict->nentries) return NULL;
    QKDictEntry *e = &dict->entries[hint];
    return e->key == name ? e : NULL;
}

/* COMPARE_OP_INT, _FLOAT and _MIXED: True or False, or 0 when the guard misses. */
QK_INLINE QKValue qk_compare_op_specialized(int op, int oparg, QKValue l, QKValue r) {
    uint32_t mask = qk_compare_mask(oparg >> 5);
    switch (op) {
    case OP_COMPARE_OP_INT: return qk_both_int(l, r) ? qk_bool((qk_int_compare_bit(l, r) & mask) != 0) : 0;
    case OP_COMPARE_OP_FLOAT: return qk_both_double(l, r) ? qk_bool((qk_double_compare_bit(l, r) & mask) != 0) : 0;
    case OP_COMPARE_OP_MIXED: return qk_mixed_number(l, r) ? qk_bool((qk_number_compare_bit(l, r) & mask) != 0) : 0;
    default: return 0;
    }
}

#endif
