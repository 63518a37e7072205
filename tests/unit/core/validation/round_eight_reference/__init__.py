"""Round eight's ``shared_rings`` kept unchanged as the reference that ``test_checks_round_nine`` compares today's with."""
