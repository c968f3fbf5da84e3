/*
 * AArch64 runner for stitched traces, built freestanding (no libc: raw Linux syscalls) by
 * StitchTests with the toolchain's clang and run under qemu-aarch64.
 *
 *   harness FILE     FILE = header, world image, code (see Header). Maps the world image at
 *                    world_base (RW) and the code at code_base (written RW, then RX, icache
 *                    flushed), calls the code as uintptr_t (*)(frame, sp, ctx), then writes
 *                    the returned exit id (8 bytes) and the world image to stdout.
 *
 * qk_harness_helper and qk_harness_frame_helper are the AArch64 twins of the Swift helpers in
 * Scenarios.swift (same semantics); the test finds their addresses with llvm-nm (the binary is
 * static and not position independent).
 */
#include "quicken.h"

typedef struct Header {
    uint64_t magic; /* "QKTRACE1" */
    uint64_t world_base, world_size;
    uint64_t code_base, code_size;
    uint64_t frame, sp;
} Header;

static long syscall6(long n, long a, long b, long c, long d, long e, long f) {
    register long x8 __asm__("x8") = n;
    register long x0 __asm__("x0") = a;
    register long x1 __asm__("x1") = b;
    register long x2 __asm__("x2") = c;
    register long x3 __asm__("x3") = d;
    register long x4 __asm__("x4") = e;
    register long x5 __asm__("x5") = f;
    __asm__ volatile("svc 0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5) : "memory");
    return x0;
}
#define SYS_openat 56
#define SYS_read 63
#define SYS_write 64
#define SYS_exit 93
#define SYS_mmap 222
#define SYS_mprotect 226
#define AT_FDCWD (-100)
#define PROT_READ 1
#define PROT_WRITE 2
#define PROT_EXEC 4
#define MAP_PRIVATE 2
#define MAP_ANONYMOUS 0x20
#define MAP_FIXED_NOREPLACE 0x100000

static void die(const char *msg) {
    long n = 0;
    while (msg[n]) n++;
    syscall6(SYS_write, 2, (long)msg, n, 0, 0, 0);
    syscall6(SYS_exit, 2, 0, 0, 0, 0, 0);
}

static void read_all(int fd, void *buf, uint64_t n) {
    char *p = buf;
    while (n > 0) {
        long r = syscall6(SYS_read, fd, (long)p, (long)n, 0, 0, 0);
        if (r <= 0) die("harness: short read\n");
        p += r;
        n -= (uint64_t)r;
    }
}

static void write_all(const void *buf, uint64_t n) {
    const char *p = buf;
    while (n > 0) {
        long r = syscall6(SYS_write, 1, (long)p, (long)n, 0, 0, 0);
        if (r <= 0) die("harness: write failed\n");
        p += r;
        n -= (uint64_t)r;
    }
}

static void *map_fixed(uint64_t addr, uint64_t size) {
    uint64_t len = (size + 0xFFFF) & ~(uint64_t)0xFFFF;
    long p = syscall6(SYS_mmap, (long)addr, (long)len, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (p != (long)addr) die("harness: cannot map at the requested address\n");
    return (void *)p;
}

/* Clean the data cache and invalidate the instruction cache over [start, end) (the
   sequence from the Arm ARM's "self-modifying code" example), line sizes from CTR_EL0. */
static void flush_icache(uint64_t start, uint64_t end) {
    uint64_t ctr;
    __asm__ volatile("mrs %0, ctr_el0" : "=r"(ctr));
    uint64_t dline = 4u << ((ctr >> 16) & 15), iline = 4u << (ctr & 15);
    for (uint64_t p = start & ~(dline - 1); p < end; p += dline) __asm__ volatile("dc cvau, %0" ::"r"(p) : "memory");
    __asm__ volatile("dsb ish" ::: "memory");
    for (uint64_t p = start & ~(iline - 1); p < end; p += iline) __asm__ volatile("ic ivau, %0" ::"r"(p) : "memory");
    __asm__ volatile("dsb ish\n\tisb" ::: "memory");
}

/* The twin of StitchTests.helperCombine: a*1000+b on small ints; NULL ("exception") when b
   is 0. */
__attribute__((noinline, used)) QKValue qk_harness_helper(QKValue a, QKValue b) {
    if (qk_int_value(b) == 0) return QK_NULL;
    return qk_from_int(qk_int_value(a) * 1000 + qk_int_value(b));
}

/* The twin of StitchTests.helperFrame: ( a b -- a - b*operand ) on small ints, else NULL. */
__attribute__((noinline, used)) QKValue *qk_harness_frame_helper(QKFrame *frame, QKValue *sp, uint64_t operand) {
    (void)frame;
    if (!qk_both_int(sp[-2], sp[-1])) return 0;
    sp[-2] = qk_from_int(qk_int_value(sp[-2]) - qk_int_value(sp[-1]) * (int64_t)operand);
    return sp - 1;
}

__attribute__((used)) int harness_main(long *initial_sp) {
    long argc = initial_sp[0];
    char **argv = (char **)(initial_sp + 1);
    if (argc != 2) die("usage: harness FILE\n");
    long fd = syscall6(SYS_openat, AT_FDCWD, (long)argv[1], 0, 0, 0, 0);
    if (fd < 0) die("harness: cannot open input\n");
    Header h;
    read_all((int)fd, &h, sizeof h);
    if (h.magic != 0x3145434152544B51ULL) die("harness: bad magic\n");
    void *world = map_fixed(h.world_base, h.world_size);
    read_all((int)fd, world, h.world_size);
    void *code = map_fixed(h.code_base, h.code_size);
    read_all((int)fd, code, h.code_size);
    uint64_t len = (h.code_size + 0xFFFF) & ~(uint64_t)0xFFFF;
    if (syscall6(SYS_mprotect, (long)h.code_base, (long)len, PROT_READ | PROT_EXEC, 0, 0, 0) != 0)
        die("harness: mprotect failed\n");
    flush_icache(h.code_base, h.code_base + h.code_size);
    uintptr_t (*entry)(void *, void *, void *) = (uintptr_t (*)(void *, void *, void *))(uintptr_t)h.code_base;
    uint64_t exit_id = entry((void *)(uintptr_t)h.frame, (void *)(uintptr_t)h.sp, 0);
    write_all(&exit_id, sizeof exit_id);
    write_all(world, h.world_size);
    return 0;
}

__attribute__((naked, noreturn)) void _start(void) {
    __asm__ volatile("mov x0, sp\n\tbl harness_main\n\tmov x8, #93\n\tsvc 0");
}
