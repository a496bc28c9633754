"""The Plural-Forms header read as GNU gettext reads it.

GNU finds the number of forms and the rule by searching the header for "nplurals=" and
"plural=" (plural-exp.c, msgfmt's check_plural), wherever they stand: "Plural-Forms:
Plural-Forms: nplurals=2; plural=n!=1" reads as "nplurals=2; plural=n!=1". The number is the
digits after "nplurals=" (and any white space); what follows them is not looked at. The rule is
a C expression read by plural.y up to the first ";" or newline, or to the end: whatever a
header holds after that ";" (a rule pasted twice, a stray fragment) is not read, and
msgfmt --check accepts it. The grammar is plural.y's: `n`, decimal numbers, `! * / % + - < <=
> >= == != && || ?:` and parentheses, with C's precedence, on unsigned long values.

l10n also reads "nplurals = 3; plural = ..." (white space around "="), which GNU does not find
(it then uses no rule of the header, and msgfmt --check refuses the catalog only if a message
has plural forms): that is what the translator meant.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

PluralRule = Callable[[int], int]

_NPLURALS = re.compile(r"nplurals[ \t]*=")
_PLURAL = re.compile(r"plural[ \t]*=")
_C_SPACE = " \t\n\v\f\r"
_MOST_FORMS = 100  # l10n's bound: no language has more
_SAMPLES = range(1001)  # the counts msgfmt --check tries a rule on (check_plural_eval)
_UNSIGNED_LONG = (1 << 64) - 1
_DEEPEST = (
    50  # nested parentheses, conditionals and "!": GNU's parser allows more, no rule needs it
)

# plural.y's lexer: blanks are spaces and tabs; ";", a newline or the end ends the rule.
_TOKEN = re.compile(r"[ \t]*(?:([0-9]+)|(==|!=|<=|>=|&&|\|\||[!<>*/%+\-n?:()])|([;\n]|$)|(.))")
# Binary operators by precedence, loosest first (plural.y's %left lines).
_BINARY = (("||",), ("&&",), ("==", "!="), ("<", "<=", ">", ">="), ("+", "-"), ("*", "/", "%"))
_LOOSEST_BINARY = 0
_NUMBER = "number"  # the token of a number (its value is `_Parser.number`)
_PYTHON_OF = {
    "||": "(1 if ({0} or {1}) else 0)",
    "&&": "(1 if ({0} and {1}) else 0)",
    "==": "(1 if {0} == {1} else 0)",
    "!=": "(1 if {0} != {1} else 0)",
    "<": "(1 if {0} < {1} else 0)",
    "<=": "(1 if {0} <= {1} else 0)",
    ">": "(1 if {0} > {1} else 0)",
    ">=": "(1 if {0} >= {1} else 0)",
    # Unsigned long arithmetic: both sides are never negative, so // and % are C's / and %.
    "+": "(({0} + {1}) & M)",
    "-": "(({0} - {1}) & M)",
    "*": "(({0} * {1}) & M)",
    "/": "({0} // {1})",
    "%": "({0} % {1})",
}


def read_plural_forms(text: str) -> tuple[int, PluralRule] | None:
    """The number of forms and the rule GNU gettext reads in `text` (a Plural-Forms value, or
    a whole header); None when it names no number of forms or no rule (GNU then reads none).
    ValueError where msgfmt --check refuses them: no digits after "nplurals=", a rule that is
    no expression of plural.y's grammar, or one that gives a form beyond the number of forms
    or divides by zero for a count from 0 to 1000."""
    number = _NPLURALS.search(text)
    rule = _PLURAL.search(text)
    if number is None or rule is None:
        return None
    digits = re.match(r"[0-9]+", text[number.end() :].lstrip(_C_SPACE))
    if digits is None:
        raise ValueError(f"no number of forms after nplurals= in {text[:80]!r}")
    return _checked(int(digits.group()), text[rule.end() :])


def parse_plural_forms(text: str) -> tuple[int, PluralRule]:
    """`read_plural_forms`, with a ValueError too where `text` names no number or no rule."""
    read = read_plural_forms(text)
    if read is None:
        raise ValueError(f"expected 'nplurals=N; plural=EXPRESSION;', got {text[:80]!r}")
    return read


@lru_cache(maxsize=64)
def _checked(count: int, rule_text: str) -> tuple[int, PluralRule]:
    if not 1 <= count <= _MOST_FORMS:
        raise ValueError(f"nplurals={count}: a language has 1 to {_MOST_FORMS} plural forms")
    rule = _compiled(rule_text)
    try:
        highest = max(map(rule, _SAMPLES))
    except ZeroDivisionError as error:
        raise ValueError(f"plural={_shown(rule_text)} divides by zero") from error
    if highest >= count:
        raise ValueError(f"the plural rule gives form {highest}, but nplurals={count}")
    return count, rule


def _shown(rule_text: str) -> str:
    return rule_text.split(";", 1)[0].split("\n", 1)[0].strip()[:80]


def _compiled(rule_text: str) -> PluralRule:
    """The rule read from the start of `rule_text`, as a Python function of the count."""
    parser = _Parser(rule_text)
    try:
        python = parser.expression(0)
        if parser.token is not None:
            raise ValueError(f"{parser.token!r} after a whole expression")
        # Built from the tokens above only: nothing of the header is evaluated as Python.
        function: PluralRule = eval(
            f"lambda n: {python}", {"__builtins__": {}, "M": _UNSIGNED_LONG}
        )
    except (ValueError, RecursionError, MemoryError) as error:  # "!!!...": too deep to read
        raise ValueError(
            f"plural={_shown(rule_text)} is not a C expression gettext reads: {error}"
        ) from error
    return function


class _Parser:
    """plural.y's grammar by precedence climbing; each method returns Python source."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0
        self.token: str | None = None  # None at the end of the rule
        self.number = 0
        self.depth = 0
        self.advance()

    def advance(self) -> None:
        match = _TOKEN.match(self.text, self.at)
        assert match is not None  # the pattern matches at every place of a string
        number, operator, end, other = match.groups()
        if other is not None:
            raise ValueError(f"{other!r} is no part of a plural rule")
        if end is not None:
            self.token = None  # the end stays put: reading on gives the end again
            return
        self.at = match.end()
        if number is not None:
            self.token, self.number = _NUMBER, int(number) & _UNSIGNED_LONG
        else:
            self.token = operator

    def expect(self, token: str) -> None:
        if self.token != token:
            raise ValueError(f"expected {token!r}, found {self.token or 'the end'!r}")
        self.advance()

    def expression(self, level: int) -> str:
        """An expression whose binary operators bind at `level` or tighter; at level 0, a
        conditional (which binds loosest, from the right)."""
        if level == _LOOSEST_BINARY:
            self.depth += 1
            if self.depth > _DEEPEST:
                raise ValueError("nested too deeply")
        if level == len(_BINARY):
            left = self.unary()
        else:
            left = self.expression(level + 1)
            while (operator := self.token) is not None and operator in _BINARY[level]:
                self.advance()
                right = self.expression(level + 1)
                left = _PYTHON_OF[operator].format(left, right)
            if level == _LOOSEST_BINARY and self.token == "?":
                self.advance()
                chosen = self.expression(0)
                self.expect(":")
                otherwise = self.expression(0)
                left = f"({chosen} if {left} else {otherwise})"
            self.depth -= 1
        return left

    def unary(self) -> str:
        token = self.token
        if token == "!":
            self.advance()
            return f"(0 if {self.unary()} else 1)"
        if token == "n":
            self.advance()
            return "n"
        if token == _NUMBER:
            number = self.number
            self.advance()
            return str(number)
        if token == "(":
            self.advance()
            inner = self.expression(0)
            self.expect(")")
            return inner
        raise ValueError(f"expected a value, found {token or 'the end'!r}")
