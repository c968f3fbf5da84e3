// Sample traces shared by the inspection tool and the stitching microbenchmark.

import CSupport
import QuickenStencils

public enum SampleTraces {
    /// A loop trace in the shape tier 2 will produce: `while i < n: total += i; i += 1`.
    public static func loop() -> [TraceOp] {
        let ip: UInt64 = 0x7000_0000, helper: UInt64 = 0x5555_0000_1000
        return [
            TraceOp(QK_UOP_LOAD_FAST, oparg: 0, exit: 18),
            TraceOp(QK_UOP_LOAD_FAST, oparg: 1, exit: 18),
            TraceOp(QK_UOP_GUARD_BOTH_INT, exit: 16),
            TraceOp(QK_UOP_COMPARE_INT_BRANCH, oparg: qk_compare_mask(5), jump: 14),
            TraceOp(QK_UOP_LOAD_FAST, oparg: 2, exit: 18),
            TraceOp(QK_UOP_LOAD_FAST, oparg: 0, exit: 18),
            TraceOp(QK_UOP_GUARD_BOTH_INT, exit: 16),
            TraceOp(QK_UOP_BINARY_ADD_INT, exit: 15),
            TraceOp(QK_UOP_STORE_FAST, oparg: 2),
            TraceOp(QK_UOP_LOAD_FAST, oparg: 0, exit: 18),
            TraceOp(QK_UOP_LOAD_CONST, operand0: qk_from_int(1)),
            TraceOp(QK_UOP_GUARDED_ADD_INT, exit: 15),
            TraceOp(QK_UOP_STORE_FAST, oparg: 0),
            TraceOp(QK_UOP_JUMP, jump: 0),
            TraceOp(QK_UOP_EXIT, operand0: ip + 40, operand1: 1),
            TraceOp(QK_UOP_EXIT, operand0: ip + 20, operand1: 2),
            TraceOp(QK_UOP_EXIT, operand0: ip + 10, operand1: 3),
            TraceOp(QK_UOP_CALL_HELPER_BINARY, helper: helper, exit: 18),
            TraceOp(QK_UOP_EXIT, operand0: ip, operand1: 4),
        ]
    }
}
