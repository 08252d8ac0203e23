"""The product's rules in plain Python: no Qt, no SQL, no file access."""
