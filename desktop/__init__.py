"""Campo's desktop supervisor application (Qt). It shows and asks; `syncserver` does the work."""
