"""One module per family of examples; each exposes examples()."""
