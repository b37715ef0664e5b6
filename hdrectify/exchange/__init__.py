"""Bundles between installations (laptops and the office) and their safe, idempotent merge. No Qt."""
