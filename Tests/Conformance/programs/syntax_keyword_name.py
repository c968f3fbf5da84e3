print("ok")
class = 5
