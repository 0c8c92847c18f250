"""claimdiff's conformance kit on this plugin: every check, one test each, in one line."""

from claimdiff.testing import conformance_test

test_conformance = conformance_test("gazette")
