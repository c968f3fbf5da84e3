/* A stencil the generator must reject: it reads a runtime global that is not a hole.
   Tools/test.sh runs quicken-stencils-gen on it and expects a failure. */
#include "stencil.h"

STENCIL(load_none) {
    *sp++ = qk_none();
    CONTINUE();
}
