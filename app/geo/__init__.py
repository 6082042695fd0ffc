"""Geocoding chain, the offline gazetteer and the Chinese map datums (Qt-free)."""
