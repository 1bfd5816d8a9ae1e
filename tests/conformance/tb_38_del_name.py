# del of an undefined name.
del nosuch
