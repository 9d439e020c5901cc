"""A tiny inventory package that tenet's README example checks."""
