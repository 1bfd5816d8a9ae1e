# Accented characters count one column each.
s = "héllo"; n = s + 1
