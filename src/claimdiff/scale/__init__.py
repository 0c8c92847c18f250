"""Running claimdiff on large batches: comparison work spread over processes."""
