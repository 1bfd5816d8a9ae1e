# A parenthesized object subscripted.
xs = [1]
y = (xs)[5]
