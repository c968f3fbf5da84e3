# Specialization pattern: a loop summing an instance attribute (LOAD_ATTR on instances).
class User:
    def __init__(self, name, age):
        self.name = name
        self.age = age


def total_age(users):
    total = 0
    for user in users:
        total += user.age
    return total


users = [User("u%d" % i, 20 + i % 50) for i in range(200)]
for _ in range(3):
    print(total_age(users))
