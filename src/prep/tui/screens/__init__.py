"""One screen per module: home, quiz, summary, flashcards, stats, packs, help."""
