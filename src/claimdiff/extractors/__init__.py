"""Outlet extractors: the protocol and the built-in generic extractor."""
