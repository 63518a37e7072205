"""Round six's validation code (``checks``, ``overlap_area``) as it was before round seven's speed-ups, kept
unchanged as the reference that ``test_checks_round_seven`` compares the current code with, issue for issue."""
