# An operation written over two lines.
x = (1 +
     "a")
