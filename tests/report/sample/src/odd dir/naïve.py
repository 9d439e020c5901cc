# Déjà vu: a file whose path and text are not plain ASCII.
def naïve(ç):
	return ç * 2  # a tab-indented line
