"""A habit tracker: daily check-ins over a couple of months (seeded random), streak and
weekly statistics, a calendar-style text grid, and a pretty-printed summary. Uses datetime,
random, collections, statistics, pprint, itertools, dataclasses and enum."""

import pprint
import random
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import Enum
from itertools import groupby


class Habit(Enum):
    RUN = "run"
    READ = "read"
    CODE = "code"
    SLEEP_EARLY = "sleep early"


@dataclass
class CheckIn:
    day: date
    habit: Habit
    minutes: int
    at: datetime


@dataclass
class Tracker:
    start: date
    checkins: list = field(default_factory=list)

    def log(self, c: CheckIn):
        self.checkins.append(c)

    def days_for(self, habit):
        return sorted({c.day for c in self.checkins if c.habit is habit})

    def streaks(self, habit):
        days = self.days_for(habit)
        runs = []
        for _, grp in groupby(enumerate(days), key=lambda p: p[1].toordinal() - p[0]):
            grp = [d for _, d in grp]
            runs.append((grp[0], grp[-1], len(grp)))
        return runs


PROBABILITY = {Habit.RUN: 0.45, Habit.READ: 0.7, Habit.CODE: 0.8, Habit.SLEEP_EARLY: 0.35}
rng = random.Random(2024)
tracker = Tracker(date(2024, 1, 1))
day = tracker.start
while day < date(2024, 3, 1):
    weekend = day.weekday() >= 5
    for habit, p in PROBABILITY.items():
        if rng.random() < (p * 0.7 if weekend else p):
            minutes = max(5, int(rng.gauss(40 if habit is not Habit.SLEEP_EARLY else 0, 15)))
            at = datetime.combine(day, datetime.min.time()) + timedelta(
                hours=rng.randint(6, 22), minutes=rng.randrange(0, 60, 5))
            tracker.log(CheckIn(day, habit, minutes, at))
    day += timedelta(days=1)

print(f"{len(tracker.checkins)} check-ins from {tracker.start} to {max(c.day for c in tracker.checkins)}")
for habit in Habit:
    days = tracker.days_for(habit)
    best = max(tracker.streaks(habit), key=lambda s: (s[2], s[0]))
    mins = [c.minutes for c in tracker.checkins if c.habit is habit]
    print(f"{habit.value:<12} {len(days):3d} days  best streak {best[2]:2d} "
          f"({best[0]:%b %d} - {best[1]:%b %d})  median {statistics.median(mins):.1f} min")

weekly = defaultdict(Counter)
for c in tracker.checkins:
    year, week, _ = c.day.isocalendar()
    weekly[(year, week)][c.habit.name] += 1
print("week  " + " ".join(f"{h.name[:5]:>5}" for h in Habit))
for (year, week), counts in sorted(weekly.items())[:6]:
    print(f"{year % 100:02d}-{week:02d} " + " ".join(f"{counts[h.name]:>5}" for h in Habit))

print("January, CODE:")
first = date(2024, 1, 1)
code_days = set(tracker.days_for(Habit.CODE))
print(" Mo Tu We Th Fr Sa Su")
line = "   " * first.weekday()
d = first
while d.month == 1:
    line += " ##" if d in code_days else f" {d.day:2d}"
    if d.weekday() == 6:
        print(line)
        line = ""
    d += timedelta(days=1)
if line:
    print(line)

hours = Counter(c.at.hour for c in tracker.checkins)
busiest = hours.most_common(3)
by_weekday = Counter(c.day.strftime("%A") for c in tracker.checkins)
summary = {
    "busiest_hours": busiest,
    "by_weekday": dict(sorted(by_weekday.items())),
    "first_checkin": tracker.checkins[0].at.isoformat(),
    "last_checkin": str(tracker.checkins[-1].at),
    "span": str(tracker.checkins[-1].at - tracker.checkins[0].at),
    "mean_minutes": round(statistics.mean(c.minutes for c in tracker.checkins), 3),
}
pprint.pprint(summary, width=72)
pprint.pprint(tracker.checkins[:2], width=100)
