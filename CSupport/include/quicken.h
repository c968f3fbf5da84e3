#ifndef QUICKEN_H
#define QUICKEN_H
#include <stdint.h>
#include "qk_opcodes.h"
#endif
