"""hdrectify: the rectification ledger and supervision cadence of a county Disabled Persons' Federation."""

__version__ = "0.1.0"
