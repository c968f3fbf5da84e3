# uncaught custom exception with a custom __str__
class BankError(Exception):
    def __init__(self, account, amount):
        super().__init__(account, amount)
        self.account = account
        self.amount = amount
    def __str__(self):
        return "insufficient funds in %s for %d" % (self.account, self.amount)

print("withdrawing")
raise BankError("ACC-1", 500)
