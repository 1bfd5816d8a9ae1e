# A lambda is a frame named <lambda>.
f = lambda v: v[0]
print(f([]))
