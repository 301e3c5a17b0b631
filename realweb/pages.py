"""Placeholder until realweb-data's pages.py is merged: same signature."""


def fetch(manifest, cache_dir, mirror_root=None, download=False):
    raise NotImplementedError("realweb.pages.fetch comes with the realweb-data branch")
