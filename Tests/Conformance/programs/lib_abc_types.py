from abc import ABC, ABCMeta, abstractmethod
import abc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f'{type(self).__name__} with area {self.area():.2f}'
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
    def perimeter(self): return 2 * 3.14159 * self.r
class Half(Shape):
    def area(self): return 1
for cls in (Shape, Half):
    try: cls()
    except TypeError as e: print(e)
print(Circle(2).describe(), isinstance(Circle(1), Shape), issubclass(Circle, Shape), Shape.__abstractmethods__ == frozenset({'area', 'perimeter'}), Circle.__abstractmethods__)
class Plugin(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def create(cls): ...
try: Plugin()
except TypeError as e: print(e)
class Impl(Plugin):
    @property
    def name(self): return 'impl'
    @classmethod
    def create(cls): return cls()
print(Impl.create().name)
class Duck(ABC): pass
Duck.register(int)
print(isinstance(3, Duck), issubclass(bool, Duck), isinstance('x', Duck), Duck.register(str) is str, isinstance('x', Duck))
class Sizable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sizable:
            return any('__len__' in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
print(isinstance([], Sizable), isinstance(3, Sizable), issubclass(dict, Sizable))
class One(ABC):
    @abstractmethod
    def go(self): ...
try: One()
except TypeError as e: print(e)
import types
ns = types.SimpleNamespace(a=1, b='x'); ns.c = [2]; print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[2]))
print(types.FunctionType, types.GeneratorType, isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType), types.NoneType)
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list[int]([1, 2]), list[int] == list[int])
print(int | None, (int | str) | float, int | int, isinstance(None, int | None), issubclass(bool, int | str))
