"""A sample of docstrings for the docutils agreement test.

Every docstring here is read by docutils and by tenet; the test wants tenet to report
exactly what docutils reports. Some are clean, some hold one mistake of a kind.

.. note::
   Module docstrings are checked too.
"""


def clean_sphinx(path, mode="r"):
    """Open *path* in the given ``mode`` (see :func:`open` and `PEP 8`_).

    :param path: Where the file is.
    :type path: str
    :param mode: How to open it.
    :returns: The open file.
    :rtype: io.TextIOBase
    :raises OSError: When it cannot be opened.

    .. versionadded:: 1.2
       The *mode* argument.

    .. seealso:: :func:`io.open`

    .. _PEP 8: https://peps.python.org/pep-0008/
    """


def clean_google(items):
    """Sum the items.

    Args:
        items: The numbers, an iterable of ``int``.

    Returns:
        The total.

    Example::

        >>> clean_google([1, 2])
        3
    """


def clean_numpy(a, b):
    """Add two numbers.

    Parameters
    ----------
    a : int
        The first.
    b : int
        The second.

    Returns
    -------
    int
        The sum, see |project|_ and [1]_.

    .. |project| replace:: the project
    .. _project: https://example.org
    .. [1] A footnote.
    """


def clean_tables():
    """Tables, option lists and literal blocks that are fine.

    +-------+-------+
    | a     | b     |
    +=======+=======+
    | 1     | 2     |
    +-------+-------+

    =====  =====
    col 1  col 2
    =====  =====
    1      2
    =====  =====

    -v, --verbose  Say more.
    -q             Say less.

    Literal::

        code()

    Done.
    """


def strong():
    """This **has no end."""


def emphasis():
    """This *has no end."""


def literal():
    """This ``has no end."""


def interpreted():
    """This `has no end."""


def substitution_start():
    """This |has no end."""


def multiple_roles():
    """Both :func:`x`:meth: roles."""


def role_and_reference():
    """Both `x`:func:_ suffixes."""


def literal_expected():
    """A literal block follows::

    But it is not indented.
    """


def title_too_short():
    """Summary.

    A long title
    =====
    Text.
    """


def block_quote_end():
    """Text.

        Quoted.
    Unindented.
    """


def bullet_end():
    """Text.

    - one
    - two
    Unindented.
    """


def definition_end():
    """Text.

    term
        definition
    Unindented.
    """


def enumerated_end():
    """Text.

    1. one
    2. two
    Unindented.
    """


def explicit_end():
    """Text.

    .. a comment
    Unindented.
    """


def field_end():
    """Text.

    :param x: one
    Unindented.
    """


def literal_block_end():
    """Text::

        code()
    Unindented.
    """


def option_list_end():
    """Options.

    -a  all
    -b  brief
    Unindented.
    """


def table_end():
    """A table.

    =====  =====
    col 1  col 2
    =====  =====
    1      2
    =====  =====
    Unindented.
    """


def malformed_table():
    """A table.

    +-----+-----+
    | a   | b   |
    +-----+-----+-+
    """


def unexpected_indentation():
    """Summary.

    A paragraph
        that goes on deeper.
    """


def unknown_directive():
    """Text.

    .. deprecate:: 2.0
    """


def unknown_role():
    """See :fucn:`open`."""


def undefined_substitution():
    """See |nothing| here."""


def unknown_target():
    """See nowhere_ and `no phrase`_ and [2]_."""


def directive_without_content():
    """Text.

    .. note::
    """


def directive_without_argument():
    """Text.

    .. versionchanged::
    """


def directive_unknown_option():
    """Text.

    .. image:: picture.png
       :colour: red
    """


def directive_with_content():
    """Text.

    .. image:: picture.png

       A caption that images do not take.
    """


def nested_title():
    """Text.

    - item

      Title
      -----

      Text.
    """
