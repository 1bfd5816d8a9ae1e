# Trailing blanks stay on the line, so the carets show.
x = 5
x()   
