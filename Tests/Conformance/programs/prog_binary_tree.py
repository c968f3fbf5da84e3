# binary search tree
class Tree:
    def __init__(self):
        self.root = None
    class _Node:
        def __init__(self, key):
            self.key = key
            self.left = None
            self.right = None
    def insert(self, key):
        if self.root is None:
            self.root = Tree._Node(key)
            return
        node = self.root
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = Tree._Node(key)
                    return
                node = node.left
            elif key > node.key:
                if node.right is None:
                    node.right = Tree._Node(key)
                    return
                node = node.right
            else:
                return
    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return list(walk(self.root))
    def preorder(self, n="root"):
        if n == "root":
            n = self.root
        if n is None:
            return []
        return [n.key] + self.preorder(n.left) + self.preorder(n.right)
    def height(self, n="root"):
        if n == "root":
            n = self.root
        if n is None:
            return 0
        return 1 + max(self.height(n.left), self.height(n.right))
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False
    def levels(self):
        out = []
        level = [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out

t = Tree()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(k)
print(t.inorder())
print(t.preorder())
print(t.height(), 45 in t, 99 in t)
print(t.levels())
words = Tree()
for w in "pear apple fig banana cherry apple grape".split():
    words.insert(w)
print(words.inorder(), words.height())
skewed = Tree()
for i in range(10):
    skewed.insert(i)
print(skewed.height(), skewed.levels()[-1])
print(Tree._Node.__qualname__)
