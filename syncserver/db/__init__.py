"""Campo's storage: typed models, engines and migrations."""
