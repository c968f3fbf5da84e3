/*
 * Copy-and-patch stencils: one C function per micro-op, compiled by Tools/gen-stencils.sh
 * (the quicken-stencils-gen tool) into ELF objects for x86-64 and AArch64, whose code bytes
 * and holes become the tables in Sources/StencilTables. Not compiled into CSupport.
 *
 * Calling convention (every stencil but `entry`):
 *
 *     uintptr_t __attribute__((preserve_none)) qk_stencil_NAME(QKFrame *frame, QKValue *sp, void *ctx)
 *
 *   frame  the executing VM frame (locals in frame->localsplus)
 *   sp     one past the top of the frame's value stack (frame->stack_pointer is stale while
 *          native code runs; only an exit writes it back)
 *   ctx    executor context, passed through unchanged (reserved for the tier-2 executor)
 *
 *   preserve_none puts the three arguments in r12, r13, r14 on x86-64 and x20, x21, x22 on
 *   AArch64 and makes every other register caller-saved, so a stencil that chains with
 *   `musttail` to the next one compiles to a plain jump with no spills.
 *
 *   A stencil ends by tail-calling one of the code holes: CONTINUE (the next uop), JUMP (a
 *   branch target uop) or EXIT (a side-exit uop). The `exit` stencil stores the resume point
 *   (OPERAND0, a code-unit pointer) and sp into the frame and returns OPERAND1 (exit id) to
 *   `entry`, the one stencil with the C calling convention: a stitched trace starts with it,
 *   so the trace is callable as uintptr_t (*)(QKFrame *, QKValue *, void *).
 *
 * Holes are extern symbols whose *address* is the patched value (CPython's Tools/jit does the
 * same): _JIT_OPARG, _JIT_OPERAND0, _JIT_OPERAND1 (data), _JIT_CONTINUE, _JIT_JUMP,
 * _JIT_EXIT (code), _JIT_HELPER (a C-convention runtime function). Stencils must not test an
 * operand against 0 as a pointer: clang assumes symbol addresses are non-null.
 */
#ifndef QK_STENCIL_H
#define QK_STENCIL_H

#include "quicken.h"

#define QK_STENCIL_CC __attribute__((preserve_none))

typedef uintptr_t QK_STENCIL_CC QKStencilFn(QKFrame *frame, QKValue *sp, void *ctx);

extern char _JIT_OPARG[];
extern char _JIT_OPERAND0[];
extern char _JIT_OPERAND1[];
extern QKStencilFn _JIT_CONTINUE;
extern QKStencilFn _JIT_JUMP;
extern QKStencilFn _JIT_EXIT;
extern void _JIT_HELPER(void);

/* Call the helper hole with C function type T: a direct call, patched to the helper or to a
   trampoline when the helper is out of branch range. */
#define HELPER(T) ((T)_JIT_HELPER)

#define OPARG    ((uint32_t)(uintptr_t)_JIT_OPARG)
#define OPERAND0 ((uint64_t)(uintptr_t)_JIT_OPERAND0)
#define OPERAND1 ((uint64_t)(uintptr_t)_JIT_OPERAND1)

#define STENCIL(name) \
    uintptr_t QK_STENCIL_CC qk_stencil_##name(QKFrame *frame, QKValue *sp, void *ctx)

#define CONTINUE() __attribute__((musttail)) return _JIT_CONTINUE(frame, sp, ctx)
#define JUMP()     __attribute__((musttail)) return _JIT_JUMP(frame, sp, ctx)
#define EXIT()     __attribute__((musttail)) return _JIT_EXIT(frame, sp, ctx)

#endif
