d = {"one": 1, "two": 2, "three": 3}
d["four"] = 4
d["one"] = 100                 # updating keeps the position
print(d)
del d["two"]
d["two"] = 2                   # reinserted: goes to the end
print(d, list(d))
d.update({"three": 33, "five": 5}, six=6)
print(d)
d.pop("one")
d.setdefault("one", 1)
print(d)
print({k: v for k, v in sorted(d.items(), key=lambda kv: kv[1])})
print({n % 3: n for n in range(10)})           # later values win, first position stays
merged = {"a": 1, "b": 2} | {"b": 20, "c": 3}
print(merged, {"c": 3} | {"a": 1}, {**{"z": 0}, **{"y": 1}, "z": 2})
merged |= [("d", 4), ("a", 0)]
print(merged)
nums = {}
for key in [5, 3, 9, 3, 1]:
    nums[key] = nums.get(key, 0) + 1
print(nums, list(nums.keys()), list(nums.values()))
print({1: "a", 1.0: "b", True: "c"}, {0: 0, False: 1, 0.0: 2})
