# isdigit / isalpha / isspace / isalnum / isupper / islower etc
samples = ["abc", "ABC", "Abc", "123", "12.3", "abc123", "", " ", "\t\n", "a b", "é", "ÀÉ", "²", "½", "٣", "_", "x_1", "MiXeD"]
print("%-8s %5s %5s %5s %5s %5s %5s %5s %5s" % ("s", "digit", "alpha", "space", "alnum", "upper", "lower", "decim", "numer"))
for s in samples:
    print("%-8r %5s %5s %5s %5s %5s %5s %5s %5s" % (s, s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(),
                                                    s.isupper(), s.islower(), s.isdecimal(), s.isnumeric()))
print("abc".isidentifier(), "1abc".isidentifier(), "_x".isidentifier(), "a-b".isidentifier())
print("abc".isascii(), "é".isascii(), "".isascii())
print("hello\n".isprintable(), "hello".isprintable())
