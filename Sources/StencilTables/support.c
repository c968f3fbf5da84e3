#include "qk_stencils.h"

void qk_jit_clear_cache(void *start, void *end) {
    __builtin___clear_cache((char *)start, (char *)end);
}
