# inheritance basics
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
    def kind(self):
        return "animal"

class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, a kind of " + super().kind()

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky, age %d)" % self.age

class Cat(Animal):
    sound = "meow"

for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1), Cat("tom")]:
    print(a.speak(), "|", a.kind(), "|", type(a).__name__)

p = Puppy("x", 2)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(isinstance(p, (Cat, Dog)), issubclass(Cat, (Dog, Puppy)), isinstance(3, (str, int)))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__)
print(Puppy.sound, Puppy.kind is Dog.kind)

class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

print(Rect(2, 3).describe(), Square(4).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(issubclass(bool, int), issubclass(int, object), isinstance(None, object))
print(type(p) is Puppy, type(p) == Dog)

class Base:
    def __init__(self):
        self.trace = ["Base"]
class NoInit(Base):
    pass
print(NoInit().trace)
class Override(Base):
    def __init__(self):
        self.trace = ["Override only"]
print(Override().trace)
