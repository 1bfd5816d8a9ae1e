# The first of two subscripts fails.
d = {}
v = d["a"]["b"]
