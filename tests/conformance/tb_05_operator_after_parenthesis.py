# An operator right after a closing parenthesis.
y = (1)/ 0
