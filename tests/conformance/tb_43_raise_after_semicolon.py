# A raise after a semicolon is underlined.
x = 1; raise ValueError("a")
