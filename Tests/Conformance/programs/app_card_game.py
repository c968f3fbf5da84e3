"""A deck-of-cards game seeded with random: poker hand ranking, a few rounds of five-card
draw between bots, and blackjack odds by simulation. Uses namedtuple, Enum, Counter,
itertools and random.Random (CPython-identical streams)."""

import random
from collections import Counter, namedtuple
from enum import Enum, IntEnum
from itertools import combinations, groupby, product
from functools import total_ordering


class Suit(Enum):
    CLUBS = "♣"
    DIAMONDS = "♦"
    HEARTS = "♥"
    SPADES = "♠"


class Rank(IntEnum):
    TWO = 2; THREE = 3; FOUR = 4; FIVE = 5; SIX = 6; SEVEN = 7; EIGHT = 8
    NINE = 9; TEN = 10; JACK = 11; QUEEN = 12; KING = 13; ACE = 14

    @property
    def short(self):
        return {10: "T", 11: "J", 12: "Q", 13: "K", 14: "A"}.get(self.value, str(self.value))


Card = namedtuple("Card", "rank suit")
Card.__str__ = lambda c: f"{c.rank.short}{c.suit.value}"


class HandType(IntEnum):
    HIGH_CARD = 0
    PAIR = 1
    TWO_PAIR = 2
    THREE = 3
    STRAIGHT = 4
    FLUSH = 5
    FULL_HOUSE = 6
    FOUR = 7
    STRAIGHT_FLUSH = 8


@total_ordering
class Hand:
    def __init__(self, cards):
        self.cards = sorted(cards, key=lambda c: (c.rank, c.suit.name), reverse=True)
        self.kind, self.tiebreak = self._evaluate()

    def _evaluate(self):
        ranks = [c.rank for c in self.cards]
        counts = Counter(ranks)
        groups = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)
        flush = len({c.suit for c in self.cards}) == 1
        values = sorted(set(ranks), reverse=True)
        straight_high = None
        if len(values) == 5 and values[0] - values[4] == 4:
            straight_high = values[0]
        elif values == [14, 5, 4, 3, 2]:
            straight_high = 5
        shape = [n for _, n in groups]
        order = tuple(int(r) for r, _ in groups)
        if straight_high and flush:
            return HandType.STRAIGHT_FLUSH, (straight_high,)
        if shape == [4, 1]:
            return HandType.FOUR, order
        if shape == [3, 2]:
            return HandType.FULL_HOUSE, order
        if flush:
            return HandType.FLUSH, tuple(int(r) for r in ranks)
        if straight_high:
            return HandType.STRAIGHT, (straight_high,)
        if shape == [3, 1, 1]:
            return HandType.THREE, order
        if shape == [2, 2, 1]:
            return HandType.TWO_PAIR, order
        if shape == [2, 1, 1, 1]:
            return HandType.PAIR, order
        return HandType.HIGH_CARD, order

    def key(self):
        return (self.kind, self.tiebreak)

    def __eq__(self, other):
        return self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def __str__(self):
        return " ".join(map(str, self.cards)) + f"  [{self.kind.name.lower().replace('_', ' ')}]"


def new_deck():
    return [Card(r, s) for s, r in product(Suit, Rank)]


class Bot:
    def __init__(self, name, rng, boldness):
        self.name = name
        self.rng = rng
        self.boldness = boldness
        self.chips = 100

    def discard(self, hand):
        counts = Counter(c.rank for c in hand.cards)
        if hand.kind >= HandType.STRAIGHT:
            return []
        keep = {r for r, n in counts.items() if n > 1}
        if not keep:
            keep = {max(counts)} if self.rng.random() < self.boldness else set(sorted(counts)[-2:])
        return [c for c in hand.cards if c.rank not in keep]

    def bet(self, hand):
        base = 2 + int(hand.kind) * 3
        return min(self.chips, base + self.rng.randrange(0, 4))


def play_round(rng, bots, round_no):
    deck = new_deck()
    rng.shuffle(deck)
    hands = {}
    for bot in bots:
        hands[bot.name] = Hand([deck.pop() for _ in range(5)])
    for bot in bots:
        tossed = bot.discard(hands[bot.name])
        kept = [c for c in hands[bot.name].cards if c not in tossed]
        hands[bot.name] = Hand(kept + [deck.pop() for _ in tossed])
    pot = 0
    for bot in bots:
        stake = bot.bet(hands[bot.name])
        bot.chips -= stake
        pot += stake
    best = max(hands.values())
    winners = [b for b in bots if hands[b.name] == best]
    for w in winners:
        w.chips += pot // len(winners)
    print(f"round {round_no}: pot {pot}")
    for bot in bots:
        mark = "*" if bot in winners else " "
        print(f"  {mark} {bot.name:<6} {hands[bot.name]}  chips={bot.chips}")


def hand_frequencies(rng, trials):
    deck = new_deck()
    freq = Counter()
    for _ in range(trials):
        freq[Hand(rng.sample(deck, 5)).kind] += 1
    return freq


def blackjack_value(cards):
    total = sum(min(int(c.rank), 10) if c.rank != Rank.ACE else 11 for c in cards)
    aces = sum(1 for c in cards if c.rank == Rank.ACE)
    while total > 21 and aces:
        total -= 10
        aces -= 1
    return total


def dealer_bust_rate(rng, trials):
    busts = 0
    for _ in range(trials):
        deck = new_deck()
        rng.shuffle(deck)
        hand = [deck.pop(), deck.pop()]
        while blackjack_value(hand) < 17:
            hand.append(deck.pop())
        busts += blackjack_value(hand) > 21
    return busts / trials


rng = random.Random(2024)
bots = [Bot("Ada", random.Random(1), 0.3), Bot("Brian", random.Random(2), 0.6),
        Bot("Cleo", random.Random(3), 0.9)]
for n in range(1, 6):
    play_round(rng, bots, n)
print("standings:", sorted(((b.chips, b.name) for b in bots), reverse=True))

freq = hand_frequencies(random.Random(7), 300)
for kind in HandType:
    print(f"{kind.name:<15} {freq[kind]:4d}")

print(f"dealer bust rate: {dealer_bust_rate(random.Random(99), 120):.3f}")

royal = Hand([Card(r, Suit.SPADES) for r in (Rank.TEN, Rank.JACK, Rank.QUEEN, Rank.KING, Rank.ACE)])
wheel = Hand([Card(Rank.ACE, Suit.CLUBS), Card(Rank.TWO, Suit.HEARTS), Card(Rank.THREE, Suit.SPADES),
              Card(Rank.FOUR, Suit.CLUBS), Card(Rank.FIVE, Suit.DIAMONDS)])
print(royal, "|", wheel, "|", royal > wheel)
best5 = max(Hand(c) for c in combinations(new_deck()[::7], 5))
print("best of a thin deck:", best5)
runs = [(suit.name, len(list(g))) for suit, g in groupby(new_deck(), key=lambda c: c.suit)]
print(runs)
