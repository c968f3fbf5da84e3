"""A small object-oriented ray tracer: spheres over a checkered plane, two point lights,
shadows, Phong highlights and two levels of mirror reflection. Pixels are quantized to
integers, and the checksum is computed from those integers.

Usage: python raytrace.py [N]    (N = image rows, each 128 pixels wide, framed 4:3; default 500)
"""
# bench-sizes: tiny=20 default=500
import sys
import math

EPS = 1e-6


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def mul(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin.add(self.direction.scale(t))


class Material:
    def __init__(self, color, diffuse, specular, shininess, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, color, other, diffuse, specular, shininess, reflect):
        Material.__init__(self, color, diffuse, specular, shininess, reflect)
        self.other = other

    def color_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.color
        return self.other


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin.sub(self.center)
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPS:
            return t
        t = -b + root
        if t > EPS:
            return t
        return None

    def normal_at(self, point):
        return point.sub(self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPS:
            return None
        t = self.point.sub(ray.origin).dot(self.normal) / denom
        if t > EPS:
            return t
        return None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = Vec(0.08, 0.08, 0.1)
        self.background = Vec(0.2, 0.3, 0.5)

    def nearest(self, ray):
        best_t = None
        best_obj = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best_obj = obj
        return best_obj, best_t

    def in_shadow(self, point, light_pos):
        to_light = light_pos.sub(point)
        dist = to_light.length()
        ray = Ray(point, to_light.scale(1.0 / dist))
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return self.background
        point = ray.at(t)
        normal = obj.normal_at(point)
        mat = obj.material
        base = mat.color_at(point)
        color = base.mul(self.ambient)
        view = ray.direction.scale(-1.0)
        lift = point.add(normal.scale(1e-4))
        for light in self.lights:
            if self.in_shadow(lift, light.position):
                continue
            to_light = light.position.sub(point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color.add(base.mul(light.color).scale(lambert * mat.diffuse))
                half = to_light.add(view).normalized()
                spec = normal.dot(half)
                if spec > 0.0:
                    p = 1.0
                    for _ in range(mat.shininess):
                        p *= spec
                    color = color.add(light.color.scale(p * mat.specular))
        if depth > 0 and mat.reflect > 0.0:
            d = ray.direction
            refl_dir = d.sub(normal.scale(2.0 * d.dot(normal)))
            refl = self.trace(Ray(lift, refl_dir), depth - 1)
            color = color.scale(1.0 - mat.reflect).add(refl.scale(mat.reflect))
        return color


def build_scene():
    s = Scene()
    s.objects.append(Plane(Vec(0.0, -1.0, 0.0), Vec(0.0, 1.0, 0.0),
                           Checker(Vec(0.9, 0.9, 0.9), Vec(0.1, 0.1, 0.1), 0.9, 0.1, 8, 0.2)))
    s.objects.append(Sphere(Vec(0.0, 0.0, 5.0), 1.0,
                            Material(Vec(0.9, 0.2, 0.2), 0.8, 0.6, 32, 0.3)))
    s.objects.append(Sphere(Vec(-2.2, -0.3, 6.0), 0.7,
                            Material(Vec(0.2, 0.8, 0.3), 0.9, 0.3, 16, 0.0)))
    s.objects.append(Sphere(Vec(2.0, 0.2, 7.0), 1.2,
                            Material(Vec(0.3, 0.4, 0.95), 0.7, 0.8, 64, 0.5)))
    s.objects.append(Sphere(Vec(0.8, -0.7, 3.6), 0.3,
                            Material(Vec(0.95, 0.85, 0.2), 0.9, 0.5, 16, 0.1)))
    s.lights.append(Light(Vec(-4.0, 5.0, 0.0), Vec(0.9, 0.85, 0.8)))
    s.lights.append(Light(Vec(5.0, 3.0, 2.0), Vec(0.3, 0.3, 0.45)))
    return s


def to_byte(c):
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255.0)


def render(scene, width, height):
    eye = Vec(0.0, 0.6, -1.0)
    aspect = 4.0 / 3.0
    pixels = []
    for row in range(height):
        y = 1.0 - 2.0 * (row + 0.5) / height
        for col in range(width):
            x = (2.0 * (col + 0.5) / width - 1.0) * aspect
            direction = Vec(x * 0.8, y * 0.8 - 0.15, 1.5).normalized()
            c = scene.trace(Ray(eye, direction), 2)
            pixels.append((to_byte(c.x), to_byte(c.y), to_byte(c.z)))
    return pixels


def main():
    height = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    width = 128
    pixels = render(build_scene(), width, height)
    checksum = 0
    for i, (r, g, b) in enumerate(pixels):
        checksum = (checksum * 31 + r * 65536 + g * 256 + b + i) % 1000000007
    avg = sum(r + g + b for r, g, b in pixels) // len(pixels)
    print("%dx%d pixels, average brightness %d" % (width, height, avg))
    print("checksum:", checksum)


main()
