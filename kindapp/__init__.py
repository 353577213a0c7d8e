"""Kind: a calm desktop companion for guided self-compassion practice."""

__version__ = "0.1.0"
APP_ID = "kindapp"
