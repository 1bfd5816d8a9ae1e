/**
 * The program a new visitor sees: the seed article's first lesson. `x += 10` makes a
 * new int and rebinds `x`, while `y` keeps the old one, so the ids differ.
 */
export const STARTER_CODE = `x = 100
y = x
x += 10
print(id(x) == id(y))
`;
