def render(levels):  # noqa: D103
    return "\n".join(repr(level) for level in levels)


class Formatter:
    """Formats stock levels as text."""

    class Options:
        width = 80

    def format(self, level):
        return repr(level)
