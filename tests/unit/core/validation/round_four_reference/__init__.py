"""Round four's validation code (``checks``, ``overlap_area``, ``rules.make_issues``) as it was before round
five's speed-ups, kept unchanged as the reference that ``test_checks_round_five`` compares the current
code with, issue for issue."""
