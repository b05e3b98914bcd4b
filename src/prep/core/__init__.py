"""prep's core: model, packs, store, scheduling and sessions. Nothing below here imports Textual."""
