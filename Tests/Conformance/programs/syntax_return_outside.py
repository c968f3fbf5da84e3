def outer():
    return 1
return 2
