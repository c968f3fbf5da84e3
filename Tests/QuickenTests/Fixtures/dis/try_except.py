def f(x):
    try:
        x()
    except ValueError:
        return 1
    except (TypeError, KeyError) as e:
        print(e)
    except:
        raise
    else:
        return 2
    return 3
