# A failed subscript: ~ under the object, ^ under the brackets, blanks inside them.
d = {"a": 1}
v = d[ "b" ] + 1
