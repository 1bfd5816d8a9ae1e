# Item assignment fails at its target.
s = "abc"
s[0] = "x"
