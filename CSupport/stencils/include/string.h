/* Freestanding stand-in for <string.h> when compiling stencils: stencil objects must not
   reference libc, and -fno-builtin would otherwise turn memcpy into a real call. */
#ifndef QK_STENCIL_STRING_H
#define QK_STENCIL_STRING_H
#define memcpy __builtin_memcpy
#endif
