"""The command-line interface: the only part of claimdiff that prints."""
