# small bank-account simulation
class InsufficientFunds(Exception):
    pass

class Account:
    _next_number = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.number = Account._next_number
        Account._next_number += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds("%s cannot withdraw %d (balance %d)" % (self.owner, amount, self.balance))
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return "Account(#%d %s: %d)" % (self.number, self.owner, self.balance)

class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.05):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, account):
        self.accounts[account.number] = account
        return account
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        self.accounts[dst].deposit(amount)
        return True
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open(Account("alice", 100))
bob = bank.open(SavingsAccount("bob", 1000, rate=0.03))
carol = bank.open(Account("carol"))
print(alice, bob, carol)
print(bank.transfer(alice.number, carol.number, 30))
print(bank.transfer(carol.number, bob.number, 50))
print(bank.transfer(bob.number, alice.number, 250))
print("interest", bob.add_interest())
try:
    alice.deposit(-5)
except ValueError as e:
    print("error:", e)
for acct in sorted(bank.accounts.values(), key=lambda a: a.balance, reverse=True):
    print(acct, acct.history)
print("total", bank.total())
print(isinstance(bob, Account), type(bob).__name__)
