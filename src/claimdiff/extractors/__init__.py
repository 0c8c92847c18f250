"""Outlet extractors: the protocol (``base``), the shared layout engine driven by JSON profiles
(``profile``, ``segments``, ``extractor``), relay detection (``relay``) and the built-in generic
extractor (``generic``)."""
