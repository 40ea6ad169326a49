"""Alerts for the office: what raises them, how they resolve, how the office sees and acknowledges them."""
