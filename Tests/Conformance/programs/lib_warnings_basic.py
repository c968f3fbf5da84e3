import sys
import warnings
def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return x * 2
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(old_api(2))
    warnings.warn("plain user warning")
    warnings.warn(RuntimeWarning("as instance"))
    for w in caught:
        print(w.category.__name__, str(w.message), w.lineno, w.filename.endswith("wa1.py"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("raised:", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("repeated")
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("keep me")
    print([str(w.message) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.resetwarnings()
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only", UserWarning)
    print(len(caught))
try:
    warnings.simplefilter("bogus")
except ValueError as e:
    print(e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, line="x = 1"), end="")
import os
warnings.showwarning = lambda m, c, f, l, file=None, line=None: print("shown:", os.path.basename(f), l, c.__name__, m)
warnings.warn("via showwarning", stacklevel=1)
def helper():
    warnings.warn("from helper", stacklevel=2)
helper()
warnings.filterwarnings("ignore", message=r"via\.x", category=UserWarning)
warnings.warn("via.x matched"); warnings.warn("viaXx not matched")
warnings.warn("final to stderr")
warnings.showwarning = warnings._showwarning_orig
warnings.warn("really to stderr")
