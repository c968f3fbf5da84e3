# a tiny state machine: traffic light + vending machine
class TrafficLight:
    transitions = {"green": "yellow", "yellow": "red", "red": "green"}
    durations = {"green": 3, "yellow": 1, "red": 2}
    def __init__(self):
        self.state = "red"
        self.ticks = 0
    def tick(self):
        self.ticks += 1
        if self.ticks >= self.durations[self.state]:
            self.state = self.transitions[self.state]
            self.ticks = 0
        return self.state

light = TrafficLight()
print([light.tick() for _ in range(12)])

class Vending:
    def __init__(self, price):
        self.price = price
        self.state = "idle"
        self.credit = 0
        self.log = []
    def event(self, name, value=None):
        handler = getattr(self, "on_%s_%s" % (self.state, name), None)
        if handler is None:
            self.log.append("ignored %s in %s" % (name, self.state))
            return
        handler(value)
    def on_idle_coin(self, v):
        self.credit += v
        self.state = "collecting"
        self.log.append("credit %d" % self.credit)
    def on_collecting_coin(self, v):
        self.credit += v
        self.log.append("credit %d" % self.credit)
        if self.credit >= self.price:
            self.state = "ready"
    def on_ready_push(self, _):
        change = self.credit - self.price
        self.log.append("vend, change %d" % change)
        self.credit = 0
        self.state = "idle"
    def on_collecting_refund(self, _):
        self.log.append("refund %d" % self.credit)
        self.credit = 0
        self.state = "idle"

vm = Vending(75)
for ev in [("push",), ("coin", 25), ("coin", 25), ("refund",), ("coin", 50), ("coin", 50), ("coin", 5), ("push",), ("push",)]:
    vm.event(*ev)
    print("%-8s -> %s" % (ev[0], vm.state))
print("\n".join(vm.log))

def parse_number(s):
    state = "start"
    for ch in s:
        if state == "start":
            state = "sign" if ch in "+-" else "int" if ch.isdigit() else "error"
        elif state in ("sign", "int"):
            state = "int" if ch.isdigit() else "dot" if ch == "." and state == "int" else "error"
        elif state in ("dot", "frac"):
            state = "frac" if ch.isdigit() else "error"
        if state == "error":
            return False
    return state in ("int", "frac")
for s in ["123", "-4.5", "+", "1.", "1.2.3", "", "007", "-.5", "9.75"]:
    print(repr(s), parse_number(s))
