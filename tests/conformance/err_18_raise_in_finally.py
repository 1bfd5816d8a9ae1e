def process():
    try:
        print("working")
        raise ValueError("the original problem")
    finally:
        print("cleaning up")
        raise KeyError("cleanup failed")   # replaces the ValueError; the traceback shows both

process()
