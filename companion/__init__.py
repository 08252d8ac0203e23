"""Companion (心伴): a desktop wellbeing companion for customer-service agents."""

__version__ = "0.1.0"
APP_NAME = "Companion"
