# A for loop over what is not iterable: the statement spans lines, no carets.
for x in 5:
    pass
