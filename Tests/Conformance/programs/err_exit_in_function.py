# SystemExit propagates through except Exception handlers
import sys
def main():
    try:
        print("in main")
        sys.exit(2)
    except Exception:
        print("Exception does not catch SystemExit")
    finally:
        print("main finally")
main()
print("not reached")
