"""Talking to the running Companion: the request protocol (pure Python) and the channel (Qt)."""
