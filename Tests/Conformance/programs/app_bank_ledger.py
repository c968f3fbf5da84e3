"""A bank ledger: accounts of several kinds (an ABC with abstract methods), transactions as
frozen dataclasses, an enum of transaction kinds, custom exceptions, and monthly statements."""

from abc import ABC, abstractmethod
from dataclasses import dataclass, field, replace, asdict
from enum import Enum, IntEnum, auto
from collections import defaultdict
from functools import total_ordering
import itertools


class TxKind(Enum):
    DEPOSIT = auto()
    WITHDRAWAL = auto()
    TRANSFER_IN = auto()
    TRANSFER_OUT = auto()
    FEE = auto()
    INTEREST = auto()


class Tier(IntEnum):
    BASIC = 1
    SILVER = 2
    GOLD = 3


class LedgerError(Exception):
    """Base class for ledger errors."""


class InsufficientFunds(LedgerError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot cover {fmt(amount)} "
                         f"(balance {fmt(account.balance)})")
        self.account = account
        self.amount = amount


class AccountFrozen(LedgerError):
    pass


def fmt(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


_tx_ids = itertools.count(1)


@dataclass(frozen=True)
class Transaction:
    id: int
    day: int
    kind: TxKind
    amount: int
    memo: str = ""

    def signed(self) -> int:
        if self.kind in (TxKind.WITHDRAWAL, TxKind.TRANSFER_OUT, TxKind.FEE):
            return -self.amount
        return self.amount


@total_ordering
class Account(ABC):
    def __init__(self, number: str, owner: str, tier: Tier = Tier.BASIC):
        self.number = number
        self.owner = owner
        self.tier = tier
        self.history: list[Transaction] = []
        self.frozen = False

    @property
    def balance(self) -> int:
        return sum(t.signed() for t in self.history)

    @abstractmethod
    def monthly_fee(self) -> int: ...

    @abstractmethod
    def interest_rate(self) -> float: ...

    def can_withdraw(self, amount: int) -> bool:
        return self.balance >= amount

    def post(self, day: int, kind: TxKind, amount: int, memo: str = "") -> Transaction:
        if amount <= 0:
            raise ValueError(f"amount must be positive, got {amount}")
        if self.frozen and kind is not TxKind.INTEREST:
            raise AccountFrozen(f"account {self.number} is frozen")
        if kind in (TxKind.WITHDRAWAL, TxKind.TRANSFER_OUT) and not self.can_withdraw(amount):
            raise InsufficientFunds(self, amount)
        tx = Transaction(next(_tx_ids), day, kind, amount, memo)
        self.history.append(tx)
        return tx

    def __eq__(self, other):
        return isinstance(other, Account) and self.number == other.number

    def __lt__(self, other):
        return (self.tier, self.balance) < (other.tier, other.balance)

    def __hash__(self):
        return hash(self.number)

    def __repr__(self):
        return f"{type(self).__name__}({self.number!r}, {self.owner!r}, {self.tier.name})"


class Checking(Account):
    OVERDRAFT = 50_00

    def monthly_fee(self) -> int:
        return {Tier.BASIC: 5_00, Tier.SILVER: 2_50, Tier.GOLD: 0}[self.tier]

    def interest_rate(self) -> float:
        return 0.0

    def can_withdraw(self, amount: int) -> bool:
        return self.balance + self.OVERDRAFT >= amount


class Savings(Account):
    def monthly_fee(self) -> int:
        return 0

    def interest_rate(self) -> float:
        return 0.01 * int(self.tier)


class Broken(Account):
    def monthly_fee(self) -> int:
        return 1


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts: dict[str, Account] = {}
        self.errors: list[str] = []

    def open(self, cls, owner, tier=Tier.BASIC, initial=0):
        number = f"{cls.__name__[0]}{len(self.accounts) + 1:04d}"
        acct = cls(number, owner, tier)
        self.accounts[number] = acct
        if initial:
            acct.post(0, TxKind.DEPOSIT, initial, "opening deposit")
        return acct

    def transfer(self, day, src, dst, amount):
        try:
            src.post(day, TxKind.TRANSFER_OUT, amount, f"to {dst.number}")
        except LedgerError as e:
            self.errors.append(f"day {day}: transfer failed: {e}")
            return False
        dst.post(day, TxKind.TRANSFER_IN, amount, f"from {src.number}")
        return True

    def month_end(self, day):
        for acct in self.accounts.values():
            fee = acct.monthly_fee()
            if fee:
                try:
                    acct.post(day, TxKind.FEE, fee, "monthly fee")
                except LedgerError as e:
                    self.errors.append(f"day {day}: fee skipped: {e}")
            rate = acct.interest_rate()
            if rate and acct.balance > 0:
                acct.post(day, TxKind.INTEREST, round(acct.balance * rate / 12), "interest")

    def statement(self, acct):
        print(f"--- {acct!r}")
        running = 0
        for tx in acct.history:
            running += tx.signed()
            print(f"  day {tx.day:2d} #{tx.id:<3d} {tx.kind.name:<12} {fmt(tx.signed()):>11} "
                  f"{fmt(running):>11}  {tx.memo}")
        print(f"  balance: {fmt(acct.balance)}")


bank = Bank("First Quick")
alice = bank.open(Checking, "Alice", Tier.GOLD, 1_200_00)
bob = bank.open(Checking, "Bob", initial=80_00)
carol = bank.open(Savings, "Carol", Tier.SILVER, 5_000_00)
dave = bank.open(Savings, "Dave", initial=10_00)

try:
    bank.open(Broken, "Eve")
except TypeError as e:
    print("cannot open:", e)

for day in range(1, 31):
    if day % 7 == 0:
        alice.post(day, TxKind.DEPOSIT, 250_00, "salary")
    if day % 5 == 0:
        bank.transfer(day, bob, dave, 30_00)
    if day == 12:
        bank.transfer(day, carol, alice, 1_000_00)
    if day == 20:
        try:
            bob.post(day, TxKind.WITHDRAWAL, 500_00, "rent")
        except InsufficientFunds as e:
            print("rejected:", e, "| amount", fmt(e.amount))
    if day == 25:
        dave.frozen = True
        try:
            dave.post(day, TxKind.DEPOSIT, 1_00)
        except AccountFrozen as e:
            print("rejected:", e)
bank.month_end(30)

try:
    alice.post(31, TxKind.DEPOSIT, -5)
except ValueError as e:
    print("bad amount:", e)

for acct in bank.accounts.values():
    bank.statement(acct)

print("errors:")
for err in bank.errors:
    print(" ", err)

totals = defaultdict(int)
for acct in bank.accounts.values():
    for tx in acct.history:
        totals[tx.kind] += tx.amount
for kind in TxKind:
    print(f"{kind.name:<12} {fmt(totals[kind]):>12}")

ranked = sorted(bank.accounts.values(), reverse=True)
print("ranking:", [a.owner for a in ranked])
print("richest:", max(bank.accounts.values(), key=lambda a: a.balance).owner)
first = alice.history[0]
print(asdict(first)["kind"], replace(first, memo="corrected").memo, first.memo)
try:
    first.amount = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(Tier.GOLD > Tier.SILVER, Tier(2), [t.name for t in Tier], len({alice, bob, alice}))
