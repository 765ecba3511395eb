"""Committee cover reports: the paper that takes an approval step to a board."""
