"""The rules of the writing practices (the letter, the reframe), as plain Python."""
