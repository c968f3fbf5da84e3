#include "quicken.h"
