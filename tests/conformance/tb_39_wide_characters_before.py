# Wide characters (emoji) before the range count two columns.
s = "😀😀"; n = s + 1
