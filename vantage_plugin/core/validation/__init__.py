"""Validation of plots before they are analysed or sent: issues with stable codes, and safe fixes."""

from .checks import ValidationReport, validate
from .fixes import FIXES, Change, FixResult, apply_fixes
from .issues import Issue, Severity
from .rules import RULES, Rule

__all__ = [
    "validate",
    "ValidationReport",
    "apply_fixes",
    "FixResult",
    "Change",
    "FIXES",
    "RULES",
    "Rule",
    "Issue",
    "Severity",
]
