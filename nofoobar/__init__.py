"""The `nofoobar` command (nofoobar/cli.py): one entry point for serving,
training, evaluating, promoting and exporting feedback."""
