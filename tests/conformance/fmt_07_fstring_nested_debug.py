x, width, prec = 3.14159, 10, 3
name = "Ada"
items = {"a": [1, 2]}
print(f"{x:{width}.{prec}f}|{x:<{width}}|{name:{'^'}{width}}|{x:.{prec - 1}e}")
print(f"{x=}", f"{x = }", f"{x=:.2f}", f"{name=!s}", f"{name = !r:>8}", f"{width*2=}")
print(f"{items['a'][1]}", f'{items["a"]}', f"{'quoted'!r}", f"{len(name)=}", f"{x!r:>20}")
print(f"{name!r}", f"{name!s}", f"{[name]!s}", f"{name!a}", f"{'caf' + chr(233)!a}")
print(f"{{}}", f"{{{name}}}", f"{{name}}", f"a{'b'}c{'d'!r}e", f"{3+4}", f"{(lambda: 5)()}")
print(f"{'nested ' + f'{name:>5}'}", f"{x:{'+' if x > 0 else ''}.1f}", f"{1_000_000:_}", f"{x:%}")
print(f"{'yes' if x > 3 else 'no'}", f"{None}", f"{True!r:>6}", f"{-0.0:+.1f}", f"{2**64:x}")
print(f"{name:>{width}}|" f"{x:.1f}|" "plain|" f"{'tail'}")
total = 0
print(f"{(total := total + 5)} {total}", f"{ x * 2 :.3f}", f"{items!r}")
print(f"""{name}
{x:.2f}""")
