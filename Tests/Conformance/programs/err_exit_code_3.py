# sys.exit(3) after output
import sys
print("partial output")
print("exiting with 3")
sys.exit(3)
