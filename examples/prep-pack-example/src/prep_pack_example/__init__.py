"""Question packs for prep: the .yaml files in this folder (found through the `prep.packs` entry point)."""
