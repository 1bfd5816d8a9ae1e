# A raise before a comment is underlined.
raise ValueError("a")  # why
