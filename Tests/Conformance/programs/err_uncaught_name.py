# uncaught NameError
def compute():
    return undefined_variable * 2
print("computing")
compute()
