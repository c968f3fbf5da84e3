def f(x):
    try:
        x()
    except Exception as e:
        print(e)
    else:
        print("ok")
    finally:
        print("done")
