"""Round seven's validation code (``checks``, ``overlap_area``) as it was before round eight's speed-ups, kept
unchanged as the reference that ``test_checks_round_eight`` compares the current code with, issue for issue."""
