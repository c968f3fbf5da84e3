/*
 * Quicken's value and object layouts, shared by the Swift runtime and the C stencils.
 * Fast-path semantics live here as static inline helpers so tier 1 and the JIT agree.
 *
 * A value is one 64-bit word (NaN-boxing with a double offset, as in JavaScriptCore):
 *
 *   0x0000_0000_0000_0000            NULL: empty slot / "exception set" return
 *   0x0000_PPPP_PPPP_PPPP            pointer to a heap object (None/True/False are objects)
 *   0x0002_0000_0000_0000 ..
 *   0xFFF2_0000_0000_0000            double: IEEE bits + 2^49 (NaNs canonicalized)
 *   0xFFFC_IIII_IIII_IIII            small int: 50-bit two's complement payload
 *
 * Pointers need no masking, and zeroed memory reads as NULL. Ints that do not fit 50 bits
 * are heap big ints. Every double maps into the middle band because the only NaN we store is
 * the canonical positive quiet NaN.
 */
#ifndef QUICKEN_H
#define QUICKEN_H

#pragma clang diagnostic ignored "-Wnullability-completeness"

#include <stdint.h>
#include <stddef.h>
#include <string.h>
#include "qk_opcodes.h"

/* Helpers run inside interpreter instruction bodies and stencils: always inline (Swift's
   calls into C headers were otherwise sometimes left out of line). */
#define QK_INLINE static inline __attribute__((always_inline))

typedef uint64_t QKValue;

#define QK_NULL          ((QKValue)0)
#define QK_DOUBLE_OFFSET (1ULL << 49)
#define QK_INT_TAG       0xFFFC000000000000ULL
#define QK_INT_BITS      50
#define QK_INT_MAX       ((int64_t)((1LL << (QK_INT_BITS - 1)) - 1))
#define QK_INT_MIN       (-(int64_t)(1LL << (QK_INT_BITS - 1)))
#define QK_CANONICAL_NAN 0x7FF8000000000000ULL

QK_INLINE int qk_is_int(QKValue v) { return v >= QK_INT_TAG; }
QK_INLINE int qk_is_ptr(QKValue v) { return (v >> 48) == 0 && v != 0; }
QK_INLINE int qk_is_double(QKValue v) { return (v >> 49) != 0 && v < QK_INT_TAG; }

QK_INLINE int64_t qk_int_value(QKValue v) { return ((int64_t)(v << 14)) >> 14; }
QK_INLINE QKValue qk_from_int(int64_t i) {
    return ((uint64_t)i & ((1ULL << QK_INT_BITS) - 1)) | QK_INT_TAG;
}
QK_INLINE int qk_int_fits(int64_t i) { return i >= QK_INT_MIN && i <= QK_INT_MAX; }

QK_INLINE double qk_double_value(QKValue v) {
    uint64_t bits = v - QK_DOUBLE_OFFSET;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}
QK_INLINE QKValue qk_from_double(double d) {
    uint64_t bits;
    if (d != d) return QK_CANONICAL_NAN + QK_DOUBLE_OFFSET;
    memcpy(&bits, &d, sizeof bits);
    return bits + QK_DOUBLE_OFFSET;
}

/* ---- Objects ---------------------------------------------------------------------- */

typedef struct QKType QKType;

/* Every heap object starts with this header. */
typedef struct QKObject {
    QKType *ob_type;
    uint32_t gc_bits;         /* QK_GC_* */
    uint32_t ob_aux;          /* a small per-type field (str: code unit width) */
} QKObject;

#define QK_GC_MARK     1u
#define QK_GC_IMMORTAL 2u /* statically allocated or permanent: never swept */
/* Bits 8..15 of gc_bits: the small-object size class (cell sizes: Heap.cellBytes), or 0 for
   an object from malloc. */
#define QK_GC_CLASS_SHIFT 8
#define QK_SMALL_CLASSES  31

/* Free lists of small-object cells, one per size class (index 1..QK_SMALL_CLASSES). A free
   cell's first word links to the next one. */
extern void *qk_free_cells[QK_SMALL_CLASSES + 1];
QK_INLINE void *qk_free_cell_get(int size_class) { return qk_free_cells[size_class]; }
QK_INLINE void qk_free_cell_set(int size_class, void *cell) { qk_free_cells[size_class] = cell; }

QK_INLINE QKObject *qk_obj(QKValue v) { return (QKObject *)(uintptr_t)v; }
QK_INLINE QKValue qk_val(const void *p) { return (QKValue)(uintptr_t)p; }

/* The instance layout of a type: which C struct its instances are. Subclasses inherit it. */
typedef enum QKLayout {
    QK_LAYOUT_OBJECT = 0,  /* plain instance: header + optional dict + slots */
    QK_LAYOUT_NONE, QK_LAYOUT_BOOL, QK_LAYOUT_INT, QK_LAYOUT_FLOAT, QK_LAYOUT_STR,
    QK_LAYOUT_BYTES, QK_LAYOUT_TUPLE, QK_LAYOUT_LIST, QK_LAYOUT_DICT, QK_LAYOUT_SET,
    QK_LAYOUT_RANGE, QK_LAYOUT_SLICE, QK_LAYOUT_TYPE, QK_LAYOUT_FUNCTION, QK_LAYOUT_NATIVE,
    QK_LAYOUT_METHOD, QK_LAYOUT_CODE, QK_LAYOUT_CELL, QK_LAYOUT_MODULE, QK_LAYOUT_GENERATOR,
    QK_LAYOUT_EXCEPTION, QK_LAYOUT_ITER, QK_LAYOUT_BOX, QK_LAYOUT_SINGLETON,
    QK_LAYOUT_COUNT
} QKLayout;

#define QK_TYPE_HEAP        (1u << 0) /* created by a class statement */
#define QK_TYPE_BASETYPE    (1u << 1) /* may be subclassed */
#define QK_TYPE_ABSTRACT    (1u << 2)
#define QK_TYPE_HAS_GETATTR (1u << 3) /* defines __getattr__ somewhere in the MRO */

struct QKType {
    QKObject ob;
    QKValue name;        /* str */
    QKValue qualname;    /* str */
    QKValue module;      /* str or NULL */
    QKType *base;        /* the solid base (first base) */
    QKValue bases;       /* tuple */
    QKValue mro;         /* tuple */
    QKValue dict;        /* dict of attributes */
    uint32_t version;    /* bumped (reassigned) when the type or its MRO changes; 0 = none */
    uint32_t flags;      /* QK_TYPE_* */
    uint32_t layout;     /* QKLayout */
    uint32_t basicsize;  /* instance size in bytes */
    int32_t dictoffset;  /* byte offset of the instance __dict__ slot, 0 = no dict */
    int32_t slotsoffset; /* byte offset of the first __slots__ value */
    int32_t nslots;
    int32_t native_kind; /* for QK_LAYOUT_ITER/BOX: which native variant */
    QKValue slotnames;   /* tuple of str or NULL */
    QKValue subclasses;  /* list of weak-ish refs (types), for version invalidation */
};

/* Strings: code points stored 1 byte (all < 256) or 4 bytes wide (ob_aux = width). */
typedef struct QKStr {
    QKObject ob;
    int64_t length;   /* in code points */
    int64_t hash;     /* -1 until computed */
    int64_t interned; /* 1 if this is the canonical interned copy */
    uint8_t data[];   /* length * width bytes, then a NUL */
} QKStr;

typedef struct QKBytes {
    QKObject ob;
    int64_t length;
    int64_t hash;
    uint8_t data[];
} QKBytes;

typedef struct QKTuple {
    QKObject ob;
    int64_t size;
    int64_t hash;     /* cached, -1 = unknown */
    QKValue items[];
} QKTuple;

typedef struct QKList {
    QKObject ob;
    int64_t size;
    int64_t capacity;
    QKValue *items;   /* malloc'd */
} QKList;

typedef struct QKDictEntry {
    QKValue key;      /* NULL for a deleted entry */
    QKValue value;
    int64_t hash;
} QKDictEntry;

/* Insertion-ordered hash table (CPython's compact dict). Also backs sets (value unused). */
typedef struct QKDict {
    QKObject ob;
    int64_t used;       /* live entries */
    int64_t nentries;   /* entries appended, including deleted ones */
    int64_t capacity;   /* entry slots */
    int64_t mask;       /* index table size - 1 */
    int64_t *indices;   /* -1 empty, -2 dummy, else entry index */
    QKDictEntry *entries;
    uint32_t keys_version; /* bumped when the set of keys changes */
    uint32_t is_frozen;
    QKValue dict;       /* instance dict of dict/set subclasses */
} QKDict;

/* set and frozenset: CPython's open-addressing set table (Objects/setobject.c), with linear
   probing (LINEAR_PROBES) before perturbed probing, so iteration follows CPython's table order.
   The prefix mirrors QKDict field for field, so the GC, len() and truthiness treat both alike:
   the GC walks `table_size` QKDictEntry slots of `table` (value stays NULL) and frees
   `unused_indices` (always NULL) and `table`. A slot is unused when key == NULL && hash == 0,
   a deleted ("dummy") slot when key == NULL && hash == -1 (real hashes are never -1). */
typedef struct QKSet {
    QKObject ob;
    int64_t used;            /* active entries (QKDict.used) */
    int64_t table_size;      /* mask + 1 (QKDict.nentries) */
    int64_t fill;            /* active + dummy entries (QKDict.capacity) */
    int64_t mask;            /* table size - 1 (QKDict.mask) */
    int64_t *unused_indices; /* always NULL (QKDict.indices) */
    QKDictEntry *table;      /* (QKDict.entries) */
    uint32_t version;        /* bumped on every change (QKDict.keys_version) */
    uint32_t is_frozen;      /* (QKDict.is_frozen) */
    QKValue dict;            /* (QKDict.dict) */
    int64_t finger;          /* where set.pop() resumes its search */
    int64_t hash;            /* cached frozenset hash, -1 = unknown */
} QKSet;
_Static_assert(offsetof(QKSet, used) == offsetof(QKDict, used), "QKSet mirrors QKDict");
_Static_assert(offsetof(QKSet, table_size) == offsetof(QKDict, nentries), "QKSet mirrors QKDict");
_Static_assert(offsetof(QKSet, unused_indices) == offsetof(QKDict, indices), "QKSet mirrors QKDict");
_Static_assert(offsetof(QKSet, table) == offsetof(QKDict, entries), "QKSet mirrors QKDict");
_Static_assert(offsetof(QKSet, is_frozen) == offsetof(QKDict, is_frozen), "QKSet mirrors QKDict");
_Static_assert(offsetof(QKSet, dict) == offsetof(QKDict, dict), "QKSet mirrors QKDict");

typedef struct QKBigInt {
    QKObject ob;
    uint64_t storage[2]; /* a Swift BigInt, initialized in place by the runtime */
} QKBigInt;

typedef struct QKRange {
    QKObject ob;
    QKValue start, stop, step, length;
} QKRange;

typedef struct QKSlice {
    QKObject ob;
    QKValue start, stop, step;
} QKSlice;

typedef struct QKCell {
    QKObject ob;
    QKValue ref;
} QKCell;

typedef struct QKMethod {
    QKObject ob;
    QKValue callable;
    QKValue receiver;
} QKMethod;

/* A generic box of up to four values: property, staticmethod, classmethod, super,
   NotImplemented-like singletons and native iterators all use it (native_kind tells). */
typedef struct QKBox {
    QKObject ob;
    QKValue a, b, c, d;
    int64_t i, j;
    QKValue dict;
} QKBox;

typedef struct QKModule {
    QKObject ob;
    QKValue dict;
    QKValue name;
} QKModule;

/* A builtin function or method: `index` selects the Swift implementation. */
typedef struct QKNative {
    QKObject ob;
    int64_t index;
    QKValue receiver; /* bound receiver, or NULL */
    QKValue name;     /* str */
    QKValue qualname; /* str, e.g. "list.append" */
    int32_t kind;     /* QK_NATIVE_* */
    int32_t pad;
} QKNative;

#define QK_NATIVE_FUNCTION 0 /* builtin function (self = module or NULL) */
#define QK_NATIVE_METHOD   1 /* method descriptor: binds on attribute access */
#define QK_NATIVE_CLASSMETHOD 2

typedef struct QKExceptionEntry {
    int32_t start, end, target, depth_lasti; /* depth << 1 | lasti */
} QKExceptionEntry;

typedef struct QKPosition {
    int32_t line, end_line, column, end_column;
} QKPosition;

typedef struct QKCode {
    QKObject ob;
    uint16_t *code;          /* code units, quickened in place */
    int64_t ncode;
    QKValue consts;          /* tuple */
    QKValue names;           /* tuple of interned str */
    QKValue localsplusnames; /* tuple of str */
    uint8_t *localspluskinds;
    QKExceptionEntry *exctable;
    QKPosition *positions;   /* one per code unit */
    QKValue name, qualname, filename;
    int32_t nlocalsplus, nlocals, ncells, nfrees;
    int32_t argcount, posonlyargcount, kwonlyargcount, flags;
    int32_t stacksize, firstlineno, nexc, framesize; /* framesize = nlocalsplus + stacksize */
    int32_t cell2arg_count, pad;
    int64_t *cell2arg;       /* for each cell that is also an argument: localsplus index, else -1 */
    struct QKSiteStats *site_stats; /* one per code unit when stats are on, else NULL */
    uint32_t func_version;   /* functions made from this code start with this version */
    uint32_t pad2;
} QKCode;

typedef struct QKFunction {
    QKObject ob;
    QKValue code;
    QKValue globals;
    QKValue builtins;
    QKValue name, qualname, module, doc;
    QKValue defaults;   /* tuple or NULL */
    QKValue kwdefaults; /* dict or NULL */
    QKValue closure;    /* tuple of cells or NULL */
    QKValue dict;       /* __dict__ or NULL */
    QKValue annotations;
    uint32_t version;
    uint32_t pad;
} QKFunction;

/* A frame: locals, cells, frees, then the value stack, all in one block. Frames live on
   the VM stack, or inside a generator object while it is suspended or running. */
typedef struct QKFrame {
    struct QKFrame *previous;
    QKCode *code;
    QKValue function;
    QKValue globals;
    QKValue builtins;
    QKValue locals;          /* dict for module/class bodies, else NULL */
    uint16_t *instr_ptr;     /* the instruction being executed (or next to run when resumed) */
    QKValue *stack_pointer;  /* one past the top of the value stack */
    QKValue generator;       /* owning generator, or NULL */
    int32_t is_entry;        /* returning from it leaves the interpreter loop */
    int32_t owned_by_generator;
    QKValue init_self;       /* CALL_ALLOC_AND_ENTER_INIT: returned instead of __init__'s None */
    QKValue localsplus[];
} QKFrame;

typedef struct QKGenerator {
    QKObject ob;
    QKValue name, qualname;
    QKValue exc_state;   /* the generator's saved exc_info */
    int32_t state;       /* QK_GEN_* */
    int32_t frame_words;
    QKFrame *frame;      /* points into `storage` */
    QKValue storage[];
} QKGenerator;

#define QK_GEN_CREATED   0
#define QK_GEN_SUSPENDED 1
#define QK_GEN_RUNNING   2
#define QK_GEN_CLOSED    3

typedef struct QKException {
    QKObject ob;
    QKValue args;        /* tuple */
    QKValue traceback;   /* list of (code, line) records or NULL */
    QKValue cause, context;
    QKValue dict;
    int32_t suppress_context;
    int32_t pad;
    QKValue extra;       /* StopIteration.value, SystemExit.code, ... */
} QKException;

/* ---- Fast paths shared by tier 1 and the stencils ------------------------------------ */

QK_INLINE int qk_both_int(QKValue a, QKValue b) { return (a & b) >= QK_INT_TAG; }

/* Overflow-checked small-int arithmetic: return 1 and set *out on success. */
QK_INLINE int qk_int_add(QKValue a, QKValue b, QKValue *out) {
    int64_t r = qk_int_value(a) + qk_int_value(b);
    if (!qk_int_fits(r)) return 0;
    *out = qk_from_int(r);
    return 1;
}
QK_INLINE int qk_int_sub(QKValue a, QKValue b, QKValue *out) {
    int64_t r = qk_int_value(a) - qk_int_value(b);
    if (!qk_int_fits(r)) return 0;
    *out = qk_from_int(r);
    return 1;
}
QK_INLINE int qk_int_mul(QKValue a, QKValue b, QKValue *out) {
    int64_t r;
    if (__builtin_mul_overflow(qk_int_value(a), qk_int_value(b), &r) || !qk_int_fits(r)) return 0;
    *out = qk_from_int(r);
    return 1;
}
/* Python floor division and modulo on small ints; the caller handles b == 0. */
QK_INLINE int64_t qk_floordiv64(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q -= 1;
    return q;
}
QK_INLINE int64_t qk_mod64(int64_t a, int64_t b) {
    int64_t m = a % b;
    if (m != 0 && ((m < 0) != (b < 0))) m += b;
    return m;
}
QK_INLINE int qk_int_compare(QKValue a, QKValue b) {
    int64_t x = qk_int_value(a), y = qk_int_value(b);
    return (x > y) - (x < y);
}

/* Comparison outcomes as one-hot bits, and the mask of outcomes for which a rich comparison
   (CPython's compare op: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=) is true. A compare-and-branch
   tests (outcome & mask) != 0: one AND for every operator. NaN compares unordered, so only
   != holds for it. */
#define QK_CMP_LT 1u
#define QK_CMP_EQ 2u
#define QK_CMP_GT 4u
#define QK_CMP_UNORDERED 8u
QK_INLINE uint32_t qk_compare_mask(int op) {
    switch (op) {
    case 0: return QK_CMP_LT;
    case 1: return QK_CMP_LT | QK_CMP_EQ;
    case 2: return QK_CMP_EQ;
    case 3: return QK_CMP_LT | QK_CMP_GT | QK_CMP_UNORDERED;
    case 4: return QK_CMP_GT;
    default: return QK_CMP_GT | QK_CMP_EQ;
    }
}
QK_INLINE uint32_t qk_int_compare_bit(QKValue a, QKValue b) {
    int64_t x = qk_int_value(a), y = qk_int_value(b);
    return x < y ? QK_CMP_LT : (x == y ? QK_CMP_EQ : QK_CMP_GT);
}
QK_INLINE uint32_t qk_double_compare_bit(QKValue a, QKValue b) {
    double x = qk_double_value(a), y = qk_double_value(b);
    return x < y ? QK_CMP_LT : (x == y ? QK_CMP_EQ : (x > y ? QK_CMP_GT : QK_CMP_UNORDERED));
}

/* Float arithmetic on unboxed doubles (the caller has checked both operands). */
QK_INLINE int qk_both_double(QKValue a, QKValue b) { return qk_is_double(a) && qk_is_double(b); }
QK_INLINE QKValue qk_float_add(QKValue a, QKValue b) { return qk_from_double(qk_double_value(a) + qk_double_value(b)); }
QK_INLINE QKValue qk_float_sub(QKValue a, QKValue b) { return qk_from_double(qk_double_value(a) - qk_double_value(b)); }
QK_INLINE QKValue qk_float_mul(QKValue a, QKValue b) { return qk_from_double(qk_double_value(a) * qk_double_value(b)); }

/* Guards and loads on object layouts. */
QK_INLINE int qk_has_type_version(QKValue v, uint32_t version) {
    return qk_is_ptr(v) && qk_obj(v)->ob_type->version == version;
}
/* A value slot at a byte offset inside an object (__slots__ entries); NULL = unset. */
QK_INLINE QKValue qk_slot_load(QKValue obj, int64_t offset) {
    return *(QKValue *)((char *)qk_obj(obj) + offset);
}
QK_INLINE void qk_slot_store(QKValue obj, int64_t offset, QKValue v) {
    *(QKValue *)((char *)qk_obj(obj) + offset) = v;
}
/* list[i] for a small-int index, negative indices counting from the end; 0 if out of range. */
QK_INLINE int qk_list_get(const QKList *l, QKValue index, QKValue *out) {
    int64_t i = qk_int_value(index);
    if (i < 0) i += l->size;
    if ((uint64_t)i >= (uint64_t)l->size) return 0;
    *out = l->items[i];
    return 1;
}


/* ---- Singletons and global state ---------------------------------------------------- */

/* None, False, True, NotImplemented, Ellipsis: static objects, so a value is their address. */
extern QKObject qk_singletons[5];
QK_INLINE QKValue qk_none(void) { return qk_val(&qk_singletons[0]); }
QK_INLINE QKValue qk_false(void) { return qk_val(&qk_singletons[1]); }
QK_INLINE QKValue qk_true(void) { return qk_val(&qk_singletons[2]); }
QK_INLINE QKValue qk_notimplemented(void) { return qk_val(&qk_singletons[3]); }
QK_INLINE QKValue qk_ellipsis(void) { return qk_val(&qk_singletons[4]); }
QK_INLINE QKValue qk_bool(int b) { return b ? qk_true() : qk_false(); }

/* Hot interpreter state, reachable from Swift and (later) from stencils without indirection. */
typedef struct QKState {
    uint64_t gc_allocated;     /* bytes allocated since the last collection */
    uint64_t gc_threshold;     /* collect at the next safepoint once allocated exceeds it */
    int64_t recursion_depth;
    int64_t recursion_limit;
    QKValue exc_info;          /* the exception being handled (sys.exception()), or NULL */
} QKState;
extern QKState qk_state;

/* The builtin types, filled in at start-up. */
typedef struct QKTypes {
    QKType *_Nonnull object_;
    QKType *_Nonnull type_;
    QKType *_Nonnull none_;
    QKType *_Nonnull bool_;
    QKType *_Nonnull int_;
    QKType *_Nonnull float_;
    QKType *_Nonnull str_;
    QKType *_Nonnull bytes_;
    QKType *_Nonnull tuple_;
    QKType *_Nonnull list_;
    QKType *_Nonnull dict_;
    QKType *_Nonnull set_;
    QKType *_Nonnull frozenset_;
    QKType *_Nonnull range_;
    QKType *_Nonnull slice_;
    QKType *_Nonnull function_;
    QKType *_Nonnull native_;
    QKType *_Nonnull method_;
    QKType *_Nonnull code_;
    QKType *_Nonnull cell_;
    QKType *_Nonnull module_;
    QKType *_Nonnull generator_;
    QKType *_Nonnull property_;
    QKType *_Nonnull staticmethod_;
    QKType *_Nonnull classmethod_;
    QKType *_Nonnull super_;
    QKType *_Nonnull notimplemented_;
    QKType *_Nonnull ellipsis_;
    QKType *_Nonnull iterator_;
    QKType *_Nonnull dict_keys_;
    QKType *_Nonnull dict_values_;
    QKType *_Nonnull dict_items_;
    QKType *_Nonnull file_;
} QKTypes;
extern QKTypes qk_types;

/* The builtin exception types most often raised by the runtime. */
typedef struct QKExceptionTypes {
    QKType *_Nonnull BaseException;
    QKType *_Nonnull Exception;
    QKType *_Nonnull TypeError;
    QKType *_Nonnull ValueError;
    QKType *_Nonnull AttributeError;
    QKType *_Nonnull KeyError;
    QKType *_Nonnull IndexError;
    QKType *_Nonnull NameError;
    QKType *_Nonnull UnboundLocalError;
    QKType *_Nonnull ZeroDivisionError;
    QKType *_Nonnull StopIteration;
    QKType *_Nonnull RuntimeError;
    QKType *_Nonnull RecursionError;
    QKType *_Nonnull NotImplementedError;
    QKType *_Nonnull OverflowError;
    QKType *_Nonnull AssertionError;
    QKType *_Nonnull ImportError;
    QKType *_Nonnull ModuleNotFoundError;
    QKType *_Nonnull SystemExit;
    QKType *_Nonnull KeyboardInterrupt;
    QKType *_Nonnull GeneratorExit;
    QKType *_Nonnull LookupError;
    QKType *_Nonnull ArithmeticError;
    QKType *_Nonnull OSError;
    QKType *_Nonnull FileNotFoundError;
    QKType *_Nonnull SyntaxError;
    QKType *_Nonnull IndentationError;
    QKType *_Nonnull TabError;
    QKType *_Nonnull MemoryError;
    QKType *_Nonnull EOFError;
    QKType *_Nonnull UnicodeError;
    QKType *_Nonnull UnicodeDecodeError;
    QKType *_Nonnull UnicodeEncodeError;
} QKExceptionTypes;
extern QKExceptionTypes qk_exc;

/* CPython-style type attribute cache: (type version, interned name) -> MRO lookup result
   (value 0 = absent). Direct mapped; a changed type gets new version tags, so stale entries
   never match. */
typedef struct QKAttrCacheEntry {
    uint64_t name;
    uint64_t value;
    uint32_t version;
    uint32_t pad;
} QKAttrCacheEntry;
#define QK_ATTR_CACHE_SIZE 4096
extern QKAttrCacheEntry qk_attr_cache[QK_ATTR_CACHE_SIZE];

QK_INLINE QKAttrCacheEntry *qk_attr_cache_slot(uint32_t version, uint64_t name) {
    return &qk_attr_cache[((uint64_t)version * 0x9E3779B1u ^ (name >> 4)) & (QK_ATTR_CACHE_SIZE - 1)];
}

/* Native-stack scan for the conservative part of the GC: spills callee-saved registers, then
   calls `visit` on every aligned word between the current stack pointer and `base`. */
void qk_scan_native_stack(void *base, void (*visit)(uint64_t word, void *ctx), void *ctx);

#endif
