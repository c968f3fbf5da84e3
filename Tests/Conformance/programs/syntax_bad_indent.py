print("this line is fine")
    print("unexpected indent")
