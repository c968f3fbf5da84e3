#include "quicken.h"
#include "qk_adaptive.h"
#include <setjmp.h>

/* Spill callee-saved registers into a jmp_buf on this frame so the scan sees values that
   only live in registers, then walk the stack word by word up to `base`. */
__attribute__((noinline))
void qk_scan_native_stack(void *base, void (*visit)(uint64_t word, void *ctx), void *ctx) {
    jmp_buf regs;
    setjmp(regs);
    volatile uintptr_t marker = 0;
    uintptr_t lo = (uintptr_t)&marker & ~(uintptr_t)7;
    uintptr_t hi = (uintptr_t)base;
    for (uintptr_t p = (uintptr_t)&regs & ~(uintptr_t)7; p < (uintptr_t)&regs + sizeof regs; p += 8)
        visit(*(uint64_t *)p, ctx);
    for (uintptr_t p = lo; p < hi; p += 8)
        visit(*(uint64_t *)p, ctx);
}

QKObject qk_singletons[5];
QKState qk_state = { 0, 1 << 20, 0, 1000, 0 };
QKTypes qk_types;
QKExceptionTypes qk_exc;
QKAttrCacheEntry qk_attr_cache[QK_ATTR_CACHE_SIZE];
void *qk_free_cells[QK_SMALL_CLASSES + 1];
int qk_adaptive_deopt_always;
